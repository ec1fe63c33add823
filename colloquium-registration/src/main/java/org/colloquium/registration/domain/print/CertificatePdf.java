package org.colloquium.registration.domain.print;

import java.time.LocalDate;
import java.util.Base64;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.pdf.PdfEngine;
import org.colloquium.kernel.pdf.Xhtml;
import org.colloquium.registration.api.CertificateKind;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.domain.QrCode;
import org.w3c.dom.Element;

/**
 * A certificate of attendance or of presentation: one landscape A4 page, the person's name once and
 * what they attended side by side in English and Romanian (each column tagged with its language),
 * and at the foot the verification address, its QR code and the certificate's code.
 */
public final class CertificatePdf {

  private static final String CSS =
      PdfEngine.CSS_BASE
          + "@page { size: A4 landscape; margin: 14mm; }\n"
          + ".frame { border: 2.5pt double #1f3b5c; padding: 12mm 16mm 8mm 16mm; height: 156mm; }\n"
          + "h1 { font-size: 24pt; font-weight: bold; color: #1f3b5c; text-align: center;"
          + " margin: 0 0 1mm 0; }\n"
          + ".subtitle { font-size: 15pt; color: #1f3b5c; text-align: center; margin: 0 0 8mm 0; }\n"
          + ".certifies { text-align: center; font-size: 11pt; margin: 0; color: #333333; }\n"
          + ".name { text-align: center; font-size: 26pt; font-weight: bold; margin: 3mm 0 1mm 0; }\n"
          + ".affiliation { text-align: center; font-size: 12pt; margin: 0 0 8mm 0; }\n"
          + ".column { display: inline-block; width: 48%; vertical-align: top; font-size: 12pt;"
          + " line-height: 1.45; }\n"
          + ".column.right { margin-left: 3%; }\n"
          + ".event { font-weight: bold; font-size: 13pt; }\n"
          + ".presented { font-style: italic; }\n"
          + ".foot { margin-top: 10mm; font-size: 9pt; color: #333333; }\n"
          + ".foot img { width: 26mm; height: 26mm; float: left; margin-right: 5mm; }\n"
          + ".url { font-size: 10pt; color: #000000; }\n";

  private CertificatePdf() {}

  public static byte[] render(CertificateDocument c) {
    PrintLabels en = PrintLabels.of(Language.EN);
    PrintLabels ro = PrintLabels.of(Language.RO);
    String kind = c.kind().name();
    String title = en.get("certificate.document." + kind, c.fullName());
    Xhtml x = new Xhtml("en", title, title, CSS);
    Element frame = x.add(x.body(), "div", "frame");
    x.add(frame, "h1", null, en.get("certificate.title." + kind));
    Element subtitle = x.add(frame, "p", "subtitle", ro.get("certificate.title." + kind));
    subtitle.setAttribute("lang", "ro");
    Element certifies = x.add(frame, "p", "certifies", en.get("certificate.certifies") + " · ");
    Element roCertifies = x.add(certifies, "span", null, ro.get("certificate.certifies"));
    roCertifies.setAttribute("lang", "ro");
    x.add(frame, "p", "name", c.fullName());
    if (c.affiliation() != null && !c.affiliation().isBlank()) {
      x.add(frame, "p", "affiliation", c.affiliation());
    }
    column(x, x.add(frame, "div", "column"), en, c, c.titleEn());
    column(x, x.add(frame, "div", "column right"), ro, c, c.titleRo());

    Element foot = x.add(frame, "div", "foot");
    Element qr = x.add(foot, "img", null);
    qr.setAttribute(
        "src",
        "data:image/png;base64,"
            + Base64.getEncoder().encodeToString(QrCode.png(c.verifyUrl(), 6)));
    qr.setAttribute("alt", en.get("certificate.qr"));
    LocalDate issued = LocalDate.ofInstant(c.issuedAt(), c.zone());
    Element verify = x.add(foot, "p", null, en.get("certificate.verify") + " / ");
    Element roVerify = x.add(verify, "span", null, ro.get("certificate.verify"));
    roVerify.setAttribute("lang", "ro");
    x.add(foot, "p", "url", c.verifyUrl());
    x.add(
        foot,
        "p",
        null,
        en.get("certificate.code", c.code())
            + " · "
            + en.get("certificate.issued", en.date(issued))
            + " · "
            + ro.get("certificate.issued", ro.date(issued)));
    return PdfEngine.render(x.document());
  }

  private static void column(
      Xhtml x, Element column, PrintLabels labels, CertificateDocument c, String eventTitle) {
    column.setAttribute("lang", labels.language().code());
    if (c.kind() == CertificateKind.PRESENTATION) {
      x.add(column, "div", null, labels.get("certificate.presented." + c.mode()));
      for (String presented : c.titles()) {
        x.add(column, "div", "presented", labels.get("certificate.quoted", presented));
      }
      x.add(column, "div", null, labels.get("certificate.at"));
    } else {
      x.add(column, "div", null, labels.get("certificate.attended." + c.mode()));
    }
    x.add(column, "div", "event", eventTitle);
    LocalDate start = LocalDate.ofInstant(c.start(), c.zone());
    LocalDate end = c.end() == null ? start : LocalDate.ofInstant(c.end(), c.zone());
    String when = labels.dates(start, end);
    if (c.mode() == ParticipationMode.IN_PERSON && c.venue() != null && !c.venue().isBlank()) {
      when += ", " + c.venue();
    }
    x.add(column, "div", null, when);
    if (c.hours() != null && c.kind() == CertificateKind.ATTENDANCE) {
      x.add(column, "div", null, labels.get("certificate.hours", labels.number(c.hours())));
    }
  }
}
