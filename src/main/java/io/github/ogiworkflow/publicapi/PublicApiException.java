package io.github.ogiworkflow.publicapi;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A refusal of the public API: status, English error, Chinese message, optional field errors. */
class PublicApiException extends RuntimeException {

  final HttpStatus status;
  final String error;
  final String chineseMessage;
  final Map<String, String> fieldErrors;

  PublicApiException(HttpStatus status, String error, String chineseMessage,
      Map<String, String> fieldErrors) {
    super(error);
    this.status = status;
    this.error = error;
    this.chineseMessage = chineseMessage;
    this.fieldErrors = fieldErrors;
  }

  PublicApiException(HttpStatus status, String error, String chineseMessage) {
    this(status, error, chineseMessage, null);
  }

  /** Unknown number and wrong code alike: nobody can tell which numbers exist. */
  static PublicApiException notFound() {
    return new PublicApiException(HttpStatus.NOT_FOUND, "not found",
        "未找到该申请，或查询码不正确");
  }

  static PublicApiException invalid(Map<String, String> fieldErrors) {
    return new PublicApiException(HttpStatus.BAD_REQUEST, "validation failed",
        "申请内容有误，请按提示修改", fieldErrors);
  }

  static PublicApiException badRequest(String error, String chineseMessage) {
    return new PublicApiException(HttpStatus.BAD_REQUEST, error, chineseMessage);
  }
}
