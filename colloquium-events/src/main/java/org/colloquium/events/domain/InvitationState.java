package org.colloquium.events.domain;

import org.colloquium.events.api.InvitationStatus;

/**
 * Where an invitation stands as stored. Expiry is not a stored state: a pending invitation whose
 * time has run out is {@link InvitationStatus#EXPIRED} from that moment on, without anyone writing.
 */
public enum InvitationState {
  PENDING,
  ACCEPTED,
  REVOKED
}
