package org.colloquium.web.site.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.web.security.SignedIn;

/**
 * /events/{slug}/programme/sessions/{session}: one session of the last release with its chairs and
 * contributions, the page the feeds link a session to. A session in no release answers 404.
 */
@Named
@RequestScoped
public class SessionPage {

  @Inject PublishedProgrammes programmes;
  @Inject SignedIn signedIn;

  private String slug;
  private String session;
  private PublishedProgramme programme;
  private ProgrammeSession current;

  public void load() {
    programme =
        programmes
            .current(slug, signedIn.accountId())
            .orElseThrow(() -> new NotFoundException("no published programme of " + slug));
    current =
        programme.sessions().stream()
            .filter(s -> s.id().toString().equals(session))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("no session " + session + " in " + slug));
  }

  public String getRoomName() {
    return programme.roomName(current.roomId());
  }

  public String getTrackName() {
    return programme.trackName(current.trackId());
  }

  public PublishedProgramme getProgramme() {
    return programme;
  }

  public ProgrammeSession getCurrent() {
    return current;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }
}
