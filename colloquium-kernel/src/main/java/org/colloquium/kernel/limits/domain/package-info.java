/**
 * The limits themselves and the rules that combine them, free of persistence: {@link
 * org.colloquium.kernel.limits.domain.Limit} (how many per how long, as a Bucket4j configuration),
 * {@link org.colloquium.kernel.limits.domain.Limits} (every limit the site applies), the sign-in
 * gate that counts per client address and per account and client, and the mail quota that needs
 * both a sender's and a recipient's allowance. They work on any Bucket4j bucket, so tests use local
 * buckets on a test clock.
 */
package org.colloquium.kernel.limits.domain;
