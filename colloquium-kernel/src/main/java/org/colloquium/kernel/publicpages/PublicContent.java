package org.colloquium.kernel.publicpages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that public pages show: inserting, changing or deleting one invalidates every
 * cached public page on every node ({@link PublicContentListener}). Mark too much rather than too
 * little: a needless invalidation costs one rendering per page, a missing one shows stale pages.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicContent {}
