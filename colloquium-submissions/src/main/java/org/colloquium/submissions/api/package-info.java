/**
 * The published face of the submissions module: submitting and editing abstracts, the authors' and
 * organisers' queries, exports and statistics, the records they use, and the CDI events fired when
 * a submission is submitted, changed or withdrawn. The module's {@code domain} and {@code
 * application} packages are private to it.
 */
package org.colloquium.submissions.api;
