package org.colloquium.events.api;

/**
 * An organising or partner institution as the organiser entered it. {@code logo} holds newly
 * uploaded bytes (null or empty: keep the current logo, unless {@code removeLogo}).
 */
public record InstitutionChange(String name, String url, byte[] logo, boolean removeLogo) {

  public boolean hasNewLogo() {
    return logo != null && logo.length > 0;
  }
}
