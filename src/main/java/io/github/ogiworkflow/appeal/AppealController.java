package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appeal events in (handbook section 3), for legal staff and integrations, HTTP Basic as the
 * engine's users ({@link AppealAuthenticationConfiguration}); only {@code legal} and
 * administrators. Errors: 400 bad input, 404 unknown tracking number, 409 wrong state, each as
 * {@code {"error": english, "message": 中文}}; nothing changes on error.
 */
@RestController
// Web layer only: the process test engine scans this package without one.
@ConditionalOnWebApplication
@RequestMapping(AppealAuthenticationConfiguration.APPEALS_PATH + "/{trackingNumber}")
public class AppealController {

  private final AppealEvents events;
  private final StaffAccess access;

  public AppealController(AppealEvents events, StaffAccess access) {
    this.events = events;
    this.access = access;
  }

  @PostMapping("/reconsiderations")
  public ResponseEntity<Object> reconsideration(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.LEGAL);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(events.fileReconsideration(trackingNumber, body));
  }

  @PostMapping("/reconsiderations/decision")
  public ResponseEntity<Object> decision(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.LEGAL);
    // A decision arrives as a message to the running appeal: legal may record it here, but has
    // no right to change appeal instances through the engine API (issue 13, M1).
    AppealRegister.DecisionNotes notes = access.withoutAuthorizations(() ->
        events.reconsiderationDecided(trackingNumber, body));
    return ResponseEntity.ok(decided(trackingNumber, notes));
  }

  @PostMapping("/lawsuits")
  public ResponseEntity<Object> lawsuit(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.LEGAL);
    return ResponseEntity.status(HttpStatus.CREATED).body(events.fileLawsuit(trackingNumber, body));
  }

  @PostMapping("/lawsuits/judgment")
  public ResponseEntity<Object> judgment(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.LEGAL);
    // A decision arrives as a message to the running appeal: legal may record it here, but has
    // no right to change appeal instances through the engine API (issue 13, M1).
    AppealRegister.DecisionNotes notes = access.withoutAuthorizations(() ->
        events.judgmentDelivered(trackingNumber, body));
    return ResponseEntity.ok(decided(trackingNumber, notes));
  }

  /**
   * The answer to a recorded decision or judgment: {@code warning} (bilingual) when it is dated
   * before the agency's answer or defence was submitted, recorded all the same; {@code notice}
   * (bilingual) what the system did with it, e.g. reopened a withdrawn request (ADR 0110).
   */
  private static Map<String, Object> decided(String trackingNumber,
      AppealRegister.DecisionNotes notes) {
    Map<String, Object> answer = new java.util.LinkedHashMap<>();
    answer.put("trackingNumber", trackingNumber);
    if (notes.warning() != null) {
      answer.put("warning", notes.warning());
    }
    if (notes.notice() != null) {
      answer.put("notice", notes.notice());
    }
    return answer;
  }

  /**
   * The plaintiff's appeal against a first-instance judgment, served on the agency; after the
   * suit had ended, recorded in a new instance with {@code warning} (ADR 0057).
   */
  @PostMapping("/lawsuits/appeal")
  public ResponseEntity<Object> plaintiffAppeal(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.LEGAL);
    // Arrives as a message to the waiting suit, as the judgment does (issue 13, M1).
    String warning = access.withoutAuthorizations(() ->
        events.plaintiffAppealServed(trackingNumber, body));
    return ResponseEntity.ok(decided(trackingNumber,
        new AppealRegister.DecisionNotes(warning, null)));
  }

  @PostMapping("/complaints")
  public ResponseEntity<Object> complaint(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.LEGAL);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(events.fileComplaint(trackingNumber, body));
  }

  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Map<String, String>> refused(ProcessEngineException e) {
    return refusal(e);
  }

  /** 404, 409, 400 or 403 for what the appeal events refuse; anything else is rethrown. */
  static ResponseEntity<Map<String, String>> refusal(ProcessEngineException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AuthorizationException) {
        // This API's own wording, kept (the other case APIs say 无权执行此操作).
        return error(HttpStatus.FORBIDDEN, "not authorized（无权操作）");
      }
    }
    return ApiError.forRefusal(e, UnknownCase.class, AppealConflict.class).orElseThrow(() -> e);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return unreadableBody(e);
  }

  /** 400: a body that is no JSON object, or names a field twice. */
  static ResponseEntity<Map<String, String>> unreadableBody(HttpMessageNotReadableException e) {
    String duplicate = ApiError.duplicateField(e);
    return duplicate == null ? notJson()
        : error(HttpStatus.BAD_REQUEST, "a field is named twice（" + duplicate + "）");
  }

  static ResponseEntity<Map<String, String>> notJson() {
    return error(HttpStatus.BAD_REQUEST, "the body is not a JSON object（请求内容须为JSON对象）");
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String text) {
    return ApiError.of(status, text);
  }
}
