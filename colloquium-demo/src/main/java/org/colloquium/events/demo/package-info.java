/**
 * The demo conference and the open call for papers that a fresh run shows, modelled on a real
 * research centre's events (see ../shared/context in the project's workspace).
 */
package org.colloquium.events.demo;
