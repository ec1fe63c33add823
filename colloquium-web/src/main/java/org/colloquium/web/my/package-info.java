/**
 * "My area", what signed-in people see of their own: one sub-package per feature (home, profile,
 * tokens, submissions).
 */
package org.colloquium.web.my;
