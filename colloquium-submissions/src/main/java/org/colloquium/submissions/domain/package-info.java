/**
 * Rules about submitted work that need no database: whether an uploaded PDF may be accepted, what
 * it reveals about its authors in a double-blind call, and how to strip its metadata.
 */
package org.colloquium.submissions.domain;
