package org.colloquium.web.site.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.programme.api.ReleaseSummary;
import org.colloquium.web.security.SignedIn;

/** /events/{slug}/programme/releases: every release of the programme with its changelog. */
@Named
@RequestScoped
public class ReleasesPage {

  @Inject PublishedProgrammes programmes;
  @Inject SignedIn signedIn;

  private String slug;
  private PublishedProgramme current;
  private List<ReleaseSummary> releases;

  public void load() {
    current =
        programmes
            .current(slug, signedIn.accountId())
            .orElseThrow(() -> new NotFoundException("no published programme of " + slug));
    releases = programmes.releases(slug, signedIn.accountId());
  }

  /** A changelog's lines, for a list. */
  public List<String> lines(String changelog) {
    return changelog == null || changelog.isBlank()
        ? List.of()
        : changelog.lines().filter(l -> !l.isBlank()).toList();
  }

  public PublishedProgramme getCurrent() {
    return current;
  }

  public List<ReleaseSummary> getReleases() {
    return releases;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
