package org.colloquium.programme.domain.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.pdf.PdfEngine;
import org.colloquium.kernel.pdf.Xhtml;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.ProgrammeTrack;
import org.colloquium.programme.api.PublishedProgramme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The book of abstracts: a title page, a table of contents, a section per track (or per session)
 * with every abstract, and an index of authors.
 *
 * <p>A book of thousands of abstracts takes openhtmltopdf over half a minute on one core, so the
 * body is cut into parts (a track each, large tracks split, small ones joined) rendered in parallel
 * and merged with PDFBox. Page numbers therefore cannot come from CSS counters (a part's first page
 * number is known only once the parts before it are laid out): the parts are rendered first, where
 * each abstract starts is read from the part's structure tree (the page of its H2 title), and the
 * table of contents and the index are rendered after that with the real numbers. The table of
 * contents comes before the body, so its own length must be known first: its rows have a page
 * number column of fixed width, so its page count does not depend on the numbers in it, and a draft
 * with placeholder numbers, rendered alongside the parts, gives it. The page numbers on every page
 * are stamped on the merged document as pagination artifacts, and the outline (contents, a section
 * each with its abstracts, index) is built over the merged pages.
 */
public final class BookOfAbstracts {

  /** How the abstracts are grouped into sections. */
  public enum Grouping {
    /** A section per track in the event's order; contributions without a track come last. */
    TRACKS,
    /** A section per session in programme order. */
    SESSIONS
  }

  /** The pool size when the caller passes no executor. */
  public static final int DEFAULT_THREADS = 2;

  /** Most abstracts in one part: about 300 pages, small enough to balance over two threads. */
  static final int DEFAULT_PART_SIZE = 400;

  /**
   * How the merged book is written: with object streams, because PDFBox 3.0.8 writes without them
   * in time quadratic in the number of objects (see {@link PdfEngine#renderOpen}).
   */
  private static final CompressParameters SAVE = CompressParameters.DEFAULT_COMPRESSION;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** Wide enough for any page number the table of contents prints, whatever its value. */
  private static final String PLACEHOLDER_PAGE = "0000";

  private final LogoSource logos;
  private final Executor executor;
  private final int partSize;

  /** Renders on a pool of {@link #DEFAULT_THREADS} threads made for each book. */
  public BookOfAbstracts(LogoSource logos) {
    this(logos, null, DEFAULT_PART_SIZE);
  }

  /**
   * @param executor where the parts are rendered (the caller's managed executor); null for a pool
   *     of {@link #DEFAULT_THREADS} threads made for each book
   */
  public BookOfAbstracts(LogoSource logos, Executor executor) {
    this(logos, executor, DEFAULT_PART_SIZE);
  }

  BookOfAbstracts(LogoSource logos, Executor executor, int partSize) {
    this.logos = Objects.requireNonNull(logos, "logos");
    this.executor = executor;
    if (partSize < 1) {
      throw new IllegalArgumentException("partSize < 1");
    }
    this.partSize = partSize;
  }

  /**
   * The book as a tagged PDF (PDF/UA-1, PDF/A-3u).
   *
   * @param language the language of the fixed words, dates, the index's order and the document;
   *     titles and abstracts stay in their own
   */
  public byte[] render(PublishedProgramme programme, Language language, Grouping grouping) {
    Objects.requireNonNull(grouping, "grouping");
    if (executor != null) {
      return new Job(programme, Labels.of(language), grouping, executor).run();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            DEFAULT_THREADS,
            r -> {
              Thread thread = new Thread(r, "book-of-abstracts");
              thread.setDaemon(true);
              return thread;
            });
    try {
      return new Job(programme, Labels.of(language), grouping, pool).run();
    } finally {
      pool.shutdownNow();
    }
  }

  /** A section of the book: a track or a session with its abstracts. */
  record Section(String title, String subtitle, List<ProgrammeContribution> contributions) {}

