/**
 * Every page's address and who may open it, in one table ({@link
 * org.colloquium.web.routing.Routes}), enforced by one filter before any view is rendered.
 */
package org.colloquium.web.routing;
