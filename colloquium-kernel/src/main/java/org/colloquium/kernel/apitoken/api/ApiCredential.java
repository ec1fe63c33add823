package org.colloquium.kernel.apitoken.api;

/** Who a request's token stands for, and what it lets them do. */
public record ApiCredential(Long accountId, ApiTokenScope scope) {}
