/**
 * The organisers' programme pages: the editor with its grid per day, warnings and unscheduled
 * contributions ({@code ProgrammeEditor}), a session's form ({@code EditSession}), a contribution's
 * keyboard move form ({@code MoveContribution}), rooms ({@code ManageRooms}), when speakers and
 * rooms cannot be used ({@code SpeakerAvailability}) and publishing ({@code PublishProgramme}).
 */
package org.colloquium.web.manage.programme;
