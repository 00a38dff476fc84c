package io.github.ogiworkflow.correction;

import io.github.ogiworkflow.correction.DateCorrections.Correction;
import io.github.ogiworkflow.correction.DateCorrections.UnknownCase;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{trackingNumber}/date-corrections} with {@code {"field": "deliveredOn",
 * "newDate": "2026-03-10", "reason": "…"}}: the office corrects a date entered wrongly (issue 14,
 * point 11). Office (and administrators); 领导小组 for the receipt, payment and delivery dates, whose
 * correction of an overdue case (or a late reply) needs leadership (ADR 0124, 0127); HTTP Basic or the webapps' session like the
 * other staff APIs. Answers 201 with the old and new date; bad input 400 in Chinese naming the
 * field, nothing written.
 */
@RestController
@ConditionalOnWebApplication
public class DateCorrectionController {

  static final String CASES_API = "/api/cases";

  /**
   * The dates whose correction may move a passed reply deadline (ADR 0124) or turn a late reply
   * into a timely one (the delivery, ADR 0127): leadership's too.
   */
  static final java.util.Set<String> LEADERSHIP_FIELDS = java.util.Arrays.stream(
      CorrectableDate.values()).filter(CorrectableDate::leadershipMayCorrect).map(Enum::name)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final DateCorrections corrections;
  private final StaffAccess access;

  public DateCorrectionController(DateCorrections corrections, StaffAccess access) {
    this.corrections = corrections;
    this.access = access;
  }

  // Authentication of /api/cases/* (session or Basic) is registered once, for every case API, in
  // AttachmentWebConfiguration.caseApiAuthentication: a second filter on the same path checked
  // the password twice.

  @PostMapping(path = CASES_API + "/{trackingNumber}/date-corrections",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> correct(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    // 领导小组 may correct the two dates that move a reply deadline: a correction that moves a
    // deadline already passed needs it (ADR 0124; DateCorrections checks which does).
    access.require(Groups.OFFICE, Groups.LEADERSHIP);
    if (body == null) {
      throw new InvalidInput("body: field, newDate and reason are required"
          + "（请提供 field（更正的日期）、newDate（更正后的日期）和 reason（更正理由））");
    }
    if (!access.allows(Groups.OFFICE) && !LEADERSHIP_FIELDS.contains(text(body.get("field")))) {
      access.require(Groups.OFFICE);
    }
    String user = access.currentUser();
    // The office holds no grant to change process instances: the server writes the corrected
    // date into the running case after checking the group and the date itself.
    Correction done = access.withoutAuthorizations(() -> corrections.correct(trackingNumber,
        text(body.get("field")), text(body.get("newDate")), text(body.get("reason")), user));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("trackingNumber", done.trackingNumber());
    answer.put("field", done.field().name());
    answer.put("label", done.field().label());
    answer.put("oldDate", done.oldDate() == null ? null : done.oldDate().toString());
    answer.put("newDate", done.newDate().toString());
    // What the correction moved that the office must look at (a fee counted per request).
    answer.put("warnings", done.warnings());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, String>> refused(RuntimeException e) {
    return ApiError.forRefusal(e, UnknownCase.class).orElseThrow(() -> e);
  }
}
