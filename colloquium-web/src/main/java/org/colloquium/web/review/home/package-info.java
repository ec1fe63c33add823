/** /review: the events a person reviews for, with the phase and what is due. */
package org.colloquium.web.review.home;
