package org.colloquium.kernel.access;

/** The caller is known but may not do this. Shown as the 403 page. */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
