package org.colloquium.kernel.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** A CDI event source for unit tests: keeps what was fired, in order. */
public final class RecordedEvents implements Event<Object> {

  public final List<Object> fired = new ArrayList<>();

  @Override
  public void fire(Object event) {
    fired.add(event);
  }

  @Override
  public <U> CompletionStage<U> fireAsync(U event) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Event<Object> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }
}
