package org.colloquium.kernel.apitoken.api;

import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.Authentication;

/**
 * Personal API tokens: each account manages only its own. Someone else's token answers as if it did
 * not exist, so ids cannot be probed.
 */
public interface ApiTokens {
  /**
   * Creates a token for the acting account, once its password has been given again. The password is
   * checked as a sign-in is ({@link Authentication}): a wrong one counts towards the account's and
   * the client's sign-in throttling, so this form cannot be used to guess it.
   *
   * @param clientAddress the request's client address, for the throttling
   * @return the token with its secret, which cannot be read again later
   * @throws org.colloquium.kernel.validation.ValidationException on a missing or too long name, a
   *     missing lifetime or scope, a missing or wrong password, while sign-in is throttled, or when
   *     the account already has the maximum of active tokens
   */
  CreatedApiToken create(Long actorId, ApiTokenRequest request, String clientAddress);

  /** The acting account's active tokens, newest first. */
  List<ApiTokenView> list(Long actorId);

  /**
   * Revokes one of the acting account's tokens at once: the next request with it is refused.
   *
   * @throws NotFoundException when the token does not exist or belongs to someone else
   */
  void revoke(Long actorId, Long tokenId);

  /**
   * Who a request's secret stands for and within which scope; empty for an unknown, revoked or
   * expired secret.
   */
  Optional<ApiCredential> authenticate(String secret);
}
