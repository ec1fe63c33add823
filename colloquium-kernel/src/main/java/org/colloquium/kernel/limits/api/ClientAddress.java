package org.colloquium.kernel.limits.api;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address limits count a client by: the request's remote address (the proxy's, unless the
 * server trusts {@code X-Forwarded-For}), IPv4 as it is, IPv6 by its /64 network, because an IPv6
 * client usually owns a whole /64 and could otherwise change its address with every guess.
 */
public record ClientAddress(String value) {

  public static final ClientAddress UNKNOWN = new ClientAddress("unknown");

  public static ClientAddress of(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isBlank()) {
      return UNKNOWN;
    }
    return new ClientAddress(network(remoteAddress.strip()));
  }

  public static String network(String address) {
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      // A literal address: no name lookup happens.
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix
            .append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
            .append(':');
      }
      return prefix.append(":/64").toString();
    } catch (UnknownHostException e) {
      return address;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
