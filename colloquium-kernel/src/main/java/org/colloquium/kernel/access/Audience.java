package org.colloquium.kernel.access;

/**
 * The kinds of visitor a rule's {@link Admits} speaks of: those the permission walk signs in as
 * (the demo data have one of each, organising and reviewing the demo conference).
 */
public enum Audience {
  /** Not signed in. */
  ANONYMOUS,
  /** Signed in without any role: an author or attendee. */
  SIGNED_IN,
  /** A member of the demo conference's committee who does not organise it. */
  REVIEWER,
  /** An organiser of the demo conference. */
  ORGANISER,
  /** A platform administrator. */
  ADMINISTRATOR
}
