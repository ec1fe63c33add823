package org.colloquium.events.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.colloquium.kernel.publicpages.PublicContent;

/**
 * A topic of an event ("Security and defence") that submissions choose and track chairs look after.
 * Chairs are accounts among the event's committee members; the service checks that.
 */
@PublicContent
@Entity
@Table(name = "track")
public class Track extends EventMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "track_seq")
  @SequenceGenerator(name = "track_seq", sequenceName = "track_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = MaterialRules.NAME_MAX)
  private String name;

  @Column(length = MaterialRules.DESCRIPTION_MAX)
  private String description;

  @ElementCollection
  @CollectionTable(name = "track_chair", joinColumns = @JoinColumn(name = "track_id"))
  @Column(name = "account_id", nullable = false)
  private Set<Long> chairs = new LinkedHashSet<>();

  protected Track() {}

  public Track(Long eventId, int position, String name, String description) {
    super(eventId, position);
    rename(name, description);
  }

  public void rename(String name, String description) {
    this.name = MaterialRules.requireName(name);
    this.description = MaterialRules.blankToNull(description);
  }

  public void chairedBy(Set<Long> accountIds) {
    chairs.clear();
    chairs.addAll(accountIds);
  }

  @Override
  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Set<Long> chairs() {
    return Set.copyOf(chairs);
  }
}
