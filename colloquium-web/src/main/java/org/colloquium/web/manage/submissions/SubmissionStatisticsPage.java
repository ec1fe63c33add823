package org.colloquium.web.manage.submissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.submissions.api.SubmissionStatistics;
import org.colloquium.submissions.api.SubmissionStatisticsView;
import org.colloquium.web.security.SignedIn;

/**
 * /manage/events/{slug}/submissions/statistics: submissions per day as a bar chart drawn on the
 * server (SVG, no script), with the same numbers in tables for screen readers and for copying.
 */
@Named
@RequestScoped
public class SubmissionStatisticsPage {

  /** Chart geometry in SVG user units; the chart scales to the page width. */
  static final int BAR_WIDTH = 12;

  static final int GAP = 4;
  static final int HEIGHT = 160;

  @Inject SubmissionStatistics statistics;
  @Inject SignedIn signedIn;

  private String slug;
  private SubmissionStatisticsView view;

  /** One bar of the chart, placed. */
  public record PlacedBar(String label, long count, int x, int y, int height) {}

  public void load() {
    view = statistics.of(signedIn.accountId(), slug);
  }

  public List<PlacedBar> getChart() {
    List<PlacedBar> bars = new ArrayList<>();
    long max = view.maxPerDay();
    int x = 0;
    for (var day : view.perDay()) {
      int height = (int) Math.round((double) day.count() * (HEIGHT - 20) / max);
      bars.add(new PlacedBar(day.label(), day.count(), x, HEIGHT - height, height));
      x += BAR_WIDTH + GAP;
    }
    return bars;
  }

  public int getChartWidth() {
    return Math.max(1, view.perDay().size() * (BAR_WIDTH + GAP));
  }

  public int getChartHeight() {
    return HEIGHT;
  }

  public int getBarWidth() {
    return BAR_WIDTH;
  }

  public SubmissionStatisticsView getView() {
    return view;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
