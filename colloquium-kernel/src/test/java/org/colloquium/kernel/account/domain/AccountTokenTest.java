package org.colloquium.kernel.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.colloquium.kernel.account.domain.AccountToken.Issued;
import org.colloquium.kernel.account.domain.AccountToken.Refusal;
import org.colloquium.kernel.secrets.HashedSecret;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

  private static final Instant ISSUED_AT = Instant.parse("2026-03-02T10:15:30Z");

  private static String storedHash(AccountToken token) throws ReflectiveOperationException {
    Field field = AccountToken.class.getDeclaredField("tokenHash");
    field.setAccessible(true);
    return (String) field.get(token);
  }

  @Test
  void storesOnlyTheHashOfTheSecretItHandsOut() throws Exception {
    Issued issued = AccountToken.issue(7L, TokenPurpose.CONFIRM_EMAIL, ISSUED_AT);
    String stored = storedHash(issued.token());
    assertEquals(HashedSecret.hashOf(issued.secret()), stored);
    assertNotEquals(issued.secret(), stored);
    assertEquals(7L, issued.token().accountId());
    assertEquals(TokenPurpose.CONFIRM_EMAIL, issued.token().purpose());
  }

  @Test
  void secretIsUrlSafeAndCarries256Bits() {
    String secret = AccountToken.issue(7L, TokenPurpose.RESET_PASSWORD, ISSUED_AT).secret();
    assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
  }

  @Test
  void hashIsLowerCaseHexSha256() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        HashedSecret.hashOf("abc"));
    assertNotEquals(HashedSecret.hashOf("abc"), HashedSecret.hashOf("abd"));
  }

  @Test
  void twoIssuedSecretsDiffer() {
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      secrets.add(AccountToken.issue(7L, TokenPurpose.CONFIRM_EMAIL, ISSUED_AT).secret());
    }
    assertEquals(100, secrets.size());
  }

  @Test
  void confirmationLinkIsValidForTwoDays() {
    AccountToken token = AccountToken.issue(7L, TokenPurpose.CONFIRM_EMAIL, ISSUED_AT).token();
    Instant expiry = ISSUED_AT.plus(Duration.ofDays(2));
    assertEquals(expiry, token.expiresAt());
    assertEquals(
        Optional.empty(), token.refusalFor(TokenPurpose.CONFIRM_EMAIL, expiry.minusSeconds(1)));
    assertEquals(
        Optional.of(Refusal.EXPIRED), token.refusalFor(TokenPurpose.CONFIRM_EMAIL, expiry));
  }

  @Test
  void resetLinkIsUsableOneSecondBeforeTheHourIsUp() {
    AccountToken token = AccountToken.issue(7L, TokenPurpose.RESET_PASSWORD, ISSUED_AT).token();
    assertEquals(ISSUED_AT.plus(Duration.ofHours(1)), token.expiresAt());
    assertEquals(Optional.empty(), token.refusalFor(TokenPurpose.RESET_PASSWORD, ISSUED_AT));
    assertEquals(
        Optional.empty(),
        token.refusalFor(TokenPurpose.RESET_PASSWORD, ISSUED_AT.plusSeconds(3599)));
  }

  @Test
  void resetLinkIsExpiredAtExactlyOneHourAndAfter() {
    AccountToken token = AccountToken.issue(7L, TokenPurpose.RESET_PASSWORD, ISSUED_AT).token();
    assertEquals(
        Optional.of(Refusal.EXPIRED),
        token.refusalFor(TokenPurpose.RESET_PASSWORD, ISSUED_AT.plusSeconds(3600)));
    assertEquals(
        Optional.of(Refusal.EXPIRED),
        token.refusalFor(TokenPurpose.RESET_PASSWORD, ISSUED_AT.plus(Duration.ofDays(30))));
  }

  @Test
  void consumedTokenIsRefusedAsUsed() {
    AccountToken token = AccountToken.issue(7L, TokenPurpose.RESET_PASSWORD, ISSUED_AT).token();
    token.consume(ISSUED_AT.plusSeconds(60));
    assertEquals(
        Optional.of(Refusal.USED),
        token.refusalFor(TokenPurpose.RESET_PASSWORD, ISSUED_AT.plusSeconds(61)));
  }

  @Test
  void tokenCannotBeConsumedTwice() {
    AccountToken token = AccountToken.issue(7L, TokenPurpose.RESET_PASSWORD, ISSUED_AT).token();
    token.consume(ISSUED_AT.plusSeconds(60));
    assertThrows(IllegalStateException.class, () -> token.consume(ISSUED_AT.plusSeconds(61)));
  }

  @Test
  void tokenForOnePurposeIsRefusedForAnother() {
    AccountToken token = AccountToken.issue(7L, TokenPurpose.CONFIRM_EMAIL, ISSUED_AT).token();
    assertEquals(
        Optional.of(Refusal.WRONG_PURPOSE),
        token.refusalFor(TokenPurpose.RESET_PASSWORD, ISSUED_AT.plusSeconds(1)));
  }

  @Test
  void withdrawnTokenIsNoLongerUsable() {
    AccountToken token = AccountToken.issue(7L, TokenPurpose.RESET_PASSWORD, ISSUED_AT).token();
    token.withdraw(ISSUED_AT.plusSeconds(10));
    assertEquals(
        Optional.of(Refusal.SUPERSEDED),
        token.refusalFor(TokenPurpose.RESET_PASSWORD, ISSUED_AT.plusSeconds(11)));
    assertThrows(IllegalStateException.class, () -> token.consume(ISSUED_AT.plusSeconds(11)));
  }

  @Test
  void consumingAnExpiredTokenThrows() {
    AccountToken token = AccountToken.issue(7L, TokenPurpose.RESET_PASSWORD, ISSUED_AT).token();
    assertThrows(
        IllegalStateException.class, () -> token.consume(ISSUED_AT.plus(Duration.ofHours(1))));
    // and it stays unused: an earlier moment would still accept it
    assertEquals(
        Optional.empty(), token.refusalFor(TokenPurpose.RESET_PASSWORD, ISSUED_AT.plusSeconds(1)));
  }
}
