/**
 * Public news: the lists of the site's and of an event's news, one item, the latest on the home
 * page.
 */
package org.colloquium.web.site.news;
