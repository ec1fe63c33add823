package org.colloquium.tests.support;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A response as a test looks at it: status, final address, headers and the parsed page. */
public record Page(int status, URI uri, HttpHeaders headers, String body) {

  public Document document() {
    return Jsoup.parse(body, uri.toString());
  }

  public String path() {
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  public String heading() {
    Element h1 = document().selectFirst("h1");
    return h1 == null ? "" : h1.text();
  }

  public String text() {
    return document().text();
  }

  /** Messages shown for the whole form (p:messages) and next to fields (p:message). */
  public List<String> errors() {
    return document().select(".page-messages .message-error, .ui-message-error-detail").eachText();
  }

  public List<String> infos() {
    return document().select(".page-messages .message-info").eachText();
  }

  /** The error shown next to one field, found through the field's aria-describedby. */
  public String fieldError(String fieldClientId) {
    Element error = document().getElementById(fieldClientId + "-error");
    return error == null ? "" : error.text();
  }

  public boolean fieldMarkedInvalid(String fieldClientId) {
    Element field = document().getElementById(fieldClientId);
    return field != null && "true".equals(field.attr("aria-invalid"));
  }

  public String fieldValue(String fieldClientId) {
    Element field = document().getElementById(fieldClientId);
    return field == null ? null : field.val();
  }
}
