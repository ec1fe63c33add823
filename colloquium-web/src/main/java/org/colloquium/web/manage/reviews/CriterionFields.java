package org.colloquium.web.manage.reviews;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionRole;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.FieldVisibility;
import org.colloquium.reviews.api.ScaleValue;

/**
 * One criterion of the review form as the editor shows it: its scale as lines of "value | English |
 * Romanian", so that a scale of any length is one text area.
 */
public class CriterionFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String key;
  private CriterionKind kind;
  private String role;
  private String labelEn;
  private String labelRo;
  private String helpEn;
  private String helpRo;
  private String scale;
  private Integer weight;
  private boolean required;
  private boolean toAuthors;

  static CriterionFields of(CriterionSpec spec) {
    CriterionFields f = new CriterionFields();
    f.key = spec.key();
    f.kind = spec.kind();
    f.role = spec.role().name();
    f.labelEn = spec.labelEn();
    f.labelRo = spec.labelRo();
    f.helpEn = spec.helpEn();
    f.helpRo = spec.helpRo();
    f.scale =
        spec.scale().stream()
            .map(v -> v.value() + " | " + v.labelEn() + " | " + v.labelRo())
            .collect(Collectors.joining("\n"));
    f.weight = spec.weight();
    f.required = spec.required();
    f.toAuthors = spec.visibility() == FieldVisibility.AUTHORS;
    return f;
  }

  /** A new scale criterion of five values, or a new text field, with a key of its own. */
  static CriterionFields blank(CriterionKind kind, String key) {
    CriterionFields f = new CriterionFields();
    f.key = key;
    f.kind = kind;
    f.role = kind == CriterionKind.SCALE ? CriterionRole.SCORE.name() : CriterionRole.OTHER.name();
    f.scale =
        kind == CriterionKind.SCALE
            ? "1 | Poor | Slab\n2 | Fair | Acceptabil\n3 | Good | Bun\n4 | Very good | Foarte bun\n"
                + "5 | Excellent | Excelent"
            : "";
    f.weight = kind == CriterionKind.SCALE ? 1 : 0;
    f.required = kind == CriterionKind.SCALE;
    f.toAuthors = false;
    return f;
  }

  /**
   * The criterion as the service takes it.
   *
   * @throws IllegalArgumentException when a scale line is not "number | English | Romanian"
   */
  CriterionSpec spec() {
    List<ScaleValue> values = new ArrayList<>();
    if (kind == CriterionKind.SCALE && scale != null) {
      for (String line : scale.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\\|", -1);
        if (parts.length != 3) {
          throw new IllegalArgumentException(line);
        }
        try {
          values.add(
              new ScaleValue(
                  Integer.parseInt(parts[0].strip()), parts[1].strip(), parts[2].strip()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(line, e);
        }
      }
    }
    CriterionRole chosen = CriterionRole.valueOf(role);
    return new CriterionSpec(
        key,
        kind,
        chosen,
        strip(labelEn),
        strip(labelRo),
        blankToNull(helpEn),
        blankToNull(helpRo),
        values,
        weight == null ? 0 : weight,
        required,
        kind == CriterionKind.SCALE && chosen == CriterionRole.SCORE,
        toAuthors ? FieldVisibility.AUTHORS : FieldVisibility.COMMITTEE);
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The roles a criterion of this kind may have. */
  public List<CriterionRole> getRoles() {
    return kind == CriterionKind.SCALE
        ? List.of(CriterionRole.SCORE, CriterionRole.CONFIDENCE, CriterionRole.OTHER)
        : List.of(
            CriterionRole.COMMENTS_TO_AUTHORS,
            CriterionRole.CONFIDENTIAL_COMMENTS,
            CriterionRole.OTHER);
  }

  public boolean isScaleKind() {
    return kind == CriterionKind.SCALE;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public CriterionKind getKind() {
    return kind;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
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

  public String getScale() {
    return scale;
  }

  public void setScale(String scale) {
    this.scale = scale;
  }

  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public boolean isToAuthors() {
    return toAuthors;
  }

  public void setToAuthors(boolean toAuthors) {
    this.toAuthors = toAuthors;
  }
}
