package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountService;
import org.colloquium.kernel.account.api.AccountView;
import org.colloquium.kernel.account.api.ConfirmationResult;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.PasswordChanged;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.account.api.ProfileChange;
import org.colloquium.kernel.account.api.SignUpRequest;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.account.domain.AccountToken;
import org.colloquium.kernel.account.domain.PasswordPolicy;
import org.colloquium.kernel.account.domain.SignUpPolicy;
import org.colloquium.kernel.account.domain.TokenPurpose;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.limits.api.ClientAddress;
import org.colloquium.kernel.limits.api.ClientForm;
import org.colloquium.kernel.limits.api.ClientLimits;
import org.colloquium.kernel.limits.api.MailQuotas;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link AccountService}. */
@ApplicationScoped
@Transactional
public class DefaultAccountService implements AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject Outbox outbox;
  @Inject Settings settings;
  @Inject Clock clock;
  @Inject ClientLimits clientLimits;
  @Inject MailQuotas mailQuotas;
  @Inject SignInLedger signIns;
  @Inject Event<PasswordChanged> passwordChanged;

  @Override
  public boolean signUpOpen() {
    return SignUpPolicy.open(settings.demoData(), accounts.administratorCount());
  }

  @Override
  public void signUp(SignUpRequest request, String clientAddress) {
    if (!signUpOpen()) {
      throw new ValidationException(Problem.global("account.signUp.closed"));
    }
    List<Problem> problems = new ArrayList<>();
    Optional<EmailAddress> email = EmailAddress.parse(request.email());
    if (email.isEmpty()) {
      problems.add(
          Problem.of(
              "email",
              request.email() == null || request.email().isBlank()
                  ? "account.email.required"
                  : "account.email.invalid"));
    }
    problems.addAll(PasswordPolicy.check(request.password(), email.orElse(null), "password"));
    Profile profile =
        Profile.fromInput(
            request.fullName(),
            request.affiliation(),
            request.country(),
            request.orcid(),
            request.language(),
            problems);
    ValidationException.throwIfAny(problems);
    // Counted once the input is valid: a typing mistake costs the site nothing.
    clientLimits.admit(ClientForm.SIGN_UP, clientAddress);

    Instant now = clock.instant();
    // Hashed on both paths, so the time the answer takes does not tell a taken address apart.
    String hash = hasher.hash(request.password());
    Optional<Account> existing = accounts.findByEmail(email.get());
    if (existing.isPresent()) {
      Account owner = existing.get();
      if (!mayMail(owner.email())) {
        return;
      }
      outbox.enqueue(
          "account-exists",
          owner.email(),
          owner.fullName(),
          owner.preferredLanguage(),
          Map.of(
              "signInLink",
              ContinueLink.append(settings.baseUrl() + "/sign-in", request.continueTo()),
              "resetLink",
              settings.baseUrl() + "/forgot-password"));
      return;
    }
    Account account = new Account(email.get(), hash, profile, now);
    accounts.add(account);
    if (mayMail(account.email())) {
      sendConfirmation(account, now, request.continueTo());
    }
  }

  @Override
  public void resendConfirmation(String emailInput, String clientAddress) {
    resendConfirmation(emailInput, null, clientAddress);
  }

  @Override
  public void resendConfirmation(String emailInput, String continueTo, String clientAddress) {
    clientLimits.admit(ClientForm.CONFIRMATION_RESEND, clientAddress);
    EmailAddress.parse(emailInput)
        .flatMap(accounts::findByEmail)
        .filter(a -> !a.isEmailConfirmed())
        .filter(a -> mayMail(a.email()))
        .ifPresent(a -> sendConfirmation(a, clock.instant(), continueTo));
  }

  @Override
  public ConfirmationResult confirmEmail(String secret) {
    if (secret == null || secret.isBlank()) {
      return ConfirmationResult.UNKNOWN;
    }
    Instant now = clock.instant();
    Optional<AccountToken> token = accounts.findTokenBySecret(secret);
    if (token.isEmpty()) {
      return ConfirmationResult.UNKNOWN;
    }
    var refusal = token.get().refusalFor(TokenPurpose.CONFIRM_EMAIL, now);
    if (refusal.isPresent()) {
      return explain(refusal.get());
    }
    token.get().consume(now);
    confirm(accounts.find(token.get().accountId()).orElseThrow(), now);
    return ConfirmationResult.CONFIRMED;
  }

  @Override
  public void requestPasswordReset(String emailInput, String clientAddress) {
    clientLimits.admit(ClientForm.PASSWORD_RESET, clientAddress);
    Optional<Account> account = EmailAddress.parse(emailInput).flatMap(accounts::findByEmail);
    if (account.isEmpty()) {
      return;
    }
    Account a = account.get();
    Instant now = clock.instant();
    if (!mayMail(a.email())) {
      return;
    }
    accounts.withdrawOpenTokens(a.id(), TokenPurpose.RESET_PASSWORD, now);
    AccountToken.Issued issued = AccountToken.issue(a.id(), TokenPurpose.RESET_PASSWORD, now);
    accounts.add(issued.token());
    outbox.enqueue(
        "reset-password",
        a.email(),
        a.fullName(),
        a.preferredLanguage(),
        Map.of(
            "link",
            settings.baseUrl() + "/reset-password?token=" + encode(issued.secret()),
            "validMinutes",
            Long.toString(TokenPurpose.RESET_PASSWORD.validity().toMinutes())));
  }

  @Override
  public ConfirmationResult checkResetToken(String secret) {
    if (secret == null || secret.isBlank()) {
      return ConfirmationResult.UNKNOWN;
    }
    return accounts
        .findTokenBySecret(secret)
        .map(
            t ->
                t.refusalFor(TokenPurpose.RESET_PASSWORD, clock.instant())
                    .map(DefaultAccountService::explain)
                    .orElse(ConfirmationResult.CONFIRMED))
        .orElse(ConfirmationResult.UNKNOWN);
  }

  @Override
  public void resetPassword(String secret, String newPassword, String clientAddress) {
    Instant now = clock.instant();
    AccountToken token =
        accounts
            .findTokenBySecret(secret == null ? "" : secret)
            .filter(t -> t.refusalFor(TokenPurpose.RESET_PASSWORD, now).isEmpty())
            .orElseThrow(
                () -> new ValidationException(Problem.global("account.reset.linkInvalid")));
    Account account = accounts.find(token.accountId()).orElseThrow();
    ValidationException.throwIfAny(PasswordPolicy.check(newPassword, account.email(), "password"));
    token.consume(now);
    account.changePasswordHash(hasher.hash(newPassword));
    passwordChanged.fire(new PasswordChanged(account.id()));
    confirm(account, now);
    signIns.forgive(account.email(), ClientAddress.of(clientAddress));
    notifyPasswordChanged(account);
  }

  @Override
  public int changePassword(Long accountId, String currentPassword, String newPassword) {
    Account account = find(accountId);
    if (!hasher.verify(currentPassword, account.passwordHash())) {
      throw new ValidationException(Problem.of("currentPassword", "account.password.wrong"));
    }
    ValidationException.throwIfAny(
        PasswordPolicy.check(newPassword, account.email(), "newPassword"));
    account.changePasswordHash(hasher.hash(newPassword));
    passwordChanged.fire(new PasswordChanged(account.id()));
    notifyPasswordChanged(account);
    return account.credentialVersion();
  }

  @Override
  public AccountView updateProfile(Long accountId, ProfileChange change) {
    Account account = find(accountId);
    List<Problem> problems = new ArrayList<>();
    Profile profile =
        Profile.fromInput(
            change.fullName(),
            change.affiliation(),
            change.country(),
            change.orcid(),
            change.language(),
            problems);
    ValidationException.throwIfAny(problems);
    account.updateProfile(profile);
    return DefaultAccountQueries.toView(account);
  }

  @Override
  public void preferLanguage(Long accountId, Language language) {
    find(accountId).preferLanguage(language);
  }

  private Account find(Long accountId) {
    return accounts
        .find(accountId)
        .orElseThrow(() -> new NotFoundException("account " + accountId));
  }

  /**
   * Confirms the address. With the demo data on and no administrator, the first confirmed account
   * becomes one: an unconfirmed sign-up with someone else's address must not take the role. A
   * production install never hands the role out this way (see {@link SignUpPolicy}).
   */
  private void confirm(Account account, Instant now) {
    account.confirmEmail(now);
    if (!account.isPlatformAdministrator()
        && SignUpPolicy.firstConfirmedBecomesAdministrator(
            settings.demoData(), accounts.administratorCount())) {
      account.makePlatformAdministrator();
      LOG.info(
          () -> "First confirmed account " + account.email() + " is the platform administrator");
    }
  }

  /** See {@link MailQuotas#takeLinkMail}: further requests get the usual answer and no mail. */
  private boolean mayMail(EmailAddress to) {
    return mailQuotas.takeLinkMail(to);
  }

  private void sendConfirmation(Account account, Instant now, String continueTo) {
    accounts.withdrawOpenTokens(account.id(), TokenPurpose.CONFIRM_EMAIL, now);
    AccountToken.Issued issued = AccountToken.issue(account.id(), TokenPurpose.CONFIRM_EMAIL, now);
    accounts.add(issued.token());
    outbox.enqueue(
        "confirm-email",
        account.email(),
        account.fullName(),
        account.preferredLanguage(),
        Map.of(
            "link",
            ContinueLink.append(
                settings.baseUrl() + "/confirm-email?token=" + encode(issued.secret()), continueTo),
            "validHours",
            Long.toString(TokenPurpose.CONFIRM_EMAIL.validity().toHours())));
  }

  private void notifyPasswordChanged(Account account) {
    outbox.enqueue(
        "password-changed",
        account.email(),
        account.fullName(),
        account.preferredLanguage(),
        Map.of("resetLink", settings.baseUrl() + "/forgot-password"));
  }

  private static ConfirmationResult explain(AccountToken.Refusal refusal) {
    return switch (refusal) {
      case EXPIRED -> ConfirmationResult.EXPIRED;
      case USED -> ConfirmationResult.ALREADY_USED;
      case SUPERSEDED -> ConfirmationResult.SUPERSEDED;
      case WRONG_PURPOSE -> ConfirmationResult.UNKNOWN;
    };
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