  /** The slice of a section that one part prints. */
  record Slice(int section, boolean opens, List<ProgrammeContribution> contributions) {}

  /** A rendered part: its document and, per abstract in order, the page it starts on (0-based). */
  private record RenderedPart(PDDocument document, List<Mark> marks) {}

  /** Where an abstract starts: a page (0-based) and the height on it (NaN: the page's top). */
  private record Mark(int page, float top) {}

  static List<Section> sections(PublishedProgramme programme, Labels labels, Grouping grouping) {
    List<Section> sections = new ArrayList<>();
    ZoneId zone = programme.event().zone();
    if (grouping == Grouping.SESSIONS) {
      for (ProgrammeSession session : programme.sessions()) {
        if (session.kind().isPublic() && !session.contributions().isEmpty()) {
          StringBuilder subtitle =
              new StringBuilder(labels.day(session.start().atZone(zone).toLocalDate()))
                  .append(", ")
                  .append(TIME.format(session.start().atZone(zone)))
                  .append("–")
                  .append(TIME.format(session.end().atZone(zone)));
          programme
              .room(session.roomId())
              .map(ProgrammeRoom::name)
              .ifPresent(room -> subtitle.append(" · ").append(room));
          sections.add(new Section(session.title(), subtitle.toString(), session.contributions()));
        }
      }
      return sections;
    }
    Map<Long, List<ProgrammeContribution>> byTrack = new LinkedHashMap<>();
    for (ProgrammeTrack track : programme.tracks()) {
      byTrack.put(track.id(), new ArrayList<>());
    }
    List<ProgrammeContribution> without = new ArrayList<>();
    for (ProgrammeSession session : programme.sessions()) {
      if (!session.kind().isPublic()) {
        continue;
      }
      for (ProgrammeContribution contribution : session.contributions()) {
        List<ProgrammeContribution> list =
            contribution.trackId() == null ? null : byTrack.get(contribution.trackId());
        (list == null ? without : list).add(contribution);
      }
    }
    Comparator<ProgrammeContribution> order =
        Comparator.comparing(
            ProgrammeContribution::start, Comparator.nullsLast(Comparator.naturalOrder()));
    for (ProgrammeTrack track : programme.tracks()) {
      List<ProgrammeContribution> list = byTrack.get(track.id());
      if (!list.isEmpty()) {
        list.sort(order);
        sections.add(new Section(track.name(), null, list));
      }
    }
    if (!without.isEmpty()) {
      without.sort(order);
      sections.add(new Section(labels.get("withoutTrack"), null, without));
    }
    return sections;
  }

  /**
   * Cuts the sections into parts of at most {@code partSize} abstracts: a larger section is split
   * evenly, consecutive smaller ones share a part (each still starts on a new page).
   */
  static List<List<Slice>> parts(List<Section> sections, int partSize) {
    List<List<Slice>> parts = new ArrayList<>();
    List<Slice> current = new ArrayList<>();
    int size = 0;
    for (int s = 0; s < sections.size(); s++) {
      List<ProgrammeContribution> all = sections.get(s).contributions();
      int pieces = (all.size() + partSize - 1) / partSize;
      if (pieces > 1) {
        if (!current.isEmpty()) {
          parts.add(current);
          current = new ArrayList<>();
          size = 0;
        }
        for (int p = 0; p < pieces; p++) {
          int from = all.size() * p / pieces;
          int to = all.size() * (p + 1) / pieces;
          parts.add(List.of(new Slice(s, p == 0, all.subList(from, to))));
        }
        continue;
      }
      if (size + all.size() > partSize && !current.isEmpty()) {
        parts.add(current);
        current = new ArrayList<>();
        size = 0;
      }
      current.add(new Slice(s, true, all));
      size += all.size();
    }
    if (!current.isEmpty()) {
      parts.add(current);
    }
    return parts;
  }

  private final class Job {
    private final PublishedProgramme programme;
    private final Labels labels;
    private final Executor pool;
    private final List<Section> sections;
    private final String documentTitle;

