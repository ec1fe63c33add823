import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

/**
 * Camera frames of tickets for docs/performance.md, "Reading tickets at the door": N tickets shaped
 * like the real ones ("CQ1.", a number, an Ed25519 signature in base64url; QR level M, quiet zone
 * 4, as QrCode draws them), each drawn into one 640 × 480 grey frame. Writes raw 8-bit frames and
 * an index to the directory, then reads every frame with ZXing (Java), the reference.
 *
 * <p>Conditions: {@code still} is what the browser journey's fake camera films (360 px, upright,
 * clean); {@code handheld} varies the size (220–420 px) and tilt (±15°); {@code noisy} adds a 3 × 3
 * blur and sensor noise (σ 6 grey levels) to a ±10° tilt.
 *
 * <p>{@code java -cp core.jar TicketFrames.java <still|handheld|noisy> <n> <directory>}
 */
public class TicketFrames {

  static final int WIDTH = 640;
  static final int HEIGHT = 480;

  public static void main(String[] args) throws Exception {
    String condition = args[0];
    int n = Integer.parseInt(args[1]);
    Path directory = Files.createDirectories(Path.of(args[2]));
    Random random = new Random(20261206L + condition.hashCode());
    StringBuilder index = new StringBuilder();
    int unread = 0;
    long nanos = 0;
    for (int k = 0; k < n; k++) {
      byte[] signature = new byte[64];
      random.nextBytes(signature);
      String ticket =
          "CQ1."
              + (1000 + k)
              + "."
              + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
      byte[] luma = frame(condition, ticket, random);
      Files.write(directory.resolve("f" + k + ".raw"), luma);
      index.append(ticket).append('\n');
      long start = System.nanoTime();
      if (!ticket.equals(read(luma))) {
        unread++;
      }
      nanos += System.nanoTime() - start;
    }
    Files.writeString(directory.resolve("index.txt"), index);
    System.out.printf(
        "%s\tZXing (Java)\t%d\t%d\t%.1f%n", condition, unread, n, nanos / 1e6 / n);
  }

  static byte[] frame(String condition, String ticket, Random random) throws Exception {
    BitMatrix code =
        new QRCodeWriter()
            .encode(
                ticket,
                BarcodeFormat.QR_CODE,
                0,
                0,
                Map.of(
                    EncodeHintType.ERROR_CORRECTION,
                    ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN,
                    4));
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(128, 128, 128));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    double size;
    double tilt;
    switch (condition) {
      case "still" -> {
        size = 360;
        tilt = 0;
      }
      case "handheld" -> {
        size = 220 + random.nextDouble() * 200;
        tilt = (random.nextDouble() - 0.5) * 30;
      }
      case "noisy" -> {
        size = 220 + random.nextDouble() * 200;
        tilt = (random.nextDouble() - 0.5) * 20;
      }
      default -> throw new IllegalArgumentException(condition);
    }
    if (!"still".equals(condition)) {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }
    // Still: whole pixels per module, as ZXing draws a code of a given size.
    double module =
        "still".equals(condition)
            ? Math.floor(size / code.getWidth())
            : size / code.getWidth();
    double drawn = module * code.getWidth();
    g.translate(WIDTH / 2.0, HEIGHT / 2.0);
    g.rotate(Math.toRadians(tilt));
    g.translate(-drawn / 2, -drawn / 2);
    g.setColor(new Color(235, 235, 235));
    g.fill(new Rectangle2D.Double(0, 0, drawn, drawn));
    g.setColor(new Color(16, 16, 16));
    for (int y = 0; y < code.getHeight(); y++) {
      for (int x = 0; x < code.getWidth(); x++) {
        if (code.get(x, y)) {
          g.fill(new Rectangle2D.Double(x * module, y * module, module, module));
        }
      }
    }
    g.dispose();
    if ("noisy".equals(condition)) {
      float[] box = new float[9];
      Arrays.fill(box, 1f / 9);
      image =
          new ConvolveOp(new Kernel(3, 3, box), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
    }
    byte[] luma = ((DataBufferByte) image.getRaster().getDataBuffer()).getData().clone();
    if ("noisy".equals(condition)) {
      for (int i = 0; i < luma.length; i++) {
        int v = (luma[i] & 0xff) + (int) Math.round(random.nextGaussian() * 6);
        luma[i] = (byte) Math.max(0, Math.min(255, v));
      }
    }
    return luma;
  }

  static String read(byte[] luma) {
    int[] pixels = new int[luma.length];
    for (int i = 0; i < luma.length; i++) {
      int v = luma[i] & 0xff;
      pixels[i] = 0xff000000 | v << 16 | v << 8 | v;
    }
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(new RGBLuminanceSource(WIDTH, HEIGHT, pixels))))
          .getText();
    } catch (Exception e) {
      return null;
    }
  }
}
