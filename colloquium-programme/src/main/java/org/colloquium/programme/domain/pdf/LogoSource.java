package org.colloquium.programme.domain.pdf;

import java.util.Optional;

/** Where the renderers get a partner's logo from (the application reads its file store). */
@FunctionalInterface
public interface LogoSource {

  /** No logos at all: partners are then printed by name only. */
  LogoSource NONE = sha256 -> Optional.empty();

  /**
   * The stored file's bytes (PNG or JPEG), or empty when it is missing; an unreadable image is left
   * out of the document rather than failing the whole render.
   */
  Optional<byte[]> bytes(String sha256);
}
