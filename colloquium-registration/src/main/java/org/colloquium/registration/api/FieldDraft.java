package org.colloquium.registration.api;

import java.io.Serializable;

/**
 * A question as an organiser types it. {@code choices} holds one choice per line, {@code English |
 * Română | places} (the Romanian label and the places may be left out); lines are matched to the
 * choices stored by their English label, else by their position, so that renaming a choice keeps
 * the answers that chose it.
 *
 * @param id null for a new field
 */
public record FieldDraft(
    Long id,
    FieldKind kind,
    String labelEn,
    String labelRo,
    String helpEn,
    String helpRo,
    boolean required,
    boolean showAtCheckIn,
    String choices)
    implements Serializable {

  public static final int MAX_LABEL = 300;
  public static final int MAX_HELP = 1000;
  public static final int MAX_CHOICES = 50;
}
