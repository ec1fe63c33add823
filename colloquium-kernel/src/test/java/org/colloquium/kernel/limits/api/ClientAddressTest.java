package org.colloquium.kernel.limits.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void ipv4StaysAsItIs() {
    assertEquals("192.0.2.7", ClientAddress.of("192.0.2.7").value());
  }

  @Test
  void ipv6CountsPerSlash64() {
    assertEquals(
        ClientAddress.of("2001:db8:85a3:7:1111:2222:3333:4444"),
        ClientAddress.of("2001:db8:85a3:7:ffff::1"));
    assertEquals("2001:db8:85a3:7::/64", ClientAddress.of("2001:db8:85a3:7::9").value());
  }

  @Test
  void noAddressIsUnknown() {
    assertEquals(ClientAddress.UNKNOWN, ClientAddress.of(null));
    assertEquals(ClientAddress.UNKNOWN, ClientAddress.of(" "));
  }
}
