package io.github.ogiworkflow.fee;

import io.github.ogiworkflow.fee.FeeCorrections.Corrected;
import io.github.ogiworkflow.fee.FeeCorrections.UnknownCase;
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
 * {@code POST /api/cases/{trackingNumber}/fee-corrections} with {@code {"action": "REDUCE",
 * "pageCount": 150, "reason": "…"}} or {@code {"action": "WITHDRAW", "reason": "…"}}: the office
 * corrects (更正收费通知) or withdraws (撤销收费) the case's issued, unpaid fee notice (audit round
 * 25 F4, ADR 0086). Per request the new count is the register's, so only a per-page notice takes
 * {@code pageCount}. Office only (and administrators), like date corrections; authentication of
 * /api/cases/* is registered once (AttachmentWebConfiguration). Answers 201 with the notice
 * replaced, the amounts, the new letter's 文号 and the letter ({@code letter}: title, 文号, print
 * view); bad input 400 in Chinese on its field, nothing written.
 */
@RestController
@ConditionalOnWebApplication
public class FeeCorrectionController {

  private final FeeCorrections corrections;
  private final StaffAccess access;
  private final ProcessEngine engine;
  private final Letters letters;

  public FeeCorrectionController(FeeCorrections corrections, StaffAccess access,
      ProcessEngine engine, Letters letters) {
    this.corrections = corrections;
    this.access = access;
    this.engine = engine;
    this.letters = letters;
  }

  @PostMapping(path = "/api/cases/{trackingNumber}/fee-corrections",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> correct(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.OFFICE);
    if (body == null) {
      throw new InvalidInput("body: action and reason are required（请提供 action（更正方式："
          + "REDUCE 减少收费金额或 WITHDRAW 撤销收费）和 reason（更正理由），按量计收的另提供 pageCount"
          + "（更正后的页数））");
    }
    String user = access.currentUser();
    // The office holds no grant to change process instances: the server moves the case after
    // checking the group, the notice and the amount.
    Corrected done = access.withoutAuthorizations(() -> corrections.correct(engine,
        trackingNumber, text(body.get("action")), body.get("pageCount"),
        text(body.get("reason")), user));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("trackingNumber", done.trackingNumber());
    answer.put("action", done.action().name());
    answer.put("label", done.action().label());
    answer.put("replacedNotice", done.replacedNumber());
    answer.put("oldAmount", done.oldAmount().stripTrailingZeros().toPlainString());
    answer.put("newAmount", done.newAmount().stripTrailingZeros().toPlainString());
    answer.put("documentNumber", done.documentNumber());
    // The notice just issued (更正 or 撤销), for the case page to link.
    answer.put("letter", letters.latest(done.trackingNumber(), Set.of(
        LetterKind.FEE_CORRECTION_NOTICE, LetterKind.FEE_WITHDRAWAL_NOTICE))
        .map(Letters::named).orElse(null));
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
