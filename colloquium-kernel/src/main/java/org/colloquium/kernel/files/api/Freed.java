package org.colloquium.kernel.files.api;

/** What deleting unreferenced stored files gave back: how many files, how many bytes of content. */
public record Freed(long files, long bytes) {

  public static final Freed NOTHING = new Freed(0, 0);

  public Freed plus(Freed other) {
    return new Freed(files + other.files, bytes + other.bytes);
  }
}
