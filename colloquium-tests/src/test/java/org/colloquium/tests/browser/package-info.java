/**
 * User journeys in headless Chromium (run with -Pbrowser): each page visited is checked with
 * axe-core against WCAG 2.2 AA and with the Nu Html Checker for valid HTML (its served HTML saved
 * into target/html), and photographed into target/screenshots.
 */
package org.colloquium.tests.browser;
