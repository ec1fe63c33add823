package org.colloquium.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Describes every error answer of the API as a {@code Problem} in {@code application/problem+json}
 * (the exception mappers of {@link ApiProblems} and {@link ApiFailures} answer nothing else), so
 * that the annotations only say when and why. Named in microprofile-config.properties.
 */
public class ProblemResponses implements OASFilter {

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getResponses() != null) {
      operation.getResponses().getAPIResponses().forEach(this::describe);
    }
    return operation;
  }

  private void describe(String code, APIResponse response) {
    if (response.getContent() == null && (code.startsWith("4") || code.startsWith("5"))) {
      response.setContent(
          OASFactory.createContent()
              .addMediaType(
                  ApiProblem.MEDIA_TYPE,
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
  }
}
