package org.colloquium.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A choice of a choice field. Its places are counted as a mode's are: {@code taken} and, once
 * stored, {@code capacity} change only by {@link FormRepository}'s conditional updates, never
 * through this instance (a bulk update does not refresh it), so they are mapped read-only after the
 * insert.
 */
@Entity
@Table(name = "registration_field_choice")
public class RegistrationFieldChoice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_field_choice_seq")
  @SequenceGenerator(
      name = "registration_field_choice_seq",
      sequenceName = "registration_field_choice_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "field_id", nullable = false)
  private RegistrationField field;

  @Column(nullable = false)
  private int position;

  @Column(name = "label_en", nullable = false, length = 300)
  private String labelEn;

  @Column(name = "label_ro", nullable = false, length = 300)
  private String labelRo;

  @Column(updatable = false)
  private Integer capacity;

  @Column(nullable = false, insertable = false, updatable = false)
  private int taken;

  protected RegistrationFieldChoice() {}

  RegistrationFieldChoice(
      RegistrationField field, int position, String labelEn, String labelRo, Integer capacity) {
    this.field = field;
    this.position = position;
    this.labelEn = labelEn;
    this.labelRo = labelRo;
    this.capacity = capacity;
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  void placeAt(int position) {
    this.position = position;
  }

  public String labelEn() {
    return labelEn;
  }

  public String labelRo() {
    return labelRo;
  }

  public void relabel(String en, String ro) {
    this.labelEn = en;
    this.labelRo = ro;
  }

  public Integer capacity() {
    return capacity;
  }

  public int taken() {
    return taken;
  }
}
