package org.colloquium.kernel.account.api;

import org.colloquium.kernel.i18n.Language;

/**
 * What the sign-up form sends, as typed.
 *
 * @param continueTo optional path on this site the person was on their way to (an invitation, say);
 *     the confirmation link carries it so they can go on from there once confirmed
 */
public record SignUpRequest(
    String email,
    String password,
    String fullName,
    String affiliation,
    String country,
    String orcid,
    Language language,
    String continueTo) {

  public SignUpRequest(
      String email,
      String password,
      String fullName,
      String affiliation,
      String country,
      String orcid,
      Language language) {
    this(email, password, fullName, affiliation, country, orcid, language, null);
  }
}
