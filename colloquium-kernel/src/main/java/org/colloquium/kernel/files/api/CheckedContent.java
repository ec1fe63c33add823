package org.colloquium.kernel.files.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Bytes that passed a {@code ContentCheck}, with the content type the check recognised (never the
 * one the uploader's browser claimed).
 */
public record CheckedContent(byte[] bytes, String contentType) {

  public CheckedContent {
    Objects.requireNonNull(bytes);
    Objects.requireNonNull(contentType);
  }

  /** The key the file is stored under: lower-case hex SHA-256 of the bytes. */
  public String sha256() {
    return sha256Of(bytes);
  }

  public static String sha256Of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
