package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** An organising or partner institution as the event page lists it. */
@Embeddable
public class Institution implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "name", nullable = false, length = 300)
  private String name;

  @Column(name = "url", length = 500)
  private String url;

  protected Institution() {}

  public Institution(String name, String url) {
    this.name = Objects.requireNonNull(name);
    this.url = url;
  }

  public String name() {
    return name;
  }

  public String url() {
    return url;
  }
}
