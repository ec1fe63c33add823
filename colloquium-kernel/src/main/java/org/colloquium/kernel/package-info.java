/**
 * What every feature module stands on: accounts and sign-in rules, the mail outbox, persistence,
 * Markdown, configuration and the demo-data SPI. Nothing here knows about events or any feature.
 */
package org.colloquium.kernel;
