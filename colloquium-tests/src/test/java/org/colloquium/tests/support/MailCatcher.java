package org.colloquium.tests.support;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * GreenMail on the port the test server sends to, for the tests of one class:
 * {@code @RegisterExtension static final MailCatcher mail = new MailCatcher();}
 */
public final class MailCatcher implements BeforeAllCallback, AfterAllCallback {

  private GreenMail server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = Mails.start(Mails.port());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  public GreenMail server() {
    return server;
  }
}
