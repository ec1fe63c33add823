package org.colloquium.web.my.submissions;

import java.io.Serializable;
import org.colloquium.submissions.api.AuthorEntry;

/**
 * One row of the authors' table as the form edits it (JSF needs setters). Which row presents is
 * kept by the form, not here: it is one choice for the whole submission.
 */
public class AuthorRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String fullName;
  private String email;
  private String affiliation;
  private String country;
  private String orcid;
  private boolean mayEdit;

  static AuthorRow of(AuthorEntry entry) {
    AuthorRow row = new AuthorRow();
    row.fullName = entry.fullName();
    row.email = entry.email();
    row.affiliation = entry.affiliation();
    row.country = entry.country();
    row.orcid = entry.orcid();
    row.mayEdit = entry.mayEdit();
    return row;
  }

  AuthorEntry entry(boolean presenting) {
    return new AuthorEntry(fullName, email, affiliation, country, orcid, presenting, mayEdit);
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
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

  public boolean isMayEdit() {
    return mayEdit;
  }

  public void setMayEdit(boolean mayEdit) {
    this.mayEdit = mayEdit;
  }
}
