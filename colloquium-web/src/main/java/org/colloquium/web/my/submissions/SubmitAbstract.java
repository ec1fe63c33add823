package org.colloquium.web.my.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.colloquium.events.api.CallDetails;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.api.ChangeRefusedException;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.SubmissionChange;
import org.colloquium.submissions.api.SubmissionSaved;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.api.SubmissionView;
import org.colloquium.submissions.api.Submitting;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.PathIds;
import org.colloquium.web.i18n.Languages;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The abstract form, for a new submission ({@code /events/{slug}/submit}) and for changing one
 * ({@code /my/submissions/{submission}/edit}). Holds what was typed for as long as the view lives,
 * so a refused save (bad input, a conflict, the deadline) shows it again; the fields are in {@link
 * AbstractFields}, the PDF in {@link AbstractFile}. The idempotency key is made with the view:
 * posting the same form twice (a double click, a retry) creates one submission.
 */
@Named
@ViewScoped
public class SubmitAbstract implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "submission";

  @Inject MySubmissions mySubmissions;
  @Inject Submitting submitting;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;
  @Inject SubmissionTexts texts;
  @Inject Languages languages;
  @Inject AbstractFile file;

  private final String idempotencyKey = UUID.randomUUID().toString();

  private String slug;
  private String submission;
  private String done;
  private boolean cleared;
  private SubmissionView view;
  private String refusal;
  private AbstractFields form;

  public void load() {
    if (form != null) {
      return;
    }
    view =
        submission == null
            ? mySubmissions.blankForm(signedIn.accountId(), slug)
            : mySubmissions.view(signedIn.accountId(), PathIds.id(submission));
    form = AbstractFields.of(view.input());
    cleared = AfterSave.announceOnForm(done, view);
  }

  public void saveDraft() {
    save(false);
  }

  public void submit() {
    save(true);
  }

  private void save(boolean submit) {
    readPresenting();
    form.clearAuthorProblems();
    if (isReadOnly()) {
      return;
    }
    SubmissionSaved saved =
        attempt(
            () -> {
              var change =
                  new SubmissionChange(form.input(), file.upload(), file.isStripMetadata(), submit);
              return view.isNew()
                  ? submitting.create(signedIn.accountId(), slug, idempotencyKey, change)
                  : submitting.update(signedIn.accountId(), view.id(), view.version(), change);
            });
    if (saved != null) {
      AfterSave.redirect(saved, submit);
    }
  }

  /** Runs a change of the stored file ({@link AbstractFile}); false if it was refused. */
  boolean changeFile(Function<Long, SubmissionSaved> change) {
    readPresenting();
    return !view.isNew() && !isReadOnly() && attempt(() -> change.apply(view.id())) != null;
  }

  /**
   * Runs a write; null, with the reason on the page, if it was refused. A conflict with somebody
   * else's save is the page exception handler's message.
   */
  private SubmissionSaved attempt(Supplier<SubmissionSaved> write) {
    try {
      return write.get();
    } catch (ValidationException e) {
      show(e);
    } catch (ChangeRefusedException e) {
      refused(e);
    } catch (AccessDeniedException e) {
      Messages.addGlobalError("submission.readOnly.notAnEditor");
    } catch (NotFoundException e) {
      Messages.addGlobalError("submission.form.gone");
    }
    return null;
  }

  public void addAuthor() {
    readPresenting();
    form.addAuthor();
  }

  public void removeAuthor(int index) {
    readPresenting();
    form.removeAuthor(index);
  }

  public void moveAuthor(int index, int by) {
    readPresenting();
    form.moveAuthor(index, by);
  }

  /** The radio buttons of the rows are plain inputs sharing one name, outside JSF's binding. */
  private void readPresenting() {
    form.choosePresenting(Faces.getRequestParameter(FORM + ":presenting"));
  }

  /** Problems of an author row go next to that row's field; the rest through FacesFeedback. */
  private void show(ValidationException e) {
    List<Problem> rest =
        form.keepAuthorProblems(
            e.problems(), p -> feedback.text(p.messageKey(), p.arguments().toArray()));
    if (rest.isEmpty()) {
      Faces.validationFailed();
    } else {
      feedback.show(new ValidationException(rest), FORM);
    }
    Messages.addGlobalError("submission.form.fixErrors");
  }

  private void refused(ChangeRefusedException e) {
    refusal = texts.refusal(e, view.call());
    Messages.addGlobalError("submission.form.refused", refusal);
  }

  public AbstractFields getForm() {
    return form;
  }

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
    return view == null ? "" : texts.readOnly(view);
  }

  public boolean isSubmitted() {
    return view != null && view.state() == SubmissionState.SUBMITTED;
  }

  /** "123 / 300 words", as the script writes it while the author types. */
  public String getWordCountText() {
    return texts.words(form == null ? null : form.getAbstractText(), getCall());
  }

  /** ISO 639-1 languages named in the visitor's language, the event's own language first. */
  public List<Languages.LanguageChoice> getLanguages() {
    CallDetails call = getCall();
    return languages.startingWith(
        call != null && call.eventLanguage() != null ? call.eventLanguage().code() : null);
  }

  /**
   * The browser's autosaved copies that are obsolete because the server has just saved the text:
   * the new form's of this event and this submission's.
   */
  public String getClearTyped() {
    return cleared ? TypedCopies.savedOf(signedIn.accountId(), view) : "";
  }

  /** Where the browser keeps its autosaved copy of this form: per account, never shared. */
  public String getStorageKey() {
    return TypedCopies.of(signedIn.accountId(), slug, view);
  }

  /** When the server last saved it (milliseconds), so an older browser copy is not offered. */
  public long getServerSavedAt() {
    return view == null || view.updatedAt() == null ? 0 : view.updatedAt().toEpochMilli();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getSubmission() {
    return submission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }
}
