/**
 * Storing uploaded bytes once (deduplicated by content), reading them back for serving, deleting
 * the ones nothing refers to any more, and checking uploads on a small bounded pool of their own
 * ({@code UploadInspection}).
 */
package org.colloquium.kernel.files.application;
