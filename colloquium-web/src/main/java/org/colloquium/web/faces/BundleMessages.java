package org.colloquium.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.omnifaces.util.Messages;

/**
 * Makes OmniFaces' {@code Messages.addGlobalInfo("event.saved")} and the like take the key from the
 * {@code msg} bundle in the page's language, so beans name keys, never texts. Registered in
 * faces-config.xml when the application starts (OmniFaces accepts one resolver, once).
 */
public class BundleMessages implements SystemEventListener, Messages.Resolver {

  @Override
  public boolean isListenerForSource(Object source) {
    return true;
  }

  @Override
  public void processEvent(SystemEvent event) {
    if (event instanceof PostConstructApplicationEvent) {
      Messages.setResolver(this);
    }
  }

  @Override
  public String getMessage(String key, Object... arguments) {
    return text(key, arguments);
  }

  /**
   * The text of {@code key} in the page's language; the key itself when the bundle lacks it. A text
   * without arguments is taken as it is, not as a pattern (its apostrophes stay single).
   */
  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return arguments == null || arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
  }
}
