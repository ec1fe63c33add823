/**
 * Rate limits and quotas: how often one client address, account or mailbox may do something that
 * costs the site (a PBKDF2 hash, a mail to a stranger). Token buckets from Bucket4j whose state is
 * kept in the database, so that every node of a cluster counts the same.
 */
package org.colloquium.kernel.limits;
