package org.colloquium.tests.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a QR code the server drew as SVG (one path of rows of squares), as a scanner would. */
public final class QrCodes {

  private static final int SCALE = 4;

  private QrCodes() {}

  public static String read(String svg) {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
    assertTrue(box.find(), svg);
    int size = Integer.parseInt(box.group(1)) * SCALE;
    int[] pixels = new int[size * size];
    Arrays.fill(pixels, 0xFFFFFF);
    Matcher module = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1)) * SCALE;
      int y = Integer.parseInt(module.group(2)) * SCALE;
      int width = Integer.parseInt(module.group(3)) * SCALE;
      for (int dy = 0; dy < SCALE; dy++) {
        Arrays.fill(pixels, (y + dy) * size + x, (y + dy) * size + x + width, 0);
      }
    }
    try {
      // A clean drawing, not a photo: the reader is told so (its search for the corner squares is
      // made for photos and misses a few perfect drawings).
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))),
              java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
          .getText();
    } catch (com.google.zxing.ReaderException e) {
      throw new AssertionError("not a readable QR code", e);
    }
  }
}
