/**
 * The programme module's published face: what organisers do to build and publish a programme
 * ({@link org.colloquium.programme.api.ProgrammeEditing}, {@link
 * org.colloquium.programme.api.ProgrammePublishing}), what the public reads of the last release
 * ({@link org.colloquium.programme.api.PublishedProgrammes}) and the records of a release ({@link
 * org.colloquium.programme.api.PublishedProgramme}), from which the pages, feeds and PDFs are all
 * derived.
 */
package org.colloquium.programme.api;
