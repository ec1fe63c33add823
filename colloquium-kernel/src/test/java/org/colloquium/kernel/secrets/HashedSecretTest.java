package org.colloquium.kernel.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashedSecretTest {

  /** The stored rows depend on this exact form: the SHA-256 test vectors, lower-case hex. */
  @Test
  void hashesAreTheHexSha256OfTheUtf8Bytes() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        HashedSecret.hashOf("abc"));
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        HashedSecret.hashOf(""));
    assertEquals(
        HashedSecret.hashOf("ș"),
        HashedSecret.hashOf("\u0219"),
        "one code point, one UTF-8 encoding");
  }

  @Test
  void aNewSecretIs256BitsOfUrlSafeTextAfterItsPrefixAndMatchesItsHash() {
    HashedSecret s = HashedSecret.random("clq_");
    assertTrue(s.secret().matches("clq_[A-Za-z0-9_-]{43}"), s.secret());
    assertEquals(HashedSecret.hashOf(s.secret()), s.hash());
    assertTrue(HashedSecret.random("").secret().matches("[A-Za-z0-9_-]{43}"));
  }

  @Test
  void secretsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(HashedSecret.random("").secret()));
    }
    assertNotEquals(HashedSecret.hashOf("a"), HashedSecret.hashOf("b"));
  }

  @Test
  void theSecretNeverAppearsInItsTextForm() {
    HashedSecret s = HashedSecret.random("");
    assertFalse(s.toString().contains(s.secret()));
  }
}
