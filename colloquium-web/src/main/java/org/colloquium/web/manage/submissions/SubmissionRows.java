package org.colloquium.web.manage.submissions;

import java.util.List;
import java.util.Map;
import org.colloquium.submissions.api.SubmissionFilter;
import org.colloquium.submissions.api.SubmissionQueries;
import org.colloquium.submissions.api.SubmissionRow;
import org.colloquium.submissions.api.SubmissionSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of {@link SubmissionTable}, loaded a page at a time; the service is called with the
 * actor each time.
 */
public class SubmissionRows extends LazyDataModel<SubmissionRow> {

  private static final long serialVersionUID = 1L;

  private final transient SubmissionQueries queries;
  private final Long actorId;
  private final String slug;
  private final SubmissionFilter filter;

  SubmissionRows(SubmissionQueries queries, Long actorId, String slug, SubmissionFilter filter) {
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
