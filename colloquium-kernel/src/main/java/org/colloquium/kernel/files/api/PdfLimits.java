package org.colloquium.kernel.files.api;

import java.util.OptionalInt;

/**
 * What a call for papers allows in an uploaded PDF: a size in bytes and, if the call says so, a
 * number of pages.
 */
public record PdfLimits(long maxBytes, OptionalInt maxPages) {

  public PdfLimits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (maxPages == null) {
      maxPages = OptionalInt.empty();
    }
    if (maxPages.isPresent() && maxPages.getAsInt() <= 0) {
      throw new IllegalArgumentException("maxPages must be positive: " + maxPages.getAsInt());
    }
  }

  public static PdfLimits ofBytes(long maxBytes) {
    return new PdfLimits(maxBytes, OptionalInt.empty());
  }

  public static PdfLimits ofMegabytes(int megabytes) {
    return ofBytes(megabytes * 1024L * 1024L);
  }

  public PdfLimits withMaxPages(int pages) {
    return new PdfLimits(maxBytes, OptionalInt.of(pages));
  }
}
