package org.colloquium.kernel.files.domain;

import java.time.Duration;

/**
 * How much work and memory checking one upload may take. An upload is small on the wire (a PDF at
 * most 20 MB, an image 1 MB) but may unpack to gigabytes: a few kilobytes of compressed text made
 * PDFBox build millions of glyph objects and take the whole heap. Every limit below is far above
 * what a real paper, programme or logo needs, and far below what would hurt a server with a heap of
 * 512 MB checking two files at once.
 */
public final class InspectionLimits {

  /**
   * Bytes PDFBox may unpack while one PDF is checked: its cross-reference and object streams, the
   * first page's content and the fonts that page uses (images are never unpacked). A paper's come
   * to a few megabytes, a page with a heavy chart or a large embedded font to some more. PDFBox
   * keeps each unpacked stream whole in memory while it reads it.
   */
  public static final long PDF_UNPACKED_BYTES = 32L * 1024 * 1024;

  /**
   * Scratch memory for streams PDFBox writes itself (when metadata are stripped and the file is
   * saved again); beyond it saving fails rather than growing.
   */
  public static final long PDF_SCRATCH_BYTES = 64L * 1024 * 1024;

  /**
   * Glyphs on the first page beyond which the page is not text but a bomb: a dense page in small
   * print has some ten thousand; each glyph costs a few hundred bytes while the page is read.
   */
  public static final int FIRST_PAGE_GLYPHS = 100_000;

  /**
   * Characters of the first page kept for the double-blind check: enough for a title page, an
   * abstract and the affiliations, which is where authors name themselves.
   */
  public static final int FIRST_PAGE_TEXT_CHARS = 20_000;

  /** Characters kept of each document property (author, creator, producer, title). */
  public static final int METADATA_CHARS = 1_000;

  /**
   * Objects (dictionaries and arrays) the search for active content looks at: a long paper has tens
   * of thousands.
   */
  public static final int PDF_OBJECTS = 1_000_000;

  /**
   * Pixels of an image: a logo of 40 megapixels is already a poster. Checked from the file's header
   * before anything is decoded; a 30000 x 30000 PNG is under a megabyte and would need gigabytes.
   */
  public static final long IMAGE_PIXELS = 40_000_000L;

  /** Pixels on the longer side of an image: a banner 20000 pixels wide is still a banner. */
  public static final int IMAGE_SIDE = 20_000;

  /**
   * Pixels of the copy an image is decoded into to prove that it decodes: every row is still read
   * and checked, but only every n-th pixel is kept, so decoding costs a few megabytes whatever the
   * image's size.
   */
  static final long IMAGE_DECODED_PIXELS = 1_000_000L;

  /**
   * Time one check may take by default; a paper takes well under a second. The server's setting
   * {@code colloquium.upload-check.seconds} may change it.
   */
  public static final Duration CHECK_TIME = Duration.ofSeconds(10);

  private InspectionLimits() {}
}
