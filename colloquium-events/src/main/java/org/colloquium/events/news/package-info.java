/**
 * News of one event or of the whole site: items written by organisers or administrators, published
 * at a chosen moment, read on the public pages and in Atom feeds.
 */
package org.colloquium.events.news;
