/**
 * The account life cycle, for visitors before they are signed in: one sub-package per feature
 * (signin, signup, password, invitation). Each bean only translates between its form and a kernel
 * service.
 */
package org.colloquium.web.account;
