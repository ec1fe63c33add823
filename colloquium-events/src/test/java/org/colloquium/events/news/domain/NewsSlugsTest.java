package org.colloquium.events.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.colloquium.events.api.Slug;
import org.junit.jupiter.api.Test;

class NewsSlugsTest {

  @Test
  void titlesBecomeLowerCaseWordsJoinedByHyphens() {
    assertEquals(
        "call-for-papers-iiird-annual-conference",
        NewsSlugs.fromTitle("Call for Papers: IIIrd Annual Conference"));
  }

  @Test
  void romanianDiacriticsLoseTheirMarks() {
    assertEquals(
        "conferinta-internationala-stiri-si-tari",
        NewsSlugs.fromTitle("Conferința internațională — știri și țări"));
  }

  @Test
  void cyrillicIsTransliterated() {
    assertEquals("olena-shevchenko-kyiv", NewsSlugs.fromTitle("Олена Шевченко, Київ"));
  }

  @Test
  void longTitlesAreCutAtAWordWithRoomForANumber() {
    String slug = NewsSlugs.fromTitle("word ".repeat(40));
    assertTrue(slug.length() <= NewsSlugs.BASE_LENGTH, slug);
    assertTrue(Slug.isValid(slug + "-99"), slug);
  }

  @Test
  void titlesWithoutLettersStillGiveAValidAddress() {
    assertTrue(Slug.isValid(NewsSlugs.fromTitle("!!!")));
    assertTrue(Slug.isValid(NewsSlugs.fromTitle("5")));
    assertTrue(Slug.isValid(NewsSlugs.fromTitle("中文")));
  }

  @Test
  void aTakenAddressGetsTheNextFreeNumber() {
    Set<String> taken = Set.of("news", "news-2");
    assertEquals("news-3", NewsSlugs.unique("news", taken::contains).value());
    assertEquals("other", NewsSlugs.unique("other", taken::contains).value());
  }
}
