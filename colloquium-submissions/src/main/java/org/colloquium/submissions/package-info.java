/**
 * Submissions: what authors send to a call for papers, and the checks their files go through.
 * Depends on the kernel and events only.
 */
package org.colloquium.submissions;
