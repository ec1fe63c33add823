package org.colloquium.programme.api;

import java.io.Serializable;

/**
 * A room as the public sees it; its stream or meeting link is never here (registration decides who
 * gets it).
 *
 * @param capacity places in the room; null when not limited (an online room)
 */
public record ProgrammeRoom(Long id, String name, Integer capacity, RoomMode mode)
    implements Serializable {}
