/**
 * The reviewer assignment benchmark: Colloquium's min-cost-flow solver against OR-tools' on the
 * shared instances, in one JVM (run-assignment.sh).
 */
package org.colloquium.bench.assign;
