/**
 * The published face of the events module: the query services and commands other modules and the
 * web layer use (events, calls, committees, tracks and types, materials, partners, news), the
 * records they return and take, the enums and value objects of events, and the CDI events the
 * module fires. Everything under {@code domain} and {@code application} is private to the module.
 */
package org.colloquium.events.api;
