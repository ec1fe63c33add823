package org.colloquium.web.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every view the visitor's chosen language from the start, so labels, messages raised by
 * backing beans and converters all speak the same language.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

  public LocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LocaleSelection.class).get().getLocale();
  }
}
