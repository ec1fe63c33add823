package org.colloquium.kernel.access;

/** A signed-in visitor, as access rules see them. */
public record Visitor(long accountId, boolean administrator) {}
