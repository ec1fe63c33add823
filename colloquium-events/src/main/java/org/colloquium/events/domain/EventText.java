package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The title, subtitle and description (Markdown) of an event in its second language. The primary
 * texts live on the event itself; this one is optional.
 */
@Embeddable
public class EventText implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "title", nullable = false, length = 400)
  private String title;

  @Column(name = "subtitle", length = 400)
  private String subtitle;

  @Column(name = "description", length = 100000)
  private String description;

  protected EventText() {}

  public EventText(String title, String subtitle, String description) {
    this.title = Objects.requireNonNull(title).strip();
    this.subtitle = blankToNull(subtitle);
    this.description = blankToNull(description);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String title() {
    return title;
  }

  public String subtitle() {
    return subtitle;
  }

  public String description() {
    return description;
  }
}
