/**
 * Rules about submitted work that need no database: what a submission must contain, who may see and
 * change it, and what its PDF (inspected by the kernel) reveals about its authors in a double-blind
 * call.
 */
package org.colloquium.submissions.domain;
