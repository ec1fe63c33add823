package org.colloquium.web.site.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.text.Markdown;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.web.security.SignedIn;

/**
 * /events/{slug}/programme/contributions/{contribution}: one contribution of the last release, with
 * its abstract, authors and affiliations, and the session it is in. A contribution that is in no
 * release (or no longer) answers 404.
 */
@Named
@RequestScoped
public class ContributionPage {

  @Inject PublishedProgrammes programmes;
  @Inject SignedIn signedIn;

  private String slug;
  private String contribution;
  private PublishedProgramme programme;
  private ProgrammeContribution current;
  private ProgrammeSession session;

  public void load() {
    programme =
        programmes
            .current(slug, signedIn.accountId())
            .orElseThrow(() -> new NotFoundException("no published programme of " + slug));
    for (ProgrammeSession s : programme.sessions()) {
      for (ProgrammeContribution c : s.contributions()) {
        if (c.id().toString().equals(contribution)) {
          current = c;
          session = s;
        }
      }
    }
    if (current == null) {
      throw new NotFoundException("no contribution " + contribution + " in " + slug);
    }
  }

  /** The abstract as HTML: commonmark, then the kernel's sanitising policy. */
  public String getAbstractHtml() {
    return Markdown.toSafeHtml(current.abstractMarkdown());
  }

  public String getRoomName() {
    return programme.roomName(session.roomId());
  }

  public String getTrackName() {
    return programme.trackName(current.trackId());
  }

  public PublishedProgramme getProgramme() {
    return programme;
  }

  public ProgrammeContribution getCurrent() {
    return current;
  }

  public ProgrammeSession getSession() {
    return session;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getContribution() {
    return contribution;
  }

  public void setContribution(String contribution) {
    this.contribution = contribution;
  }
}
