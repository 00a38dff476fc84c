package io.github.ogiworkflow.consultation;

import io.github.ogiworkflow.consultation.LateConsultationAnswers.NotRecordable;
import io.github.ogiworkflow.consultation.LateConsultationAnswers.Recorded;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.consultation.LateConsultationAnswers.UnknownCase;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.RequestFields;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * {@code POST /api/cases/{trackingNumber}/late-consultation-answers} with {@code {"party":
 * "丙食品有限公司", "answer": "OBJECTION", "receivedOn": "2026-12-30", "postedOn": "2026-12-29",
 * "opinion": "…"}}: the office records a third party's answer that reached it after the 15
 * working days, once the consultation closed as silence (Art. 32; audit 35a F4, ADR 0172).
 * Office (and administrators); HTTP Basic or the webapps' session like the other case APIs.
 * Answers 201 with whether it counted as in time; bad input 400 in Chinese naming the field, a
 * case where it cannot be recorded (no silent party, items already reviewed) 409; nothing written.
 */
@RestController
@ConditionalOnWebApplication
public class LateConsultationAnswerController {

  private final LateConsultationAnswers answers;
  private final StaffAccess access;
  private final ProcessEngine engine;

  public LateConsultationAnswerController(LateConsultationAnswers answers, StaffAccess access,
      ProcessEngine engine) {
    this.answers = answers;
    this.access = access;
    this.engine = engine;
  }

  @PostMapping(path = "/api/cases/{trackingNumber}/late-consultation-answers",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> record(@PathVariable String trackingNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.OFFICE);
    if (body == null) {
      throw new InvalidInput("body: answer and receivedOn are required"
          + "（请提供 answer（答复意见）和 receivedOn（收到答复日期））");
    }
    String user = access.currentUser();
    // The office holds no grant to change process instances: the server writes the answer into
    // the running case after checking the group, the dates and the case's state.
    Recorded done = access.withoutAuthorizations(() -> answers.record(engine, trackingNumber,
        RequestFields.text(body, "party", "被征求意见的第三方"),
        RequestFields.text(body, "answer", "答复意见"),
        RequestFields.text(body, "receivedOn", "收到答复日期"),
        RequestFields.text(body, "postedOn", "邮戳日期"),
        RequestFields.text(body, "opinion", "不同意公开的理由"), user));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("trackingNumber", done.trackingNumber());
    answer.put("party", done.party());
    answer.put("answer", done.answer().name());
    answer.put("receivedOn", done.receivedOn().toString());
    answer.put("postedOn", done.postedOn() == null ? null : done.postedOn().toString());
    answer.put("dueOn", done.dueOn() == null ? null : done.dueOn().toString());
    answer.put("inTime", done.inTime());
    answer.put("replyDueOn", done.replyDueOn() == null ? null : done.replyDueOn().toString());
    answer.put("replyDueMoved", done.replyDueMoved());
    answer.put("message", (done.inTime() ? "已按期限内的答复登记（邮寄或收到日期在答复期限内）"
        : "已登记为逾期答复：逾期未提出意见的结论不变，由本机关决定是否公开，审查和审批时将看到该答复")
        // Art. 32, 33 (ADR 0182): the consultation time ended on the day the answer came.
        + (done.replyDueMoved() ? "；征求意见时间计至收到答复之日，答复期限由"
            + CaseLetters.chinese(done.replyDueBefore()) + "重新计算为"
            + CaseLetters.chinese(done.replyDueOn()) : ""));
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, String>> refused(RuntimeException e) {
    return ApiError.forRefusal(e, UnknownCase.class, NotRecordable.class)
        .orElseThrow(() -> e);
  }
}
