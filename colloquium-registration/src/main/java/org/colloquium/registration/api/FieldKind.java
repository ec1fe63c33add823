package org.colloquium.registration.api;

/** What an organiser's question asks for, and so how it is shown and checked. */
public enum FieldKind {
  /** A heading that starts a section of the form; asks nothing. */
  SECTION,
  /** A line of text (up to 500 characters). */
  TEXT,
  /** Several lines of text (up to 4,000 characters). */
  LONG_TEXT,
  /** A number, with a decimal point or comma. */
  NUMBER,
  /** A calendar date. */
  DATE,
  /** One of the choices offered; a choice may have a number of places. */
  CHOICE,
  /** Any of the choices offered; each may have a number of places. */
  MULTIPLE,
  /** A country, by its ISO 3166 code. */
  COUNTRY,
  /** Yes or no. */
  YES_NO,
  /** A box to tick to agree to what the label says; when required, registering needs it ticked. */
  CONSENT;

  /** Whether answers are choices of the field (held by id) rather than a value. */
  public boolean chooses() {
    return this == CHOICE || this == MULTIPLE;
  }

  /** Whether the field asks anything (a section only heads the ones after it). */
  public boolean asks() {
    return this != SECTION;
  }
}
