package org.colloquium.tests.clock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.colloquium.tests.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of tests that need the server's time to move, such as deadlines: deploys the real EAR plus
 * {@link ShiftableClock} (in lib, replacing the system clock) and {@link ClockControlServlet} (in
 * its own WAR at /test-clock). The clock is put back after every test.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ClockControlledApplication {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  public static EnterpriseArchive deployment() throws java.io.IOException {
    EnterpriseArchive ear = Deployments.application();
    ear.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "test-clock.jar")
            .addClasses(ShiftableClock.class, ShiftableClockProducer.class)
            .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
    ear.addAsModule(
        ShrinkWrap.create(WebArchive.class, "test-clock.war").addClass(ClockControlServlet.class));
    String applicationXml =
        new String(
            ear.get("META-INF/application.xml").getAsset().openStream().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    ear.delete("META-INF/application.xml");
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace(
                "<library-directory>",
                "<module><web><web-uri>test-clock.war</web-uri>"
                    + "<context-root>/test-clock</context-root></web></module>\n"
                    + "  <library-directory>")));
    return ear;
  }

  /** Moves the server's clock to {@code instant}; it runs on from there. */
  protected static Instant setServerClock(Instant instant) {
    return Instant.parse(send("POST", "?at=" + instant));
  }

  protected static Instant serverClock() {
    return Instant.parse(send("GET", ""));
  }

  @AfterEach
  void resetServerClock() {
    send("DELETE", "");
  }

  private static String send(String method, String query) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/test-clock/" + query))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("clock control answered " + response.statusCode());
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
