/**
 * Writing news: the list with publishing and the form, for an event's organisers and (without an
 * event) for administrators.
 */
package org.colloquium.web.manage.news;
