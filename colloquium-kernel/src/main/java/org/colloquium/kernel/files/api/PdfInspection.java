package org.colloquium.kernel.files.api;

import java.util.Objects;

/** The outcome of {@code PdfInspector.inspect}: either refused with a reason, or accepted. */
public sealed interface PdfInspection {

  public boolean accepted();

  /** The file may not be stored, for this reason. */
  record Refused(PdfRefusal reason) implements PdfInspection {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean accepted() {
      return false;
    }
  }

  /** The file is a readable, harmless PDF within the limits. */
  record Accepted(PdfSummary summary) implements PdfInspection {
    public Accepted {
      Objects.requireNonNull(summary, "summary");
    }

    @Override
    public boolean accepted() {
      return true;
    }
  }
}
