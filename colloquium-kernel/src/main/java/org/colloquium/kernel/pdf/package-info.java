/**
 * The one PDF stack every printed document goes through (programme, book of abstracts, badges,
 * certificates): documents built as W3C DOMs whose user text is only ever text nodes, laid out by
 * openhtmltopdf as tagged PDF/A-3u with the embedded DejaVu fonts, so that Romanian diacritics and
 * Cyrillic print the same everywhere.
 */
package org.colloquium.kernel.pdf;
