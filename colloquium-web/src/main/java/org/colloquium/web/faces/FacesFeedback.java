package org.colloquium.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.colloquium.kernel.limits.api.TooManyRequestsException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.omnifaces.util.Messages;

/**
 * Shows what the domain found wrong next to the field it concerns: the message goes to the input
 * with the problem's field name inside the form, the input is marked invalid (so it gets {@code
 * aria-invalid} and the error style) and keeps what the user typed. Plain page messages go through
 * OmniFaces' {@code Messages}, with keys of the {@code msg} bundle ({@link BundleMessages}).
 */
@RequestScoped
public class FacesFeedback {

  @Inject FacesContext faces;
  @Inject Clock clock;

  public void show(ValidationException problems, String formId) {
    for (Problem problem : problems.problems()) {
      String text = text(problem);
      FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
      UIComponent input =
          problem.field().isEmpty()
              ? null
              : faces.getViewRoot().findComponent(formId + ":" + problem.field());
      if (input instanceof UIInput field) {
        keepTypedValue(field);
        field.setValid(false);
        faces.addMessage(field.getClientId(faces), message);
      } else {
        faces.addMessage(null, message);
      }
    }
    faces.validationFailed();
  }

  /**
   * As {@link #show}, for a form whose inputs repeat (one per criterion of a review form), where a
   * problem's field cannot be found as a component: {@code inputOf} gives the input's client id
   * within the form for a field (null: the top of the page), and the message is shown beside it.
   *
   * @return whether any message went beside an input
   */
  public boolean showBeside(
      ValidationException problems, String formId, Function<String, String> inputOf) {
    boolean beside = false;
    for (Problem problem : problems.problems()) {
      String text = text(problem);
      FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
      String input = problem.field().isEmpty() ? null : inputOf.apply(problem.field());
      if (input != null) {
        faces.addMessage(formId + ":" + input, message);
        beside = true;
      } else {
        faces.addMessage(null, message);
      }
    }
    faces.validationFailed();
    return beside;
  }

  /**
   * An invalid input with no submitted value renders empty (PrimeFaces assumes the user cleared
   * it); put back what the user typed, which the bean still holds.
   */
  private void keepTypedValue(UIInput field) {
    Object value = field.getValue();
    if (value != null && field.getSubmittedValue() == null) {
      Converter<Object> converter = field.getConverter();
      field.setSubmittedValue(
          converter == null ? value.toString() : converter.getAsString(faces, field, value));
    }
  }

  /**
   * A client address that used up its allowance: says in how many minutes (rounded up) to try
   * again. What was typed stays in the form; the bean clears the password itself.
   */
  public void tooManyRequests(TooManyRequestsException refused) {
    Messages.addGlobalError("limits.tooManyRequests", minutesUntil(clock, refused.retryAt()));
  }

  /** Whole minutes from now until {@code then}, at least one. */
  public static long minutesUntil(Clock clock, Instant then) {
    return Math.max(1, (Duration.between(clock.instant(), then).toSeconds() + 59) / 60);
  }

  /** The text of {@code key} in the page's language (see {@link BundleMessages#text}). */
  public String text(String key, Object... arguments) {
    return BundleMessages.text(key, arguments);
  }

  private String text(Problem problem) {
    return text(problem.messageKey(), problem.arguments().toArray());
  }
}
