/**
 * Conflicts of interest found by rules, free of persistence: institutions by e-mail domain (public
 * providers left out), affiliations compared after normalising, co-authorship across the system's
 * submissions, and the rule that names the kinds of conflict between a reviewer and a submission.
 */
package org.colloquium.reviews.domain.conflicts;