    Job(PublishedProgramme programme, Labels labels, Grouping grouping, Executor pool) {
      this.programme = programme;
      this.labels = labels;
      this.pool = pool;
      this.sections = sections(programme, labels, grouping);
      this.documentTitle = programme.event().title() + " — " + labels.get("bookOfAbstracts");
    }

    byte[] run() {
      List<List<Slice>> slices = parts(sections, partSize);
      List<CompletableFuture<RenderedPart>> parts = new ArrayList<>();
      for (List<Slice> part : slices) {
        parts.add(async(() -> renderPart(part)));
      }
      CompletableFuture<PDDocument> cover = async(() -> PdfEngine.renderOpen(cover()));
      CompletableFuture<Integer> tocDraft =
          async(
              () -> {
                PDDocument draft = PdfEngine.renderOpen(toc(null, 0));
                int pages = draft.getNumberOfPages();
                closeQuietly(draft);
                return pages;
              });
      List<RenderedPart> rendered = new ArrayList<>();
      PDDocument coverDocument = null;
      try {
        for (CompletableFuture<RenderedPart> part : parts) {
          rendered.add(join(part));
        }
        coverDocument = join(cover);
        int coverPages = coverDocument.getNumberOfPages();
        int tocPages = join(tocDraft);
        // The draft's length holds unless a page number's digits change a title's wrapping, which
        // the fixed-width number column is there to prevent; if it happens, lay out again.
        for (int attempt = 1; ; attempt++) {
          // Absolute page numbers (1-based) of every abstract, in book order.
          List<Integer> abstractPages = new ArrayList<>();
          List<Mark> marks = new ArrayList<>();
          int offset = coverPages + tocPages;
          for (RenderedPart part : rendered) {
            for (Mark mark : part.marks()) {
              abstractPages.add(offset + mark.page() + 1);
              marks.add(new Mark(offset + mark.page(), mark.top()));
            }
            offset += part.document().getNumberOfPages();
          }
          int indexPage = offset + 1;
          CompletableFuture<PDDocument> index =
              async(() -> PdfEngine.renderOpen(index(abstractPages)));
          PDDocument toc = PdfEngine.renderOpen(toc(abstractPages, indexPage));
          PDDocument indexDocument = join(index);
          try {
            if (toc.getNumberOfPages() == tocPages) {
              return merge(coverDocument, toc, rendered, indexDocument, marks, labels, sections);
            }
            if (attempt == 3) {
              throw new IllegalStateException(
                  "the table of contents does not settle: "
                      + toc.getNumberOfPages()
                      + " pages where "
                      + tocPages
                      + " were planned");
            }
            tocPages = toc.getNumberOfPages();
          } finally {
            closeQuietly(toc);
            closeQuietly(indexDocument);
          }
        }
      } finally {
        for (CompletableFuture<RenderedPart> part : parts) {
          part.thenAccept(p -> closeQuietly(p.document()));
        }
        cover.thenAccept(BookOfAbstracts::closeQuietly);
      }
    }

    private <T> CompletableFuture<T> async(Supplier<T> task) {
      return CompletableFuture.supplyAsync(task, pool);
    }

    private RenderedPart renderPart(List<Slice> part) {
      Xhtml x = xhtml(documentTitle);
      header(x);
      int number = 0;
      for (Slice slice : part) {
        Section section = sections.get(slice.section());
        Element div = x.add(x.body(), "div", "section");
        if (slice.opens()) {
          x.add(div, "h1", null, section.title());
          if (section.subtitle() != null) {
            x.add(div, "p", "section-subtitle", section.subtitle());
          }
        }
        for (ProgrammeContribution contribution : slice.contributions()) {
          abstractElement(x, div, contribution);
          number++;
        }
      }
      PDDocument document = PdfEngine.renderOpen(x.document());
      List<Mark> marks = titlePages(document);
      if (marks.size() != number) {
        closeQuietly(document);
        throw new IllegalStateException(
            "a part of " + number + " abstracts came with " + marks.size() + " H2 titles");
      }
      return new RenderedPart(document, marks);
    }

