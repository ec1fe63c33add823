package org.colloquium.kernel.account.application;

import org.colloquium.kernel.i18n.Language;

/** What the sign-up form sends, as typed. */
public record SignUpRequest(
    String email,
    String password,
    String fullName,
    String affiliation,
    String country,
    String orcid,
    Language language) {}
