package org.colloquium.kernel.files.domain;

/**
 * Whether archive programs would see a ZIP archive in these bytes. A ZIP is read from its end: its
 * end record sits in the last 64 KB and points back to a central directory, wherever the archive
 * starts. So a PDF or an image followed by a ZIP (or with one hidden in its last bytes) is both: a
 * "polyglot". Besides ZIP files themselves, JARs, APKs and Office documents are ZIPs.
 *
 * <p>An end record is recognised only with the central directory it points to, so the chance that
 * compressed data happens to look like one is nil.
 */
final class ZipTail {

  private static final int END_RECORD = 22;
  private static final int MAX_COMMENT = 0xffff;
  private static final int ZIP64_LOCATOR = 20;

  private ZipTail() {}

  static boolean present(byte[] bytes) {
    int from = Math.max(0, bytes.length - END_RECORD - MAX_COMMENT);
    for (int at = bytes.length - END_RECORD; at >= from; at--) {
      if (signature(bytes, at, 5, 6) && pointsToADirectory(bytes, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean pointsToADirectory(byte[] bytes, int end) {
    int entries = u16(bytes, end + 10);
    long directorySize = u32(bytes, end + 12);
    if (entries == 0xffff || directorySize == 0xffffffffL) {
      // ZIP64: the real numbers are in a record just before, found through its locator.
      return end >= ZIP64_LOCATOR && signature(bytes, end - ZIP64_LOCATOR, 6, 7);
    }
    long directory = end - directorySize;
    return entries > 0 && directory >= 0 && signature(bytes, (int) directory, 1, 2);
  }

  /** "PK" followed by the two given bytes. */
  private static boolean signature(byte[] bytes, int at, int third, int fourth) {
    return at >= 0
        && at + 4 <= bytes.length
        && bytes[at] == 'P'
        && bytes[at + 1] == 'K'
        && bytes[at + 2] == third
        && bytes[at + 3] == fourth;
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
  }

  private static long u32(byte[] bytes, int at) {
    return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16) & 0xffffffffL;
  }
}
