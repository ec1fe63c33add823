/**
 * Rules of peer review kept free of persistence where they can be (which pairs of reviewer and
 * submission conflict, what a phase allows, how a review form scores), the module's entities and
 * their repositories.
 */
package org.colloquium.reviews.domain;
