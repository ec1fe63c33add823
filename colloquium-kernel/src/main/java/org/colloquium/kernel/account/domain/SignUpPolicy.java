package org.colloquium.kernel.account.domain;

/**
 * Whether strangers may create accounts. A fresh production install (no demo data) has no
 * administrator until the operator names one (COLLOQUIUM_ADMIN_EMAIL); if sign-up were open then,
 * the first stranger to reach the site would sign up and, as the first confirmed account, take the
 * platform's administration. So sign-up stays closed until an administrator exists. With the demo
 * data on (development, trying it out) the demo administrator exists, and a database that somehow
 * has none still lets the first confirmed account take the role, as before.
 */
public final class SignUpPolicy {

  private SignUpPolicy() {}

  /**
   * @param demoData whether the demo data setting is on
   * @param administrators how many platform administrators exist
   */
  public static boolean open(boolean demoData, long administrators) {
    return demoData || administrators > 0;
  }

  /**
   * Whether a newly confirmed account becomes the platform administrator: only while there is none
   * and only where sign-up without one is allowed at all (demo data on), never on a closed install.
   */
  public static boolean firstConfirmedBecomesAdministrator(boolean demoData, long administrators) {
    return demoData && administrators == 0;
  }
}
