package org.colloquium.submissions.domain;

/** An author as a double-blind check knows them: the full name and the email address. */
public record AuthorIdentity(String fullName, String email) {

  public AuthorIdentity {
    fullName = fullName == null ? "" : fullName;
    email = email == null ? "" : email;
  }
}
