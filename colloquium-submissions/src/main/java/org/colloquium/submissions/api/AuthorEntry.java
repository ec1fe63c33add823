package org.colloquium.submissions.api;

import java.io.Serializable;

/**
 * One author as the form or the API sends it, before checking. Strings may be blank or null.
 *
 * @param mayEdit whether this co-author may edit the submission (the submitter always may)
 */
public record AuthorEntry(
    String fullName,
    String email,
    String affiliation,
    String country,
    String orcid,
    boolean presenting,
    boolean mayEdit)
    implements Serializable {

  public static AuthorEntry blank() {
    return new AuthorEntry(null, null, null, null, null, false, false);
  }
}
