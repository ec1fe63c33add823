package org.colloquium.events.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import org.colloquium.kernel.files.domain.ContentCheck;
import org.junit.jupiter.api.Test;

class DemoMaterialsTest {

  @Test
  void demoLogosAreImagesTheUploadCheckAccepts() {
    byte[] a = DemoMaterials.logo(Color.BLUE, 0);
    byte[] b = DemoMaterials.logo(Color.BLUE, 1);
    assertEquals("image/png", ContentCheck.image("logo", a).contentType());
    assertNotEquals(ContentCheck.image("logo", a).sha256(), ContentCheck.image("logo", b).sha256());
  }

  @Test
  void demoPdfsAreWellFormedEnoughForTheirCrossReferences() {
    byte[] pdf = DemoMaterials.pressRelease();
    assertEquals("application/pdf", ContentCheck.pdf("file", pdf).contentType());
    String text = new String(pdf, java.nio.charset.StandardCharsets.US_ASCII);
    int xref = Integer.parseInt(text.split("startxref\n")[1].split("\n")[0]);
    assertEquals("xref", text.substring(xref, xref + 4));
    int third = text.indexOf("3 0 obj");
    String entry = text.split("\n")[text.split("\n").length - 1];
    assertEquals("%%EOF", entry);
    assertEquals(String.format("%010d 00000 n ", third), text.substring(xref).split("\n")[2 + 3]);
  }
}
