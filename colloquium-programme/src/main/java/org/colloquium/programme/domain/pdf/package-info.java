/**
 * The programme's printable forms: the programme PDF and the book of abstracts, rendered from a
 * {@link org.colloquium.programme.api.PublishedProgramme} without CDI or JPA so that a background
 * job can call them and store the bytes. Every document is built as a W3C DOM whose user text is
 * only ever text nodes, laid out by openhtmltopdf as a tagged PDF with embedded DejaVu fonts.
 */
package org.colloquium.programme.domain.pdf;
