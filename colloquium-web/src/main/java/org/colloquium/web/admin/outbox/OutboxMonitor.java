package org.colloquium.web.admin.outbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.mail.api.MailState;
import org.colloquium.kernel.mail.api.OutboxAdministration;
import org.colloquium.kernel.mail.api.OutboxEntry;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /admin/outbox: every mail with its state, attempts and last error; failed and held mails can be
 * sent again. Pages through the outbox lazily, newest first.
 */
@Named
@ViewScoped
public class OutboxMonitor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OutboxAdministration outbox;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private MailState state;
  private final Mails mails = new Mails();

  /** The table's rows, loaded one page at a time. */
  public final class Mails extends LazyDataModel<OutboxEntry> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) outbox.count(signedIn.accountId(), state);
    }

    @Override
    public List<OutboxEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return outbox.page(signedIn.accountId(), state, first, pageSize);
    }

    @Override
    public String getRowKey(OutboxEntry entry) {
      return String.valueOf(entry.id());
    }

    @Override
    public OutboxEntry getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : ((List<OutboxEntry>) getWrappedData())
              .stream().filter(e -> String.valueOf(e.id()).equals(rowKey)).findFirst().orElse(null);
    }
  }

  public void resend(Long id) {
    try {
      outbox.resend(signedIn.accountId(), id);
      Messages.addGlobalInfo("outbox.resent", id);
    } catch (NotFoundException
        | IllegalStateException
        | PersistenceException
        | TransactionalException e) {
      // Gone, sent meanwhile, or claimed by a sender at this very moment (optimistic lock).
      Messages.addGlobalError("outbox.notResendable", id);
    }
  }

  public Mails getMails() {
    return mails;
  }

  public MailState getState() {
    return state;
  }

  public void setState(MailState state) {
    this.state = state;
  }

  public MailState[] getStates() {
    return MailState.values();
  }
}
