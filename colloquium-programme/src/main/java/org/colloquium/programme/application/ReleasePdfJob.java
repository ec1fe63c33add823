package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.kernel.jobs.TimedJob;

/** Looks every five seconds for releases whose PDFs are to be made. */
@ApplicationScoped
public class ReleasePdfJob implements TimedJob {

  @Inject ReleasePdfs pdfs;

  @Override
  public String name() {
    return "programme-pdfs";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofSeconds(8);
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(5);
  }

  @Override
  public void run() {
    pdfs.makePending();
  }
}
