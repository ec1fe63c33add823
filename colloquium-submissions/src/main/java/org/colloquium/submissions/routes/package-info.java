/**
 * The pages of submissions, for authors and for organisers, with their access rules: declared here
 * as a {@link org.colloquium.kernel.access.RouteSet} service so that the router finds them without
 * a shared list. The views and servlets they name live in colloquium-web.
 */
package org.colloquium.submissions.routes;
