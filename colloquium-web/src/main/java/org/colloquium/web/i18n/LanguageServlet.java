package org.colloquium.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.colloquium.kernel.account.api.AccountService;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.web.security.SignedIn;

/**
 * The language switch in every page's header: a small POST form. Remembers the choice in a cookie
 * and, for a signed-in user, the profile; then returns to the same page.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject LocaleSelection selection;
  @Inject SignedIn signedIn;
  @Inject AccountService accounts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var language = Language.fromCode(request.getParameter("lang"));
    if (language.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    selection.choose(language.get(), response);
    if (signedIn.isSignedIn()) {
      accounts.preferLanguage(signedIn.accountId(), language.get());
    }
    response.sendRedirect(
        request.getContextPath() + LocalPath.orHome(request.getParameter("next")));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", "POST");
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
