package io.github.ogiworkflow.publicapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** JSON error answers of the public API only: {"error": english, "message": 中文, "fieldErrors"}. */
@RestControllerAdvice(assignableTypes = {PublicRequestController.class,
    PublicDownloadController.class})
class PublicApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PublicApiErrors.class);

  @ExceptionHandler(PublicApiException.class)
  ResponseEntity<Map<String, Object>> refused(PublicApiException e) {
    Map<String, Object> body = body(e.error, e.chineseMessage);
    if (e.fieldErrors != null) {
      body.put("fieldErrors", e.fieldErrors);
    }
    return ResponseEntity.status(e.status).body(body);
  }

  /** Anything unexpected: logged by type only (messages may quote personal data). */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> failed(Exception e) {
    if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
      return ResponseEntity.status(spring.getStatusCode())
          .body(body("bad request", "请求无效"));
    }
    StackTraceElement[] where = e.getStackTrace();
    LOG.error("Public API request failed: {} at {}", e.getClass().getName(),
        where.length > 0 ? where[0] : "?");
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(body("internal error", "系统繁忙，请稍后再试"));
  }

  static Map<String, Object> body(String error, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("message", message);
    return body;
  }
}
