package org.colloquium.kernel.apitoken.api;

import java.io.Serializable;

/** A token just created, with its secret: the only time the secret exists outside its owner. */
public record CreatedApiToken(ApiTokenView token, String secret) implements Serializable {}
