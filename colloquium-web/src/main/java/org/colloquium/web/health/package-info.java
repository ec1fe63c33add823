/** /health: tells a load balancer or an operator whether this node can reach its database. */
package org.colloquium.web.health;
