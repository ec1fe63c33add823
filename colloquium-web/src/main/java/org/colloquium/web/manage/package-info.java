/**
 * Event management pages for organisers, one sub-package per feature (events, calls, committee,
 * news, submissions). The router has already checked that the caller may manage the event in the
 * address; the services check again.
 */
package org.colloquium.web.manage;
