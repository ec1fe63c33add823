/**
 * The one persistence unit of the application and the schema migrations that shape its database.
 * Only Flyway changes the schema; Hibernate never generates it.
 */
package org.colloquium.kernel.persistence;
