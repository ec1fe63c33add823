/**
 * Tests of the assembled application: architecture rules over all modules, and black-box tests that
 * deploy the real EAR on a provisioned WildFly and use it over HTTP like a browser without
 * JavaScript would, with GreenMail catching the mail.
 */
package org.colloquium.tests;
