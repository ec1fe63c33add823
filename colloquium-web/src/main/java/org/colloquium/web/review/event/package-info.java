/** /review/events/{slug}: bidding, topics of interest and the reviews assigned, in one event. */
package org.colloquium.web.review.event;
