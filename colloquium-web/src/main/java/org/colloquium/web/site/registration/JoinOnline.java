package org.colloquium.web.site.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.colloquium.programme.api.LiveStream;
import org.colloquium.programme.api.ProgrammeStreams;
import org.colloquium.registration.api.JoinPass;
import org.colloquium.registration.api.Registering;
import org.omnifaces.util.Faces;

/**
 * /join/{token}: a confirmed online registrant's personal link. It goes straight to the stream of
 * the one room that is live (or about to be), else to the event's own link; with several rooms live
 * it lets the person choose, and with nothing live it says when to come back. A token that no
 * longer admits anyone (cancelled, moved to attend in person, never issued) answers 404 without
 * saying which, and no answer is kept by a browser or proxy.
 */
@Named
@RequestScoped
public class JoinOnline {

  @Inject Registering registering;
  @Inject ProgrammeStreams streams;
  @Inject Clock clock;

  private String token;
  private JoinPass pass;
  private List<LiveStream> live = List.of();

  public void load() throws IOException {
    HttpServletResponse response = Faces.getResponse();
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex");
    pass = registering.join(token).orElse(null);
    if (pass == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    live = streams.liveAt(pass.eventSlug(), clock.instant());
    if (live.size() == 1) {
      away(live.get(0).url());
    } else if (live.isEmpty() && pass.eventStreamUrl() != null) {
      away(pass.eventStreamUrl());
    }
  }

  /**
   * To the meeting's own address, exactly as the organisers gave it: not through Faces.redirect,
   * which formats its argument and would read a "%3D" of a meeting password as a format specifier.
   */
  private static void away(String url) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().redirect(url);
    context.responseComplete();
  }

  public JoinPass getPass() {
    return pass;
  }

  public List<LiveStream> getLive() {
    return live;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
