package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.intake.Withdrawals.Refused;
import io.github.ogiworkflow.intake.Withdrawals.UnknownCase;
import io.github.ogiworkflow.intake.Withdrawals.Withdrawn;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
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
 * {@code POST /api/cases/{trackingNumber}/withdrawal} with {@code {"withdrawnOn": "2026-03-05",
 * "withdrawalForm": "WRITTEN|ORAL", "withdrawalReason": "…"}} (the reason optional): the
 * office records the applicant's withdrawal (撤回申请, ADR 0085) and the case ends as 6.3. Office
 * only (and administrators); HTTP Basic or the webapps' session like the other case APIs.
 * {@code ONLINE} is refused (400 on {@code withdrawalForm}): the online platform offers no
 * withdrawal, and one sent by e-mail or online is recorded as written (ADR 0097); the value
 * stays only for withdrawals recorded before. An oral withdrawal is entered within
 * {@link io.github.ogiworkflow.vocabulary.WithdrawalForm#ORAL_ENTRY_WORKING_DAYS} working days of
 * the day it was made. Answers 201 with the 终止办理告知书 issued ({@code letter}: title, 文号,
 * print view) and {@code warning} on an appeal still pending (ADR 0098, else null); bad input
 * 400 in Chinese naming the field, a case already delivered, closed or withdrawn 409, nothing
 * written.
 */
@RestController
@ConditionalOnWebApplication
public class WithdrawalController {

  private final Withdrawals withdrawals;
  private final StaffAccess access;
  private final ProcessEngine engine;
  private final Letters letters;

  private final WithdrawalAppealWarning appealWarning;

  public WithdrawalController(Withdrawals withdrawals, StaffAccess access, ProcessEngine engine,
      Letters letters, WithdrawalAppealWarning appealWarning) {
    this.withdrawals = withdrawals;
    this.access = access;
    this.engine = engine;
    this.letters = letters;
    this.appealWarning = appealWarning;
  }

  // Authentication of /api/cases/* is registered once for every case API
  // (AttachmentWebConfiguration.caseApiAuthentication).

  @PostMapping(path = "/api/cases/{trackingNumber}/withdrawal",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> withdraw(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.OFFICE);
    if (body == null) {
      throw new InvalidInput("withdrawnOn: withdrawnOn and withdrawalForm are required"
          + "（请填写撤回申请日期和撤回方式）");
    }
    String user = access.currentUser();
    Withdrawn done = access.withoutAuthorizations(() -> withdrawals.record(engine, trackingNumber,
        text(body.get("withdrawnOn")), text(body.get("withdrawalForm")),
        text(body.get("withdrawalReason")), user));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("trackingNumber", done.trackingNumber());
    answer.put("withdrawnOn", done.withdrawnOn().toString());
    answer.put("withdrawalForm", done.form().name());
    answer.put("withdrawalFormLabel", done.form().label());
    answer.put("withdrawalReason", done.reason());
    answer.put("outcome", "（六）其他处理 3.其他（申请人撤回申请）");
    // The 终止办理告知书 that confirms it, for the case page to link.
    answer.put("letter", letters.latest(done.trackingNumber(),
        Set.of(LetterKind.TERMINATION_NOTICE)).map(Letters::named).orElse(null));
    // A pending appeal goes on after the withdrawal (ADR 0098).
    answer.put("warning", appealWarning.warning(done.trackingNumber()));
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  /** 400 with every wrong field ({@link ApiError#fieldRefusal}). */
  static ResponseEntity<Map<String, Object>> invalid(String refusal) {
    return ApiError.fieldRefusal(refusal);
  }

  /** A value that is not text is refused by the field's own check (as a missing one). */
  private static String text(Object value) {
    return value instanceof String s ? s : value == null ? null : "\u0000";
  }

  /** Bad input with every wrong field ({@link #invalid}); the rest as the other case APIs. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<?> refused(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInput invalid) {
        return invalid(invalid.getMessage());
      }
    }
    return ApiError.forRefusal(e, UnknownCase.class, Refused.class).orElseThrow(() -> e);
  }
}
