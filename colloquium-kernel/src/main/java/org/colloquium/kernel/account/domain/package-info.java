/**
 * People who use Colloquium and the rules about them: who they are (account and profile), how they
 * prove it (passwords, single-use tokens, sign-in throttling) and what they may do on the whole
 * platform (roles). Per-event roles belong to the events module.
 */
package org.colloquium.kernel.account.domain;