    private Xhtml xhtml(String title) {
      return new Xhtml(
          labels.language().code(),
          title,
          documentTitle,
          PdfEngine.CSS_BASE + PdfEngine.pageCss(null) + CSS);
    }

    private void header(Xhtml x) {
      x.add(x.body(), "div", "running-header", documentTitle);
    }

    private void abstractElement(Xhtml x, Element parent, ProgrammeContribution contribution) {
      Element article = x.add(parent, "div", "abstract");
      if (contribution.language() != null) {
        article.setAttribute("lang", contribution.language());
      }
      x.add(article, "h2", null, contribution.title());
      List<String> affiliations = new ArrayList<>();
      for (ProgrammeAuthor author : contribution.authors()) {
        String affiliation = affiliation(author);
        if (affiliation != null && !affiliations.contains(affiliation)) {
          affiliations.add(affiliation);
        }
      }
      Element names = x.add(article, "p", "authors");
      boolean first = true;
      for (ProgrammeAuthor author : contribution.authors()) {
        if (!first) {
          x.text(names, ", ");
        }
        first = false;
        x.add(names, "span", author.presenting() ? "presenting" : null, author.fullName());
        String affiliation = affiliation(author);
        if (affiliation != null) {
          x.add(names, "sup", null, Integer.toString(affiliations.indexOf(affiliation) + 1));
        }
      }
      if (!affiliations.isEmpty()) {
        Element list = x.add(article, "div", "affiliations");
        for (int i = 0; i < affiliations.size(); i++) {
          Element line = x.add(list, "p", "affiliation");
          x.add(line, "sup", null, Integer.toString(i + 1));
          x.text(line, " " + affiliations.get(i));
        }
      }
      if (!contribution.keywords().isEmpty()) {
        Element keywords = x.add(article, "p", "keywords");
        x.add(keywords, "strong", null, labels.get("keywords") + ": ");
        x.text(keywords, String.join(", ", contribution.keywords()));
      }
      Element text = x.add(article, "div", "abstract-text");
      if (contribution.abstractMarkdown() == null || contribution.abstractMarkdown().isBlank()) {
        // The authors kept it out of the book; say so, or a reader thinks a page went missing.
        x.add(text, "p", "abstract-withheld", labels.get("abstractWithheld"));
      } else {
        MarkdownDom.append(x, text, contribution.abstractMarkdown());
      }
    }

    private String affiliation(ProgrammeAuthor author) {
      String affiliation =
          author.affiliation() == null || author.affiliation().isBlank()
              ? null
              : author.affiliation().trim();
      String country = labels.country(author.country());
      if (country.isEmpty()) {
        return affiliation;
      }
      if (affiliation == null) {
        return country;
      }
      return affiliation.endsWith(country) ? affiliation : affiliation + ", " + country;
    }

