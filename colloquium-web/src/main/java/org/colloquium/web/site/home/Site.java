package org.colloquium.web.site.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.kernel.config.Settings;

/** The site's own name (COLLOQUIUM_SITE_NAME), as headers, titles and mails show it. */
@Named
@ApplicationScoped
public class Site {

  @Inject Settings settings;

  public String getName() {
    return settings.siteName();
  }
}
