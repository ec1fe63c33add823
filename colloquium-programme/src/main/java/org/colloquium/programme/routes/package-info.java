/**
 * The programme's pages and their access rules: the organisers' editor under {@code
 * /manage/events/{slug}/programme}, and the public programme under {@code
 * /events/{slug}/programme}, served to anonymous visitors from the page cache.
 */
package org.colloquium.programme.routes;
