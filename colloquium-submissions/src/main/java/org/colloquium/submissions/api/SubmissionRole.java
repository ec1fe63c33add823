package org.colloquium.submissions.api;

/** How a person relates to one submission; decides what they may see and do with it. */
public enum SubmissionRole {
  /** Created it: may edit and withdraw while the call is open. */
  SUBMITTER,
  /** A co-author the submitter allowed to edit: may edit (not withdraw) while the call is open. */
  EDITING_AUTHOR,
  /** A co-author: reads it. */
  AUTHOR,
  /** Organiser of its event, or a platform administrator: reads every submission but drafts. */
  ORGANISER,
  NONE
}
