package org.colloquium.kernel.files.application;

/** A stored file read back for serving. */
public record FileContent(String sha256, byte[] bytes, String contentType) {

  public long size() {
    return bytes.length;
  }
}
