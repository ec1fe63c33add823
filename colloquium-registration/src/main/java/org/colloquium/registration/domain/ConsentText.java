package org.colloquium.registration.domain;

/**
 * A consent's wording as registrants read it, by version. The hash is of the English and Romanian
 * texts of the form (message {@code registration.form.listed}), joined by a line break; a test
 * compares it with the bundles, so changing the wording without a new version fails the build, and
 * every record says exactly which words were agreed to.
 */
public enum ConsentText {
  /** To appear, with one's affiliation, in the event's list of participants. */
  LISTED(1, "8f1a67e16a2fadbd27779d79b0ab08aab47c4e658d97eb3613a5418ec8db8fbc");

  private final int version;
  private final String sha256;

  ConsentText(int version, String sha256) {
    this.version = version;
    this.sha256 = sha256;
  }

  public int version() {
    return version;
  }

  public String sha256() {
    return sha256;
  }
}
