/**
 * The registration module's share of the demo data: the annual conference's registration open with
 * few places in person (one left), the 2023 conference's registrations of the past.
 */
package org.colloquium.registration.demo;
