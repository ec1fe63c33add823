package org.colloquium.kernel.apitoken.api;

/**
 * A new token as its owner asks for it: a name, how long it works, what it may do, and the
 * account's password again, so that a session left open on a shared computer is not enough to mint
 * a lasting credential.
 */
public record ApiTokenRequest(
    String name, ApiTokenLifetime lifetime, ApiTokenScope scope, String password) {

  @Override
  public String toString() {
    return "ApiTokenRequest[name=" + name + ", lifetime=" + lifetime + ", scope=" + scope + "]";
  }
}