    private Document cover() {
      var event = programme.event();
      Xhtml x = xhtml(documentTitle);
      Element cover = x.add(x.body(), "div", "cover");
      x.add(cover, "h1", null, event.title());
      if (event.subtitle() != null) {
        x.add(cover, "p", "cover-subtitle", event.subtitle());
      }
      x.add(cover, "p", "cover-book", labels.get("bookOfAbstracts"));
      ZoneId zone = event.zone();
      LocalDate first = event.start().atZone(zone).toLocalDate();
      LocalDate last = event.end().atZone(zone).toLocalDate();
      x.add(
          cover,
          "p",
          "cover-meta",
          first.equals(last) ? labels.date(first) : labels.date(first) + " – " + labels.date(last));
      if (event.venueName() != null) {
        x.add(cover, "p", "cover-meta", event.venueName());
      }
      if (event.venueAddress() != null) {
        x.add(cover, "p", "cover-meta", event.venueAddress());
      }
      if (event.organiser() != null) {
        Element organiser = x.add(cover, "p", "cover-meta cover-organiser");
        x.text(organiser, labels.get("organiser") + ": ");
        x.add(organiser, "strong", null, event.organiser());
      }
      if (!event.partners().isEmpty()) {
        x.add(cover, "p", "cover-partners-label", labels.get("partners"));
        Element partners = x.add(cover, "div", "cover-partners");
        for (PublishedProgramme.Partner partner : event.partners()) {
          Element box = x.add(partners, "div", "partner");
          logo(partner)
              .ifPresent(
                  dataUri -> {
                    Element img = x.add(box, "img", "logo");
                    img.setAttribute("src", dataUri);
                    img.setAttribute("alt", partner.name());
                  });
          x.add(box, "p", "partner-name", partner.name());
        }
      }
      x.add(
          cover,
          "p",
          "cover-version",
          labels.format(
              "version",
              programme.version(),
              labels.date(programme.publishedAt().atZone(zone).toLocalDate())));
      return x.document();
    }

    private Optional<String> logo(PublishedProgramme.Partner partner) {
      if (partner.logoSha256() == null) {
        return Optional.empty();
      }
      return logos.bytes(partner.logoSha256()).flatMap(BookOfAbstracts::dataUri);
    }

    /** The table of contents; {@code pages} null for the draft that only measures its length. */
    private Document toc(List<Integer> pages, int indexPage) {
      Xhtml x = xhtml(documentTitle);
      header(x);
      Element toc = x.add(x.body(), "div", "toc");
      x.add(toc, "h1", null, labels.get("tableOfContents"));
      int number = 0;
      for (Section section : sections) {
        String sectionPage = pages == null ? PLACEHOLDER_PAGE : pages.get(number).toString();
        Element line = x.add(toc, "div", "toc-section");
        x.add(line, "span", "toc-page", sectionPage);
        x.add(line, "span", null, section.title());
        for (ProgrammeContribution contribution : section.contributions()) {
          String page = pages == null ? PLACEHOLDER_PAGE : pages.get(number).toString();
          number++;
          Element entry = x.add(toc, "div", "toc-entry");
          if (contribution.language() != null) {
            entry.setAttribute("lang", contribution.language());
          }
          x.add(entry, "span", "toc-page", page);
          x.add(entry, "span", null, contribution.title());
        }
      }
      Element line = x.add(toc, "div", "toc-section");
      x.add(
          line, "span", "toc-page", pages == null ? PLACEHOLDER_PAGE : Integer.toString(indexPage));
      x.add(line, "span", null, labels.get("indexOfAuthors"));
      return x.document();
    }

    private Document index(List<Integer> pages) {
      record Author(String fullName, String familyName) {}
      Map<Author, TreeSet<Integer>> where = new LinkedHashMap<>();
      int number = 0;
      for (Section section : sections) {
        for (ProgrammeContribution contribution : section.contributions()) {
          int page = pages.get(number++);
          for (ProgrammeAuthor author : contribution.authors()) {
            where
                .computeIfAbsent(
                    new Author(author.fullName(), ProgrammePdf.familyName(author)),
                    a -> new TreeSet<>())
                .add(page);
          }
        }
      }
      Comparator<String> collator = labels.nameOrder();
      List<Author> authors = new ArrayList<>(where.keySet());
      authors.sort(
          Comparator.comparing(Author::familyName, collator)
              .thenComparing(Author::fullName, collator));
      Xhtml x = xhtml(documentTitle);
      header(x);
      Element index = x.add(x.body(), "div", "index");
      x.add(index, "h1", null, labels.get("indexOfAuthors"));
      Element columns = x.add(index, "div", "index-columns");
      for (Author author : authors) {
        Element entry = x.add(columns, "p", "index-entry");
        ProgrammePdf.nameFamilyFirst(x, entry, author.fullName(), author.familyName());
        x.text(
            entry,
            " " + String.join(", ", where.get(author).stream().map(String::valueOf).toList()));
      }
      return x.document();
    }
  }

