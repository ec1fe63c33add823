package org.colloquium.programme.api;

import java.io.Serializable;

/** A room as the organisers' form sends it, before checking; strings may be blank. */
public record RoomInput(String name, Integer capacity, RoomMode mode, String streamUrl)
    implements Serializable {}
