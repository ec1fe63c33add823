package org.colloquium.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.colloquium.programme.api.RoomMode;

/** A room of an event, real or online, in the order the organisers list them. */
@Entity
@Table(name = "programme_room")
public class Room {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_room_seq")
  @SequenceGenerator(
      name = "programme_room_seq",
      sequenceName = "programme_room_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 120)
  private String name;

  private Integer capacity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private RoomMode mode;

  @Column(name = "stream_url", length = 500)
  private String streamUrl;

  protected Room() {}

  public Room(Long eventId, int position, String name, Integer capacity, RoomMode mode) {
    this.eventId = eventId;
    this.position = position;
    change(name, capacity, mode, null);
  }

  public void change(String name, Integer capacity, RoomMode mode, String streamUrl) {
    this.name = name;
    this.capacity = capacity;
    this.mode = mode;
    this.streamUrl = streamUrl;
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public Long id() {
    return id;
  }

  public Long eventId() {
    return eventId;
  }

  public int position() {
    return position;
  }

  public String name() {
    return name;
  }

  public Optional<Integer> capacity() {
    return Optional.ofNullable(capacity);
  }

  public RoomMode mode() {
    return mode;
  }

  public Optional<String> streamUrl() {
    return Optional.ofNullable(streamUrl);
  }
}
