/** The news share of the demo data: items of the demo conferences and of the site. */
package org.colloquium.events.news.demo;
