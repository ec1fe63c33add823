package org.colloquium.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.Base64;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TicketSignerTest {

  private static final KeyPair PAIR = TicketSigner.newKeyPair();
  private static final TicketSigner SIGNER = TicketSigner.of(PAIR);

  @Test
  void aTicketNamesItsRegistrationForItsEventOnly() {
    String ticket = SIGNER.ticket(7, 1234);
    assertTrue(ticket.matches("CQ1\\.1234\\.[A-Za-z0-9_-]{86}"), ticket);
    assertEquals(OptionalLong.of(1234), SIGNER.verify(ticket, 7));
    assertEquals(
        OptionalLong.of(1234), SIGNER.verify(" " + ticket + "\n", 7), "as a scanner types it");
    assertEquals(OptionalLong.empty(), SIGNER.verify(ticket, 8), "another event's door");
  }

  @Test
  void onlyThePublicKeyIsNeededToCheckIt() {
    String ticket = SIGNER.ticket(7, 99);
    TicketSigner door =
        TicketSigner.of(Base64.getEncoder().encodeToString(PAIR.getPublic().getEncoded()), null);
    assertEquals(OptionalLong.of(99), door.verify(ticket, 7));
  }

  @Test
  void aChangedOrForeignTicketIsRefused() {
    String ticket = SIGNER.ticket(7, 1234);
    assertEquals(OptionalLong.empty(), SIGNER.verify(ticket.replace(".1234.", ".1235."), 7));
    char last = ticket.charAt(ticket.length() - 1);
    String flipped = ticket.substring(0, ticket.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertEquals(OptionalLong.empty(), SIGNER.verify(flipped, 7));
    int middle = ticket.length() - 40;
    char c = ticket.charAt(middle);
    String changed =
        ticket.substring(0, middle) + (c == 'A' ? 'B' : 'A') + ticket.substring(middle + 1);
    assertEquals(OptionalLong.empty(), SIGNER.verify(changed, 7));
    assertEquals(
        OptionalLong.empty(), TicketSigner.of(TicketSigner.newKeyPair()).verify(ticket, 7));
    for (String garbage :
        new String[] {
          null, "", "CQ1", "CQ1.0.x", "CQ1.-5." + "A".repeat(86), "x".repeat(100_000)
        }) {
      assertEquals(OptionalLong.empty(), SIGNER.verify(garbage, 7), String.valueOf(garbage));
    }
  }
}
