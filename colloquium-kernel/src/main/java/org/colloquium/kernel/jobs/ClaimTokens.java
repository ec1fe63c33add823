package org.colloquium.kernel.jobs;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Tokens for claims of background work: the node's name (so that the log and the database say who
 * holds what) and a random part (so that a claim taken over and then claimed again by the same node
 * is still another claim).
 */
public final class ClaimTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ClaimTokens() {}

  /** A new token, at most 80 characters: {@code node1:9f86d081884c7d65}. */
  public static String next() {
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    return node() + ":" + HexFormat.of().formatHex(random);
  }

  /** This node's name, at most 60 characters. */
  public static String node() {
    String node = System.getProperty("jboss.node.name", "node");
    return node.length() > 60 ? node.substring(0, 60) : node;
  }
}
