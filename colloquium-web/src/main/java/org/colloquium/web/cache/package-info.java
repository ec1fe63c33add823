/**
 * The cache of rendered public pages: anonymous visitors of the home page, event, call and news
 * pages and feeds get stored bytes instead of a fresh JSF rendering, with ETag and Last-Modified
 * for 304 answers. Entries are dropped on every node when what they show changes (kernel
 * publicpages) and never outlive the next scheduled change. Signed-in visitors never see a cached
 * page, and their pages are marked {@code no-store}.
 */
package org.colloquium.web.cache;
