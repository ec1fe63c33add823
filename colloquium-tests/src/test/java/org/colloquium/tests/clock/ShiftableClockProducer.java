package org.colloquium.tests.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;

/**
 * Replaces the kernel's system clock in the test deployment: an enabled alternative wins over the
 * kernel's producer everywhere in the application.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ShiftableClockProducer {

  @Produces
  @ApplicationScoped
  Clock shiftableClock() {
    return new ShiftableClock();
  }
}
