/**
 * The authors' side of submissions: the abstract form (new and edit) with its PDF, "My
 * submissions", one submission with its withdrawal, and the download of its PDF. Thin beans over
 * the submissions module's services.
 */
package org.colloquium.web.my.submissions;
