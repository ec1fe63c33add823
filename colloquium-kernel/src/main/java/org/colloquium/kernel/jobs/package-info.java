/**
 * Start-up and timed work that modules contribute themselves: the web layer fires {@link
 * org.colloquium.kernel.jobs.ApplicationReady} once the schema is migrated, areas observe it, and
 * every {@link org.colloquium.kernel.jobs.TimedJob} bean of any module is scheduled on the server's
 * managed scheduler. Adding a job means adding a bean in its own module, nothing else.
 */
package org.colloquium.kernel.jobs;
