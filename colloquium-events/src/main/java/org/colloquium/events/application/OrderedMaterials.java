package org.colloquium.events.application;

import java.util.ArrayList;
import java.util.List;
import org.colloquium.events.domain.MaterialRules;
import org.colloquium.events.domain.MaterialsRepository;
import org.colloquium.events.domain.Positioned;
import org.colloquium.kernel.access.NotFoundException;

/**
 * Removing and moving items of an event's ordered lists (tracks, presentation types, attachments,
 * media links), the same for each: an id that is not on the event's list is not found, and the
 * positions stay 0..n-1 without gaps.
 */
final class OrderedMaterials {

  private OrderedMaterials() {}

  static <T extends Positioned> T find(List<T> items, Long id) {
    return items.stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no item " + id));
  }

  static <T extends Positioned> void remove(
      MaterialsRepository materials, List<T> ordered, Long id) {
    List<T> rest = new ArrayList<>(ordered);
    T item = find(rest, id);
    materials.remove(item);
    rest.remove(item);
    MaterialRules.renumber(rest);
  }

  static <T extends Positioned> void move(List<T> ordered, Long id, int delta) {
    find(ordered, id);
    MaterialRules.move(ordered, id, Integer.signum(delta));
  }
}
