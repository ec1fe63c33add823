/**
 * Registration's printed documents, badges and certificates, laid out through the kernel's one PDF
 * stack ({@link org.colloquium.kernel.pdf.PdfEngine}) from plain records, without CDI or JPA, so
 * that they are tested as functions and a person's name is only ever a text node.
 */
package org.colloquium.registration.domain.print;
