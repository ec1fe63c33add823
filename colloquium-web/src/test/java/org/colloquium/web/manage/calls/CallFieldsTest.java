package org.colloquium.web.manage.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.colloquium.events.api.CallForm;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.junit.jupiter.api.Test;

class CallFieldsTest {

  @Test
  void givesBackEveryFieldAndTheVersionItWasFilledWith() {
    CallForm form =
        new CallForm(
            "2027-01-01T00:00",
            "2027-03-15T23:59",
            "2027-05-01T23:59",
            "2027-04-01T12:00",
            "2027-05-15T23:59",
            "30",
            "Doctoral students",
            "300",
            "3",
            "6",
            true,
            false,
            PdfPolicy.OPTIONAL,
            "10",
            "12",
            ReviewMode.DOUBLE_BLIND,
            4);
    assertEquals(form, CallFields.of(form).form());
  }

  @Test
  void keepsWhatWasTypedEvenWhenItIsNotANumber() {
    CallForm empty =
        new CallForm(
            null, null, null, null, null, null, null, null, null, null, false, false, null, null,
            null, null, null);
    CallFields fields = CallFields.of(empty);
    fields.setWordLimit("three hundred");
    assertEquals("three hundred", fields.form().wordLimit());
  }
}
