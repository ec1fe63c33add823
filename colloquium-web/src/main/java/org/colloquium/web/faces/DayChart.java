package org.colloquium.web.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A bar per day drawn on the server as SVG (no script): the geometry of the bars, in user units,
 * for a view that scales the chart to the page's width. The pages that draw one also give the
 * numbers as a table, for screen readers and for copying.
 */
public final class DayChart {

  static final int BAR_WIDTH = 12;
  static final int GAP = 4;
  static final int HEIGHT = 160;
  static final int MIN_DAYS = 31;

  /** One bar, placed. */
  public record PlacedBar(String label, long count, int x, int y, int height) {}

  private final List<PlacedBar> bars = new ArrayList<>();

  public <T> DayChart(List<T> days, Function<T, String> label, ToLongFunction<T> count) {
    long max = Math.max(1, days.stream().mapToLong(count).max().orElse(1));
    int x = 0;
    for (T day : days) {
      long n = count.applyAsLong(day);
      int height = (int) Math.round((double) n * (HEIGHT - 20) / max);
      bars.add(new PlacedBar(label.apply(day), n, x, HEIGHT - height, height));
      x += BAR_WIDTH + GAP;
    }
  }

  public List<PlacedBar> getBars() {
    return bars;
  }

  /**
   * At least a month wide: the chart is stretched to the page's width, and a few days would
   * otherwise make bars as wide as the page.
   */
  public int getWidth() {
    return Math.max(MIN_DAYS, bars.size()) * (BAR_WIDTH + GAP);
  }

  public int getHeight() {
    return HEIGHT;
  }

  public int getBarWidth() {
    return BAR_WIDTH;
  }
}
