package org.colloquium.tests.support;

import org.jsoup.nodes.Element;

/** The signed-in person's list of submissions, as the tests find a submission's page in it. */
public final class MySubmissions {

  private MySubmissions() {}

  /**
   * The path of the page of submission #{@code number} of the event {@code slug}, from the list at
   * /my/submissions (as a person reaches it, no id guessed).
   */
  public static String pageOf(WebClient client, String slug, int number) {
    Page mine = client.get("/my/submissions");
    Element row =
        mine.document().select("tbody tr").stream()
            .filter(
                tr ->
                    tr.selectFirst("a[href$=/events/" + slug + "]") != null
                        && tr.select("td").get(1).text().equals("#" + number))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no #" + number + " of " + slug + ": " + mine.text()));
    String href = row.selectFirst("a[href*=/my/submissions/]").attr("href");
    return href.substring(href.indexOf("/my/submissions/"));
  }
}
