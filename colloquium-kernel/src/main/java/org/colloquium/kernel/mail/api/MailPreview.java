package org.colloquium.kernel.mail.api;

import java.io.Serializable;

/** A mail rendered as it would be sent, for a person to read before sending. */
public record MailPreview(String subject, String body) implements Serializable {}
