/**
 * Registration's pages and their access rules: {@code /events/{slug}/register} for signed-in
 * people, the settings and the registrants' list under {@code /manage/events/{slug}} for the
 * event's organisers.
 */
package org.colloquium.registration.routes;
