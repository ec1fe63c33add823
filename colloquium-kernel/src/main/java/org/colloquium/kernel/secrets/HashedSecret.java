package org.colloquium.kernel.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A new random secret and its hash: the secret goes to its holder and is never stored, the hash is
 * stored and looked up with {@link #hashOf}. Invitations, account tokens (confirm an address, reset
 * a password) and API tokens share it.
 *
 * <p>SHA-256 without salt or stretching is enough here, unlike for passwords: the secrets carry 256
 * random bits, so there is nothing to guess from the hash. Hashes are 64 lower-case hex digits; the
 * rows already stored depend on exactly this form.
 */
public record HashedSecret(String secret, String hash) {

  /** 32 bytes: 256 bits, 43 characters of URL-safe Base64. */
  public static final int BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  public HashedSecret {
    Objects.requireNonNull(secret);
    Objects.requireNonNull(hash);
  }

  /** A new secret of {@link #BYTES} random bytes, URL-safe, after {@code prefix} (may be ""). */
  public static HashedSecret random(String prefix) {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    String secret = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new HashedSecret(secret, hashOf(secret));
  }

  /** The stored form of a secret someone presents: the hex SHA-256 of its UTF-8 bytes. */
  public static String hashOf(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "HashedSecret[hash=" + hash + "]"; // never the secret, in logs or messages
  }
}
