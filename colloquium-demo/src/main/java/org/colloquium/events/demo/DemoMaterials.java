package org.colloquium.events.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.colloquium.events.api.AttachmentKind;
import org.colloquium.events.api.MediaKind;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventAttachment;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.events.domain.Institution;
import org.colloquium.events.domain.MaterialsRepository;
import org.colloquium.events.domain.MediaLink;
import org.colloquium.events.domain.PresentationType;
import org.colloquium.events.domain.Track;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.demo.DemoAccounts;
import org.colloquium.kernel.demo.DemoContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.files.api.UploadInspection;
import org.colloquium.kernel.i18n.Language;

/**
 * Tracks and presentation types of both demo conferences; for "20 Months After…" also logos of the
 * organising and partner institutions (drawn at load time, shapes only: no fonts needed on a
 * server), the press release and the programme as small PDFs, and the recording on YouTube.
 */
@ApplicationScoped
public class DemoMaterials implements DemoContent {

  private static final List<String> TRACKS =
      List.of(
          "Security and defence",
          "Energy and economy",
          "Propaganda and disinformation",
          "European path of Ukraine and the Republic of Moldova");

  @Inject EventRepository events;
  @Inject MaterialsRepository materials;
  @Inject AccountDirectory accounts;

  /** The demo's files take their turns at the checkers as one owner. */
  private static final String DEMO = "demo";

  @Inject FileStore files;
  @Inject UploadInspection inspection;
  @Inject Clock clock;

  @Override
  public int order() {
    return 20;
  }

  @Override
  @Transactional
  public void load() {
    Event past = events.findBySlug(DemoEvents.PAST_CONFERENCE).orElseThrow();
    Event annual = events.findBySlug(DemoEvents.ANNUAL_CONFERENCE).orElseThrow();
    for (Event event : List.of(past, annual)) {
      tracksAndTypes(event);
    }
    chairEnergy(annual);
    logos(past);
    logos(annual);

    var now = clock.instant();
    materials.add(
        new EventAttachment(
            past.id(),
            0,
            AttachmentKind.PRESS_RELEASE,
            "Comunicat de presă",
            Language.RO,
            "comunicat-de-presa.pdf",
            files.store(inspection.publicPdf(DEMO, "file", pressRelease())),
            now));
    materials.add(
        new EventAttachment(
            past.id(),
            1,
            AttachmentKind.PROGRAMME,
            "Conference programme",
            Language.EN,
            "programme.pdf",
            files.store(inspection.publicPdf(DEMO, "file", programme())),
            now));
    materials.add(
        new MediaLink(
            past.id(),
            0,
            "Recording on YouTube",
            "https://www.youtube.com/watch?v=XEYYGLVzrcs",
            MediaKind.VIDEO));
  }

  /** The annual conference's energy track is chaired by a member of the committee. */
  private void chairEnergy(Event annual) {
    Long chair =
        accounts.findByEmail(new EmailAddress(DemoAccounts.TRACK_CHAIR)).orElseThrow().id();
    materials.tracks(annual.id()).stream()
        .filter(t -> t.name().equals(TRACKS.get(1)))
        .findFirst()
        .orElseThrow()
        .chairedBy(Set.of(chair));
  }

  private void tracksAndTypes(Event event) {
    for (int i = 0; i < TRACKS.size(); i++) {
      materials.add(new Track(event.id(), i, TRACKS.get(i), null));
    }
    List<PresentationType> types =
        List.of(
            new PresentationType(event.id(), 0, "Paper", 20),
            new PresentationType(event.id(), 1, "Panel", 90),
            new PresentationType(event.id(), 2, "Keynote", 45),
            new PresentationType(event.id(), 3, "Roundtable", 60),
            new PresentationType(event.id(), 4, "Poster", null));
    types.forEach(materials::add);
  }

  private void logos(Event event) {
    Institution organiser = event.organiser();
    List<Institution> partners = new ArrayList<>();
    Color[] colours = {new Color(0x0b6e4f), new Color(0x8a1c7c)};
    for (int i = 0; i < event.partners().size(); i++) {
      Institution partner = event.partners().get(i);
      partners.add(partner.withLogo(store(logo(colours[i % colours.length], i + 3))));
    }
    event.organisedBy(
        organiser == null ? null : organiser.withLogo(store(logo(new Color(0x1f4e79), 0))),
        partners);
  }

  private String store(byte[] png) {
    return files.store(inspection.image(DEMO, "logo", png));
  }

  /** A 240×96 badge: a coloured band with a few discs; different {@code pattern}s look apart. */
  static byte[] logo(Color colour, int pattern) {
    BufferedImage image = new BufferedImage(240, 96, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRoundRect(0, 0, 240, 96, 24, 24);
    g.setColor(colour);
    g.fillRoundRect(4, 4, 232, 88, 20, 20);
    g.setColor(Color.WHITE);
    for (int i = 0; i <= pattern % 4 + 1; i++) {
      g.fillOval(24 + i * 44, 28, 40, 40);
    }
    g.setColor(new Color(0xffd100));
    g.fillRect(24, 76, 192, 6);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] pressRelease() {
    return pdf(
        "Comunicat de presa",
        "Centrul Roman de Studii Ruse, Universitatea din Bucuresti",
        "Conferinta internationala 20 de luni de la invazia Rusiei in Ucraina",
        "9-11 noiembrie 2023, Bucuresti si online");
  }

  static byte[] programme() {
    return pdf(
        "Programme",
        "Thursday 9 November 2023: opening, keynote, panels on security and defence",
        "Friday 10 November 2023: energy and economy; propaganda and disinformation",
        "Saturday 11 November 2023: the European path of Ukraine and the Republic of Moldova");
  }

  /** A minimal valid one-page PDF with lines of ASCII text, cross-reference table computed. */
  static byte[] pdf(String... lines) {
    StringBuilder text = new StringBuilder("BT /F1 14 Tf 56 780 Td 18 TL\n");
    for (String line : lines) {
      text.append('(')
          .append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
          .append(") Tj T*\n");
    }
    text.append("ET");
    String stream = text.toString();
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
