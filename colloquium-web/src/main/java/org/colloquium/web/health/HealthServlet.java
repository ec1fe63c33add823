package org.colloquium.web.health;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * Answers 200 {@code {"status":"UP"}} when the database answers within two seconds, 503 otherwise.
 * Says nothing else: it is public.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  private transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean up;
    try (Connection connection = dataSource.getConnection()) {
      up = connection.isValid(2);
    } catch (SQLException e) {
      up = false;
    }
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }
}
