package org.colloquium.registration.domain.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.colloquium.kernel.pdf.PdfChecks;
import org.colloquium.registration.api.CertificateKind;
import org.colloquium.registration.api.ParticipationMode;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class CertificatePdfTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final String URL = "https://colloquium.example/certificates/7K3M-Q9XW-2HRT-B8ZC";

  private static CertificateDocument certificate(ParticipationMode mode, BigDecimal hours) {
    return certificate(CertificateKind.ATTENDANCE, List.of(), mode, hours);
  }

  private static CertificateDocument certificate(
      CertificateKind kind, List<String> titles, ParticipationMode mode, BigDecimal hours) {
    return new CertificateDocument(
        kind,
        titles,
        "7K3M-Q9XW-2HRT-B8ZC",
        URL,
        "Ștefan Țepeș-Ионов",
        "Universitatea „Alexandru Ioan Cuza” din Iași",
        mode,
        hours,
        "20 Months After the Russian Invasion in Ukraine",
        "La 20 de luni de la invazia rusă în Ucraina",
        Instant.parse("2023-11-08T07:00:00Z"),
        Instant.parse("2023-11-10T16:00:00Z"),
        BUCHAREST,
        "Faculty of History, Bulevardul Regina Elisabeta 4-12, București",
        Instant.parse("2023-11-20T10:00:00Z"));
  }

  @Test
  void aCertificateSaysWhoAttendedWhatInBothLanguages() throws Exception {
    byte[] pdf =
        CertificatePdf.render(certificate(ParticipationMode.IN_PERSON, new BigDecimal("7.5")));
    try (PDDocument document = PdfChecks.load(pdf)) {
      assertEquals(1, document.getNumberOfPages());
      PDRectangle page = document.getPage(0).getMediaBox();
      assertTrue(page.getWidth() > page.getHeight(), "landscape");
      String text = PdfChecks.text(document).replaceAll("\\s+", " ");
      for (String expected :
          List.of(
              "Certificate of attendance",
              "Certificat de participare",
              "Ștefan Țepeș-Ионов",
              "Universitatea „Alexandru Ioan Cuza” din Iași",
              "attended, in person,",
              "a participat, cu prezență fizică, la",
              "8–10 November 2023, Faculty of History",
              "8–10 noiembrie 2023, Faculty of History",
              "Duration: 7.5 hours",
              "Număr de ore: 7,5",
              URL,
              "7K3M-Q9XW-2HRT-B8ZC",
              "Issued on 20 November 2023",
              "Emis la 20 noiembrie 2023")) {
        assertTrue(text.contains(expected), expected + " in: " + text);
      }
      assertEquals(List.of(), PdfChecks.fontsNotEmbedded(document));
      assertEquals(List.of(URL), PrintedQr.read(document), "the QR code opens the verification");
    }
  }

  @Test
  void anOnlineCertificateNamesNoVenueAndHoursAreLeftOutWhenUnset() {
    byte[] pdf = CertificatePdf.render(certificate(ParticipationMode.ONLINE, null));
    try (PDDocument document = PdfChecks.load(pdf)) {
      String text = PdfChecks.text(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("attended, online,"), text);
      assertTrue(text.contains("a participat, online, la"), text);
      assertFalse(text.contains("Faculty of History"), text);
      assertFalse(text.contains("Duration"), text);
      assertFalse(text.contains("Număr de ore"), text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aCertificateOfPresentationNamesWhatWasPresented() throws Exception {
    byte[] pdf =
        CertificatePdf.render(
            certificate(
                CertificateKind.PRESENTATION,
                List.of("Refugiați din Ucraina în România", "Беженцы и школы"),
                ParticipationMode.ONLINE,
                BigDecimal.TEN));
    try (PDDocument document = PdfChecks.load(pdf)) {
      String text = PdfChecks.text(document).replaceAll("\\s+", " ");
      for (String expected :
          List.of(
              "Certificate of presentation",
              "Certificat de prezentare",
              "presented, online,",
              "a prezentat, online,",
              "“Refugiați din Ucraina în România”",
              "„Беженцы и школы”")) {
        assertTrue(text.contains(expected), expected + " in: " + text);
      }
      assertFalse(text.contains("Duration"), "no hours on a presentation: " + text);
    }
    assertEquals(Set.of(), PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1));
  }

  @Test
  void aCertificateIsTaggedAndArchivable() {
    byte[] pdf = CertificatePdf.render(certificate(ParticipationMode.IN_PERSON, BigDecimal.TEN));
    assertEquals(Set.of(), PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1));
    assertEquals(Set.of(), PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_3_U));
  }

  @Test
  void datesAcrossMonthsAndYearsSayWhatTheyShare() {
    PrintLabels en = PrintLabels.of(org.colloquium.kernel.i18n.Language.EN);
    PrintLabels ro = PrintLabels.of(org.colloquium.kernel.i18n.Language.RO);
    var oct30 = java.time.LocalDate.of(2023, 10, 30);
    assertEquals("30 October – 2 November 2023", en.dates(oct30, oct30.plusDays(3)));
    assertEquals("30 octombrie – 2 noiembrie 2023", ro.dates(oct30, oct30.plusDays(3)));
    var dec30 = java.time.LocalDate.of(2023, 12, 30);
    assertEquals("30 December 2023 – 2 January 2024", en.dates(dec30, dec30.plusDays(3)));
    assertEquals("30 December 2023", en.dates(dec30, dec30));
  }
}
