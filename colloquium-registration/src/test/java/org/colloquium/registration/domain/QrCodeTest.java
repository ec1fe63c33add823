package org.colloquium.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  private static final int SCALE = 4;

  /** Draws the SVG's modules into pixels and reads them back with ZXing's reader. */
  private static String read(String svg) throws Exception {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
    assertTrue(box.find(), svg);
    int size = Integer.parseInt(box.group(1));
    int[] pixels = new int[size * SCALE * size * SCALE];
    java.util.Arrays.fill(pixels, 0xFFFFFF);
    Matcher module = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1));
      int y = Integer.parseInt(module.group(2));
      int run = Integer.parseInt(module.group(3));
      for (int dy = 0; dy < SCALE; dy++) {
        for (int dx = 0; dx < SCALE * run; dx++) {
          pixels[(y * SCALE + dy) * size * SCALE + x * SCALE + dx] = 0;
        }
      }
    }
    var source = new RGBLuminanceSource(size * SCALE, size * SCALE, pixels);
    // A clean drawing, not a photo: the reader is told so (its finder search is made for photos).
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(source)),
            java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }

  @Test
  void aTicketReadsBackFromItsDrawing() throws Exception {
    String ticket = TicketSigner.of(TicketSigner.newKeyPair()).ticket(12, 345678);
    String svg = QrCode.svg(ticket);
    assertEquals(ticket, read(svg));
    assertTrue(svg.contains("aria-hidden=\"true\""), "the page names it, not the drawing");
    assertTrue(!svg.contains("<script"), svg.substring(0, 80));
  }

  @Test
  void everyTicketOfALargeEventReadsBack() throws Exception {
    TicketSigner signer = TicketSigner.of(TicketSigner.newKeyPair());
    for (long id = 31_000_001; id <= 31_000_300; id++) {
      String ticket = signer.ticket(12, id);
      assertEquals(ticket, read(QrCode.svg(ticket)));
    }
  }
}
