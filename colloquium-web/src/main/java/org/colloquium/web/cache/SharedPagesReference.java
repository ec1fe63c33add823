package org.colloquium.web.cache;

/**
 * The application's {@link SharedPages}, handed from the handler that can look it up (on a worker
 * thread, with the application's class loader) to the one that cannot (on the I/O thread).
 */
final class SharedPagesReference {

  private volatile SharedPages shared;

  /** Null until the first request reached the servlet path. */
  SharedPages get() {
    return shared;
  }

  void set(SharedPages shared) {
    this.shared = shared;
  }
}
