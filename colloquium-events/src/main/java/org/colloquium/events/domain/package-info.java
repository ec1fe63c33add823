/**
 * The event aggregate and its rules: what makes a valid slug and date range, when a call for papers
 * is open, and who may manage an event.
 */
package org.colloquium.events.domain;
