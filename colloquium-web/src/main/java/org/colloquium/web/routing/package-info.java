/**
 * Every page's address and who may open it, in one table ({@link
 * org.colloquium.web.routing.Routes}) gathered from the platform's routes and every module's, and
 * enforced by one filter before any view is rendered.
 */
package org.colloquium.web.routing;
