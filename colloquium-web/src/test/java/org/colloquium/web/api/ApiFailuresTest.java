package org.colloquium.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.Test;

class ApiFailuresTest {

  @Test
  void theAnswerToAFailureNamesTheIncidentAndNothingOfTheFailure() {
    ApiProblem problem = ApiFailures.problem("0b5c");
    assertEquals(500, problem.status());
    assertEquals("Internal server error", problem.title());
    assertTrue(problem.detail().contains("incident 0b5c"), problem.detail());
    assertFalse(problem.detail().contains("Java heap space"));
    assertEquals(null, problem.errors());
  }

  @Test
  void theFrameworksOwnRefusalsGetAProblemBody() {
    ApiProblem unsupported = ApiFailures.framework(Response.Status.UNSUPPORTED_MEDIA_TYPE);
    assertEquals(415, unsupported.status());
    assertEquals("Unsupported media type", unsupported.title());
    assertEquals(409, ApiFailures.framework(Response.Status.CONFLICT).status());
  }

  @Test
  void itIsAProviderForEveryThrowable() throws NoSuchMethodException {
    assertTrue(ApiFailures.class.isAnnotationPresent(Provider.class));
    assertEquals(
        Throwable.class,
        ApiFailures.class.getMethod("toResponse", Throwable.class).getParameterTypes()[0]);
  }
}
