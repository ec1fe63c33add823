package org.colloquium.registration.domain.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.pdf.PdfChecks;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BadgeSheetTest {

  private static final String EVENT = "Annual International Conference III";

  private static List<Badge> badges(int count) {
    List<Badge> badges = new ArrayList<>();
    badges.add(new Badge("Олена Шевчук", "Lviv", BadgeRole.ORGANISER, "CQ1.1.abc"));
    for (int i = 1; i < count; i++) {
      badges.add(
          new Badge(
              "Ștefan Țăranu " + i, "Universitatea din București", BadgeRole.PARTICIPANT, null));
    }
    return badges;
  }

  @Test
  void tenBadgesToAPageWithNamesRolesAndTheTicket() throws Exception {
    byte[] pdf = BadgeSheet.render(EVENT, Language.RO, badges(23));
    try (PDDocument document = PdfChecks.load(pdf)) {
      assertEquals(3, document.getNumberOfPages());
      String first = PdfChecks.pageText(document, 1);
      assertTrue(first.contains("Олена Шевчук"), first);
      assertTrue(first.contains("Organizator"), first);
      assertTrue(first.contains("Ștefan Țăranu 9"), first);
      assertTrue(!first.contains("Ștefan Țăranu 10"), "the eleventh is on the next page");
      assertTrue(PdfChecks.pageText(document, 3).contains("Ștefan Țăranu 22"));
      assertEquals(List.of(), PdfChecks.fontsNotEmbedded(document));
      assertEquals(List.of("CQ1.1.abc"), PrintedQr.read(document));
    }
  }

  @Test
  void noBadgesIsOnePageSayingWhose() throws Exception {
    try (PDDocument document = PdfChecks.load(BadgeSheet.render(EVENT, Language.EN, List.of()))) {
      assertEquals(1, document.getNumberOfPages());
      assertTrue(PdfChecks.text(document).contains("Badges: " + EVENT));
    }
  }

  @Test
  void aSheetIsTaggedAndArchivable() {
    byte[] pdf = BadgeSheet.render(EVENT, Language.EN, badges(3));
    assertEquals(Set.of(), PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1));
    assertEquals(Set.of(), PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_3_U));
  }
}
