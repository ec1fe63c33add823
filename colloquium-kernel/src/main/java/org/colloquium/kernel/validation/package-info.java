/**
 * How domain rules report bad input: a list of problems, each tied to a form field and a message
 * key, so the web layer can show every message next to its field in the visitor's language.
 */
package org.colloquium.kernel.validation;
