/** The reviewers' area under /review: the events they review for, bidding, and their reviews. */
package org.colloquium.web.review;
