/**
 * The organisers' side of submissions: the filtered table with its downloads, statistics, one
 * submission with marking duplicates, and the counts on the event's dashboard.
 */
package org.colloquium.web.manage.submissions;
