package org.colloquium.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Answers what a service refuses in the one way every page answers it, so that beans do not catch
 * it themselves: nothing to show ({@link NotFoundException}) is 404 and a refusal ({@link
 * AccessDeniedException}) 403, both with the error pages of web.xml, as the router answers them; a
 * save over somebody else's newer save ({@link ConflictException}) is a message on the page, which
 * keeps what was typed. Everything else goes on to OmniFaces' handler (error pages for AJAX
 * requests too). A bean still catches these where it answers something else (a form that says the
 * submission is gone, a list that drops the row).
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

  public PageExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext() && !context.getResponseComplete()) {
      if (answered(context, events.next().getContext().getException())) {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private static boolean answered(FacesContext context, Throwable thrown) {
    Throwable cause = known(thrown);
    if (cause instanceof ConflictException conflict) {
      Messages.addGlobalError(conflict.messageKey());
      return true;
    }
    if (cause == null || context.getExternalContext().isResponseCommitted()) {
      return false;
    }
    Faces.responseSendError(
        cause instanceof NotFoundException
            ? HttpServletResponse.SC_NOT_FOUND
            : HttpServletResponse.SC_FORBIDDEN,
        null);
    return true;
  }

  /** The refusal behind the Faces and EL wrappers, or null for any other failure. */
  static Throwable known(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NotFoundException
          || t instanceof AccessDeniedException
          || t instanceof ConflictException) {
        return t;
      }
    }
    return null;
  }
}
