/**
 * How well a reviewer suits a submission, from the topics they declared (tracks, keywords), and the
 * cost of a pair for the automatic assignment, which a bid outweighs.
 */
package org.colloquium.reviews.domain.affinity;
