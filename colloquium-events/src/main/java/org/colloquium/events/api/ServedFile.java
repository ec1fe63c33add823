package org.colloquium.events.api;

/** A public file of an event, ready to be sent: bytes, checked content type, download name. */
public record ServedFile(byte[] bytes, String contentType, String fileName, String sha256) {}
