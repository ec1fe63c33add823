/**
 * The JSON API under {@code /api/v1}: published events with their calls for papers, tracks and
 * presentation types, for other tools and websites; and submissions, for callers identified by a
 * personal API token (never by the session). Its OpenAPI description is generated from the
 * annotations here and served at {@code /api/v1/openapi}.
 */
package org.colloquium.web.api;
