/**
 * The web module: thin JSF backing beans named after use cases, the route table that gives every
 * page its address and access rule, sign-in, and the start-up of the application.
 */
package org.colloquium.web;
