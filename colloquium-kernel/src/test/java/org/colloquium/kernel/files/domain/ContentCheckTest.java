package org.colloquium.kernel.files.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.colloquium.kernel.files.api.CheckedContent;
import org.colloquium.kernel.files.api.PdfRefusal;
import org.colloquium.kernel.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ContentCheckTest {

  static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x1f4e79));
    g.fillRect(0, 0, width, height / 2);
    g.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static String problemOf(Runnable check) {
    var e = assertThrows(ValidationException.class, check::run);
    assertEquals("logo", e.problems().get(0).field());
    return e.problems().get(0).messageKey();
  }

  @Test
  void aPngMadeByImageIoIsAPng() throws IOException {
    byte[] png = image("png", 40, 20);
    CheckedContent checked = ContentCheck.image("logo", png);
    assertEquals("image/png", checked.contentType());
    assertEquals(64, checked.sha256().length());
  }

  @Test
  void aJpegIsAJpeg() throws IOException {
    assertEquals("image/jpeg", ContentCheck.image("logo", image("jpg", 40, 20)).contentType());
  }

  @Test
  void anSvgIsRefusedEvenThoughBrowsersShowIt() {
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    assertEquals("file.image.notAnImage", problemOf(() -> ContentCheck.image("logo", svg)));
  }

  @Test
  void aTextFileRenamedToPngIsRefused() {
    byte[] text = "just some text, saved as logo.png".getBytes(StandardCharsets.UTF_8);
    assertEquals("file.image.notAnImage", problemOf(() -> ContentCheck.image("logo", text)));
  }

  @Test
  void aPngSignatureFollowedByGarbageIsRefusedBecauseItDoesNotDecode() throws IOException {
    byte[] png = image("png", 40, 20);
    byte[] truncated = Arrays.copyOf(png, 20);
    assertEquals("file.image.notAnImage", problemOf(() -> ContentCheck.image("logo", truncated)));
  }

  @Test
  void anImageOverOneMegabyteIsRefused() throws IOException {
    byte[] png = image("png", 40, 20);
    byte[] big = Arrays.copyOf(png, ContentCheck.MAX_IMAGE_BYTES + 1);
    assertEquals("file.image.tooLarge", problemOf(() -> ContentCheck.image("logo", big)));
    byte[] justFits = Arrays.copyOf(png, ContentCheck.MAX_IMAGE_BYTES);
    // Trailing bytes after the PNG's end do not stop it from decoding; size alone decides here.
    assertEquals("image/png", ContentCheck.image("logo", justFits).contentType());
  }

  @Test
  void anEmptyUploadAsksForAFile() {
    assertEquals("file.required", problemOf(() -> ContentCheck.image("logo", new byte[0])));
    assertEquals("file.required", problemOf(() -> ContentCheck.pdf("logo", null)));
  }

  @Test
  void pdfsAreRecognisedByParsingThem() {
    byte[] pdf = TestPdfs.withPages("Programme of the IIIrd Annual Conference");
    assertEquals("application/pdf", ContentCheck.pdf("logo", pdf).contentType());
    byte[] renamed = "Not a PDF at all".getBytes(StandardCharsets.US_ASCII);
    assertEquals("file.pdf.notAPdf", problemOf(() -> ContentCheck.pdf("logo", renamed)));
    // The header alone is not enough any more: a file that only starts like a PDF is refused.
    byte[] headerOnly = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals("file.pdf.unreadable", problemOf(() -> ContentCheck.pdf("logo", headerOnly)));
    byte[] truncated = Arrays.copyOf(pdf, pdf.length / 2);
    assertEquals("file.pdf.unreadable", problemOf(() -> ContentCheck.pdf("logo", truncated)));
  }

  @Test
  void aPublicAttachmentMayNotCarryScriptsFilesOrAPassword() {
    byte[] script =
        TestPdfs.onePage(
            "Press release",
            d -> TestPdfs.javaScriptNameTree(d, new PDActionJavaScript("app.alert('hi');")));
    assertEquals("file.pdf.containsJavascript", problemOf(() -> ContentCheck.pdf("logo", script)));
    byte[] attached = TestPdfs.onePage("Press release", TestPdfs::embeddedFilesNameTree);
    assertEquals(
        "file.pdf.containsEmbeddedFiles", problemOf(() -> ContentCheck.pdf("logo", attached)));
    assertEquals(
        "file.pdf.encrypted",
        problemOf(() -> ContentCheck.pdf("logo", TestPdfs.encrypted("secret"))));
  }

  @Test
  void aPdfOverTwentyMegabytesIsRefused() {
    byte[] big = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), (20 << 20) + 1);
    assertEquals("file.pdf.tooLarge", problemOf(() -> ContentCheck.pdf("logo", big)));
  }

  @Test
  void anImageAtThePixelLimitsDecodesAndOneBeyondThemIsRefusedUnread() {
    // 20000 x 2000 = 40 megapixels, 40 MB decoded: a few kilobytes as a PNG.
    assertEquals(
        "image/png",
        ContentCheck.image("logo", HostileFiles.pixelBomb(20_000, 2_000)).contentType());
    assertEquals(
        "file.image.tooManyPixels",
        problemOf(() -> ContentCheck.image("logo", HostileFiles.pixelBomb(20_001, 10))));
    assertEquals(
        "file.image.tooManyPixels",
        problemOf(() -> ContentCheck.image("logo", HostileFiles.pixelBomb(7_000, 7_000))));
  }

  @Test
  void aJpegCutShortIsRefusedThoughTheDecoderWouldShowItsFirstRows() throws IOException {
    byte[] jpeg = HostileFiles.image("jpg", 400, 300);
    assertEquals("image/jpeg", ContentCheck.image("logo", jpeg).contentType());
    byte[] truncated = Arrays.copyOf(jpeg, jpeg.length * 6 / 10);
    // What the previous check did: ImageIO.read gives an image (grey below the cut) and no error.
    assertEquals(400, ImageIO.read(new java.io.ByteArrayInputStream(truncated)).getWidth());
    assertEquals("file.image.notAnImage", problemOf(() -> ContentCheck.image("logo", truncated)));
  }

  @Test
  void aPngCutShortIsRefused() throws IOException {
    byte[] png = image("png", 400, 300);
    byte[] truncated = Arrays.copyOf(png, png.length - 30);
    assertEquals("file.image.notAnImage", problemOf(() -> ContentCheck.image("logo", truncated)));
  }

  @Test
  void anImageWhoseDecodingRunsOutOfTimeIsRefusedAsTooSlow() throws IOException {
    byte[] png = image("png", 400, 300);
    assertEquals(
        "file.image.tooSlow",
        problemOf(() -> ContentCheck.image("logo", png, java.time.Duration.ofNanos(1))));
  }

  @Test
  void anImageFollowedByAZipArchiveIsRefused() {
    assertEquals(
        "file.image.alsoAnArchive",
        problemOf(() -> ContentCheck.image("logo", HostileFiles.pngZipPolyglot())));
  }

  @Test
  void aLargeImageIsDecodedIntoAtMostAMillionPixels() {
    assertEquals(1, ContentCheck.subsampling(1000, 1000));
    assertEquals(2, ContentCheck.subsampling(1001, 1000));
    assertEquals(7, ContentCheck.subsampling(20_000, 2_000));
    assertEquals(20, ContentCheck.subsampling(20_000, 20_000));
  }

  @Test
  void everyPdfRefusalHasAMessageForPublicFiles() {
    for (PdfRefusal reason : PdfRefusal.values()) {
      if (reason != PdfRefusal.TOO_MANY_PAGES) {
        String key = ContentCheck.refusal("file", reason).messageKey();
        assertTrue(key.startsWith("file."), key);
      }
    }
    assertEquals("file.busy", ContentCheck.busy("logo").messageKey());
  }

  @Test
  void identicalBytesHaveTheSameKey() throws IOException {
    byte[] png = image("png", 10, 10);
    assertEquals(
        ContentCheck.image("logo", png).sha256(), ContentCheck.image("logo", png.clone()).sha256());
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        CheckedContent.sha256Of(new byte[0]));
  }
}
