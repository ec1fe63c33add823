package org.colloquium.submissions.application;

/** A submission's PDF as the ZIP download lists it. */
public record PdfEntry(int number, String title, String sha256) {

  public String fileName() {
    return ExportFormat.pdfName(number, title);
  }
}
