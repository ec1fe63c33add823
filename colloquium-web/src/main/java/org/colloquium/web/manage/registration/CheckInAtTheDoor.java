package org.colloquium.web.manage.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.api.CheckIn;
import org.colloquium.registration.api.CheckIn.Desk;
import org.colloquium.registration.api.CheckIn.Person;
import org.colloquium.registration.api.CheckIn.Result;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SecurityHeaders;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;

/**
 * /manage/events/{slug}/check-in: the door, on a phone or a laptop with a scanner. A ticket's code
 * (scanned by the camera, or typed by a scanner that acts as a keyboard) checks its holder in at
 * once; anyone else is found by name and checked in with one button. The answer stays on the page
 * until the next: who, their state, what they need, and when they came in.
 */
@Named
@ViewScoped
public class CheckInAtTheDoor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CheckIn checkIn;
  @Inject SignedIn signedIn;
  @Inject LocaleSelection locale;

  private String slug;
  private Desk desk;
  private String code;
  private String query;
  private List<Person> found;
  private Result result;

  public void load() {
    // The one page allowed the camera (every other page forbids it): it reads tickets. On every
    // request, the answers to its forms included, so that the next ticket can be filmed too.
    SecurityHeaders.allowCodeReader(Faces.getRequest(), Faces.getResponse());
    if (desk == null) {
      desk = checkIn.desk(signedIn.accountId(), slug);
    }
  }

  public void scan() {
    result = checkIn.byTicket(signedIn.accountId(), slug, code);
    code = null;
    desk = checkIn.desk(signedIn.accountId(), slug);
  }

  public void search() {
    found = checkIn.search(signedIn.accountId(), slug, query);
  }

  public void checkIn(Person person) {
    result = checkIn.byRegistration(signedIn.accountId(), slug, person.id());
    desk = checkIn.desk(signedIn.accountId(), slug);
    found = checkIn.search(signedIn.accountId(), slug, query);
  }

  public Desk getDesk() {
    return desk;
  }

  public Result getResult() {
    return result;
  }

  public List<Person> getFound() {
    return found;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** The helper's language: the organisers' questions are labelled in it. */
  public Language getLanguage() {
    return locale.current();
  }
}
