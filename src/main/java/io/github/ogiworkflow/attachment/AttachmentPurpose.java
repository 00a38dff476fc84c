package io.github.ogiworkflow.attachment;

/** What a file is for in the case. */
public enum AttachmentPurpose {
  /** The application as received: the scanned paper form, an identity document. */
  APPLICATION("申请材料"),
  /** What the search found (检索): the documents as the agency holds them. */
  FOUND("检索到的文件"),
  /**
   * The file to release for an item, processed where needed (区分处理, Art. 37): the only files
   * an applicant can download, and only for items released in the delivered reply.
   */
  RELEASE("拟公开文件（已处理）");

  private final String label;

  AttachmentPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
