package org.colloquium.submissions.api;

import java.util.Objects;

/** A file as the browser or an API client sent it: the name it gave and the bytes. */
public record FileUpload(String fileName, byte[] bytes) {

  public FileUpload {
    Objects.requireNonNull(bytes, "bytes");
    fileName = fileName == null || fileName.isBlank() ? "submission.pdf" : fileName.strip();
  }
}
