package org.colloquium.events.api;

import java.util.Set;

/**
 * Who chairs the sessions of an event's programme. Implemented by the programme, read by a module
 * that must not depend on it (registration prints "Chair" on their badges), through this interface
 * of the events module.
 */
public interface SessionChairs {

  /** The addresses (lower case) of the chairs whose address the organisers gave. */
  Set<String> emails(Long eventId);
}
