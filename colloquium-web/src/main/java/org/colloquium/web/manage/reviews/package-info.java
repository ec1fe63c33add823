/**
 * /manage/events/{slug}/reviews...: the organisers' pages of an event's review: its phases and
 * numbers, and the assignment of reviewers by hand or computed.
 */
package org.colloquium.web.manage.reviews;
