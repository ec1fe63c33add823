package org.colloquium.tests.browser;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A camera for Chromium that films a printed ticket: a YUV4MPEG2 file (what
 * --use-file-for-fake-video-capture plays in a loop) whose frames show the QR code of a text, black
 * on white, in the middle of a grey picture.
 */
final class FakeCamera {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 480;
  private static final int FRAMES = 10;

  private FakeCamera() {}

  static Path filming(String text, Path file) throws IOException {
    BitMatrix code;
    try {
      code =
          new QRCodeWriter()
              .encode(text, BarcodeFormat.QR_CODE, 360, 360, Map.of(EncodeHintType.MARGIN, 4));
    } catch (WriterException e) {
      throw new IllegalArgumentException(e);
    }
    byte[] luma = new byte[WIDTH * HEIGHT];
    java.util.Arrays.fill(luma, (byte) 128);
    int left = (WIDTH - code.getWidth()) / 2;
    int top = (HEIGHT - code.getHeight()) / 2;
    for (int y = 0; y < code.getHeight(); y++) {
      for (int x = 0; x < code.getWidth(); x++) {
        luma[(top + y) * WIDTH + left + x] = code.get(x, y) ? (byte) 16 : (byte) 235;
      }
    }
    byte[] chroma = new byte[WIDTH * HEIGHT / 4];
    java.util.Arrays.fill(chroma, (byte) 128);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          ("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < FRAMES; i++) {
        out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
        out.write(luma);
        out.write(chroma);
        out.write(chroma);
      }
    }
    return file;
  }
}
