/**
 * Settings read through MicroProfile Config, so each can be given as an environment variable
 * ({@code COLLOQUIUM_BASE_URL}), a system property ({@code colloquium.base-url}) or left at its
 * default.
 */
package org.colloquium.kernel.config;
