/**
 * What the public pages show, and when that changes: entities marked {@link
 * org.colloquium.kernel.publicpages.PublicContent} move the cluster-wide {@link
 * org.colloquium.kernel.publicpages.PublicContentVersion} in the transaction that changes them, and
 * modules tell through {@link org.colloquium.kernel.publicpages.PublicPageSchedule} when their
 * pages change by themselves (a call closing, a news item becoming visible). The web layer's cache
 * of rendered public pages is invalidated by both.
 */
package org.colloquium.kernel.publicpages;
