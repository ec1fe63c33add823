package org.colloquium.submissions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
    assertEquals("'=HYPERLINK(\"http://evil\")", ExportFormat.cell("=HYPERLINK(\"http://evil\")"));
    assertEquals("'+1", ExportFormat.cell("+1"));
    assertEquals("'-2+3", ExportFormat.cell("-2+3"));
    assertEquals("'@SUM(A1)", ExportFormat.cell("@SUM(A1)"));
    // A tab is a separator too: a program that splits on it finds '=1 after it.
    assertEquals("'\t'=1", ExportFormat.cell("\t=1"));
    assertEquals("'\r=1", ExportFormat.cell("\r=1"));
    assertEquals("'\tplain", ExportFormat.cell("\tplain"), "a leading tab alone is defused too");
    assertEquals("Științe = știință", ExportFormat.cell("Științe = știință"));
    assertEquals("", ExportFormat.cell(null));
    assertEquals("", ExportFormat.cell(""));
  }

  @Test
  void aFormulaAfterLeadingSpacesIsDefused() {
    assertEquals("'  =1+2", ExportFormat.cell("  =1+2"));
    assertEquals("' @SUM(A1)", ExportFormat.cell(" @SUM(A1)"));
    assertEquals("'\n-1", ExportFormat.cell("\n-1"));
    assertEquals("  plain", ExportFormat.cell("  plain"));
  }

  @Test
  void aFormulaAfterASeparatorIsDefusedWhereASpreadsheetMightSplitTheCell() {
    assertEquals("Energy;'=1+2", ExportFormat.cell("Energy;=1+2"));
    assertEquals("Energy,'=1+2", ExportFormat.cell("Energy,=1+2"));
    assertEquals("a;'+1", ExportFormat.cell("a;+1"));
    assertEquals("a;' -1", ExportFormat.cell("a; -1"));
    assertEquals("a,' @x", ExportFormat.cell("a, @x"));
    assertEquals("a\t'=1", ExportFormat.cell("a\t=1"));
    assertEquals("'=1;'=2;'=3", ExportFormat.cell("=1;=2;=3"));
    assertEquals("a;", ExportFormat.cell("a;"), "a separator at the end");
    assertEquals(
        "Căpățînă, Ana-Maria; Тарас Коваленко",
        ExportFormat.cell("Căpățînă, Ana-Maria; Тарас Коваленко"),
        "ordinary lists of names are left alone");
    assertEquals("Pro - and contra", ExportFormat.cell("Pro - and contra"));
  }

  @Test
  void lineBreaksAreNotSeparatorsSoMarkdownListsInAbstractsStayAsWritten() {
    String markdown = "We ask three questions:\n\n- why\n- how\n+ when";
    assertEquals(markdown, ExportFormat.cell(markdown));
  }

  @Test
  void csvKeepsCommasQuotesLineBreaksAndLettersIntact() throws IOException {
    List<String> values =
        List.of("Căpățînă, Ana-Maria", "A \"quoted\" title", "line one\nline two", "Тарас");
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, ExportFormat.CSV)) {
      printer.printRecord(values.stream().map(ExportFormat::cell).toList());
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()), CSVFormat.EXCEL)) {
      assertEquals(values, parser.getRecords().get(0).toList());
    }
  }

  @Test
  void csvQuotesEveryFieldEvenThoseThatWouldNotNeedIt() throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, ExportFormat.CSV)) {
      printer.printRecord(
          List.of("7", "plain", "Energy;=1+2", "").stream().map(ExportFormat::cell).toList());
    }
    assertEquals("\"7\",\"plain\",\"Energy;'=1+2\",\"\"\r\n", out.toString());
  }

  @Test
  void abstractsKeepTheirLineBreaksAsNewlinesAndFitInASpreadsheetCell() {
    assertEquals("", ExportFormat.longText(null));
    assertEquals(
        "Primul paragraf.\n\nАбзац другий.\nA third line.",
        ExportFormat.longText("Primul paragraf.\r\n\r\nАбзац другий.\rA third line."));

    String fits = "ș".repeat(ExportFormat.MAX_CELL);
    assertEquals(fits, ExportFormat.longText(fits));
    String cut = ExportFormat.longText("ș".repeat(ExportFormat.MAX_CELL + 10));
    assertEquals(ExportFormat.MAX_CELL, cut.length());
    assertEquals('…', cut.charAt(cut.length() - 1));

    // An emoji is two chars; the cut must not leave half of one before the ellipsis.
    String emojis = "a" + "😀".repeat(ExportFormat.MAX_CELL);
    String cutEmojis = ExportFormat.longText(emojis);
    assertEquals('…', cutEmojis.charAt(cutEmojis.length() - 1));
    assertFalse(
        Character.isHighSurrogate(cutEmojis.charAt(cutEmojis.length() - 2)),
        "no lone high surrogate");
    assertTrue(cutEmojis.length() <= ExportFormat.MAX_CELL);
  }

  @Test
  void pdfNamesCarryTheZeroPaddedNumberAndAShortAsciiTitle() {
    assertEquals(
        "0007-stiintele-sociale-in-fata-razboiului.pdf",
        ExportFormat.pdfName(7, "Științele sociale în fața războiului: cercetarea sub presiune"));
    assertEquals("0012-nato-s-eastern-flank.pdf", ExportFormat.pdfName(12, "NATO's eastern flank"));
    assertEquals("0003.pdf", ExportFormat.pdfName(3, "Пропаганда"));
    assertEquals("1234-a-b.pdf", ExportFormat.pdfName(1234, "../a/../b"));
  }
}
