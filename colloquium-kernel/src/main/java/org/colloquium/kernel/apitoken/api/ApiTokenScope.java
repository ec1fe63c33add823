package org.colloquium.kernel.apitoken.api;

/**
 * What a token may do. A read-only token is enough for a script that only reports, and a leaked one
 * cannot change anything: it may call the API's GET (and HEAD) endpoints only.
 */
public enum ApiTokenScope {
  /** GET and HEAD only; any other method answers 403. */
  READ_ONLY,
  /** Everything its owner may do through the API. */
  READ_WRITE;

  /** Whether a request with this HTTP method is within the scope. */
  public boolean allows(String httpMethod) {
    return this == READ_WRITE
        || "GET".equalsIgnoreCase(httpMethod)
        || "HEAD".equalsIgnoreCase(httpMethod);
  }

  /** The name the API uses for it, in problems and in the documentation. */
  public String apiName() {
    return this == READ_ONLY ? "read-only" : "read-write";
  }
}
