package org.colloquium.web.manage.reviews;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.DashboardFilter;
import org.colloquium.reviews.api.DashboardRow;
import org.colloquium.reviews.api.DecisionDashboard;
import org.colloquium.reviews.api.DecisionInput;
import org.colloquium.reviews.api.DecisionView;
import org.colloquium.reviews.api.Outcome;
import org.colloquium.reviews.api.ReviewDecisions;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/reviews/decisions: the organisers' dashboard of an event's review, with
 * filters in the address (so that a filtered list can be bookmarked and shared), and the decision
 * form of the submission chosen in the table ({@code ?decide=N}).
 */
@Named
@ViewScoped
public class DecideSubmissions implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "decide";

  @Inject ReviewDecisions decisions;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private Long track;
  private String show;
  private String sort;
  private int page;
  private Integer decide;
  private DecisionDashboard dashboard;
  private final DecisionFields form = new DecisionFields();

  public void load() {
    if (dashboard != null) {
      return;
    }
    dashboard = decisions.dashboard(signedIn.accountId(), slug, filter());
    if (decide != null) {
      Optional<DashboardRow> row = getChosen();
      row.map(DashboardRow::decision).ifPresent(form::fill);
    }
  }

  private DashboardFilter filter() {
    return new DashboardFilter(
        track,
        parse(DashboardFilter.Show.class, show, DashboardFilter.Show.ALL),
        parse(DashboardFilter.Sort.class, sort, DashboardFilter.Sort.NUMBER),
        page,
        DashboardFilter.DEFAULT_SIZE);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, E otherwise) {
    if (text == null) {
      return otherwise;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(text)) {
        return value;
      }
    }
    return otherwise;
  }

  /** The submission whose decision form is open, if it is on this page and may be decided. */
  public Optional<DashboardRow> getChosen() {
    if (decide == null || dashboard == null) {
      return Optional.empty();
    }
    return dashboard.rows().stream()
        .filter(r -> r.number() == decide && !r.conflicted())
        .findFirst();
  }

  public void save() {
    Integer other;
    try {
      other = form.otherNumber();
    } catch (NumberFormatException e) {
      feedback.show(
          new ValidationException(Problem.of("other", "manage.decisions.other.notNumber")), FORM);
      return;
    }
    try {
      decisions.decide(
          signedIn.accountId(),
          slug,
          new DecisionInput(
              decide, form.outcome(), form.getTypeId(), form.getTrackId(), other, form.getNote()));
    } catch (ValidationException e) {
      feedback.show(e, FORM);
      return;
    }
    Messages.addGlobalInfo("manage.decisions.saved", decide);
    backToList();
  }

  public void retract() {
    try {
      decisions.undecide(signedIn.accountId(), slug, decide);
    } catch (ValidationException e) {
      feedback.show(e, FORM);
      return;
    }
    Messages.addGlobalInfo("manage.decisions.retracted", decide);
    backToList();
  }

  private void backToList() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect(listAddress(page) + "#row-" + decide);
  }

  /** The dashboard's address with the current filters and {@code page}, for links and redirects. */
  public String listAddress(int page) {
    Map<String, String> params = new LinkedHashMap<>();
    if (track != null) {
      params.put("track", track.toString());
    }
    if (show != null) {
      params.put("show", show);
    }
    if (sort != null) {
      params.put("sort", sort);
    }
    if (page > 0) {
      params.put("page", Integer.toString(page));
    }
    List<String> pairs = new ArrayList<>();
    params.forEach((k, v) -> pairs.add(k + "=" + v));
    return Faces.getRequestContextPath()
        + "/manage/events/"
        + slug
        + "/reviews/decisions"
        + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
  }

  /** The address that opens the decision form of {@code number}, keeping the filters. */
  public String decideAddress(int number) {
    String list = listAddress(page);
    return list + (list.contains("?") ? "&" : "?") + "decide=" + number + "#decide-heading";
  }

  public int getPages() {
    return dashboard == null
        ? 0
        : Math.max(
            1,
            (dashboard.matching() + DashboardFilter.DEFAULT_SIZE - 1)
                / DashboardFilter.DEFAULT_SIZE);
  }

  public List<Outcome> getOutcomes() {
    return List.of(Outcome.values());
  }

  public List<DashboardFilter.Show> getShows() {
    return List.of(DashboardFilter.Show.values());
  }

  public List<DashboardFilter.Sort> getSorts() {
    return List.of(DashboardFilter.Sort.values());
  }

  /** The highest bar of the histogram, for scaling the bars (at least 1). */
  public int getHistogramMax() {
    return dashboard == null
        ? 1
        : Math.max(1, dashboard.histogram().stream().mapToInt(Integer::intValue).max().orElse(1));
  }

  /** The submissions the organiser looking wrote, as "#3, #5". */
  public String getAuthorOfNumbers() {
    return dashboard == null
        ? ""
        : String.join(", ", dashboard.authorOf().stream().map(n -> "#" + n).toList());
  }

  public DecisionDashboard getDashboard() {
    return dashboard;
  }

  public DecisionFields getForm() {
    return form;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Long getTrack() {
    return track;
  }

  public void setTrack(Long track) {
    this.track = track;
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }

  public Integer getDecide() {
    return decide;
  }

  public void setDecide(Integer decide) {
    this.decide = decide;
  }

  /** The decision form, as typed. */
  public static class DecisionFields implements Serializable {
    private static final long serialVersionUID = 1L;

    private String outcome;
    private Long typeId;
    private Long trackId;
    private String other;
    private String note;

    void fill(DecisionView decision) {
      outcome = decision.outcome().name();
      typeId = decision.typeId();
      trackId = decision.trackId();
      other = decision.otherNumber() == null ? null : decision.otherNumber().toString();
      note = decision.note();
    }

    Outcome outcome() {
      return outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome);
    }

    Integer otherNumber() {
      return other == null || other.isBlank()
          ? null
          : Integer.valueOf(other.strip().replaceFirst("^#", ""));
    }

    public String getOutcome() {
      return outcome;
    }

    public void setOutcome(String outcome) {
      this.outcome = outcome;
    }

    public Long getTypeId() {
      return typeId;
    }

    public void setTypeId(Long typeId) {
      this.typeId = typeId;
    }

    public Long getTrackId() {
      return trackId;
    }

    public void setTrackId(Long trackId) {
      this.trackId = trackId;
    }

    public String getOther() {
      return other;
    }

    public void setOther(String other) {
      this.other = other;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }
}
