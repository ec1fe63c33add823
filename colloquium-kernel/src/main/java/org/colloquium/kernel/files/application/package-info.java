/**
 * Storing uploaded bytes once (deduplicated by content), reading them back for serving, and
 * deleting the ones nothing refers to any more.
 */
package org.colloquium.kernel.files.application;
