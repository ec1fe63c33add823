package org.colloquium.events.api;

import java.io.Serializable;

/** An attachment on the organisers' page: the public view and the id to act on it. */
public record AttachmentEntry(Long id, AttachmentView attachment) implements Serializable {}
