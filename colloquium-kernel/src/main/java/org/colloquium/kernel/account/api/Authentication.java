package org.colloquium.kernel.account.api;

/**
 * Checks a sign-in. Attempts are counted per client address and per account and client, in the
 * database so that every node of a cluster enforces the same limit, and before the password is
 * checked so that parallel attempts cannot slip through together; an unknown address costs as much
 * time as a known one. A stranger's failures never pause the owner on a client that has not failed.
 */
public interface Authentication {
  SignInResult signIn(String emailInput, String password, String clientAddress);
}
