/**
 * Writing mails into the outbox (in the caller's transaction) and delivering them after commit:
 * templates per language, the sender that claims due rows and talks SMTP, and the administrator's
 * view of the outbox.
 */
package org.colloquium.kernel.mail.application;
