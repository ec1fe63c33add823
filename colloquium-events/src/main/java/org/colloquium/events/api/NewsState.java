package org.colloquium.events.api;

/** Where a news item stands at a given moment. */
public enum NewsState {
  /** Never published, or unpublished: only its managers see it. */
  DRAFT,
  /** Has a publication time that has not come yet. */
  SCHEDULED,
  /** Public since its publication time. */
  PUBLISHED
}
