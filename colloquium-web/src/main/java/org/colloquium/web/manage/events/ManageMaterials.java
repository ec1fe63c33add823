package org.colloquium.web.manage.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.colloquium.events.api.AttachmentKind;
import org.colloquium.events.api.AttachmentUpload;
import org.colloquium.events.api.EventMaterials;
import org.colloquium.events.api.MaterialsOverview;
import org.colloquium.events.api.MediaKind;
import org.colloquium.events.api.MediaLinkChange;
import org.colloquium.kernel.files.domain.ContentCheck;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Uploads;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/materials: attach PDFs (press release, programme) and add media links;
 * reorder and remove them. Below, the public page's materials section as visitors will see it.
 */
@Named
@ViewScoped
public class ManageMaterials implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EventMaterials service;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private MaterialsOverview overview;

  private AttachmentKind attachmentKind = AttachmentKind.PROGRAMME;
  private String attachmentTitle;
  private Language attachmentLanguage;
  private transient Part attachmentFile;

  private String linkTitle;
  private String linkUrl;
  private MediaKind linkKind = MediaKind.VIDEO;

  public void load() {
    if (overview == null) {
      refresh();
    }
  }

  private void refresh() {
    overview = service.overview(signedIn.accountId(), slug);
  }

  public void upload() {
    // Taken, not kept: the view outlives the request (see Uploads.read).
    Part file = attachmentFile;
    attachmentFile = null;
    try {
      var attached =
          service.attach(
              signedIn.accountId(),
              slug,
              new AttachmentUpload(
                  attachmentKind,
                  attachmentTitle,
                  attachmentLanguage,
                  Uploads.name(file),
                  Uploads.read(file, ContentCheck.MAX_PDF_BYTES)));
      Messages.addGlobalInfo("materials.attachment.added", attached.title(), attached.fileName());
      attachmentTitle = null;
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "attachment");
    }
  }

  public void removeAttachment(Long id) {
    service.removeAttachment(signedIn.accountId(), slug, id);
    refresh();
  }

  public void moveAttachment(Long id, int delta) {
    service.moveAttachment(signedIn.accountId(), slug, id, delta);
    refresh();
  }

  public void addLink() {
    try {
      service.addMediaLink(
          signedIn.accountId(), slug, new MediaLinkChange(linkTitle, linkUrl, linkKind));
      Messages.addGlobalInfo("materials.link.added", linkTitle.strip());
      linkTitle = null;
      linkUrl = null;
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "link");
    }
  }

  public void removeLink(Long id) {
    service.removeMediaLink(signedIn.accountId(), slug, id);
    refresh();
  }

  public void moveLink(Long id, int delta) {
    service.moveMediaLink(signedIn.accountId(), slug, id, delta);
    refresh();
  }

  public AttachmentKind[] getAttachmentKinds() {
    return AttachmentKind.values();
  }

  public MediaKind[] getMediaKinds() {
    return MediaKind.values();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public MaterialsOverview getOverview() {
    return overview;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public AttachmentKind getAttachmentKind() {
    return attachmentKind;
  }

  public void setAttachmentKind(AttachmentKind attachmentKind) {
    this.attachmentKind = attachmentKind;
  }

  public String getAttachmentTitle() {
    return attachmentTitle;
  }

  public void setAttachmentTitle(String attachmentTitle) {
    this.attachmentTitle = attachmentTitle;
  }

  public Language getAttachmentLanguage() {
    return attachmentLanguage;
  }

  public void setAttachmentLanguage(Language attachmentLanguage) {
    this.attachmentLanguage = attachmentLanguage;
  }

  public Part getAttachmentFile() {
    return attachmentFile;
  }

  public void setAttachmentFile(Part attachmentFile) {
    this.attachmentFile = attachmentFile;
  }

  public String getLinkTitle() {
    return linkTitle;
  }

  public void setLinkTitle(String linkTitle) {
    this.linkTitle = linkTitle;
  }

  public String getLinkUrl() {
    return linkUrl;
  }

  public void setLinkUrl(String linkUrl) {
    this.linkUrl = linkUrl;
  }

  public MediaKind getLinkKind() {
    return linkKind;
  }

  public void setLinkKind(MediaKind linkKind) {
    this.linkKind = linkKind;
  }
}
