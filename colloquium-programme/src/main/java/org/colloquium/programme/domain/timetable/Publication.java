package org.colloquium.programme.domain.timetable;

import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.PublicationView;

/**
 * What a release shows of a contribution, given what its authors agreed to: the whole of it, or
 * without the abstract, or without the affiliations (and their countries). Applied when a release
 * is frozen, so the web page, the feeds, the API and the PDFs (all read from the release) agree.
 */
public final class Publication {

  private Publication() {}

  public static ProgrammeContribution shown(
      ProgrammeContribution contribution, PublicationView.Choice choice) {
    if (choice.abstractPublished() && choice.affiliationsPublished()) {
      return contribution;
    }
    return new ProgrammeContribution(
        contribution.id(),
        contribution.sessionId(),
        contribution.submissionNumber(),
        contribution.title(),
        choice.abstractPublished() ? contribution.abstractMarkdown() : null,
        contribution.keywords(),
        contribution.language(),
        contribution.trackId(),
        contribution.typeName(),
        contribution.poster(),
        contribution.board(),
        contribution.start(),
        contribution.end(),
        choice.affiliationsPublished()
            ? contribution.authors()
            : contribution.authors().stream()
                .map(
                    a ->
                        new ProgrammeAuthor(
                            a.fullName(), a.familyName(), null, null, a.presenting()))
                .toList());
  }
}
