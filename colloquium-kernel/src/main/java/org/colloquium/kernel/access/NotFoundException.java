package org.colloquium.kernel.access;

/**
 * Nothing to show: the thing does not exist, or the caller may not learn that it does (a draft
 * event answers 404, not 403, so its existence does not leak).
 */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
