package org.colloquium.kernel.account.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Orcid;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.account.application.PasswordHasher;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.demo.DemoContent;
import org.colloquium.kernel.i18n.Language;

/**
 * The demo accounts printed in README.md, one per role. Names use Romanian diacritics and Cyrillic
 * on purpose: every page and PDF must render them.
 */
@ApplicationScoped
public class DemoAccounts implements DemoContent {

  /** The one password of every demo account (README.md prints it). */
  public static final String PASSWORD = "Colloquium-Demo-2026";

  public static final String ADMINISTRATOR = "admin@colloquium.example";
  public static final String ORGANISER = "organiser@colloquium.example";
  public static final String REVIEWER = "reviewer@colloquium.example";
  public static final String AUTHOR = "author@colloquium.example";
  public static final String ATTENDEE = "attendee@colloquium.example";

  /** Chairs the annual conference's energy track; reviewed for the past conference. */
  public static final String TRACK_CHAIR = "radu.vasilescu@colloquium.example";

  /**
   * The rest of the past conference's committee, who reviewed its call in 2023 with {@link
   * #REVIEWER}: from Cluj-Napoca, Chișinău and Lviv.
   */
  public static final List<String> PAST_REVIEWERS =
      List.of(
          DemoAccounts.TRACK_CHAIR,
          "natalia.rusu@colloquium.example",
          "dmytro.hnatiuk@colloquium.example");

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Override
  public int order() {
    return 0;
  }

  @Override
  @Transactional
  public boolean publishedSecretsPresent() {
    return accounts.findByEmail(new EmailAddress(ADMINISTRATOR)).isPresent();
  }

  @Override
  @Transactional
  public void load() {
    String hash = hasher.hash(PASSWORD);
    add(ADMINISTRATOR, hash, "Adriana Ionescu", "Colloquium platform", "RO", null, true);
    add(
        ORGANISER,
        hash,
        "Ioana Rădulescu-Stănescu",
        "Romanian Centre for Russian Studies, University of Bucharest",
        "RO",
        null,
        false);
    add(
        REVIEWER,
        hash,
        "Олена Шевченко",
        "Taras Shevchenko National University of Kyiv",
        "UA",
        "0000-0002-1825-0097",
        false);
    add(AUTHOR, hash, "Andrei Țurcanu", "Moldova State University", "MD", null, false);
    add(ATTENDEE, hash, "Mihai Ștefănescu", "University of Bucharest", "RO", null, false);
    add(
        PAST_REVIEWERS.get(0),
        hash,
        "Radu Vasilescu",
        "Babeș-Bolyai University, Cluj-Napoca",
        "RO",
        null,
        false);
    add(
        PAST_REVIEWERS.get(1),
        hash,
        "Natalia Rusu",
        "Academy of Sciences of Moldova",
        "MD",
        null,
        false);
    add(
        PAST_REVIEWERS.get(2),
        hash,
        "Дмитро Гнатюк",
        "Ivan Franko National University of Lviv",
        "UA",
        null,
        false);
  }

  private void add(
      String email,
      String hash,
      String name,
      String affiliation,
      String country,
      String orcid,
      boolean administrator) {
    var now = clock.instant();
    Account account =
        new Account(
            new EmailAddress(email),
            hash,
            new Profile(
                name, affiliation, country, orcid == null ? null : new Orcid(orcid), Language.EN),
            now);
    account.confirmEmail(now);
    if (administrator) {
      account.makePlatformAdministrator();
    }
    accounts.add(account);
  }
}
