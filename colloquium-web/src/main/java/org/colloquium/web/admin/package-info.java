/** Pages for platform administrators: one sub-package per feature (home, outbox). */
package org.colloquium.web.admin;
