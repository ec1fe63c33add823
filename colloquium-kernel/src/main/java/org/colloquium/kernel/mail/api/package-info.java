/**
 * The mail area's face: the outbox that modules write mails to in their own transaction, and the
 * administrators' view of it.
 */
package org.colloquium.kernel.mail.api;
