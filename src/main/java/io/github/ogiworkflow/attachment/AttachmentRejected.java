package io.github.ogiworkflow.attachment;

import org.springframework.http.HttpStatus;

/** An upload or download refused: status, the field concerned and a Chinese message for staff. */
public class AttachmentRejected extends RuntimeException {

  private final HttpStatus status;
  private final String field;
  private final String chineseMessage;

  AttachmentRejected(HttpStatus status, String field, String chineseMessage) {
    super(field + ": " + chineseMessage);
    this.status = status;
    this.field = field;
    this.chineseMessage = chineseMessage;
  }

  static AttachmentRejected invalid(String field, String chineseMessage) {
    return new AttachmentRejected(HttpStatus.BAD_REQUEST, field, chineseMessage);
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }

  public String chineseMessage() {
    return chineseMessage;
  }
}
