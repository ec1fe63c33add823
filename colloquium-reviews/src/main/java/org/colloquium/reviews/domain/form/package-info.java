/**
 * The review form's rules, free of persistence: the default form in English and Romanian, what a
 * review's answers must be (drafts may be incomplete), and the weighted score.
 */
package org.colloquium.reviews.domain.form;
