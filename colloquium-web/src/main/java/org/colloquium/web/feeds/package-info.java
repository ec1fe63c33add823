/** Atom feeds of the news, written with a streaming XML writer from the news services' views. */
package org.colloquium.web.feeds;
