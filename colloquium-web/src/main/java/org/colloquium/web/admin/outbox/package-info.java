/** The mail outbox as administrators see it: mails by state, and sending one again. */
package org.colloquium.web.admin.outbox;
