/**
 * What the integration tests share: the deployment, the test database, a cookie-keeping HTTP client
 * that fills and posts forms, sign-in as each demo role, and helpers for mail.
 */
package org.colloquium.tests.support;
