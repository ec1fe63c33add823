package org.colloquium.kernel.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's {@link Pbkdf2PasswordHash}: PBKDF2-HMAC-SHA512 with
 * 210,000 iterations and a 32-byte random salt (OWASP's 2023 figure for this algorithm). The stored
 * form names the algorithm and iteration count, so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** A hash of a password nobody knows, to spend the same time when the account does not exist. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = pbkdf2.generate("decoy password that matches nothing".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /**
   * Spends as long as a real verification, so that the time a failed sign-in takes does not tell
   * whether the address has an account.
   */
  public void verifyNothing(String password) {
    pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
  }
}
