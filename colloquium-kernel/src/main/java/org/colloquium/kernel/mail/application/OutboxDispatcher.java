package org.colloquium.kernel.mail.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.mail.domain.MailSecrets;

/**
 * Delivers due outbox mails. Runs right after a transaction that queued mail commits, and on a
 * timer (for retries and for mails queued on another node). Safe on several nodes at once: rows are
 * claimed with SKIP LOCKED, and a claim is a lease.
 */
@ApplicationScoped
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  private static final int BATCH = 20;

  @Inject OutboxClaims claims;
  @Inject MailSender sender;
  @Inject Settings settings;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  /** Coalesces bursts: one queued run is enough however many mails a transaction wrote. */
  private final AtomicBoolean runQueued = new AtomicBoolean();

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
    if (runQueued.compareAndSet(false, true)) {
      try {
        executor.execute(
            () -> {
              runQueued.set(false);
              dispatchDue();
            });
      } catch (RejectedExecutionException e) {
        runQueued.set(false);
        LOG.log(Level.FINE, "executor busy; the timer will send the mail", e);
      }
    }
  }

  /**
   * Sends everything due now.
   *
   * @return the number of mails attempted
   */
  public int dispatchDue() {
    int attempted = 0;
    List<PendingMail> batch;
    while (!(batch = claims.claimDue(BATCH)).isEmpty()) {
      attempted += batch.size();
      if (!sender.isConfigured()) {
        batch.forEach(this::hold);
        continue;
      }
      send(batch);
    }
    return attempted;
  }

  private void send(List<PendingMail> batch) {
    MailSender.Connection connection;
    try {
      connection = sender.connect();
    } catch (Exception e) {
      LOG.warning(() -> "SMTP server unreachable, " + batch.size() + " mails wait: " + describe(e));
      batch.forEach(mail -> record(() -> claims.failed(mail, describe(e))));
      return;
    }
    try (connection) {
      for (PendingMail mail : batch) {
        if (!claims.renew(mail)) {
          LOG.info(() -> "mail " + mail.id() + " was taken over by another sender; not sending it");
          continue;
        }
        try {
          connection.send(mail);
        } catch (Exception e) {
          LOG.log(
              Level.WARNING, "mail " + mail.id() + " to " + mail.recipientEmail() + " failed", e);
          record(() -> claims.failed(mail, describe(e)));
          continue;
        }
        recordDelivery(
            () -> claims.delivered(mail), RECORD_DELIVERY_FOR, System::nanoTime, Thread::sleep);
      }
    }
  }

  /**
   * How long the record of a mail the SMTP server has accepted is tried again while the database is
   * away (a restart takes seconds): well inside the claim's lease, so that the claim still holds
   * when the record gets through. Giving up sooner would send the mail a second time once the lease
   * runs out.
   */
  static final Duration RECORD_DELIVERY_FOR = OutboxClaims.LEASE.dividedBy(2);

  /** Pauses the calling thread; a parameter so that tests need not wait. */
  interface Pause {
    void sleep(long millis) throws InterruptedException;
  }

  /**
   * Records a delivery, trying again with growing pauses (half a second to eight) for up to {@code
   * patience}; whether it was recorded. Not recorded, the claim runs out and the mail is sent again
   * with the same Message-ID.
   */
  static boolean recordDelivery(
      Runnable delivered, Duration patience, LongSupplier nanoTime, Pause pause) {
    long deadline = nanoTime.getAsLong() + patience.toNanos();
    long wait = 500;
    while (true) {
      try {
        delivered.run();
        return true;
      } catch (RuntimeException e) {
        if (nanoTime.getAsLong() + wait * 1_000_000 > deadline) {
          LOG.log(Level.WARNING, "could not record a mail's delivery; its claim will run out", e);
          return false;
        }
      }
      try {
        pause.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      wait = Math.min(wait * 2, 8_000);
    }
  }

  /**
   * Records an outcome. If even that fails (database gone), the claim simply runs out and the mail
   * is tried again later: at least once, never lost (a delivery is tried again for a while first:
   * {@link #recordDelivery}). The same Message-ID lets a mail program that removes duplicates
   * recognise a repeat.
   */
  private static void record(Runnable outcome) {
    try {
      outcome.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not record a mail's outcome; its claim will run out", e);
    }
  }

  /**
   * Keeps the mail for an administrator and writes it to the log. The links' secrets are masked in
   * the log unless COLLOQUIUM_MAIL_LOG_LINKS (by default: the demo-data setting) says otherwise, so
   * that a developer still follows a confirmation link from the log while a production log never
   * holds a working reset link.
   */
  private void hold(PendingMail mail) {
    boolean withLinks = settings.mailLogLinks();
    LOG.info(
        () ->
            "No SMTP server configured (SMTP_HOST); mail "
                + mail.id()
                + " held in the outbox.\nTo: "
                + mail.recipientEmail()
                + "\nSubject: "
                + mail.subject()
                + (mail.attachment() == null
                    ? ""
                    : "\nAttachment: "
                        + mail.attachment().fileName()
                        + " ("
                        + mail.attachment().contentType()
                        + ")")
                + "\n\n"
                + (withLinks
                    ? mail.body()
                        + "\n(Links shown in full because COLLOQUIUM_MAIL_LOG_LINKS is on; never in"
                        + " production.)"
                    : MailSecrets.mask(mail.body())
                        + "\n(Links masked; set COLLOQUIUM_MAIL_LOG_LINKS=true in development to"
                        + " see them.)"));
    record(() -> claims.held(mail, "No SMTP server configured (set SMTP_HOST)."));
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (text.length() > 0) {
        text.append(" / ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.toString();
  }
}
