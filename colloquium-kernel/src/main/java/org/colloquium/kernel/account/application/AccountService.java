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
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.account.domain.AccountToken;
import org.colloquium.kernel.account.domain.EmailAddress;
import org.colloquium.kernel.account.domain.PasswordPolicy;
import org.colloquium.kernel.account.domain.Profile;
import org.colloquium.kernel.account.domain.SignUpPolicy;
import org.colloquium.kernel.account.domain.TokenPurpose;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.limits.application.ClientLimits;
import org.colloquium.kernel.limits.application.MailQuotas;
import org.colloquium.kernel.limits.application.TooManyRequestsException;
import org.colloquium.kernel.limits.domain.ClientAddress;
import org.colloquium.kernel.limits.domain.ClientForm;
import org.colloquium.kernel.mail.application.Outbox;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/**
 * Account use cases. Answers never reveal whether an address has an account (sign-up with a taken
 * address and a reset for an unknown one look the same to the visitor); the owner of the address
 * learns what happened by mail instead.
 */
@ApplicationScoped
@Transactional
public class AccountService {

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

  /**
   * Whether strangers may sign up now: not on a fresh install without demo data until an
   * administrator exists (see {@link SignUpPolicy}).
   */
  public boolean signUpOpen() {
    return SignUpPolicy.open(settings.demoData(), accounts.administratorCount());
  }

  /**
   * Creates an unconfirmed account and mails the confirmation link. (With the demo data on and no
   * administrator, the first account to be confirmed becomes the platform administrator, see {@link
   * #confirm}.)
   *
   * @param clientAddress the request's remote address: each one may sign up only so often, since a
   *     sign-up costs a PBKDF2 hash and mails an address of the sender's choosing
   * @throws ValidationException listing every problem with the input, or {@code
   *     account.signUp.closed} alone while sign-up is closed (see {@link #signUpOpen})
   * @throws TooManyRequestsException if the client address signed up too often lately
   */
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

  /**
   * Sends a fresh confirmation link to an unconfirmed account; silent otherwise.
   *
   * @throws TooManyRequestsException if the client address asked too often lately
   */
  public void resendConfirmation(String emailInput, String clientAddress) {
    resendConfirmation(emailInput, null, clientAddress);
  }

  /**
   * Sends a fresh confirmation link to an unconfirmed account, leading on to {@code continueTo} (an
   * optional path on this site); silent otherwise.
   *
   * @throws TooManyRequestsException if the client address asked too often lately
   */
  public void resendConfirmation(String emailInput, String continueTo, String clientAddress) {
    clientLimits.admit(ClientForm.CONFIRMATION_RESEND, clientAddress);
    EmailAddress.parse(emailInput)
        .flatMap(accounts::findByEmail)
        .filter(a -> !a.isEmailConfirmed())
        .filter(a -> mayMail(a.email()))
        .ifPresent(a -> sendConfirmation(a, clock.instant(), continueTo));
  }

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

  /**
   * Mails a reset link if the address has an account; does nothing visible otherwise.
   *
   * @throws TooManyRequestsException if the client address asked too often lately
   */
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

  /** Whether a reset link can still be used, to show the form or explain why not. */
  public ConfirmationResult checkResetToken(String secret) {
    if (secret == null || secret.isBlank()) {
      return ConfirmationResult.UNKNOWN;
    }
    return accounts
        .findTokenBySecret(secret)
        .map(
            t ->
                t.refusalFor(TokenPurpose.RESET_PASSWORD, clock.instant())
                    .map(AccountService::explain)
                    .orElse(ConfirmationResult.CONFIRMED))
        .orElse(ConfirmationResult.UNKNOWN);
  }

  /**
   * Sets a new password with a reset link. Also confirms the address (the link proves the mailbox),
   * lifts the sign-in pause of the client that did it and revokes the account's API tokens ({@link
   * PasswordChanged}).
   *
   * @throws ValidationException for a weak password or an unusable link
   */
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

  /**
   * Changes the password; the account's API tokens are revoked ({@link PasswordChanged}).
   *
   * @return the account's new credential version, for the session that made the change (every other
   *     session of the account ends)
   * @throws ValidationException if the current password is wrong or the new one is weak
   */
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

  /**
   * @throws ValidationException listing every problem with the input
   */
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
    return AccountQueries.toView(account);
  }

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
