/**
 * Files kept in the database, addressed by the SHA-256 of their content, and the rules that decide
 * what may be stored: images read by their header and decoded, PDFs parsed ({@code PdfInspector}),
 * never trusted by their name, each check bounded in memory and time ({@code InspectionLimits});
 * and which stored files nothing refers to any more.
 */
package org.colloquium.kernel.files.domain;
