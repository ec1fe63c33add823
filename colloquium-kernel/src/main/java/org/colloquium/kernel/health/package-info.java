/**
 * What the node tells an orchestrator (Kubernetes, a balancer reading the management port) about
 * whether it may be sent requests: the readiness check of the database. It lives in the kernel jar
 * because WildFly registers MicroProfile Health checks only from the EAR's lib folder (WFLY-12835).
 */
package org.colloquium.kernel.health;
