package org.colloquium.web.site.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.colloquium.events.api.EventMaterials;
import org.colloquium.events.api.EventMaterialsView;
import org.colloquium.web.security.SignedIn;

/**
 * Feeds the fragment site/event-materials.xhtml ({@code #{eventMaterials.of(slug)}}): tracks,
 * presentation types, partners with logos, attachments and media links of one event. Null when the
 * viewer may not see the event (a draft), so the fragment renders nothing.
 */
@Named("eventMaterials")
@RequestScoped
public class EventMaterialsSection {

  @Inject EventMaterials materials;
  @Inject SignedIn signedIn;

  private final Map<String, EventMaterialsView> bySlug = new HashMap<>();

  public EventMaterialsView of(String slug) {
    if (slug == null) {
      return null;
    }
    return bySlug.computeIfAbsent(
        slug, s -> materials.publicView(s, signedIn.accountId()).orElse(null));
  }
}
