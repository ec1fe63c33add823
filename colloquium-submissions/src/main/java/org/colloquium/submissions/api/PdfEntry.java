package org.colloquium.submissions.api;

/** A submission's PDF as the ZIP download lists it. */
public record PdfEntry(int number, String title, String sha256) {

  public String fileName() {
    return ExportFormat.pdfName(number, title);
  }
}
