package org.colloquium.kernel.apitoken.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colloquium.kernel.apitoken.api.ApiTokenLifetime;
import org.colloquium.kernel.apitoken.api.ApiTokenScope;
import org.colloquium.kernel.secrets.HashedSecret;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");

  private static String storedHash(ApiToken token) throws ReflectiveOperationException {
    Field field = ApiToken.class.getDeclaredField("secretHash");
    field.setAccessible(true);
    return (String) field.get(token);
  }

  @Test
  void storesOnlyTheHexHashOfTheSecretItHandsOut() throws Exception {
    ApiToken.Issued issued = ApiToken.issue(7L, "  laptop script ", 0, NOW);
    String stored = storedHash(issued.token());
    assertEquals(HashedSecret.hashOf(issued.secret()), stored);
    assertTrue(stored.matches("[0-9a-f]{64}"), stored);
    assertFalse(stored.contains(issued.secret()));
    assertEquals("laptop script", issued.token().name());
    assertEquals(7L, issued.token().accountId());
    assertEquals(NOW, issued.token().createdAt());
    assertTrue(issued.token().isActive());
    assertEquals(Optional.empty(), issued.token().lastUsedAt());
  }

  @Test
  void theSecretIsPrefixedAndCarries256RandomBits() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      String secret = ApiToken.issue(7L, "t", 0, NOW).secret();
      assertTrue(secret.startsWith("clq_"), secret);
      assertEquals(32, Base64.getUrlDecoder().decode(secret.substring(4)).length);
      assertTrue(ApiToken.wellFormed(secret), secret);
      assertTrue(seen.add(secret), "secrets repeat");
    }
  }

  @Test
  void onlyWellFormedSecretsAreLookedUp() {
    String secret = ApiToken.issue(7L, "t", 0, NOW).secret();
    assertFalse(ApiToken.wellFormed(null));
    assertFalse(ApiToken.wellFormed(""));
    assertFalse(ApiToken.wellFormed(secret.substring(4)), "without the prefix");
    assertFalse(ApiToken.wellFormed(secret + "x"), "too long");
    assertFalse(ApiToken.wellFormed(secret.substring(0, secret.length() - 1) + "!"));
    assertFalse(ApiToken.wellFormed("clq_" + "a".repeat(42)));
  }

  @Test
  void theNameIsRequiredAndShort() {
    for (String blank : new String[] {null, "", "   "}) {
      ValidationException e =
          assertThrows(ValidationException.class, () -> ApiToken.issue(7L, blank, 0, NOW));
      assertEquals(List.of(Problem.of("name", "apiToken.name.required")), e.problems());
    }
    ValidationException tooLong =
        assertThrows(ValidationException.class, () -> ApiToken.issue(7L, "x".repeat(101), 0, NOW));
    assertEquals(List.of(Problem.of("name", "apiToken.name.tooLong", 100)), tooLong.problems());
    assertEquals("x".repeat(100), ApiToken.issue(7L, "x".repeat(100), 0, NOW).token().name());
  }

  @Test
  void anAccountHasAtMostTenActiveTokens() {
    ApiToken.issue(7L, "tenth", 9, NOW);
    ValidationException e =
        assertThrows(ValidationException.class, () -> ApiToken.issue(7L, "eleventh", 10, NOW));
    assertEquals(List.of(Problem.global("apiToken.limitReached", 10)), e.problems());
  }

  @Test
  void useIsRecordedAtMostOnceAMinute() {
    ApiToken token = ApiToken.issue(7L, "t", 0, NOW).token();
    Instant first = NOW.plusSeconds(5);
    assertTrue(token.usedAt(first));
    assertFalse(token.usedAt(first.plusSeconds(59)));
    assertEquals(Optional.of(first), token.lastUsedAt());
    Instant later = first.plus(Duration.ofMinutes(1));
    assertTrue(token.usedAt(later));
    assertEquals(Optional.of(later), token.lastUsedAt());
  }

  @Test
  void revokingIsForGoodAndKeepsTheFirstTime() {
    ApiToken token = ApiToken.issue(7L, "t", 0, NOW).token();
    token.revoke(NOW.plusSeconds(10));
    token.revoke(NOW.plusSeconds(20));
    assertFalse(token.isActive());
    assertEquals(Optional.of(NOW.plusSeconds(10)), token.revokedAt());
  }

  @Test
  void hashesDiffer() {
    assertNotEquals(HashedSecret.hashOf("clq_a"), HashedSecret.hashOf("clq_b"));
  }

  @Test
  void aTokenWithALifetimeStopsAuthenticatingWhenItEnds() {
    ApiToken token =
        ApiToken.issue(7L, "t", 0, NOW, ApiTokenLifetime.DAYS_30, ApiTokenScope.READ_ONLY).token();
    Instant end = NOW.plus(Duration.ofDays(30));
    assertEquals(Optional.of(end), token.expiresAt());
    assertTrue(token.authenticates(end.minusSeconds(1)));
    assertFalse(token.isExpired(end.minusSeconds(1)));
    assertFalse(token.authenticates(end), "expired at the instant it ends");
    assertTrue(token.isExpired(end));
    assertTrue(token.isActive(), "expired is not revoked");
  }

  @Test
  void lifetimesAreThirtyNinetyAndThreeHundredSixtyFiveDaysOrNever() {
    assertEquals(
        List.of(30, 90, 365, 0),
        java.util.Arrays.stream(ApiTokenLifetime.values()).map(ApiTokenLifetime::days).toList());
    assertEquals(
        Optional.of(NOW.plus(Duration.ofDays(90))), ApiTokenLifetime.DAYS_90.expiryFrom(NOW));
    assertEquals(Optional.empty(), ApiTokenLifetime.NEVER.expiryFrom(NOW));
    ApiToken forever = ApiToken.issue(7L, "t", 0, NOW).token();
    assertEquals(Optional.empty(), forever.expiresAt());
    assertTrue(forever.authenticates(NOW.plus(Duration.ofDays(3650))));
  }

  @Test
  void aRevokedTokenNeverAuthenticatesEvenBeforeItsExpiry() {
    ApiToken token =
        ApiToken.issue(7L, "t", 0, NOW, ApiTokenLifetime.DAYS_365, ApiTokenScope.READ_WRITE)
            .token();
    token.revoke(NOW.plusSeconds(1));
    assertFalse(token.authenticates(NOW.plusSeconds(2)));
  }

  @Test
  void aReadOnlyTokenAllowsOnlyGetAndHead() {
    assertTrue(ApiTokenScope.READ_ONLY.allows("GET"));
    assertTrue(ApiTokenScope.READ_ONLY.allows("head"));
    for (String write : List.of("POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
      assertFalse(ApiTokenScope.READ_ONLY.allows(write), write);
      assertTrue(ApiTokenScope.READ_WRITE.allows(write), write);
    }
    assertEquals("read-only", ApiTokenScope.READ_ONLY.apiName());
    ApiToken token =
        ApiToken.issue(7L, "t", 0, NOW, ApiTokenLifetime.NEVER, ApiTokenScope.READ_ONLY).token();
    assertEquals(ApiTokenScope.READ_ONLY, token.scope());
  }

  @Test
  void theLifetimeAndTheScopeMustBeChosen() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> ApiToken.issue(7L, "t", 0, NOW, null, null));
    assertEquals(
        List.of(
            Problem.of("lifetime", "apiToken.lifetime.required"),
            Problem.of("scope", "apiToken.scope.required")),
        e.problems());
  }
}
