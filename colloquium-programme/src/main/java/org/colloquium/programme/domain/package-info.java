/**
 * The programme's entities and rules, private to the module: rooms, the timetable being built
 * ({@link org.colloquium.programme.domain.TimetableSession}s holding {@link
 * org.colloquium.programme.domain.Contribution}s that run one after the other), when speakers and
 * rooms cannot be used, and the published {@link org.colloquium.programme.domain.Release}s. The
 * rules about a timetable (its warnings, the changelog between two releases) are pure functions in
 * {@code domain.timetable}, tested without a container.
 */
package org.colloquium.programme.domain;
