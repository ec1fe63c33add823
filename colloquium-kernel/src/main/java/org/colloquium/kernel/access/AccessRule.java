package org.colloquium.kernel.access;

import java.util.Map;

/**
 * Who may open a page. Each module supplies the rules of its own pages as CDI beans (events: the
 * organisers of the event in the address); a {@link Route} names its rule by class and the router
 * asks the bean. Anonymous visitors never reach a rule other than {@link AnyVisitor}: they are sent
 * to sign in first.
 *
 * <p>Every rule carries {@link Admits}, which says whom it lets in among the demo cast; the
 * permission walk of colloquium-tests checks the rule's real answers against it on every route.
 */
public interface AccessRule {

  /**
   * Whether this signed-in visitor may open a page whose address carried these parameters (for
   * example {@code slug}).
   */
  boolean admits(Visitor visitor, Map<String, String> parameters);
}
