package org.colloquium.reviews.api;

import java.io.Serializable;

/**
 * What the organiser chose to see on the decision dashboard.
 *
 * @param trackId one track's submissions; null for all
 * @param show which submissions
 * @param page from 0
 * @param size rows per page, 1 to 200
 */
public record DashboardFilter(Long trackId, Show show, Sort sort, int page, int size)
    implements Serializable {

  public static final int DEFAULT_SIZE = 50;

  public enum Show {
    ALL,
    UNDECIDED,
    PENDING,
    DISAGREEMENT,
    INCOMPLETE
  }

  public enum Sort {
    NUMBER,
    MEAN,
    SPREAD,
    DONE
  }

  public DashboardFilter {
    show = show == null ? Show.ALL : show;
    sort = sort == null ? Sort.NUMBER : sort;
    page = Math.max(0, page);
    size = size < 1 || size > 200 ? DEFAULT_SIZE : size;
  }

  public static DashboardFilter all() {
    return new DashboardFilter(null, Show.ALL, Sort.NUMBER, 0, DEFAULT_SIZE);
  }
}
