/**
 * The automatic assignment of reviewers as an exact optimisation: the problem (papers, reviewers,
 * allowed pairs with costs, reviews per paper, loads, kept pairs, a balance term), a minimum-cost
 * flow solved by cost scaling, and the answer with the papers left short and why. Pure Java, no
 * persistence: the application layer reads the problem from the database and stores the result.
 */
package org.colloquium.reviews.domain.assignment;
