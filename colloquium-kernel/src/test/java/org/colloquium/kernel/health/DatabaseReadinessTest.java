package org.colloquium.kernel.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

  private final List<String> calls = new ArrayList<>();

  /** A data source whose connections answer {@code isValid} with {@code valid}. */
  private DataSource answering(boolean valid) {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  calls.add(method.getName() + (args == null ? "" : List.of(args)));
                  return method.getName().equals("isValid") ? valid : null;
                });
    return dataSource(connection, null);
  }

  private DataSource dataSource(Connection connection, SQLException failure) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (failure != null) {
                throw failure;
              }
              return connection;
            });
  }

  @Test
  void readyWhenTheDatabaseAnswersInTimeAndTheConnectionGoesBack() {
    assertTrue(DatabaseCheck.answers(answering(true)));
    assertEquals(List.of("isValid[2]", "close"), calls, "two seconds at most; closed after");
  }

  @Test
  void notReadyWhenTheConnectionIsNotValidOrNoneCanBeHad() {
    assertFalse(DatabaseCheck.answers(answering(false)));
    assertTrue(calls.contains("close"));
    assertFalse(
        DatabaseCheck.answers(dataSource(null, new SQLException("Connection refused", "08001"))));
  }

  @Test
  void theCheckCarriesItsNameAndStatus() {
    DatabaseReadiness check = new DatabaseReadiness();
    check.dataSource = dataSource(null, new SQLException("pool exhausted"));
    HealthCheckResponse response = check.call();
    assertEquals("colloquium-database", response.getName());
    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
  }
}
