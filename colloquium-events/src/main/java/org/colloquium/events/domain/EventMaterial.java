package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * What the event's ordered lists (tracks, presentation types, attachments, media links) share: the
 * event they belong to, their place in the list and their version for optimistic locking. Each
 * keeps its own id, since each has its own sequence.
 */
@MappedSuperclass
public abstract class EventMaterial implements Positioned {

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(nullable = false)
  private int position;

  protected EventMaterial() {}

  protected EventMaterial(Long eventId, int position) {
    this.eventId = Objects.requireNonNull(eventId);
    this.position = position;
  }

  @Override
  public void placeAt(int position) {
    this.position = position;
  }

  public int version() {
    return version;
  }

  public Long eventId() {
    return eventId;
  }

  @Override
  public int position() {
    return position;
  }
}
