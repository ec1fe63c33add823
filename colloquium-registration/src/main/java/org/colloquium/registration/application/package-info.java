/**
 * Registration's services, the transaction boundary: {@link
 * org.colloquium.registration.application.Transitions} is the one place where a registration
 * changes state and places are counted, with its mail queued in the same transaction ({@link
 * org.colloquium.registration.application.RegistrationMails}); the face's services check who may
 * act and call it; {@link org.colloquium.registration.application.OfferExpiryJob} ends offers that
 * ran out.
 */
package org.colloquium.registration.application;
