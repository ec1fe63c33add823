package org.colloquium.web.i18n;

/** The Romanian texts of every module; what is missing comes from {@link Messages}. */
public class Messages_ro extends Messages {

  public Messages_ro() {
    super("_ro");
  }
}
