package org.colloquium.submissions.api;

/** Why an author cannot change a submission now; the page says so in these words. */
public enum ReadOnlyReason {
  NOT_YET_OPEN("submission.readOnly.notYetOpen"),
  DEADLINE_PASSED("submission.readOnly.deadlinePassed"),
  WITHDRAWN("submission.readOnly.withdrawn"),
  NOT_AN_EDITOR("submission.readOnly.notAnEditor"),
  /** The authors were told a decision that presents nothing: nothing changes any more. */
  DECIDED("submission.readOnly.decided"),
  /** Accepted, and the camera-ready date (or, without one, the event's start) has passed. */
  FINAL_VERSION_CLOSED("submission.readOnly.finalVersionClosed");

  private final String messageKey;

  ReadOnlyReason(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
