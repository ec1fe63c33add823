package org.colloquium.reviews.domain;

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionRole;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.FieldVisibility;
import org.colloquium.reviews.api.ScaleValue;

/** One criterion of an event's review form, at a position. */
@Entity
@Table(name = "review_criterion")
public class ReviewCriterion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_criterion_seq")
  @SequenceGenerator(
      name = "review_criterion_seq",
      sequenceName = "review_criterion_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(nullable = false)
  private int position;

  @Column(name = "field_key", nullable = false, length = 40)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 5)
  private CriterionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private CriterionRole role;

  @Column(name = "label_en", nullable = false, length = 200)
  private String labelEn;

  @Column(name = "label_ro", nullable = false, length = 200)
  private String labelRo;

  @Column(name = "help_en", length = 1000)
  private String helpEn;

  @Column(name = "help_ro", length = 1000)
  private String helpRo;

  /** One value per line: value, tab, English label, tab, Romanian label. */
  @Column(length = 4000)
  private String scale;

  @Column(nullable = false)
  private int weight;

  @Column(nullable = false)
  private boolean required;

  @Column(nullable = false)
  private boolean scored;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private FieldVisibility visibility;

  protected ReviewCriterion() {}

  public ReviewCriterion(Long eventId, int position, CriterionSpec spec) {
    this.eventId = eventId;
    this.position = position;
    change(spec);
  }

  /** Takes the organiser's changes; the caller has checked the whole form. */
  public void change(CriterionSpec spec) {
    this.key = spec.key();
    this.kind = spec.kind();
    this.role = spec.role();
    this.labelEn = spec.labelEn();
    this.labelRo = spec.labelRo();
    this.helpEn = spec.helpEn();
    this.helpRo = spec.helpRo();
    this.scale =
        spec.kind() == CriterionKind.SCALE
            ? spec.scale().stream()
                .map(v -> v.value() + "\t" + oneLine(v.labelEn()) + "\t" + oneLine(v.labelRo()))
                .collect(Collectors.joining("\n"))
            : null;
    this.weight = spec.weight();
    this.required = spec.required();
    this.scored = spec.scored();
    this.visibility = spec.visibility();
  }

  public void moveTo(int position) {
    this.position = position;
  }

  private static String oneLine(String label) {
    return label == null ? "" : label.replaceAll("[\\t\\r\\n]+", " ");
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String key() {
    return key;
  }

  public CriterionSpec spec() {
    List<ScaleValue> values = new ArrayList<>();
    if (scale != null) {
      for (String line : scale.split("\n")) {
        String[] parts = line.split("\t", -1);
        values.add(new ScaleValue(Integer.parseInt(parts[0]), parts[1], parts[2]));
      }
    }
    return new CriterionSpec(
        key,
        kind,
        role,
        labelEn,
        labelRo,
        helpEn,
        helpRo,
        values,
        weight,
        required,
        scored,
        visibility);
  }
}
