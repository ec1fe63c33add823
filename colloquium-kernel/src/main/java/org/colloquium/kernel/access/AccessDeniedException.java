package org.colloquium.kernel.access;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this. Shown as the 403 page. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
