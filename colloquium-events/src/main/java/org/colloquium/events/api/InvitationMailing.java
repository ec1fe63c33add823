package org.colloquium.events.api;

/**
 * Whether an invitation that was saved also went out by mail, and the daily quotas that can keep it
 * from going (for the page that says so).
 */
public record InvitationMailing(boolean mailed, int perOrganiserPerDay, int perAddressPerDay) {}
