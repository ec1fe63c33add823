/**
 * The news item and its rules, free of persistence where possible: its address, its texts in two
 * languages with a fallback, and when it is a draft, scheduled or published.
 */
package org.colloquium.events.news.domain;
