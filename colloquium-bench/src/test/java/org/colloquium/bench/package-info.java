/**
 * Load simulations of Colloquium run against a live server on loopback (Gatling, Java DSL); see
 * run-deadline-rush.sh in this module and docs/performance.md for what they measure.
 */
package org.colloquium.bench;
