package org.colloquium.registration.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

  @Test
  void aNewCodeIsSixteenCharactersOfTheAlphabet() {
    String code = CertificateCode.next();
    assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{16}"), code);
    assertNotEquals(code, CertificateCode.next());
    assertEquals(Optional.of(code), CertificateCode.normalise(CertificateCode.printed(code)));
  }

  @Test
  void aCodeIsReadAsPeopleTypeIt() {
    assertEquals("7K3M-Q9XW-2HRT-B8ZC", CertificateCode.printed("7K3MQ9XW2HRTB8ZC"));
    assertEquals(Optional.of("7K3MQ9XW2HRTB8ZC"), CertificateCode.normalise("7k3m-q9xw-2hrt-b8zc"));
    assertEquals(Optional.of("7K3M0Q1W2HRTB81C"), CertificateCode.normalise("7K3M OQIW 2HRT B8LC"));
  }

  @Test
  void whatCannotBeACodeIsRefused() {
    assertEquals(Optional.empty(), CertificateCode.normalise(null));
    assertEquals(Optional.empty(), CertificateCode.normalise("7K3M-Q9XW-2HRT-B8Z"));
    assertEquals(Optional.empty(), CertificateCode.normalise("7K3M-Q9XW-2HRT-B8ZCC"));
    assertEquals(Optional.empty(), CertificateCode.normalise("7K3M-Q9XW-2HRT-B8ZU"), "no U");
    assertEquals(Optional.empty(), CertificateCode.normalise("../../etc/passwd"));
    assertEquals(Optional.empty(), CertificateCode.normalise("x".repeat(10_000)));
  }
}
