package org.colloquium.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.colloquium.programme.api.Severity;
import org.colloquium.programme.api.WarningKind;

/** The severity an event's organisers chose for one kind of warning. */
@Entity
@Table(name = "programme_warning_severity")
public class WarningSeverityChoice {

  /** The event and the kind. */
  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "event_id")
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private WarningKind kind;

    protected Key() {}

    Key(Long eventId, WarningKind kind) {
      this.eventId = eventId;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(eventId, key.eventId) && kind == key.kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(eventId, kind);
    }
  }

  @EmbeddedId private Key key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 7)
  private Severity severity;

  protected WarningSeverityChoice() {}

  public WarningSeverityChoice(Long eventId, WarningKind kind, Severity severity) {
    this.key = new Key(eventId, kind);
    this.severity = severity;
  }

  public WarningKind kind() {
    return key.kind;
  }

  public Severity severity() {
    return severity;
  }

  public void choose(Severity severity) {
    this.severity = severity;
  }
}
