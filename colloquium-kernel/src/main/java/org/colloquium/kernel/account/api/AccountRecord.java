package org.colloquium.kernel.account.api;

import java.io.Serializable;
import org.colloquium.kernel.i18n.Language;

/**
 * What other modules may know of an account: who it is, how to write to them and in which language,
 * and whether they administer the platform. Never the password hash or tokens.
 */
public record AccountRecord(
    Long id,
    EmailAddress email,
    String fullName,
    Language preferredLanguage,
    Profile profile,
    boolean platformAdministrator)
    implements Serializable {

  public boolean isPlatformAdministrator() {
    return platformAdministrator;
  }
}
