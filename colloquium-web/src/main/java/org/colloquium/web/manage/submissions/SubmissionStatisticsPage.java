package org.colloquium.web.manage.submissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.submissions.api.SubmissionStatistics;
import org.colloquium.submissions.api.SubmissionStatisticsView;
import org.colloquium.web.faces.DayChart;
import org.colloquium.web.security.SignedIn;

/**
 * /manage/events/{slug}/submissions/statistics: submissions per day as a bar chart drawn on the
 * server (SVG, no script), with the same numbers in tables for screen readers and for copying.
 */
@Named
@RequestScoped
public class SubmissionStatisticsPage {

  @Inject SubmissionStatistics statistics;
  @Inject SignedIn signedIn;

  private String slug;
  private SubmissionStatisticsView view;
  private DayChart chart;

  public void load() {
    view = statistics.of(signedIn.accountId(), slug);
  }

  private DayChart chart() {
    if (chart == null) {
      chart = new DayChart(view.perDay(), d -> d.label(), d -> d.count());
    }
    return chart;
  }

  public List<DayChart.PlacedBar> getChart() {
    return chart().getBars();
  }

  public int getChartWidth() {
    return chart().getWidth();
  }

  public int getChartHeight() {
    return chart().getHeight();
  }

  public int getBarWidth() {
    return chart().getBarWidth();
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
