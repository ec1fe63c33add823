/**
 * Files kept in the database, addressed by the SHA-256 of their content, and the rules that decide
 * what may be stored: images and PDFs recognised by their content, never by their name.
 */
package org.colloquium.kernel.files.domain;
