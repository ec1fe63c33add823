package org.colloquium.programme.api;

/** What a kind of warning does to publishing, as an event's organisers choose it. */
public enum Severity {
  /** Not computed into the list at all. */
  IGNORE,
  /** Listed; publishing goes ahead. */
  WARN,
  /** Listed; nothing is published while one is left. */
  BLOCK
}
