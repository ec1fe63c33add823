package org.colloquium.web.faces;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.junit.jupiter.api.Test;

class PageExceptionHandlerTest {

  @Test
  void findsTheRefusalBehindTheFacesAndElWrappers() {
    NotFoundException missing = new NotFoundException("event x");
    assertSame(missing, PageExceptionHandler.known(new FacesException(new ELException(missing))));
    AccessDeniedException denied = new AccessDeniedException("not an organiser");
    assertSame(denied, PageExceptionHandler.known(new FacesException(denied)));
    ConflictException conflict = new ConflictException("submission.conflict", "stale");
    assertSame(conflict, PageExceptionHandler.known(new ELException(conflict)));
  }

  @Test
  void leavesEveryOtherFailureToTheErrorPages() {
    assertNull(PageExceptionHandler.known(new FacesException(new IllegalStateException("bug"))));
    assertNull(PageExceptionHandler.known(new NullPointerException()));
  }
}
