/**
 * The programme module's services, each the transaction boundary of what it does: {@link
 * org.colloquium.programme.application.DefaultProgrammeEditing} (the organisers' editor), {@link
 * org.colloquium.programme.application.DefaultProgrammePublishing} (releases, their changelog and
 * the mails to speakers they move) and {@link
 * org.colloquium.programme.application.DefaultPublishedProgrammes} (what the public reads). They
 * read submissions, decisions and events only through those modules' faces.
 */
package org.colloquium.programme.application;
