package org.colloquium.submissions.api;

/** The columns the organisers' table sorts by. */
public enum SubmissionSort {
  NUMBER("s.number"),
  TITLE("lower(s.title)"),
  STATE("s.state"),
  SUBMITTED_AT("s.submittedAt");

  private final String expression;

  SubmissionSort(String expression) {
    this.expression = expression;
  }

  /** A fixed JPQL expression: never built from user input. */
  public String expression() {
    return expression;
  }
}
