package org.colloquium.kernel.access;

/**
 * Somebody else saved the thing since the form was read (or it changed so that this change no
 * longer applies): the later save is refused, and the form keeps what was typed so nothing is lost.
 * Pages show the message of {@link #messageKey()}; the API answers 409.
 */
public class ConflictException extends RuntimeException {

  private final String messageKey;

  public ConflictException(String messageKey, String detail) {
    super(detail);
    this.messageKey = messageKey;
  }

  /** For the page: e.g. {@code submission.conflict}, or a refused change's reason. */
  public String messageKey() {
    return messageKey;
  }
}
