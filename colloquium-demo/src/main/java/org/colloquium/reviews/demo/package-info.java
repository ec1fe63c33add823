/**
 * The reviews module's share of the demo data: the open call's review, set up by its organiser
 * through the ordinary use case, so that the review pages have dates and a form on a first start.
 */
package org.colloquium.reviews.demo;
