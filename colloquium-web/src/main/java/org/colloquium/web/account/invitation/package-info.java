/** Accepting an invitation to an event's committee through the link in its mail. */
package org.colloquium.web.account.invitation;
