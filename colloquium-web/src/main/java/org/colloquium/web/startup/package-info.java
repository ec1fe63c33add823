/**
 * What happens when the application is deployed, before it serves a request: schema migrations, the
 * configured administrator, demo data on an empty database, and the mail sender's timer.
 */
package org.colloquium.web.startup;
