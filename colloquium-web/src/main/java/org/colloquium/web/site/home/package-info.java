/** The home page: upcoming and past events, open calls, and the site's name for every page. */
package org.colloquium.web.site.home;
