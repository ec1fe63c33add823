package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.InstitutionChange;
import org.colloquium.events.api.PartnerView;
import org.colloquium.events.api.Partners;
import org.colloquium.events.api.PartnersOverview;
import org.colloquium.events.api.ServedFile;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.Institution;
import org.colloquium.events.domain.MaterialRules;
import org.colloquium.events.domain.MaterialsRepository;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.files.api.UploadInspection;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link Partners}. */
@ApplicationScoped
@Transactional
public class DefaultPartners implements Partners {

  @Inject EventAccess access;
  @Inject MaterialsRepository materials;
  @Inject FileStore files;
  @Inject UploadInspection inspection;

  @Override
  public PartnersOverview overview(Long actorId, String slug) {
    Event event = access.manageable(actorId, slug);
    return new PartnersOverview(
        materials.eventVersion(event.id()), view(event, event.organiser(), 0), views(event));
  }

  @Override
  public int saveOrganiser(
      Long actorId, String slug, int expectedVersion, InstitutionChange change) {
    Event event = editable(actorId, slug, expectedVersion);
    Institution current = event.organiser();
    boolean clearing =
        (change.name() == null || change.name().isBlank())
            && (change.url() == null || change.url().isBlank())
            && !change.hasNewLogo();
    Institution organiser = clearing ? null : institution(actorId, change, current);
    event.organisedBy(organiser, event.partners());
    return saved(event);
  }

  @Override
  public int addPartner(Long actorId, String slug, int expectedVersion, InstitutionChange change) {
    Event event = editable(actorId, slug, expectedVersion);
    List<Institution> partners = new ArrayList<>(event.partners());
    partners.add(institution(actorId, change, null));
    event.organisedBy(event.organiser(), partners);
    return saved(event);
  }

  @Override
  public int updatePartner(
      Long actorId, String slug, int expectedVersion, int number, InstitutionChange change) {
    Event event = editable(actorId, slug, expectedVersion);
    List<Institution> partners = new ArrayList<>(event.partners());
    int index = index(partners, number);
    partners.set(index, institution(actorId, change, partners.get(index)));
    event.organisedBy(event.organiser(), partners);
    return saved(event);
  }

  @Override
  public int removePartner(Long actorId, String slug, int expectedVersion, int number) {
    Event event = editable(actorId, slug, expectedVersion);
    List<Institution> partners = new ArrayList<>(event.partners());
    partners.remove(index(partners, number));
    event.organisedBy(event.organiser(), partners);
    return saved(event);
  }

  @Override
  public int movePartner(Long actorId, String slug, int expectedVersion, int number, int delta) {
    Event event = editable(actorId, slug, expectedVersion);
    List<Institution> partners = new ArrayList<>(event.partners());
    int from = index(partners, number);
    int to = from + Integer.signum(delta);
    if (to < 0 || to >= partners.size()) {
      return expectedVersion;
    }
    partners.add(to, partners.remove(from));
    event.organisedBy(event.organiser(), partners);
    return saved(event);
  }

  @Override
  public Optional<ServedFile> logo(String slug, Long viewerId, int number) {
    return access
        .visible(slug, viewerId)
        .flatMap(event -> Optional.ofNullable(institutionNumbered(event, number)))
        .map(Institution::logo)
        .flatMap(files::read)
        .map(f -> new ServedFile(f.bytes(), f.contentType(), null, f.sha256()));
  }

  /** Organiser and partners for the public page. */
  static PartnerView organiserView(Event event) {
    return view(event, event.organiser(), 0);
  }

  static List<PartnerView> views(Event event) {
    List<Institution> partners = event.partners();
    List<PartnerView> views = new ArrayList<>();
    for (int i = 0; i < partners.size(); i++) {
      views.add(view(event, partners.get(i), i + 1));
    }
    return views;
  }

  private static PartnerView view(Event event, Institution institution, int number) {
    if (institution == null) {
      return null;
    }
    String logo =
        institution.logo() == null
            ? null
            : "/events/"
                + event.slug().value()
                + "/logos/"
                + number
                + "?v="
                + institution.logo().substring(0, 12);
    return new PartnerView(institution.name(), institution.url(), logo);
  }

  private static Institution institutionNumbered(Event event, int number) {
    if (number == 0) {
      return event.organiser();
    }
    List<Institution> partners = event.partners();
    return number >= 1 && number <= partners.size() ? partners.get(number - 1) : null;
  }

  private Event editable(Long actorId, String slug, int expectedVersion) {
    Event event = access.manageable(actorId, slug);
    DefaultTracksAndTypes.requireVersion(materials.eventVersion(event.id()), expectedVersion);
    return event;
  }

  private Institution institution(Long actorId, InstitutionChange change, Institution current) {
    List<Problem> problems = new ArrayList<>();
    if (change.name() == null || change.name().isBlank()) {
      problems.add(Problem.of("name", "materials.name.required"));
    } else if (change.name().strip().length() > 300) {
      problems.add(Problem.of("name", "materials.name.tooLong", 300));
    }
    problems.addAll(MaterialRules.checkWebAddress("url", change.url(), false));
    String logo = change.removeLogo() || current == null ? null : current.logo();
    if (change.hasNewLogo()) {
      try {
        logo = files.store(inspection.image(actorId, "logo", change.logo()));
      } catch (ValidationException e) {
        problems.addAll(e.problems());
      }
    }
    ValidationException.throwIfAny(problems);
    String url = change.url() == null || change.url().isBlank() ? null : change.url().strip();
    return new Institution(change.name().strip(), url, logo);
  }

  private int saved(Event event) {
    try {
      materials.flush();
    } catch (OptimisticLockException e) {
      throw new ValidationException(Problem.global("materials.conflict"));
    }
    return materials.eventVersion(event.id());
  }

  private static int index(List<Institution> partners, int number) {
    if (number < 1 || number > partners.size()) {
      throw new NotFoundException("no partner " + number);
    }
    return number - 1;
  }
}
