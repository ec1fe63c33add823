package org.colloquium.reviews.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reviewer's own settings in one event: the tracks and keywords they are interested in, and what
 * an organiser set for them: loads instead of the event's, and the tracks whose pools they are in.
 */
@Entity
@Table(name = "review_reviewer")
@IdClass(ReviewerSettings.Key.class)
public class ReviewerSettings {

  @Id
  @Column(name = "event_id")
  private Long eventId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Version private int version;

  /** One per line. */
  @Column(length = 2000)
  private String keywords;

  @Column(name = "min_load")
  private Integer minLoad;

  @Column(name = "max_load")
  private Integer maxLoad;

  @ElementCollection
  @CollectionTable(
      name = "review_reviewer_track",
      joinColumns = {
        @JoinColumn(name = "event_id", referencedColumnName = "event_id"),
        @JoinColumn(name = "account_id", referencedColumnName = "account_id")
      })
  @Column(name = "track_id")
  private Set<Long> trackIds = new HashSet<>();

  /** The tracks this reviewer reviews in; empty for every track. */
  @ElementCollection
  @CollectionTable(
      name = "review_reviewer_pool",
      joinColumns = {
        @JoinColumn(name = "event_id", referencedColumnName = "event_id"),
        @JoinColumn(name = "account_id", referencedColumnName = "account_id")
      })
  @Column(name = "track_id")
  private Set<Long> poolTrackIds = new HashSet<>();

  protected ReviewerSettings() {}

  public ReviewerSettings(Long eventId, Long accountId) {
    this.eventId = eventId;
    this.accountId = accountId;
  }

  public void interests(Set<Long> tracks, List<String> words) {
    trackIds.clear();
    trackIds.addAll(tracks);
    this.keywords = words.isEmpty() ? null : String.join("\n", words);
  }

  /** Loads of this reviewer; null for the event's. */
  public void loads(Integer min, Integer max) {
    this.minLoad = min;
    this.maxLoad = max;
  }

  /** Puts the reviewer in the pools of these tracks only; none for every track. */
  public void pool(Set<Long> tracks) {
    poolTrackIds.clear();
    poolTrackIds.addAll(tracks);
  }

  public Set<Long> poolTrackIds() {
    return Set.copyOf(poolTrackIds);
  }

  /**
   * Whether the reviewer may review a submission of this track: always without a pool; with one,
   * only in its tracks (a submission without a track is outside every pool).
   */
  public boolean reviewsTrack(Long trackId) {
    return poolTrackIds.isEmpty() || (trackId != null && poolTrackIds.contains(trackId));
  }

  public Long accountId() {
    return accountId;
  }

  public Set<Long> trackIds() {
    return Set.copyOf(trackIds);
  }

  public List<String> keywords() {
    return keywords == null ? List.of() : Arrays.asList(keywords.split("\n"));
  }

  public Optional<Integer> minLoad() {
    return Optional.ofNullable(minLoad);
  }

  public Optional<Integer> maxLoad() {
    return Optional.ofNullable(maxLoad);
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long eventId;
    private Long accountId;

    public Key() {}

    public Key(Long eventId, Long accountId) {
      this.eventId = eventId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(eventId, k.eventId)
          && Objects.equals(accountId, k.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(eventId, accountId);
    }
  }
}
