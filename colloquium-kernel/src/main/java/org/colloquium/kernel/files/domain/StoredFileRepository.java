package org.colloquium.kernel.files.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;

/** Stored files. Joins the caller's transaction. */
@ApplicationScoped
public class StoredFileRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public void add(StoredFile file) {
    em.persist(file);
  }

  public Optional<StoredFile> find(String sha256) {
    return Optional.ofNullable(em.find(StoredFile.class, sha256));
  }

  public boolean exists(String sha256) {
    return !em.createQuery("select f.sha256 from StoredFile f where f.sha256 = :key", String.class)
        .setParameter("key", sha256)
        .getResultList()
        .isEmpty();
  }

  /** The size of a stored file without reading its content. */
  public Optional<Long> sizeOf(String sha256) {
    return em.createQuery("select f.size from StoredFile f where f.sha256 = :key", Long.class)
        .setParameter("key", sha256)
        .getResultStream()
        .findFirst();
  }
}
