package org.colloquium.registration.api;

/** What a certificate attests. Certificates of presentation come with speakers' registration. */
public enum CertificateKind {
  /** Came: checked in at the door, or joined online through the personal link. */
  ATTENDANCE
}
