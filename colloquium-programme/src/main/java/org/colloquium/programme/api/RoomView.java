package org.colloquium.programme.api;

import java.io.Serializable;

/** A room as the organisers see it, with the link the public never sees. */
public record RoomView(Long id, String name, Integer capacity, RoomMode mode, String streamUrl)
    implements Serializable {}
