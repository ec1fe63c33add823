/**
 * Use cases of events: what the public may see (catalogue) and what organisers may manage. The
 * services are the transaction boundary and hand out views, never entities.
 */
package org.colloquium.events.application;
