package org.colloquium.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A contribution a signed-in visitor put on their agenda of an event. */
@Entity
@Table(name = "programme_agenda_star")
public class AgendaStar {

  /** Who, which event, which contribution. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "contribution_id")
    private Long contributionId;

    protected Key() {}

    Key(Long accountId, Long eventId, Long contributionId) {
      this.accountId = accountId;
      this.eventId = eventId;
      this.contributionId = contributionId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(accountId, key.accountId)
          && Objects.equals(eventId, key.eventId)
          && Objects.equals(contributionId, key.contributionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, eventId, contributionId);
    }
  }

  @EmbeddedId private Key key;

  protected AgendaStar() {}

  public AgendaStar(Long accountId, Long eventId, Long contributionId) {
    this.key = new Key(accountId, eventId, contributionId);
  }

  public Long contributionId() {
    return key.contributionId;
  }
}
