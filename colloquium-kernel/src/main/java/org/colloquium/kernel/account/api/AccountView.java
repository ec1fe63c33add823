package org.colloquium.kernel.account.api;

import java.io.Serializable;
import org.colloquium.kernel.i18n.Language;

/** An account as pages show it. */
public record AccountView(
    Long id,
    String email,
    String fullName,
    String affiliation,
    String country,
    String orcid,
    Language language,
    boolean administrator,
    int credentialVersion)
    implements Serializable {}
