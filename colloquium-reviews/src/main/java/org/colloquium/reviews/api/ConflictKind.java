package org.colloquium.reviews.api;

/** Why a reviewer and a submission conflict. */
public enum ConflictKind {
  DECLARED_BY_AUTHOR,
  DECLARED_BY_REVIEWER,
  SAME_EMAIL_DOMAIN,
  SAME_AFFILIATION,
  CO_AUTHOR,
  IS_AUTHOR,
  PINNED_BY_ORGANISER;

  public boolean automatic() {
    return this == SAME_EMAIL_DOMAIN
        || this == SAME_AFFILIATION
        || this == CO_AUTHOR
        || this == IS_AUTHOR;
  }
}
