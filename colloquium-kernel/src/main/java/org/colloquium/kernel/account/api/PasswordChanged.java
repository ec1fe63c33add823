package org.colloquium.kernel.account.api;

/**
 * Fired, synchronously and inside the transaction of the change, when an account's password was
 * changed or reset. Other kernel areas observe it to withdraw what the old password vouched for
 * (API tokens), without the account service knowing them.
 */
public record PasswordChanged(Long accountId) {}
