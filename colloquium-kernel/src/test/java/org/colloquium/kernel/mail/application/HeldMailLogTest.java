package org.colloquium.kernel.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.colloquium.kernel.config.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Without SMTP a mail is held and logged: with its working links only where that is wanted. */
class HeldMailLogTest {

  private static final String LINK = "http://localhost:8080/reset-password?token=S3cr3t-Reset_Tok";

  private final Logger log = Logger.getLogger(OutboxDispatcher.class.getName());
  private final List<String> logged = new ArrayList<>();
  private final List<String> held = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    log.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    log.removeHandler(capture);
  }

  private OutboxDispatcher dispatcher(boolean logLinks) {
    OutboxDispatcher dispatcher = new OutboxDispatcher();
    dispatcher.settings =
        new Settings() {
          @Override
          public boolean mailLogLinks() {
            return logLinks;
          }
        };
    dispatcher.sender =
        new MailSender() {
          @Override
          public boolean isConfigured() {
            return false;
          }
        };
    dispatcher.claims =
        new OutboxClaims() {
          private boolean given;

          @Override
          public List<PendingMail> claimDue(int limit) {
            if (given) {
              return List.of();
            }
            given = true;
            return List.of(
                new PendingMail(
                    7L,
                    "claim",
                    "<id@localhost>",
                    "ana@unibuc.ro",
                    "Ana",
                    "Choose a new password",
                    "Open this link:\n\n" + LINK + "\n"));
          }

          @Override
          public void held(PendingMail mail, String reason) {
            held.add(mail.recipientEmail());
          }
        };
    return dispatcher;
  }

  @Test
  void inProductionTheLogMasksTheLinks() {
    assertEquals(1, dispatcher(false).dispatchDue());
    assertEquals(List.of("ana@unibuc.ro"), held);
    String line = String.join("\n", logged);
    assertFalse(line.contains("S3cr3t-Reset_Tok"), line);
    assertTrue(line.contains("reset-password?token=…"), line);
    assertTrue(line.contains("COLLOQUIUM_MAIL_LOG_LINKS"), "says how to see them: " + line);
  }

  @Test
  void inDevelopmentTheLogShowsTheWorkingLinks() {
    dispatcher(true).dispatchDue();
    String line = String.join("\n", logged);
    assertTrue(line.contains(LINK), line);
  }
}
