package org.colloquium.kernel.mail.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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
        record(() -> claims.delivered(mail));
      }
    }
  }

  /**
   * Records an outcome. If even that fails (database gone), the claim simply runs out and the mail
   * is tried again later: at least once, never lost. The same Message-ID lets a mail program that
   * removes duplicates recognise a repeat.
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
