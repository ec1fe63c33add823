/**
 * The pages of peer review, for reviewers ({@code /review/...}) and for organisers ({@code
 * /manage/events/{slug}/reviews...}), with their access rules: declared as a {@link
 * org.colloquium.kernel.access.RouteSet} service. The views they name live in colloquium-web.
 */
package org.colloquium.reviews.routes;
