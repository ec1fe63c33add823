package org.colloquium.registration.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.registration.api.FieldKind;

/** One of the organisers' questions on an event's registration form, or a section heading. */
@Entity
@Table(name = "registration_field")
public class RegistrationField {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_field_seq")
  @SequenceGenerator(
      name = "registration_field_seq",
      sequenceName = "registration_field_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FieldKind kind;

  @Column(name = "label_en", nullable = false, length = 300)
  private String labelEn;

  @Column(name = "label_ro", nullable = false, length = 300)
  private String labelRo;

  @Column(name = "help_en", length = 1000)
  private String helpEn;

  @Column(name = "help_ro", length = 1000)
  private String helpRo;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "show_at_check_in", nullable = false)
  private boolean showAtCheckIn;

  @Column(nullable = false)
  private boolean hidden;

  @OneToMany(mappedBy = "field", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<RegistrationFieldChoice> choices = new ArrayList<>();

  protected RegistrationField() {}

  public RegistrationField(Long eventId, int position, FieldKind kind) {
    this.eventId = eventId;
    this.position = position;
    this.kind = kind;
  }

  /** Sets what the organiser typed (checked by {@link FieldRules}). */
  public void describe(
      String labelEn,
      String labelRo,
      String helpEn,
      String helpRo,
      boolean required,
      boolean showAtCheckIn) {
    this.labelEn = labelEn;
    this.labelRo = labelRo;
    this.helpEn = helpEn;
    this.helpRo = helpRo;
    this.required = required && kind.asks();
    this.showAtCheckIn = showAtCheckIn && kind.asks();
  }

  public RegistrationFieldChoice addChoice(String en, String ro, Integer capacity) {
    RegistrationFieldChoice choice =
        new RegistrationFieldChoice(this, choices.size(), en, ro, capacity);
    choices.add(choice);
    return choice;
  }

  /** Puts the choices in the order given (all of them, the ones kept and the new). */
  public void order(List<RegistrationFieldChoice> ordered) {
    choices.retainAll(ordered);
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).placeAt(i);
    }
    choices.sort(java.util.Comparator.comparingInt(RegistrationFieldChoice::position));
  }

  public void removeChoice(RegistrationFieldChoice choice) {
    choices.remove(choice);
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

  public void placeAt(int position) {
    this.position = position;
  }

  public FieldKind kind() {
    return kind;
  }

  /** A field's kind changes only while nobody answered it (the caller checks). */
  public void changeKind(FieldKind kind) {
    this.kind = kind;
    if (!kind.chooses()) {
      choices.clear();
    }
  }

  public String labelEn() {
    return labelEn;
  }

  public String labelRo() {
    return labelRo;
  }

  public String helpEn() {
    return helpEn;
  }

  public String helpRo() {
    return helpRo;
  }

  public boolean required() {
    return required;
  }

  public boolean showAtCheckIn() {
    return showAtCheckIn;
  }

  public boolean hidden() {
    return hidden;
  }

  public void hide(boolean hidden) {
    this.hidden = hidden;
  }

  public List<RegistrationFieldChoice> choices() {
    return choices;
  }
}