  /**
   * The image as a data: URI, typed by its own signature (PNG or JPEG); anything else is left out
   * so that a broken upload cannot fail the book.
   */
  static Optional<String> dataUri(byte[] bytes) {
    String type = null;
    if (bytes.length > 8
        && (bytes[0] & 0xff) == 0x89
        && bytes[1] == 'P'
        && bytes[2] == 'N'
        && bytes[3] == 'G') {
      type = "image/png";
    } else if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
      type = "image/jpeg";
    }
    return type == null
        ? Optional.empty()
        : Optional.of("data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
  }

  /**
   * The page of each abstract's title (its only H2), in document order, read from the part's
   * structure tree: openhtmltopdf gives each tagged heading its page. A bookmark per abstract would
   * tell the same, but resolving them made a part of 300 abstracts about 40% slower when measured.
   */
  private static List<Mark> titlePages(PDDocument document) {
    Map<COSDictionary, Integer> pageIndex = new HashMap<>();
    int i = 0;
    for (PDPage page : document.getPages()) {
      pageIndex.put(page.getCOSObject(), i++);
    }
    List<Mark> marks = new ArrayList<>();
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) {
      ArrayDeque<Object> stack = new ArrayDeque<>();
      List<Object> kids = root.getKids();
      for (int k = kids.size() - 1; k >= 0; k--) {
        stack.push(kids.get(k));
      }
      while (!stack.isEmpty()) {
        if (!(stack.pop() instanceof PDStructureElement element)) {
          continue;
        }
        if ("H2".equals(element.getStructureType())) {
          PDPage page = element.getPage();
          Integer index = page == null ? null : pageIndex.get(page.getCOSObject());
          if (index == null) {
            throw new IllegalStateException("an abstract's title without a page");
          }
          marks.add(new Mark(index, Float.NaN));
          continue;
        }
        List<Object> children = element.getKids();
        for (int k = children.size() - 1; k >= 0; k--) {
          stack.push(children.get(k));
        }
      }
    }
    return marks;
  }

  /**
   * Appends the parts to the cover (whose catalog, metadata and language the book keeps), stamps
   * the page numbers and builds the outline. PDFMergerUtility carries each part's structure tree
   * over, so the book stays tagged.
   */
  private byte[] merge(
      PDDocument cover,
      PDDocument toc,
      List<RenderedPart> parts,
      PDDocument index,
      List<Mark> marks,
      Labels labels,
      List<Section> sections) {
    try {
      int coverPages = cover.getNumberOfPages();
      int tocPages = toc.getNumberOfPages();
      PDFMergerUtility merger = new PDFMergerUtility();
      merger.appendDocument(cover, toc);
      for (RenderedPart part : parts) {
        merger.appendDocument(cover, part.document());
      }
      int indexStart = cover.getNumberOfPages();
      merger.appendDocument(cover, index);
      stampPageNumbers(cover, coverPages, labels);
      outline(cover, coverPages, tocPages, indexStart, marks, labels, sections);
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      cover.save(out, SAVE);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Page numbers as pagination artifacts (PDF/UA keeps them out of the structure tree), in the
   * embedded font, on every page after the cover.
   */
  private static void stampPageNumbers(PDDocument book, int coverPages, Labels labels)
      throws IOException {
    PDFont font;
    try (InputStream in = PdfEngine.regularFont()) {
      font = PDType0Font.load(book, in, true);
    }
    float size = 8f;
    int number = 0;
    for (PDPage page : book.getPages()) {
      number++;
      if (number <= coverPages) {
        continue;
      }
      String text = labels.get("page") + " " + number;
      PDRectangle box = page.getMediaBox();
      float width = font.getStringWidth(text) / 1000f * size;
      try (PDPageContentStream stream =
          new PDPageContentStream(book, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        stream.beginMarkedContent(COSName.ARTIFACT);
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(0.33f, 0.33f, 0.33f);
        stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, 34f);
        stream.showText(text);
        stream.endText();
        stream.endMarkedContent();
      }
    }
  }

  private static void outline(
      PDDocument book,
      int coverPages,
      int tocPages,
      int indexStart,
      List<Mark> marks,
      Labels labels,
      List<Section> sections) {
    List<PDPage> pages = new ArrayList<>(book.getNumberOfPages());
    book.getPages().forEach(pages::add);
    PDDocumentOutline outline = new PDDocumentOutline();
    outline.addLast(item(labels.get("tableOfContents"), pages.get(coverPages), Float.NaN));
    int number = 0;
    for (Section section : sections) {
      Mark first = marks.get(number);
      PDOutlineItem sectionItem = item(section.title(), pages.get(first.page()), Float.NaN);
      for (ProgrammeContribution contribution : section.contributions()) {
        Mark mark = marks.get(number++);
        sectionItem.addLast(item(contribution.title(), pages.get(mark.page()), mark.top()));
      }
      outline.addLast(sectionItem);
    }
    outline.addLast(item(labels.get("indexOfAuthors"), pages.get(indexStart), Float.NaN));
    book.getDocumentCatalog().setDocumentOutline(outline);
  }

  private static PDOutlineItem item(String title, PDPage page, float top) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title == null ? "" : title);
    PDPageXYZDestination destination = new PDPageXYZDestination();
    destination.setPage(page);
    destination.setTop(
        Float.isNaN(top) ? (int) page.getMediaBox().getUpperRightY() : Math.round(top));
    item.setDestination(destination);
    return item;
  }

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(PDDocument document) {
    try {
      document.close();
    } catch (IOException e) {
      // Closing frees memory only; the book is written or failed already.
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  static final String CSS =
      """
      h1 { font-size: 17pt; margin: 0 0 10pt 0; page-break-after: avoid; }
      h2 { font-size: 12pt; margin: 0 0 3pt 0; page-break-after: avoid; }
      .section { page-break-before: always; }
      .section-subtitle { margin: -6pt 0 10pt 0; color: #444444; }
      .abstract { margin: 0 0 14pt 0; }
      .authors { margin: 0 0 2pt 0; font-size: 9.5pt; }
      .presenting { text-decoration: underline; }
      .affiliations { margin: 0 0 3pt 0; }
      .affiliation { margin: 0; font-size: 8.5pt; font-style: italic; }
      .keywords { margin: 0 0 3pt 0; font-size: 9pt; }
      .abstract-text p { margin: 0 0 4pt 0; }
      .md-heading { font-weight: bold; }
      .cover { text-align: center; padding-top: 40mm; }
      .cover h1 { font-size: 24pt; margin-bottom: 8pt; }
      .cover-subtitle { font-size: 14pt; margin: 0 0 20mm 0; }
      .cover-book { font-size: 22pt; font-weight: bold; margin: 0 0 20mm 0; }
      .cover-meta { font-size: 12pt; margin: 0 0 4pt 0; }
      .cover-partners-label { margin: 18mm 0 4pt 0; font-size: 10pt; color: #444444; }
      .partner { display: inline-block; width: 45mm; margin: 0 4mm; vertical-align: top; }
      .logo { max-width: 40mm; max-height: 20mm; width: 30mm; }
      .partner-name { font-size: 9pt; margin: 2pt 0 0 0; }
      .cover-version { margin-top: 20mm; font-size: 9pt; color: #444444; }
      .toc-section { font-weight: bold; margin: 8pt 0 2pt 0; page-break-after: avoid; }
      .toc-entry { margin: 0 0 1pt 12pt; font-size: 9pt; }
      .toc-page { float: right; width: 28pt; text-align: right; margin-left: 6pt; }
      .index-entry { margin: 0 0 1pt 0; font-size: 9pt; padding-left: 12pt; text-indent: -12pt; }
      """;
}
