/**
 * The public programme of an event, always from its last published release: the programme by day
 * with filters ({@code ProgrammePage}), a contribution's page ({@code ContributionPage}) and the
 * releases with their changelogs ({@code ReleasesPage}). Request-scoped and stateless, so anonymous
 * visitors are answered from the page cache.
 */
package org.colloquium.web.site.programme;
