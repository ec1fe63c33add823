/**
 * What other tools read of a published programme release: the iCalendar feed (whole programme and a
 * visitor's own agenda), the frab-compatible {@code schedule.xml}/{@code schedule.json} that
 * conference apps and recording tools consume, the Atom feed of an event's releases, and the
 * calendar file mailed to speakers whose slots a release changed.
 *
 * <p>The writers are plain Java over the {@link org.colloquium.programme.api.PublishedProgramme}
 * records, with no CDI or JPA, so the web layer only picks the release and streams the answer; the
 * addresses they print come from {@link org.colloquium.programme.domain.feeds.FeedLinks}.
 */
package org.colloquium.programme.domain.feeds;
