package org.colloquium.registration.domain.print;

import java.util.Base64;
import java.util.List;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.pdf.PdfEngine;
import org.colloquium.kernel.pdf.Xhtml;
import org.colloquium.registration.domain.QrCode;
import org.w3c.dom.Element;

/**
 * Badges of 90 × 55 mm, ten to an A4 page in two columns with dashed cutting lines, for the
 * perforated sheets a centre buys or for scissors: the event at the top, the name large, the
 * affiliation, the role on a coloured band, and the ticket's QR code so that a badge handed out in
 * advance also opens the door.
 */
public final class BadgeSheet {

  static final int PER_PAGE = 10;

  /** Beyond this many characters a name is set smaller so that it stays on two lines. */
  private static final int LONG_NAME = 24;

  private static final String CSS =
      PdfEngine.CSS_BASE
          + "@page { size: A4; margin: 11mm 15mm; }\n"
          + ".sheet { page-break-after: always; }\n"
          + ".sheet.last { page-break-after: auto; }\n"
          + ".badge { float: left; width: 90mm; height: 55mm; box-sizing: border-box;"
          + " border: 0.4pt dashed #767676; position: relative; overflow: hidden; }\n"
          + ".event { background-color: #1f3b5c; color: #ffffff; font-size: 7.5pt; padding: 1.5mm"
          + " 3mm; height: 7mm; overflow: hidden; }\n"
          + ".name { font-size: 16pt; font-weight: bold; line-height: 1.15; margin: 3mm 3mm 1mm 3mm;"
          + " }\n"
          + ".name.long { font-size: 12.5pt; }\n"
          + ".with-ticket .name, .with-ticket .affiliation { margin-right: 26mm; }\n"
          + ".affiliation { font-size: 8.5pt; margin: 0 3mm; color: #333333; }\n"
          + ".role { position: absolute; left: 0; right: 0; bottom: 0; height: 8mm; padding: 1.5mm"
          + " 3mm; font-size: 10pt; font-weight: bold; letter-spacing:"
          + " 0.5pt; }\n"
          + ".role-PARTICIPANT { background-color: #e8eef5; color: #1f3b5c; }\n"
          + ".role-ORGANISER { background-color: #8a1c1c; color: #ffffff; }\n"
          + ".role-SPEAKER { background-color: #0b5d3b; color: #ffffff; }\n"
          + ".role-CHAIR { background-color: #5b2a86; color: #ffffff; }\n"
          + ".ticket { position: absolute; right: 2mm; top: 12mm; width: 23mm; height: 23mm; }\n"
          + ".none { font-size: 11pt; }\n";

  private BadgeSheet() {}

  /** The badges in the order given, labelled in {@code language}. */
  public static byte[] render(String eventTitle, Language language, List<Badge> badges) {
    PrintLabels labels = PrintLabels.of(language);
    String title = labels.get("badges.document", eventTitle);
    Xhtml x = new Xhtml(language.code(), title, title, CSS);
    if (badges.isEmpty()) {
      x.add(x.body(), "p", "none", title);
    }
    for (int from = 0; from < badges.size(); from += PER_PAGE) {
      boolean last = from + PER_PAGE >= badges.size();
      Element sheet = x.add(x.body(), "div", last ? "sheet last" : "sheet");
      for (Badge badge : badges.subList(from, Math.min(badges.size(), from + PER_PAGE))) {
        badge(x, sheet, labels, eventTitle, badge);
      }
    }
    return PdfEngine.render(x.document());
  }

  private static void badge(
      Xhtml x, Element sheet, PrintLabels labels, String eventTitle, Badge badge) {
    Element box = x.add(sheet, "div", badge.ticket() == null ? "badge" : "badge with-ticket");
    x.add(box, "div", "event", eventTitle);
    String name = badge.fullName();
    x.add(box, "div", name.length() > LONG_NAME ? "name long" : "name", name);
    if (badge.affiliation() != null && !badge.affiliation().isBlank()) {
      x.add(box, "div", "affiliation", badge.affiliation());
    }
    if (badge.ticket() != null) {
      Element qr = x.add(box, "img", "ticket");
      qr.setAttribute(
          "src",
          "data:image/png;base64,"
              + Base64.getEncoder().encodeToString(QrCode.png(badge.ticket(), 4)));
      qr.setAttribute("alt", labels.get("badges.ticket"));
    }
    x.add(box, "div", "role role-" + badge.role(), labels.get("badge.role." + badge.role()));
  }
}
