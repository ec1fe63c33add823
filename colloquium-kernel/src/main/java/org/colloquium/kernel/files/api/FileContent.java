package org.colloquium.kernel.files.api;

/** A stored file read back for serving. */
public record FileContent(String sha256, byte[] bytes, String contentType) {

  public long size() {
    return bytes.length;
  }
}
