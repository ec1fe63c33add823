package org.colloquium.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The sign-in mechanism: our own form at /sign-in calls {@code SecurityContext.authenticate}; the
 * container remembers the caller in the session. Pages are protected by the route table (see {@link
 * org.colloquium.web.routing.Routes}), not by web.xml constraints.
 *
 * <p>The server must run with {@code integrated-jaspi=false} on the application security domain
 * (configure-server.cli): with the default, correct credentials end in a 500 (ELY01177).
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/sign-in", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class SecurityConfiguration {}
