/**
 * The mail outbox: every mail is first a row written in the same transaction as the change that
 * causes it, then delivered after commit with retries. The rules of its life cycle (states,
 * back-off, giving up) live here.
 */
package org.colloquium.kernel.mail.domain;
