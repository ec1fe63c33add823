/**
 * Who may do what, and where. Services refuse in three ways regardless of input: the caller may not
 * do this, the thing does not exist (or must not be known to exist), or somebody else changed it
 * first; the web layer turns them into 403, 404 and a message on the page (409 in the API). Pages
 * are reached through routes that modules contribute ({@link
 * org.colloquium.kernel.access.RouteSet}), each naming an {@link
 * org.colloquium.kernel.access.AccessRule} the router asks before any view is rendered.
 */
package org.colloquium.kernel.access;
