/**
 * The limits area's face: rate limits per client and per account, mail quotas, and the refusal a
 * caller turns into "too many requests".
 */
package org.colloquium.kernel.limits.api;
