package org.colloquium.programme.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.colloquium.programme.api.PersonalAgenda;
import org.junit.jupiter.api.Test;

/** What of a browser's list of stars an account keeps. */
class DefaultPersonalAgendaTest {

  @Test
  void positiveIdsEachOnceInOrder() {
    assertEquals(
        List.of(3L, 12L, 15L),
        DefaultPersonalAgenda.kept(Arrays.asList(15L, 3L, null, 12L, 3L, 0L, -7L)));
  }

  @Test
  void atMostTheLimit() {
    List<Long> many = new ArrayList<>(LongStream.rangeClosed(1, 700).boxed().toList());
    List<Long> kept = DefaultPersonalAgenda.kept(many);
    assertEquals(PersonalAgenda.LIMIT, kept.size());
    assertEquals(500L, kept.get(kept.size() - 1));
  }
}
