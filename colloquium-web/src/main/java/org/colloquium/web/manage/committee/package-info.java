/** An event's committee: members with their roles, and invitations by mail. */
package org.colloquium.web.manage.committee;
