/**
 * The two ways a service refuses a request regardless of input: the caller may not do this, or the
 * thing does not exist (or must not be known to exist). The web layer turns them into 403 and 404.
 */
package org.colloquium.kernel.access;
