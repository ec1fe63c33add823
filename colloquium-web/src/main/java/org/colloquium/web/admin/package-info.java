/** Pages for platform administrators: an overview and the mail outbox. */
package org.colloquium.web.admin;
