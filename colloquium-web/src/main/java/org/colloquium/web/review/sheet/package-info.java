/** /review/events/{slug}/submissions/{number}: one review, written as a draft and submitted. */
package org.colloquium.web.review.sheet;
