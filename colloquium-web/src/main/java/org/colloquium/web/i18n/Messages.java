package org.colloquium.web.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The one message bundle of the pages ({@code msg} in the views, and Faces' own messages), merged
 * from every module: each jar brings its texts as {@code colloquium/i18n/messages.properties}
 * (English, the fallback) and {@code colloquium/i18n/messages_ro.properties}, the web module its
 * own the same way. A new module's texts are found without naming it anywhere. A key defined by two
 * modules is a mistake that MessagesBundleTest reports.
 *
 * <p>A class rather than properties files under this name: {@code ResourceBundle.getBundle} finds
 * the class first, for every caller ({@code faces-config.xml}, the feeds, the API's problems).
 */
public class Messages extends ResourceBundle {

  /** Where every module keeps its texts; not under META-INF, which WildFly hides between jars. */
  static final String RESOURCE = "colloquium/i18n/messages";

  private final Map<String, String> texts;

  public Messages() {
    this("");
  }

  Messages(String suffix) {
    texts = load(suffix, Messages.class.getClassLoader());
  }

  /** Every module's texts for one language ({@code ""} or {@code "_ro"}). */
  static Map<String, String> load(String suffix, ClassLoader loader) {
    Map<String, String> all = new HashMap<>();
    Set<URL> files = new LinkedHashSet<>();
    try {
      files.addAll(Collections.list(loader.getResources(RESOURCE + suffix + ".properties")));
      for (URL file : files) {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
          properties.load(in);
        }
        properties.forEach((key, value) -> all.putIfAbsent((String) key, (String) value));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the messages " + files, e);
    }
    return Map.copyOf(all);
  }

  @Override
  protected Object handleGetObject(String key) {
    return texts.get(key);
  }

  @Override
  protected Set<String> handleKeySet() {
    return texts.keySet();
  }

  @Override
  public Enumeration<String> getKeys() {
    Set<String> keys = new LinkedHashSet<>(texts.keySet());
    if (parent != null) {
      keys.addAll(Collections.list(parent.getKeys()));
    }
    return Collections.enumeration(keys);
  }
}
