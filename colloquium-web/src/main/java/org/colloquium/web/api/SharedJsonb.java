package org.colloquium.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B context for the whole API, with JSON-B's defaults as before. Without a resolver,
 * RESTEasy builds a new context for every body it reads or writes and closes it afterwards, so
 * Yasson inspects the API's classes again on every request; the deadline rush (docs/performance.md)
 * found that to be the largest single cost of an API request. A context is thread-safe.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
