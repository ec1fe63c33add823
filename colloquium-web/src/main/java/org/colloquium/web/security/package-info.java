/**
 * Sign-in through Jakarta Security (a custom form mechanism over the accounts of the kernel), the
 * caller as pages see it, and the filters that add security headers and refuse cross-site posts.
 */
package org.colloquium.web.security;
