/** An event's call for papers: its dates and rules, created and edited by the organisers. */
package org.colloquium.web.manage.calls;
