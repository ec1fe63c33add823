package org.colloquium.submissions.api;

/**
 * Somebody else saved the submission since the form was read: the later save is refused, and the
 * form keeps what was typed so nothing is lost.
 */
public class ConflictException extends RuntimeException {

  private final String messageKey;

  public ConflictException(String messageKey, String detail) {
    super(detail);
    this.messageKey = messageKey;
  }

  /** For the page: {@code submission.conflict}, or a {@link ChangeRefusedException}'s reason. */
  public String messageKey() {
    return messageKey;
  }
}
