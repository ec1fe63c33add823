/** Storing uploaded bytes once (deduplicated by content) and reading them back for serving. */
package org.colloquium.kernel.files.application;
