package org.colloquium.events.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The title and Markdown body of a news item in one language. */
@Embeddable
public class NewsText implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int TITLE_MAX = 300;
  public static final int BODY_MAX = 100000;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = BODY_MAX)
  private String body;

  protected NewsText() {}

  public NewsText(String title, String body) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a news text needs a title");
    }
    this.title = title.strip();
    this.body = body == null ? "" : body.strip();
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewsText other && title.equals(other.title) && body.equals(other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, body);
  }
}
