package org.colloquium.web.submissions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.colloquium.events.api.CallDetails;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.api.AuthorEntry;
import org.colloquium.submissions.api.ChangeRefusedException;
import org.colloquium.submissions.api.ConflictException;
import org.colloquium.submissions.api.FileUpload;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.SubmissionChange;
import org.colloquium.submissions.api.SubmissionInput;
import org.colloquium.submissions.api.SubmissionSaved;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.api.SubmissionView;
import org.colloquium.submissions.api.Submitting;
import org.colloquium.submissions.api.WordCount;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.manage.Uploads;
import org.colloquium.web.security.SignedIn;

/**
 * The abstract form, for a new submission ({@code /events/{slug}/submit}) and for changing one
 * ({@code /my/submissions/{submission}/edit}). Holds what was typed for as long as the view lives,
 * so a refused save (bad input, a conflict, the deadline) shows it again. The idempotency key is
 * made with the view: posting the same form twice (a double click, a retry) creates one submission.
 */
@Named
@ViewScoped
public class SubmitAbstract implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "submission";
  private static final String PRESENTING = FORM + ":presenting";

  @Inject MySubmissions mySubmissions;
  @Inject Submitting submitting;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;
  @Inject SubmissionTexts texts;
  @Inject LocaleSelection locale;

  private final String idempotencyKey = UUID.randomUUID().toString();

  private String slug;
  private String submission;
  private String done;
  private boolean cleared;
  private boolean loaded;
  private SubmissionView view;
  private int version;
  private String refusal;
  private final Map<String, String> authorErrors = new LinkedHashMap<>();

  private String title;
  private String abstractText;
  private String keywords;
  private Long trackId;
  private Long typeId;
  private String language;
  private List<AuthorRow> authors = new ArrayList<>();
  private int presenting = -1;
  private boolean stripMetadata;
  private transient Part file;

  /** A language of the form's select, named in the visitor's language. */
  public record LanguageChoice(String code, String name) implements Serializable {}

  public void load() {
    if (loaded) {
      return;
    }
    try {
      view =
          submission == null
              ? mySubmissions.blankForm(signedIn.accountId(), slug)
              : mySubmissions.view(signedIn.accountId(), Long.valueOf(submission));
    } catch (NotFoundException | NumberFormatException e) {
      Pages.notFound();
      return;
    }
    fill(view);
    loaded = true;
    announce();
  }

  private void fill(SubmissionView v) {
    version = v.version();
    SubmissionInput input = v.input();
    title = input.title();
    abstractText = input.abstractText();
    keywords = String.join(", ", input.keywords());
    trackId = input.trackId();
    typeId = input.presentationTypeId();
    language = input.language();
    authors = new ArrayList<>();
    presenting = -1;
    for (AuthorEntry entry : input.authors()) {
      if (entry.presenting() && presenting < 0) {
        presenting = authors.size();
      }
      authors.add(AuthorRow.of(entry));
    }
  }

  public void saveDraft() {
    save(false);
  }

  public void submit() {
    save(true);
  }

  private void save(boolean submit) {
    readPresenting();
    authorErrors.clear();
    if (isReadOnly()) {
      return;
    }
    try {
      SubmissionChange change = new SubmissionChange(input(), upload(), stripMetadata, submit);
      SubmissionSaved saved =
          view.isNew()
              ? submitting.create(signedIn.accountId(), slug, idempotencyKey, change)
              : submitting.update(signedIn.accountId(), view.id(), version, change);
      afterSave(saved, submit);
    } catch (ValidationException e) {
      show(e);
    } catch (ChangeRefusedException e) {
      refused(e);
    } catch (ConflictException e) {
      feedback.error("submission.conflict");
    } catch (AccessDeniedException e) {
      feedback.error("submission.readOnly.notAnEditor");
    } catch (NotFoundException e) {
      feedback.error("submission.form.gone");
    }
  }

  /**
   * Post-redirect-get, with what happened in the address ({@code ?done=…}) rather than in the
   * flash: the page that shows the notice also tells the browser which autosaved copies to drop,
   * and nothing depends on the flash cookie surviving the redirect of a multipart post.
   */
  private void afterSave(SubmissionSaved saved, boolean submit) {
    if (submit && saved.state() == SubmissionState.SUBMITTED) {
      Pages.redirect("/my/submissions/" + saved.id() + "?done=received");
    } else if (saved.state() == SubmissionState.SUBMITTED) {
      Pages.redirect("/my/submissions/" + saved.id() + "?done=saved");
    } else {
      Pages.redirect("/my/submissions/" + saved.id() + "/edit?done=draft");
    }
  }

  /** The notice of what the previous request did (see {@link #afterSave}). */
  private void announce() {
    if (view.isNew() || done == null) {
      return;
    }
    switch (done) {
      case "draft" -> feedback.info("submission.form.draftSaved", view.number());
      case "stripped" -> feedback.info("submission.file.stripped");
      case "removed" -> feedback.info("submission.file.removed");
      default -> {
        return;
      }
    }
    cleared = true;
  }

  /** Removes the PDF's metadata now, for the warning of a double-blind call. */
  public void stripMetadataNow() {
    if (fileAction(() -> submitting.stripFileMetadata(signedIn.accountId(), view.id()))) {
      Pages.redirect("/my/submissions/" + view.id() + "/edit?done=stripped");
    }
  }

  public void removeFile() {
    if (fileAction(() -> submitting.removeFile(signedIn.accountId(), view.id()))) {
      Pages.redirect("/my/submissions/" + view.id() + "/edit?done=removed");
    }
  }

  /** Runs a change of the stored file; false (with a message) if it was refused. */
  private boolean fileAction(java.util.function.Supplier<SubmissionSaved> action) {
    readPresenting();
    if (view.isNew() || isReadOnly()) {
      return false;
    }
    try {
      action.get();
      return true;
    } catch (ValidationException e) {
      show(e);
    } catch (ChangeRefusedException e) {
      refused(e);
    } catch (ConflictException e) {
      feedback.error("submission.conflict");
    } catch (AccessDeniedException e) {
      feedback.error("submission.readOnly.notAnEditor");
    } catch (NotFoundException e) {
      feedback.error("submission.form.gone");
    }
    return false;
  }

  public void addAuthor() {
    readPresenting();
    authors.add(new AuthorRow());
  }

  public void removeAuthor(int index) {
    readPresenting();
    if (index < 0 || index >= authors.size()) {
      return;
    }
    authors.remove(index);
    if (presenting == index) {
      presenting = -1;
    } else if (presenting > index) {
      presenting--;
    }
  }

  public void moveAuthor(int index, int by) {
    readPresenting();
    int other = index + by;
    if (index < 0 || other < 0 || index >= authors.size() || other >= authors.size()) {
      return;
    }
    AuthorRow moved = authors.get(index);
    authors.set(index, authors.get(other));
    authors.set(other, moved);
    if (presenting == index) {
      presenting = other;
    } else if (presenting == other) {
      presenting = index;
    }
  }

  /** The radio buttons of the rows are plain inputs sharing one name: read their one value. */
  private void readPresenting() {
    String value =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(PRESENTING);
    if (value == null) {
      return;
    }
    try {
      int index = Integer.parseInt(value);
      presenting = index >= 0 && index < authors.size() ? index : -1;
    } catch (NumberFormatException e) {
      presenting = -1;
    }
  }

  private SubmissionInput input() {
    List<AuthorEntry> entries = new ArrayList<>();
    for (int i = 0; i < authors.size(); i++) {
      entries.add(authors.get(i).entry(i == presenting));
    }
    return new SubmissionInput(
        title, abstractText, splitKeywords(keywords), trackId, typeId, language, entries);
  }

  static List<String> splitKeywords(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
  }

  private FileUpload upload() {
    // Taken, not kept: the view outlives the request, and a part held by it would keep the file's
    // bytes in memory for as long as the session keeps the view.
    Part chosen = file;
    file = null;
    if (chosen == null || chosen.getSize() == 0 || !isFileAllowed()) {
      return null;
    }
    int limit = view.call().maxFileMb() * 1024 * 1024;
    return new FileUpload(Uploads.name(chosen), Uploads.read(chosen, limit));
  }

  /** Problems of an author row go next to that row's field; the rest through FacesFeedback. */
  private void show(ValidationException e) {
    List<Problem> rest = new ArrayList<>();
    for (Problem problem : e.problems()) {
      if (problem.field().startsWith("authors")) {
        String text = feedback.text(problem.messageKey(), problem.arguments().toArray());
        authorErrors.merge(problem.field(), text, (a, b) -> a + " " + b);
      } else {
        rest.add(problem);
      }
    }
    if (rest.isEmpty()) {
      FacesContext.getCurrentInstance().validationFailed();
    } else {
      feedback.show(new ValidationException(rest), FORM);
    }
    feedback.error("submission.form.fixErrors");
  }

  private void refused(ChangeRefusedException e) {
    refusal = texts.readOnly(e.reason(), view.call());
    if (refusal.isEmpty()) {
      refusal = texts.readOnly(e.reason(), e.acceptedUntil(), e.zone());
    }
    feedback.error("submission.form.refused", refusal);
  }

  // What the page asks

  public SubmissionView getView() {
    return view;
  }

  public CallDetails getCall() {
    return view == null ? null : view.call();
  }

  public boolean isReadOnly() {
    return view == null || refusal != null || !view.editable();
  }

  /** Why the form cannot be saved, in words; empty when it can. */
  public String getReadOnlyText() {
    if (refusal != null) {
      return refusal;
    }
    return view == null ? "" : texts.readOnly(view.readOnlyReason(), view.call());
  }

  public boolean isFileAllowed() {
    return view != null && view.call() != null && view.call().pdfPolicy() != PdfPolicy.NOT_ALLOWED;
  }

  public boolean isFileRequired() {
    return view != null && view.call() != null && view.call().pdfPolicy() == PdfPolicy.REQUIRED;
  }

  public boolean isDoubleBlind() {
    return view != null
        && view.call() != null
        && view.call().reviewMode() == ReviewMode.DOUBLE_BLIND;
  }

  public boolean isSubmitted() {
    return view != null && view.state() == SubmissionState.SUBMITTED;
  }

  /** "123 / 300 words", as the script writes it while the author types. */
  public String getWordCountText() {
    int limit = view == null || view.call() == null ? 0 : view.call().wordLimit();
    return feedback
        .text("submission.field.words")
        .replace("{0}", Integer.toString(WordCount.of(abstractText)))
        .replace("{1}", Integer.toString(limit));
  }

  public String authorError(int index, String field) {
    return authorErrors.getOrDefault("authors." + index + "." + field, "");
  }

  public boolean authorInvalid(int index, String field) {
    return authorErrors.containsKey("authors." + index + "." + field);
  }

  /** "Move author 2 up": a row button's name says which author it moves. */
  public String rowLabel(String key, int index) {
    return feedback.text(key, index + 1);
  }

  public String getFileHint() {
    return view == null || view.call() == null
        ? ""
        : feedback.text("submission.file.hint", view.call().maxFileMb());
  }

  public String getAuthorsError() {
    return authorErrors.getOrDefault("authors", "");
  }

  public int getPresenting() {
    return presenting;
  }

  /** ISO 639-1 languages named in the visitor's language, the event's own language first. */
  public List<LanguageChoice> getLanguages() {
    Locale ui = locale.getLocale();
    Collator collator = Collator.getInstance(ui);
    String first =
        view != null && view.call() != null && view.call().eventLanguage() != null
            ? view.call().eventLanguage().code()
            : null;
    List<LanguageChoice> all =
        new ArrayList<>(
            Arrays.stream(Locale.getISOLanguages())
                .map(code -> new LanguageChoice(code, new Locale(code).getDisplayLanguage(ui)))
                .sorted(Comparator.comparing(LanguageChoice::name, collator))
                .toList());
    if (first != null) {
      all.stream()
          .filter(c -> c.code().equals(first))
          .findFirst()
          .ifPresent(
              c -> {
                all.remove(c);
                all.add(0, c);
              });
    }
    return all;
  }

  /**
   * The browser's autosaved copies that are obsolete because the server has just saved the text:
   * the new form's of this event and this submission's.
   */
  public String getClearTyped() {
    return cleared && view != null && !view.isNew()
        ? TypedCopies.newForm(signedIn.accountId(), view.event().slug())
            + " "
            + TypedCopies.submission(signedIn.accountId(), view.id())
        : "";
  }

  /** Where the browser keeps its autosaved copy of this form: per account, never shared. */
  public String getStorageKey() {
    return view == null || view.isNew()
        ? TypedCopies.newForm(signedIn.accountId(), slug)
        : TypedCopies.submission(signedIn.accountId(), view.id());
  }

  /** When the server last saved it (milliseconds), so an older browser copy is not offered. */
  public long getServerSavedAt() {
    return view == null || view.updatedAt() == null ? 0 : view.updatedAt().toEpochMilli();
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  // Form fields

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getSubmission() {
    return submission;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAbstractText() {
    return abstractText;
  }

  public void setAbstractText(String abstractText) {
    this.abstractText = abstractText;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public Long getTrackId() {
    return trackId;
  }

  public void setTrackId(Long trackId) {
    this.trackId = trackId;
  }

  public Long getTypeId() {
    return typeId;
  }

  public void setTypeId(Long typeId) {
    this.typeId = typeId;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<AuthorRow> getAuthors() {
    return authors;
  }

  public boolean isStripMetadata() {
    return stripMetadata;
  }

  public void setStripMetadata(boolean stripMetadata) {
    this.stripMetadata = stripMetadata;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
