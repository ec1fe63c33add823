/**
 * Random secrets that are handed out once (in a mailed link, to an API client) and of which only a
 * hash is stored, so that a copy of the database hands out no working link or token.
 */
package org.colloquium.kernel.secrets;
