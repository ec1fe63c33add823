package org.colloquium.registration.api;

/** Whether registration of an event has opened, is open or has closed. */
public enum RegistrationWindow {
  NOT_YET,
  OPEN,
  CLOSED
}
