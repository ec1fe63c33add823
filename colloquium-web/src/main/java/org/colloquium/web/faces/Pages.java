package org.colloquium.web.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers from inside a page with an error status; the container renders the error page. */
public final class Pages {

  private Pages() {}

  public static void notFound() {
    sendError(404);
  }

  public static void forbidden() {
    sendError(403);
  }

  private static void sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Redirects to a path of this site (post-redirect-get). */
  public static void redirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
