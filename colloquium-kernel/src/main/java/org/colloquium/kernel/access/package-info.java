/**
 * Who may do what, and where. Services refuse in two ways regardless of input: the caller may not
 * do this, or the thing does not exist (or must not be known to exist); the web layer turns them
 * into 403 and 404. Pages are reached through routes that modules contribute ({@link
 * org.colloquium.kernel.access.RouteSet}), each naming an {@link
 * org.colloquium.kernel.access.AccessRule} the router asks before any view is rendered.
 */
package org.colloquium.kernel.access;
