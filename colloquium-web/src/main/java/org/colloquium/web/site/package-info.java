/** The public site: the home page with upcoming and past events and open calls, and event pages. */
package org.colloquium.web.site;
