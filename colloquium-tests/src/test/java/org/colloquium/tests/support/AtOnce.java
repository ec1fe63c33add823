package org.colloquium.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Requests started together behind a latch, so that they really overlap on the server (a rush, a
 * double click, a client's retry), and their answers in the order they were given.
 */
public final class AtOnce {

  private AtOnce() {}

  public static <T> List<T> run(ExecutorService pool, List<Callable<T>> requests) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> request : requests) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return request.call();
              }));
    }
    start.countDown();
    List<T> answers = new ArrayList<>();
    for (Future<T> f : futures) {
      answers.add(f.get());
    }
    return answers;
  }
}
