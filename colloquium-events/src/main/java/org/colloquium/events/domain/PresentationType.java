package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.colloquium.kernel.publicpages.PublicContent;

/**
 * A kind of contribution an event offers (paper, panel, poster, keynote, roundtable) and how long a
 * slot of it lasts; the programme will use the duration. A poster may have none.
 */
@PublicContent
@Entity
@Table(name = "presentation_type")
public class PresentationType extends EventMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "presentation_type_seq")
  @SequenceGenerator(
      name = "presentation_type_seq",
      sequenceName = "presentation_type_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = MaterialRules.NAME_MAX)
  private String name;

  @Column(name = "duration_minutes")
  private Integer durationMinutes;

  protected PresentationType() {}

  public PresentationType(Long eventId, int position, String name, Integer durationMinutes) {
    super(eventId, position);
    change(name, durationMinutes);
  }

  public void change(String name, Integer durationMinutes) {
    if (!MaterialRules.durationAllowed(durationMinutes)) {
      throw new IllegalArgumentException("duration out of range: " + durationMinutes);
    }
    this.name = MaterialRules.requireName(name);
    this.durationMinutes = durationMinutes;
  }

  @Override
  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Integer durationMinutes() {
    return durationMinutes;
  }
}
