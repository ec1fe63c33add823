package org.colloquium.kernel.limits.api;

/** The mails a signed-in person can make the site send to other people, each with a daily quota. */
public enum MailKind {
  /** The notice to each co-author of a submission that was handed in or changed. */
  CO_AUTHOR_NOTICE("mail.co-author"),
  /** An invitation to an event's committee. */
  COMMITTEE_INVITATION("mail.invitation");

  private final String key;

  MailKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
