/**
 * The files area's face: the file store, the bounded upload inspection and what it reports about a
 * file (checked content, PDF summaries and refusals).
 */
package org.colloquium.kernel.files.api;
