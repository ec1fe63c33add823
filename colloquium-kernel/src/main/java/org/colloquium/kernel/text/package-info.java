/**
 * Turns text that users write in Markdown into HTML that is safe to put in a page: nothing a user
 * writes can reach the browser as script.
 */
package org.colloquium.kernel.text;
