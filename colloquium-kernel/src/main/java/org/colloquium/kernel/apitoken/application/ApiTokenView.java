package org.colloquium.kernel.apitoken.application;

import java.io.Serializable;
import java.time.Instant;

/** An active token as its owner sees it in the list: never its secret. */
public record ApiTokenView(Long id, String name, Instant createdAt, Instant lastUsedAt)
    implements Serializable {}
