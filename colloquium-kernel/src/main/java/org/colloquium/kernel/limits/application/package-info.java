/**
 * The buckets in the database (a Bucket4j proxy manager over the {@code rate_limit_bucket} table,
 * portable between H2 and PostgreSQL) and the services that apply the limits: per client address
 * for the anonymous forms and the API, per account and recipient for mails.
 */
package org.colloquium.kernel.limits.application;
