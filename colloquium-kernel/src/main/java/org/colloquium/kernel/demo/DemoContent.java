package org.colloquium.kernel.demo;

/**
 * A module's share of the demo data. Implementations are CDI beans; they run in ascending {@link
 * #order()} (accounts first, then events, and so on down the dependency chain), all in one
 * transaction (see {@link DemoLoader}).
 */
public interface DemoContent {

  int order();

  void load();

  /**
   * Whether something of this content that must not stay in production is in the database (the demo
   * accounts, whose password is published): the start-up warns as long as it is.
   */
  default boolean publishedSecretsPresent() {
    return false;
  }
}
