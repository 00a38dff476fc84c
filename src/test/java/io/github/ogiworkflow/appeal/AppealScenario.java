package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_OVERRIDE;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONSIDER_PUBLIC_INTEREST;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_ANSWER;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static io.github.ogiworkflow.request.RequestScenario.vars;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A delivered disclosure request and the appeal events against it, as staff and the API send them. */
final class AppealScenario {

  /** Received Tue 10 Feb 2026; the reply is delivered the same day. */
  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);

  final ProcessEngine engine;
  final RequestScenario request;

  /**
   * A scenario test's set-up: camunda-bpm-assert on this engine, the clock on {@link #RECEIVED},
   * a fresh scenario ({@link RequestScenario#begin}). Undo with {@link RequestScenario#end}.
   */
  static AppealScenario begin(ProcessEngine engine) {
    RequestScenario.begin(engine, RECEIVED);
    return new AppealScenario(engine);
  }

  AppealScenario(ProcessEngine engine) {
    this.engine = engine;
    this.request = new RequestScenario(engine);
  }

  /** A request answered with 予以公开 (1), or with a refusal (3.1) when {@code refusal}. */
  String deliveredCase(boolean refusal) {
    if (refusal) {
      request.startWithItems(registration(RECEIVED), items(item("内部人事档案", "HELD")))
          .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
              WITHHOLDING_GROUND, "STATE_SECRET", LEGAL_BASIS, "《中华人民共和国保守国家秘密法》第十三条")
          .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
          .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    } else {
      request.startWithItems(registration(RECEIVED),
              items(item("2025年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")))
          .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    }
    // Posted and signed for the same day: the periods run from the signed-for date.
    request.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, OfficeTime.today().toString(),
        REPLY_RECEIVED_ON, OfficeTime.today().toString());
    return request.trackingNumber();
  }

  /** The third party of {@link #overriddenCase}, as the office named it with the item. */
  static final String THIRD_PARTY = "示范市某化工有限公司";

  /**
   * Art. 32: the third party objects (Tue 10 Feb), the review releases the item, leadership
   * approves disclosure in the public interest and the 公开决定告知书 goes out and is served on
   * Wed 11 Feb; the reply is delivered in person on Fri 13 Feb. With {@code refusal} the item is
   * withheld on another ground (state secret), so the reply is a refusal (3.1) although the third
   * party was told of a decision to disclose: a case of a model before ADR 0088, which issued the
   * notice before the review. The current model cannot get there (it reviews first and issues no
   * notice for a withheld item), so such a case's register is emulated: its review is what the
   * earlier order let it be, written before the outcome is decided.
   */
  String overriddenCase(boolean refusal) {
    request.objectionOverriddenOnWed11Feb(items(item("某企业排污数据", "HELD",
            "thirdParty", true, "thirdPartyName", THIRD_PARTY)));
    if (refusal) {
      request.completeOnly(request.task(TASK_RECORD_OVERRIDE_NOTICE_SERVICE), OFFICE_USER,
          OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
      ProcessTestEngine.jdbc(engine).update("UPDATE ogi_item_review SET conclusion = 'WITHHOLD',"
          + " withholding_ground = 'STATE_SECRET', legal_basis = '《中华人民共和国保守国家秘密法》第十三条'"
          + " WHERE item_id IN (SELECT id FROM ogi_info_item WHERE case_ref = ?)",
          request.trackingNumber());
      request.runAsyncSteps();
    } else {
      request.complete(TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OFFICE_USER,
          OVERRIDE_NOTICE_SERVED_ON, "2026-02-11");
    }
    // The notice emulates one issued before ADR 0171, which stated no disclosure day, so the
    // reply goes out on Fri 13 Feb as the hand-counted appeal windows of these tests assume (a
    // notice of today's model holds it until Wed 18 Mar: ConsultationAndReasonsScenarioTest).
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_consultation SET override_disclosure_on ="
        + " NULL WHERE tracking_number = ?", request.trackingNumber());
    request.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    today(LocalDate.of(2026, 2, 13));
    request.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-02-13");
    return request.trackingNumber();
  }

  /** Registered on {@link #RECEIVED} and found complete: the office searches, no reply yet. */
  String searchingRequest() {
    today(RECEIVED);
    return request.start(registration(RECEIVED))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .trackingNumber();
  }

  /**
   * The applicant's reconsideration 示复〔2026〕{@code number}号 before 示范市人民政府, simplified
   * procedure, filed and served on {@code filedOn}.
   */
  ProcessInstance fileReconsideration(String trackingNumber, LocalDate filedOn, String number) {
    return start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕" + number + "号", APPEAL_BODY, "示范市人民政府",
        FILED_ON, filedOn.toString(), SERVED_ON, filedOn.toString(), PROCEDURE, "SIMPLIFIED");
  }

  /** Legal drafts, leadership approves and legal submits the answer of the appeal waiting. */
  void submitAnswer(LocalDate submittedOn) {
    request.complete(TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT,
            "被申请人已依法办理该申请。", EVIDENCE_LIST, "1. 申请表")
        .complete(TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, submittedOn.toString());
  }

  /** Starts an appeal process the way legal does with the start form in Tasklist. */
  ProcessInstance start(String processKey, Object... keyValues) {
    engine.getIdentityService().setAuthenticatedUserId(LEGAL_USER);
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(processKey, vars(keyValues));
    } finally {
      engine.getIdentityService().clearAuthentication();
      request.runAsyncSteps();
    }
  }

  /** A decision or judgment arriving through the appeal endpoints: the message the case waits for. */
  void correlate(String messageName, String trackingNumber, Object... keyValues) {
    Map<String, Object> variables = vars(keyValues);
    engine.getRuntimeService().createMessageCorrelation(messageName)
        .processInstanceBusinessKey(trackingNumber).setVariables(variables).correlate();
    request.runAsyncSteps();
  }
}
