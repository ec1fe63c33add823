/**
 * The application's notion of "now". Code asks for an injected {@link java.time.Clock} instead of
 * calling {@code Instant.now()}, so rules about deadlines and expiry can be tested at any moment.
 */
package org.colloquium.kernel.time;
