/**
 * The cluster suite ({@code mvn verify -Ppostgresql,cluster}): two nodes of the cluster server
 * (target/server-ha, provisioned by this module's cluster profile) on one PostgreSQL database of
 * their own, started and killed by the tests themselves.
 */
package org.colloquium.tests.cluster;
