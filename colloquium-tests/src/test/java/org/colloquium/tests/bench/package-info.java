/**
 * Benchmarks against the deployed application, run only with {@code mvn verify -Pbench} (on
 * PostgreSQL), never in the default build: they load large amounts of data and take minutes.
 */
package org.colloquium.tests.bench;
