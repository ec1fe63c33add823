/**
 * The news services: managing news (organisers of the event, administrators for site-wide news) and
 * reading what is public. Transaction boundary; they hand out views, never entities.
 */
package org.colloquium.events.news.application;
