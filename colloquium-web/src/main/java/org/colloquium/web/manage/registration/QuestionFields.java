package org.colloquium.web.manage.registration;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquium.registration.api.FieldDraft;
import org.colloquium.registration.api.FieldKind;
import org.colloquium.registration.api.FormChoice;
import org.colloquium.registration.api.FormField;
import org.colloquium.web.faces.EnumParameters;

/**
 * One question as the organisers' page edits it: the kind as its name (a tampered one is refused by
 * the service), the choices one per line as {@code English | Română | places}.
 */
public class QuestionFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private String kind = FieldKind.TEXT.name();
  private String labelEn;
  private String labelRo;
  private String helpEn;
  private String helpRo;
  private boolean required;
  private boolean showAtCheckIn;
  private String choices;
  private FormField stored;

  public static QuestionFields of(FormField f) {
    QuestionFields q = new QuestionFields();
    q.id = f.id();
    q.kind = f.kind().name();
    q.labelEn = f.labelEn();
    q.labelRo = f.labelRo();
    q.helpEn = f.helpEn();
    q.helpRo = f.helpRo();
    q.required = f.required();
    q.showAtCheckIn = f.showAtCheckIn();
    q.choices = f.choices().stream().map(QuestionFields::line).collect(Collectors.joining("\n"));
    q.stored = f;
    return q;
  }

  /** This question as typed, beside what is now stored of it. */
  QuestionFields storedAs(FormField f) {
    stored = f;
    return this;
  }

  private static String line(FormChoice c) {
    return c.labelEn() + " | " + c.labelRo() + (c.capacity() == null ? "" : " | " + c.capacity());
  }

  public FieldDraft draft() {
    return new FieldDraft(
        id,
        EnumParameters.parse(FieldKind.class, kind),
        labelEn,
        labelRo,
        helpEn,
        helpRo,
        required,
        showAtCheckIn,
        choices);
  }

  /** The question as stored (null for the one being added): its counts, whether hidden. */
  public FormField getStored() {
    return stored;
  }

  public List<FieldKind> getKinds() {
    return List.of(FieldKind.values());
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getLabelRo() {
    return labelRo;
  }

  public void setLabelRo(String labelRo) {
    this.labelRo = labelRo;
  }

  public String getHelpEn() {
    return helpEn;
  }

  public void setHelpEn(String helpEn) {
    this.helpEn = helpEn;
  }

  public String getHelpRo() {
    return helpRo;
  }

  public void setHelpRo(String helpRo) {
    this.helpRo = helpRo;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public boolean isShowAtCheckIn() {
    return showAtCheckIn;
  }

  public void setShowAtCheckIn(boolean showAtCheckIn) {
    this.showAtCheckIn = showAtCheckIn;
  }

  public String getChoices() {
    return choices;
  }

  public void setChoices(String choices) {
    this.choices = choices;
  }
}
