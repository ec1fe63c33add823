package org.colloquium.web.faces;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatelessViewHandlerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/WEB-INF/views/site/home.xhtml",
        "/WEB-INF/views/site/event.xhtml",
        "/WEB-INF/views/account/sign-in.xhtml",
        "/WEB-INF/views/account/sign-up.xhtml",
        "/WEB-INF/views/error/404.xhtml"
      })
  void publicAccountAndErrorViewsKeepNoState(String viewId) {
    assertTrue(StatelessViewHandler.isStateless(viewId), viewId);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/WEB-INF/views/manage/event.xhtml",
        "/WEB-INF/views/my/profile.xhtml",
        "/WEB-INF/views/submissions/form.xhtml",
        "/WEB-INF/views/admin/outbox.xhtml",
        "/WEB-INF/views/siteX/home.xhtml"
      })
  void viewsForSignedInPeopleKeepTheirState(String viewId) {
    assertFalse(StatelessViewHandler.isStateless(viewId), viewId);
  }
}
