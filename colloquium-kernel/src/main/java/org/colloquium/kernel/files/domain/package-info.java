/**
 * Files kept in the database, addressed by the SHA-256 of their content, and the rules that decide
 * what may be stored: images decoded and PDFs parsed ({@code PdfInspector}), never trusted by their
 * name; and which stored files nothing refers to any more.
 */
package org.colloquium.kernel.files.domain;
