package org.colloquium.reviews.api;

/** A reviewer's bid on a submission. */
public enum Bid {
  EAGER(2),
  WILLING(1),
  NEUTRAL(0),
  RATHER_NOT(-1),
  CONFLICT(-2);

  private final int value;

  Bid(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  public static Bid of(int value) {
    for (Bid b : values()) {
      if (b.value == value) {
        return b;
      }
    }
    throw new IllegalArgumentException("no bid " + value);
  }
}
