package org.colloquium.web.my.profile;

import java.io.Serializable;
import org.colloquium.kernel.account.api.AccountView;

/**
 * The part of a person's profile that both the sign-up form and the profile page ask for, bound in
 * EL as {@code #{editProfile.profile.fullName}}. The service checks the values (ORCID checksum,
 * country code); this only carries them.
 */
public class ProfileFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String fullName;
  private String affiliation;
  private String country;
  private String orcid;

  /** The fields as the account has them now. */
  public static ProfileFields of(AccountView account) {
    ProfileFields fields = new ProfileFields();
    fields.fullName = account.fullName();
    fields.affiliation = account.affiliation();
    fields.country = account.country();
    fields.orcid = account.orcid();
    return fields;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public void setAffiliation(String affiliation) {
    this.affiliation = affiliation;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getOrcid() {
    return orcid;
  }

  public void setOrcid(String orcid) {
    this.orcid = orcid;
  }
}
