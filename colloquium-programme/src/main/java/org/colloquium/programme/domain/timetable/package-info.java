/**
 * Rules about a timetable, as pure functions of plain records so that unit tests reach every case:
 * when each contribution runs ({@link org.colloquium.programme.domain.timetable.Sequencing}), what
 * is wrong with it ({@link org.colloquium.programme.domain.timetable.Warnings}), what changed
 * between two releases ({@link org.colloquium.programme.domain.timetable.Changelog}), and which
 * speakers a new release moved ({@link org.colloquium.programme.domain.timetable.SpeakerChanges}).
 */
package org.colloquium.programme.domain.timetable;
