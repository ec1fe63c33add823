/**
 * Moving the deployed application's clock from a test: a test-only deployment adds an alternative
 * {@link java.time.Clock} and a small servlet to shift it. Never part of the EAR users get.
 */
package org.colloquium.tests.clock;
