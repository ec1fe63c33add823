package org.colloquium.web.manage.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.colloquium.submissions.api.FilterOptions;
import org.colloquium.submissions.api.SubmissionCounts;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionQueries;
import org.colloquium.submissions.api.SubmissionRow;
import org.colloquium.submissions.api.SubmissionSort;
import org.colloquium.web.security.SignedIn;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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
  private Rows rows;

  public void load() {
    if (options != null) {
      return;
    }
    options = queries.filterOptions(signedIn.accountId(), slug);
    counts = queries.counts(signedIn.accountId(), slug);
    rows = new Rows(queries, signedIn.accountId(), slug, filter());
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

  /** The table's rows, loaded a page at a time; the service is called with the actor each time. */
  public static class Rows extends LazyDataModel<SubmissionRow> {

    private static final long serialVersionUID = 1L;

    private final transient SubmissionQueries queries;
    private final Long actorId;
    private final String slug;
    private final SubmissionFilter filter;

    Rows(SubmissionQueries queries, Long actorId, String slug, SubmissionFilter filter) {
      this.queries = queries;
      this.actorId = actorId;
      this.slug = slug;
      this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, service().count(actorId, slug, filter));
    }

    @Override
    public List<SubmissionRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SubmissionSort sort = SubmissionSort.NUMBER;
      boolean ascending = true;
      for (SortMeta meta : sortBy.values()) {
        if (meta.getOrder() == null || meta.getOrder() == SortOrder.UNSORTED) {
          continue;
        }
        sort = sortOf(meta.getField());
        ascending = meta.getOrder() == SortOrder.ASCENDING;
        break;
      }
      var page = service().page(actorId, slug, filter, sort, ascending, first, pageSize);
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.rows();
    }

    private static SubmissionSort sortOf(String field) {
      if (field == null) {
        return SubmissionSort.NUMBER;
      }
      return switch (field) {
        case "title" -> SubmissionSort.TITLE;
        case "state" -> SubmissionSort.STATE;
        case "submittedAt" -> SubmissionSort.SUBMITTED_AT;
        default -> SubmissionSort.NUMBER;
      };
    }

    /** After the view was restored from the session the injected proxy is gone: look it up. */
    private SubmissionQueries service() {
      return queries != null
          ? queries
          : jakarta.enterprise.inject.spi.CDI.current().select(SubmissionQueries.class).get();
    }

    @Override
    public String getRowKey(SubmissionRow row) {
      return Long.toString(row.id());
    }

    @Override
    public SubmissionRow getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(r -> Long.toString(r.id()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }

  public Rows getRows() {
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
