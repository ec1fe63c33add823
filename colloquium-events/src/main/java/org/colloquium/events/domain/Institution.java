package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * An organising or partner institution as the event page lists it, with its logo: the key of a
 * stored file (see the kernel's file store), or none.
 */
@Embeddable
public class Institution implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "name", nullable = false, length = 300)
  private String name;

  @Column(name = "url", length = 500)
  private String url;

  // The same column name in event (organiser) and event_partner (partners): Event overrides only
  // name and url.
  @Column(name = "logo_file", length = 64)
  private String logo;

  protected Institution() {}

  public Institution(String name, String url) {
    this(name, url, null);
  }

  public Institution(String name, String url, String logo) {
    this.name = Objects.requireNonNull(name);
    this.url = url;
    this.logo = logo;
  }

  /** The same institution showing another logo (null for none). */
  public Institution withLogo(String logo) {
    return new Institution(name, url, logo);
  }

  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  /** SHA-256 key of the stored logo image, or null. */
  public String logo() {
    return logo;
  }
}
