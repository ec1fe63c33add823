package org.colloquium.submissions.testing;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import org.colloquium.events.application.DefaultEventDirectory;
import org.colloquium.events.application.EventAccess;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.account.application.DefaultAccountDirectory;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.submissions.application.DefaultSubmissionDirectory;
import org.colloquium.submissions.domain.SubmissionRepository;

/**
 * The services the statement and paging tests run the real queries through, wired by hand over one
 * entity manager as CDI would wire them in the server: accounts, events, submissions.
 */
public final class TestServices {

  public final AccountRepository accountRepository = new AccountRepository();
  public final DefaultAccountDirectory accounts = new DefaultAccountDirectory();
  public final EventRepository eventRepository = new EventRepository();
  public final DefaultEventDirectory events = new DefaultEventDirectory();
  public final SubmissionRepository submissionRepository = new SubmissionRepository();
  public final DefaultSubmissionDirectory submissions = new DefaultSubmissionDirectory();

  public TestServices(EntityManager em) {
    inject(accountRepository, "em", em);
    inject(accounts, "accounts", accountRepository);
    inject(eventRepository, "em", em);
    EventAccess access = new EventAccess();
    inject(access, "events", eventRepository);
    inject(access, "accounts", accounts);
    inject(events, "access", access);
    inject(events, "events", eventRepository);
    inject(events, "em", em);
    inject(submissionRepository, "em", em);
    inject(submissions, "submissions", submissionRepository);
  }

  /** Sets a field CDI would inject, whatever its visibility. */
  public static void inject(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(target.getClass().getName() + "." + name, e);
    }
  }
}
