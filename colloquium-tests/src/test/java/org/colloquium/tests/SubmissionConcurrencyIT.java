package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.colloquium.tests.support.AtOnce;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.SubmissionsApi.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many authors at once at the deadline: numbers stay unique and without gaps, and the same request
 * sent several times at once (a double click, a client's retry) creates one submission. Requests
 * start together behind a latch so they really overlap on the server.
 */
class SubmissionConcurrencyIT extends DeployedApplication {

  private static final String EVENT = "annual-conference-iii";
  private final ExecutorService pool = Executors.newFixedThreadPool(12);

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  private static JsonObject draft(String title) {
    return SubmissionsApi.draft(title, "Concurrent submissions near the deadline.");
  }

  private List<Answer> atOnce(List<Callable<Answer>> requests) throws Exception {
    return AtOnce.run(pool, requests);
  }

  @Test
  void concurrentCreatesGetConsecutiveNumbers() throws Exception {
    String token = SubmissionsApi.tokenOf(DemoUsers.AUTHOR);
    List<Callable<Answer>> requests = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String title = "Concurrent " + i;
      requests.add(() -> SubmissionsApi.create(EVENT, token, SubmissionsApi.key(), draft(title)));
    }

    TreeSet<Integer> numbers = new TreeSet<>();
    for (Answer answer : atOnce(requests)) {
      SubmissionsApi.assertStatus(201, answer);
      numbers.add(answer.json().getInt("number"));
    }

    assertEquals(24, numbers.size(), () -> "numbers given twice: " + numbers);
    assertEquals(numbers.first() + 23, numbers.last(), () -> "numbers with a gap: " + numbers);
  }

  @Test
  void theSameRequestSentTenTimesAtOnceCreatesOneSubmission() throws Exception {
    String token = SubmissionsApi.tokenOf(DemoUsers.AUTHOR);
    String key = SubmissionsApi.key();
    List<Callable<Answer>> requests = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      requests.add(() -> SubmissionsApi.create(EVENT, token, key, draft("Double click")));
    }

    List<Answer> answers = atOnce(requests);

    TreeSet<Long> ids = new TreeSet<>();
    int created = 0;
    for (Answer answer : answers) {
      assertTrue(answer.status() == 201 || answer.status() == 200, answer::body);
      created += answer.status() == 201 ? 1 : 0;
      ids.add(answer.json().getJsonNumber("id").longValue());
    }
    assertEquals(1, ids.size(), () -> "several submissions for one key: " + ids);
    assertEquals(1, created, "exactly one answer says it created the submission");
  }
}
