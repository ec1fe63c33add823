/**
 * The read-only JSON API under {@code /api/v1}: published events with their calls for papers,
 * tracks and presentation types, for other tools and websites. Its OpenAPI description is generated
 * from the annotations here and served at {@code /api/v1/openapi}.
 */
package org.colloquium.web.api;
