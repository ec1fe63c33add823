package org.colloquium.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.web.i18n.LocaleSelection;

/**
 * What makes two anonymous requests get the same page: the site they asked (scheme, host, port),
 * the address with its query, and the language the page is written in.
 */
record PageKey(String origin, String path, String query, Language language) {

  static PageKey of(HttpServletRequest request, String path) {
    return new PageKey(
        request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort(),
        path,
        request.getQueryString(),
        LocaleSelection.of(request));
  }
}
