package org.colloquium.kernel.apitoken.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.kernel.secrets.HashedSecret;

/** API tokens. Joins the caller's transaction. */
@ApplicationScoped
public class ApiTokenRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public void add(ApiToken token) {
    em.persist(token);
    em.flush(); // a clash of hashes (never expected) surfaces here, not at commit
  }

  public Optional<ApiToken> find(Long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  public Optional<ApiToken> findBySecret(String secret) {
    return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
        .setParameter("hash", HashedSecret.hashOf(secret))
        .getResultStream()
        .findFirst();
  }

  /** The account's active tokens, newest first. */
  public List<ApiToken> activeOf(Long accountId) {
    return em.createNamedQuery("ApiToken.activeOf", ApiToken.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** The account's tokens that are neither revoked nor expired at {@code now}. */
  public long activeCount(Long accountId, Instant now) {
    return em.createNamedQuery("ApiToken.activeCount", Long.class)
        .setParameter("account", accountId)
        .setParameter("now", now)
        .getSingleResult();
  }

  /** Revokes every token of the account not revoked yet; answers how many. */
  public int revokeAllOf(Long accountId, Instant now) {
    return em.createNamedQuery("ApiToken.revokeAllOf")
        .setParameter("account", accountId)
        .setParameter("now", now)
        .executeUpdate();
  }
}
