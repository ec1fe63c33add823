package org.colloquium.events.api;

/** What an attached document is, so the public page can label it ("Programme (PDF)"). */
public enum AttachmentKind {
  PRESS_RELEASE,
  PROGRAMME,
  OTHER
}
