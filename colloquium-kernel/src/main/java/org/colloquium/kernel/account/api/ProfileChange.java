package org.colloquium.kernel.account.api;

import org.colloquium.kernel.i18n.Language;

/** What the profile form sends, as typed. */
public record ProfileChange(
    String fullName, String affiliation, String country, String orcid, Language language) {}
