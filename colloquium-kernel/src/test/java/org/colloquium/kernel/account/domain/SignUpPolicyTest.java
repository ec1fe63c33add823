package org.colloquium.kernel.account.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignUpPolicyTest {

  @Test
  void aFreshProductionInstallWithoutAdministratorRefusesSignUp() {
    assertFalse(SignUpPolicy.open(false, 0));
  }

  @Test
  void signUpOpensOnceAnAdministratorExists() {
    assertTrue(SignUpPolicy.open(false, 1));
    assertTrue(SignUpPolicy.open(false, 3));
  }

  @Test
  void withDemoDataNothingIsClosed() {
    assertTrue(SignUpPolicy.open(true, 0));
    assertTrue(SignUpPolicy.open(true, 1));
  }

  @Test
  void theFirstConfirmedAccountBecomesAdministratorOnlyWithDemoDataAndNoAdministrator() {
    assertTrue(SignUpPolicy.firstConfirmedBecomesAdministrator(true, 0));
    assertFalse(SignUpPolicy.firstConfirmedBecomesAdministrator(true, 1));
    assertFalse(SignUpPolicy.firstConfirmedBecomesAdministrator(false, 0));
    assertFalse(SignUpPolicy.firstConfirmedBecomesAdministrator(false, 2));
  }
}
