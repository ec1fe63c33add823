package org.colloquium.events.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.colloquium.events.api.NewsState;
import org.colloquium.events.api.Slug;
import org.colloquium.kernel.i18n.Language;
import org.junit.jupiter.api.Test;

class NewsItemTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static NewsItem item() {
    return new NewsItem(
        7L, new Slug("call-for-papers"), Language.EN, new NewsText("Call", "Send"), 1L, NOW);
  }

  @Test
  void aNewItemIsADraft() {
    NewsItem item = item();
    assertEquals(NewsState.DRAFT, item.stateAt(NOW));
    assertFalse(item.isPublicAt(NOW.plus(Duration.ofDays(365))));
  }

  @Test
  void aFutureTimeSchedulesTheItemUntilThen() {
    NewsItem item = item();
    Instant at = NOW.plus(Duration.ofHours(1));
    item.publishAt(at, NOW);
    assertEquals(NewsState.SCHEDULED, item.stateAt(NOW));
    assertEquals(NewsState.SCHEDULED, item.stateAt(at.minusMillis(1)));
    assertEquals(NewsState.PUBLISHED, item.stateAt(at), "public from the very moment");
    assertTrue(item.isPublicAt(at.plusSeconds(1)));
  }

  @Test
  void unpublishingMakesItADraftAgain() {
    NewsItem item = item();
    item.publishAt(NOW.minusSeconds(60), NOW);
    assertTrue(item.isPublicAt(NOW));
    item.unpublish(NOW.plusSeconds(1));
    assertEquals(NewsState.DRAFT, item.stateAt(NOW.plusSeconds(2)));
    assertTrue(item.publishAt().isEmpty());
  }

  @Test
  void visitorsReadTheirLanguageOrElseThePrimaryOne() {
    NewsItem item = item();
    assertEquals(Language.EN, item.textFor(Language.RO).getKey(), "no translation yet");
    assertEquals("Call", item.textFor(Language.RO).getValue().title());
    item.rewrite(Language.EN, new NewsText("Call", "Send"), new NewsText("Apel", "Trimiteți"), NOW);
    assertEquals("Apel", item.textFor(Language.RO).getValue().title());
    assertEquals(Language.RO, item.textFor(Language.RO).getKey());
    assertEquals("Call", item.textFor(Language.EN).getValue().title());
    assertEquals("Call", item.textFor(null).getValue().title());
  }

  @Test
  void aTranslationDroppedIsGone() {
    NewsItem item = item();
    item.rewrite(Language.EN, new NewsText("Call", "Send"), new NewsText("Apel", "Trimiteți"), NOW);
    item.rewrite(Language.RO, new NewsText("Apel", "Trimiteți"), null, NOW);
    assertEquals(Language.RO, item.primaryLanguage());
    assertTrue(item.text(Language.EN).isEmpty());
    assertEquals("Apel", item.textFor(Language.EN).getValue().title());
  }

  @Test
  void siteWideItemsShareOneScopeThatNoEventHas() {
    assertEquals(NewsItem.SITE_SCOPE, NewsItem.scopeOf(null));
    assertEquals(7L, NewsItem.scopeOf(7L));
  }

  @Test
  void aTextNeedsATitle() {
    assertThrows(IllegalArgumentException.class, () -> new NewsText(" ", "body"));
  }
}
