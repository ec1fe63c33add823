package org.colloquium.events.api;

import java.io.Serializable;

/** Someone who may be chosen as a track chair: an account with a role in the event. */
public record ChairCandidate(Long accountId, String fullName) implements Serializable {}
