package org.colloquium.web.manage.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.submissions.api.FilterOptions;
import org.colloquium.submissions.api.SubmissionCounts;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionQueries;
import org.colloquium.web.security.SignedIn;

/**
 * /manage/events/{slug}/submissions: an event's submissions in a lazily loaded, paged, sortable
 * table. The filters are a plain GET form above it, so a filtered view is an address that can be
 * bookmarked, and the download links carry the same query.
 */
@Named
@ViewScoped
public class SubmissionTable implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubmissionQueries queries;
  @Inject SignedIn signedIn;

  private String slug;
  private String state;
  private String track;
  private String type;
  private String language;
  private String country;
  private String q;
  private String size;

  private FilterOptions options;
  private SubmissionCounts counts;
  private SubmissionRows rows;

  public void load() {
    if (options != null) {
      return;
    }
    options = queries.filterOptions(signedIn.accountId(), slug);
    counts = queries.counts(signedIn.accountId(), slug);
    rows = new SubmissionRows(queries, signedIn.accountId(), slug, filter());
  }

  SubmissionFilter filter() {
    return SubmissionFilters.from(this::parameter);
  }

  private String parameter(String name) {
    return switch (name) {
      case "state" -> state;
      case "track" -> track;
      case "type" -> type;
      case "language" -> language;
      case "country" -> country;
      case "q" -> q;
      default -> null;
    };
  }

  /** The current filter as a query string ("" or "?state=…"), for the download links. */
  public String getQuery() {
    return SubmissionFilters.query(this::parameter);
  }

  /** Rows per page: 25, 50 or 100 ({@code ?size=}, so a benchmark or a bookmark can ask for 50). */
  public int getPageSize() {
    return switch (size == null ? "" : size) {
      case "50" -> 50;
      case "100" -> 100;
      default -> 25;
    };
  }

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }

  /**
   * The table's own address (without the context path). A bean property rather than a ui:param: the
   * data table renders its cells where view parameters of the page are no longer in scope.
   */
  public String getBasePath() {
    return "/manage/events/" + slug + "/submissions";
  }

  public boolean isFiltered() {
    return !getQuery().isEmpty();
  }

  public SubmissionRows getRows() {
    return rows;
  }

  public FilterOptions getOptions() {
    return options;
  }

  public SubmissionCounts getCounts() {
    return counts;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getTrack() {
    return track;
  }

  public void setTrack(String track) {
    this.track = track;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
