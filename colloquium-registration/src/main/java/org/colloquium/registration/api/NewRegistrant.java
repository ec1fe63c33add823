package org.colloquium.registration.api;

import java.io.Serializable;

/**
 * A person an organiser registers by hand: by address, whether or not they have an account. The
 * places are decided as for everyone; {@code mailed} says whether they get the mail.
 */
public record NewRegistrant(String email, RegistrationAnswers answers, boolean mailed)
    implements Serializable {}
