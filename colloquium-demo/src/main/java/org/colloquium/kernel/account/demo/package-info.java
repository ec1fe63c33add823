/**
 * The demo accounts (one per role, with the password published in README.md), loaded into an empty
 * database when demo data are on; other modules' demo content refers to them by address.
 */
package org.colloquium.kernel.account.demo;
