package org.colloquium.kernel.apitoken.application;

import org.colloquium.kernel.apitoken.domain.ApiTokenScope;

/** Who a request's token stands for, and what it lets them do. */
public record ApiCredential(Long accountId, ApiTokenScope scope) {}
