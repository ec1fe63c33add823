package org.colloquium.web.manage.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The IANA time zones offered as suggestions in event forms ({@code #{timeZones.ids}}): the
 * region/city names, not the legacy aliases, so organisers pick "Europe/Bucharest".
 */
@Named
@ApplicationScoped
public class TimeZones {

  private static final Pattern REGION_CITY =
      Pattern.compile(
          "^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

  private final List<String> ids =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> REGION_CITY.matcher(id).matches())
          .sorted()
          .toList();

  public List<String> getIds() {
    return ids;
  }
}
