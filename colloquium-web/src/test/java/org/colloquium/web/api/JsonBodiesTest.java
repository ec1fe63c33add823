package org.colloquium.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

/** The 400's detail, from the chain of exceptions RESTEasy and Yasson throw for a bad body. */
class JsonBodiesTest {

  private static JsonbException property(String name, Throwable cause) {
    return new JsonbException(
        "Unable to deserialize property '" + name + "' because of: " + cause.getMessage(), cause);
  }

  private static ProcessingException resteasy(Throwable cause) {
    return new ProcessingException(
        "RESTEASY008200: JSON Binding deserialization error: " + cause, cause);
  }

  @Test
  void aValueOfTheWrongTypeNamesItsField() {
    assertEquals(
        "title: expected a string",
        JsonBodies.detail(
            resteasy(property("title", new SharedJsonb.WrongType("expected a string")))));
  }

  @Test
  void aNestedFieldIsNamedWithItsPath() {
    assertEquals(
        "authors.presenting: expected true or false",
        JsonBodies.detail(
            resteasy(
                property(
                    "authors",
                    property("presenting", new SharedJsonb.WrongType("expected true or false"))))));
  }

  @Test
  void aStructureOfTheWrongKindNamesItsFieldToo() {
    assertEquals(
        "authors: not of the type described",
        JsonBodies.detail(
            resteasy(
                property("authors", new JsonbException("Incorrect position for processing")))));
  }

  @Test
  void textThatIsNoJsonObjectSaysSo() {
    assertEquals(
        JsonBodies.NOT_AN_OBJECT,
        JsonBodies.detail(
            resteasy(new JsonbException("Internal error", new JsonException("Unexpected char")))));
    assertEquals(
        JsonBodies.NOT_AN_OBJECT,
        JsonBodies.detail(resteasy(new JsonbException("Incorrect position: START_ARRAY"))));
  }
}
