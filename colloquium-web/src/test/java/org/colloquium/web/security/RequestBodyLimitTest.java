package org.colloquium.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

  @Test
  void multipartPostsAreUploads() {
    assertTrue(
        RequestBodyLimit.isUpload(
            "POST", "multipart/form-data; boundary=x", "/manage/events/e/materials"));
    assertTrue(RequestBodyLimit.isUpload("POST", "Multipart/Form-Data", "/events/e/submit"));
  }

  @Test
  void theApiFilePutIsAnUpload() {
    assertTrue(
        RequestBodyLimit.isUpload("PUT", "application/pdf", "/api/v1/events/e/submissions/7/file"));
  }

  @Test
  void everythingElseIsNot() {
    assertFalse(RequestBodyLimit.isUpload("POST", "application/x-www-form-urlencoded", "/sign-in"));
    assertFalse(RequestBodyLimit.isUpload("POST", null, "/sign-in"));
    assertFalse(
        RequestBodyLimit.isUpload("POST", "application/json", "/api/v1/events/e/submissions"));
    assertFalse(RequestBodyLimit.isUpload("PUT", "application/pdf", "/my/submissions/7/file"));
    assertFalse(RequestBodyLimit.isUpload("GET", "multipart/form-data", "/"));
  }
}
