package org.colloquium.programme.domain.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.i18n.Language;
import org.junit.jupiter.api.Test;

class PdfPiecesTest {

  @Test
  void romanianOrderPutsTheRomanianLettersAfterTheirBaseLetter() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "Țurcanu",
                "Tudor",
                "Șerban",
                "Szabó",
                "Suciu",
                "Îonescu",
                "Ivan",
                "Âncuța",
                "Ăsman",
                "Azur",
                "Коваленко",
                "Şandru"));
    names.sort(Labels.of(Language.RO).nameOrder());
    assertEquals(
        List.of(
            "Azur",
            "Ăsman",
            "Âncuța",
            "Ivan",
            "Îonescu",
            "Suciu",
            "Szabó",
            "Şandru",
            "Șerban",
            "Tudor",
            "Țurcanu",
            "Коваленко"),
        names);
    names.sort(Labels.of(Language.EN).nameOrder());
    // English folds the letters into a, i, s, t: Âncuța and Ăsman come before Azur.
    assertEquals(List.of("Âncuța", "Ăsman", "Azur"), names.subList(0, 3));
    assertEquals(List.of("Şandru", "Șerban", "Suciu", "Szabó"), names.subList(5, 9));
  }

  @Test
  void logosAreTakenOnlyAsPngOrJpegByTheirSignature() {
    Optional<String> png = BookOfAbstracts.dataUri(Fixtures.logoPng());
    assertTrue(png.orElseThrow().startsWith("data:image/png;base64,iVBOR"));
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0};
    assertTrue(BookOfAbstracts.dataUri(jpeg).orElseThrow().startsWith("data:image/jpeg;base64,"));
    assertFalse(BookOfAbstracts.dataUri("<svg onload=x>".getBytes()).isPresent());
    assertFalse(BookOfAbstracts.dataUri(new byte[0]).isPresent());
  }
}
