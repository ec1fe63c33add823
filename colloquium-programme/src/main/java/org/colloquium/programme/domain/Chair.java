package org.colloquium.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A session's chair. The address, when known, is what finds a chair who also speaks somewhere else
 * at the same time.
 */
@Embeddable
public class Chair {

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 320)
  private String email;

  protected Chair() {}

  public Chair(String fullName, String email) {
    this.fullName = fullName;
    this.email = email;
  }

  public String fullName() {
    return fullName;
  }

  /** Lower case, or null when the organiser gave none. */
  public String email() {
    return email;
  }
}
