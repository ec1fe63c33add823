package org.colloquium.registration.domain;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes (ZXing): SVG for pages (sharp at any size, no image file), PNG for PDFs. */
public final class QrCode {

  private QrCode() {}

  /**
   * An {@code <svg>} element of the code, one path of dark modules on a white square with the quiet
   * zone the standard asks for. Hidden from screen readers: the page says what it is next to it (a
   * code read aloud helps nobody).
   */
  public static String svg(String text) {
    BitMatrix matrix = matrix(text);
    int size = matrix.getWidth();
    StringBuilder path = new StringBuilder();
    // One rectangle per run of dark modules in a row: a third of the markup of one per module,
    // which keeps a page with a ticket within the response buffer.
    for (int y = 0; y < size; y++) {
      int x = 0;
      while (x < size) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int run = 1;
        while (x + run < size && matrix.get(x + run, y)) {
          run++;
        }
        path.append('M').append(x).append(' ').append(y);
        path.append('h').append(run).append("v1h-").append(run).append('z');
        x += run;
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" aria-hidden=\"true\" focusable=\"false\" shape-rendering=\"crispEdges\">"
        + "<rect width=\""
        + size
        + "\" height=\""
        + size
        + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /**
   * The code as a PNG of {@code scale} pixels per module, for a PDF: openhtmltopdf draws images,
   * and an opaque one-bit picture keeps PDF/A's rules and the file small.
   */
  public static byte[] png(String text, int scale) {
    BitMatrix matrix = matrix(text);
    int size = matrix.getWidth() * scale;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, size, size);
      g.setColor(Color.BLACK);
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          if (matrix.get(x, y)) {
            g.fillRect(x * scale, y * scale, scale, scale);
          }
        }
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static BitMatrix matrix(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code: " + text.length(), e);
    }
  }
}
