/**
 * An event's public pages: the event page with its materials, its logos and attachments, and the
 * full call for papers with its rules in words.
 */
package org.colloquium.web.site.events;
