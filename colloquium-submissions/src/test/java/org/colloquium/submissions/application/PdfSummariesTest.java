package org.colloquium.submissions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.PdfSummary;
import org.colloquium.kernel.files.api.UploadInspection;
import org.colloquium.kernel.files.application.DefaultFileStore;
import org.colloquium.kernel.files.application.DefaultUploadInspection;
import org.colloquium.kernel.files.domain.HostileFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdfSummariesTest {

  private final Map<String, Integer> reads = new HashMap<>();
  private final Map<String, byte[]> stored = new HashMap<>();
  private final PdfSummaries summaries = new PdfSummaries();

  private final UploadInspection inspection = DefaultUploadInspection.of(1, Duration.ofSeconds(10));

  @AfterEach
  void stopChecking() {
    inspection.stop();
  }

  @BeforeEach
  void storeOnlyInMemory() {
    summaries.inspection = inspection;
    summaries.files =
        new DefaultFileStore() {
          @Override
          public Optional<FileContent> read(String sha256) {
            reads.merge(sha256, 1, Integer::sum);
            return Optional.ofNullable(stored.get(sha256))
                .map(bytes -> new FileContent(sha256, bytes, "application/pdf"));
          }
        };
  }

  @Test
  void aSummaryNotedAtUploadIsNeverReadBack() {
    PdfSummary noted = new PdfSummary(3, "", "", "", "", "Anonymous");
    summaries.remember("a", noted);

    assertEquals(Optional.of(noted), summaries.of("a"));
    assertEquals(Optional.of(noted), summaries.of("a"));
    assertEquals(Map.of(), reads);
  }

  @Test
  void anUnknownFileIsReadAndInspectedOnceThenRemembered() throws IOException {
    stored.put("b", twoPages());

    assertEquals(2, summaries.of("b").orElseThrow().pageCount());
    assertEquals(2, summaries.of("b").orElseThrow().pageCount());
    assertEquals(Map.of("b", 1), reads);
  }

  @Test
  void aMissingOrUnreadableFileHasNoSummaryAndIsNotRemembered() {
    stored.put("c", "not a pdf".getBytes());

    assertTrue(summaries.of("c").isEmpty());
    assertTrue(summaries.of("missing").isEmpty());
    assertTrue(summaries.of("c").isEmpty());
    assertEquals(Map.of("c", 2, "missing", 1), reads);
  }

  @Test
  void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
    PdfSummary any = new PdfSummary(1, "", "", "", "", "");
    summaries.remember("first", any);
    for (int i = 0; i < PdfSummaries.CAPACITY; i++) {
      summaries.remember("other-" + i, any);
      if (i == PdfSummaries.CAPACITY / 2) {
        summaries.of("first"); // used recently: stays
      }
    }
    summaries.remember("last", any);

    summaries.of("first");
    summaries.of("other-0");
    assertEquals(Map.of("other-0", 1), reads);
  }

  @Test
  void keepsAtMostItsCharactersWhateverTheCount() {
    // Texts as long as a summary keeps: far fewer of them fit than CAPACITY.
    PdfSummary longest =
        new PdfSummary(
            1,
            "a".repeat(5_000),
            "c".repeat(5_000),
            "p".repeat(5_000),
            "t".repeat(5_000),
            "x".repeat(50_000));
    assertEquals(24_000, longest.characters(), "each text is cut to its limit");
    for (int i = 0; i < PdfSummaries.CAPACITY; i++) {
      summaries.remember("long-" + i, longest);
      assertTrue(summaries.held()[1] <= PdfSummaries.MAX_CHARACTERS);
    }
    long kept = summaries.held()[0];
    assertEquals(PdfSummaries.MAX_CHARACTERS / 24_000, kept);
    // The newest are kept, the oldest went first.
    summaries.of("long-" + (PdfSummaries.CAPACITY - 1));
    summaries.of("long-0");
    assertEquals(Map.of("long-0", 1), reads);
  }

  @Test
  void rememberingTheSameFileAgainDoesNotCountItTwice() {
    PdfSummary summary = new PdfSummary(1, "", "", "", "", "x".repeat(1_000));
    summaries.remember("same", summary);
    summaries.remember("same", summary);
    assertEquals(1_000, summaries.held()[1]);
    assertEquals(1, summaries.held()[0]);
  }

  @Test
  void aStoredBombIsNotSummarisedAndNotKept() {
    stored.put("bomb", HostileFiles.textBomb(5));
    assertTrue(summaries.of("bomb").isEmpty());
    assertEquals(0, summaries.held()[0]);
  }

  private static byte[] twoPages() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
