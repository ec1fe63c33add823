package org.colloquium.tests.clock;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * {@code POST /test-clock?at=2027-03-01T10:00:00Z} moves the application's clock there (it keeps
 * running from that moment); {@code DELETE /test-clock} puts it back. Answers the current instant.
 */
@WebServlet("/")
public class ClockControlServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ShiftableClock.shiftTo(Instant.parse(request.getParameter("at")));
    answer(response);
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ShiftableClock.reset();
    answer(response);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(response);
  }

  private static void answer(HttpServletResponse response) throws IOException {
    response.setContentType("text/plain");
    response.getWriter().print(new ShiftableClock().instant());
  }
}
