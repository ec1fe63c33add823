package org.colloquium.registration.api;

/** What a certificate attests. */
public enum CertificateKind {
  /** Came: checked in at the door, or joined online through the personal link. */
  ATTENDANCE,
  /** Presented: a speaker, registered as a presenting author of an accepted submission. */
  PRESENTATION
}
