package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.SERVICE_RECORD_DELIVERY;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static io.github.ogiworkflow.request.RequestScenario.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checks at the point of no return (issue 13, item 3): delivery verifies everything again
 * from the register. Each attack below is what an engine API call (or a bug) could do to the
 * variables or the register before delivery; each must be refused when the office submits
 * 送达答复书 (the office keeps the task; audit 31a, F6) by 登记送达 itself, which runs in the
 * office's transaction (ADR 0127): there is no moment between the form and the step in which a
 * rewritten date could stop the case with an incident. The normal path still delivers, and a
 * fixed case delivers when the office submits the form again.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class ReleaseChecksScenarioTest {

  // The request models' own scenarios cover them; these tests are about the delivery step.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);
  static final LocalDate APPROVED = LocalDate.of(2026, 2, 20);
  static final String RECORD_DELIVERY = SERVICE_RECORD_DELIVERY;

  ProcessEngine engine;
  RequestScenario scenario;
  JdbcTemplate jdbc;
  CaseRegister register;
  ReplyLetterRegister replyLetters;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    replyLetters = ProcessTestEngine.bean(engine, "replyLetterRegister",
        ReplyLetterRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /**
   * Also: the business rule tasks' evaluations are the case's decisions; the checks at
   * freezing and at delivery evaluate both tables again without recording them (ADR 0020).
   */
  @Test
  void theNormalPathDeliversTheFrozenLetter() {
    // Counted as a difference: on the shared PostgreSQL database other tests' decisions remain.
    Map<String, Long> decisionsBefore = decisionsByTable();
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE")
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
            DELIVERED_ON, APPROVED.toString());

    assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
    assertThat(incidents()).isEmpty();
    ReplyLetterRegister.FrozenLetter frozen = replyLetters.latest(tn()).orElseThrow();
    assertThat(frozen.approvalId()).isNotNull();
    assertThat(frozen.intact()).isTrue();
    assertThat(keptReplies()).containsExactly(frozen.body());
    Map<String, Long> decisionsAfter = decisionsByTable();
    assertThat(decisionsAfter).hasSize(2);
    decisionsAfter.forEach((table, count) -> assertThat(count - decisionsBefore.get(table))
        .as(table).isEqualTo(1));
  }

  private Map<String, Long> decisionsByTable() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table
        : List.of(ProcessKeys.REPLY_OUTCOME_TABLE, ProcessKeys.APPROVAL_REQUIRED_TABLE)) {
      counts.put(table, engine.getHistoryService().createHistoricDecisionInstanceQuery()
          .decisionDefinitionKey(table).count());
    }
    return counts;
  }

  @Test
  void approvalRequiredForgedToFalseStopsTheDelivery() {
    reviewedPartialDisclosure();
    // H1: the route variable written by a client (here: the engine API) skips leadership.
    engine.getRuntimeService().setVariable(scenario.instance.getId(), APPROVAL_REQUIRED, false);
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    assertThat(scenario.tasks(TASK_APPROVE_REPLY)).isEmpty();
    today(APPROVED);

    deliveryRefusedOnTheForm(APPROVED, "须经领导审批");
  }

  @Test
  void aLetterChangedAfterApprovalStopsTheDeliveryUntilItIsPutBack() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    String approved = (String) scenario.variable(REPLY_LETTER_TEXT);
    // H2: the letter rewritten after approval.
    engine.getRuntimeService().setVariable(scenario.instance.getId(), REPLY_LETTER_TEXT,
        approved + "\n另：本机关同意公开全部信息。");

    deliveryRefusedOnTheForm(APPROVED, "审批后被修改");

    // The approved letter put back, the office submits the form again: now it is delivered.
    engine.getRuntimeService().setVariable(scenario.instance.getId(), REPLY_LETTER_TEXT,
        approved);
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, APPROVED.toString());
    assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
    // The frozen copy (the letter as finalised, without surrounding blank lines) goes out.
    assertThat(keptReplies()).containsExactly(replyLetters.latest(tn()).orElseThrow().body())
        .containsExactly(approved.strip());
    assertThat(incidents()).isEmpty();
  }

  @Test
  void aRemovedReviewStopsTheDelivery() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    jdbc.update("DELETE FROM ogi_item_review WHERE item_id IN (SELECT id FROM ogi_info_item"
        + " WHERE case_ref = ?)", tn());

    deliveryRefusedOnTheForm(APPROVED, "保密审查记录");
  }

  /**
   * Audit 30b, F1 (ADR 0115): a reopened round's item registered before the split checked it, the
   * same information as an earlier round's item whose third party objected, without the
   * third-party tick: the delivery stops (before, the item was released with no consultation).
   */
  @Test
  void informationAThirdPartyObjectedToInAnEarlierRoundStopsTheDeliveryWithoutTheThirdParty() {
    reviewedPartialDisclosure();
    jdbc.update("INSERT INTO ogi_info_item (case_ref, seq, title, finding, third_party,"
        + " third_party_name, third_party_objected_on, superseded_on) VALUES (?, 99, ?, 'HELD',"
        + " TRUE, ?, ?, ?)", tn(), "行政许可统计表", "示范市某化工有限公司",
        java.sql.Date.valueOf(RECEIVED), java.sql.Date.valueOf(RECEIVED));
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");

    deliveryRefusedOnTheForm(APPROVED, "不同意公开的信息，该信息项未标注涉及第三方");
  }

  /**
   * Audit 31a, F1 (ADR 0123): the reviewer leaves 法规科 and the approver the leadership group
   * after they acted (an ordinary staff change by the administrator): the review and the
   * approval stand, since they were members when they acted, as the register recorded; and the
   * compliance check does not call the delivered case released without review.
   */
  @Test
  void aReviewerAndAnApproverWhoLeaveTheirGroupsLaterDoNotStopTheDelivery() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    identity.deleteMembership(LEGAL_USER, "legal");
    identity.deleteMembership(LEADER, "leadership");
    try {
      scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
          DELIVERED_ON, APPROVED.toString());
      assertThat(incidents()).isEmpty();
      assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
    } finally {
      identity.createMembership(LEGAL_USER, "legal");
      identity.createMembership(LEADER, "leadership");
    }
  }

  @Test
  void aReviewBySomeoneOutsideLegalStopsTheDelivery() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    jdbc.update("UPDATE ogi_item_review SET reviewer = ?, reviewer_groups = 'office'"
        + " WHERE item_id IN (SELECT id FROM ogi_info_item WHERE case_ref = ?)", OFFICE_USER,
        tn());

    deliveryRefusedOnTheForm(APPROVED, "不是法规科成员");
  }

  @Test
  void anOutcomeThatDoesNotFitTheItemsStopsTheDelivery() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    // The register says 予以公开 although the item was released only in part.
    register.setOutcome(tn(), "1");

    deliveryRefusedOnTheForm(APPROVED, "与各信息项审查结论不符");
  }

  @Test
  void aDeliveryDateBeforeTheApprovalStopsTheDelivery() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");

    // Refused on the form (400, the task stays open, nothing written) ...
    refusedOnTheForm(APPROVED.minusDays(3), "送达日期不得早于答复书审批或定稿日期2026年2月20日");
    // ... and a variable rewritten after the form no longer reaches 登记送达 (ADR 0127).
    aDateRewrittenAfterTheFormChangesNothing(APPROVED.minusDays(3));
  }

  @Test
  void aDeliveryDateInTheFutureStopsTheDelivery() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");

    refusedOnTheForm(APPROVED.plusDays(5), "送达日期不得晚于今天");
    aDateRewrittenAfterTheFormChangesNothing(APPROVED.plusDays(5));
  }

  /** The office submits 送达答复书 with a date the server refuses at once (issue 14, point 11). */
  private void refusedOnTheForm(LocalDate deliveredOn, String message) {
    String task = scenario.task(TASK_DELIVER_REPLY).getId();
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(task, vars(DELIVERED_BY, "POST",
          DELIVERED_ON, deliveredOn.toString())))
          .isInstanceOf(io.github.ogiworkflow.process.InvalidInput.class)
          .hasMessageContaining(message);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(scenario.task(TASK_DELIVER_REPLY).getId()).isEqualTo(task);
    assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(scenario.instance.getId()).activityId(RECORD_DELIVERY).count())
        .isZero();
    assertThat(register.get(tn()).status()).isNotEqualTo("DELIVERED");
  }

  /**
   * A valid date on the form, rewritten through the engine API afterwards (ADR 0127): 登记送达
   * ran in the office's transaction, so the case is delivered with the form's date at once and
   * the rewrite changes nothing; no step is left to stop with an incident. The old code
   * recorded the delivery later, as a job, which read the rewritten date and stopped the case
   * with an incident (答复书未送达) that only an administrator could retry.
   */
  private void aDateRewrittenAfterTheFormChangesNothing(LocalDate rewritten) {
    String task = scenario.task(TASK_DELIVER_REPLY).getId();
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      engine.getTaskService().complete(task, vars(DELIVERED_BY, "POST",
          DELIVERED_ON, APPROVED.toString()));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
    assertThat(register.dates(tn()).orElseThrow().deliveredOn()).isEqualTo(APPROVED);
    assertThat(keptReplies()).hasSize(1);
    engine.getRuntimeService().setVariable(scenario.instance.getId(), DELIVERED_ON,
        rewritten.toString());
    for (Job job : engine.getManagementService().createJobQuery()
        .processInstanceId(scenario.instance.getId()).activityId(RECORD_DELIVERY).list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    assertThat(incidents()).isEmpty();
    assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
    assertThat(register.dates(tn()).orElseThrow().deliveredOn()).isEqualTo(APPROVED);
  }

  /**
   * ADR 0136: the register's receipt date changed after the reply was signed and numbered, by a
   * path past DateCorrections' refusal (ADR 0132; here the register's own write, as a direct
   * database or API path or a case signed before that refusal would leave it): the letter says
   * 本机关于2026年2月10日收到, the register 2026年2月9日. Delivery is refused on the form naming the
   * 文号 and both dates; the old code delivered the letter that contradicts the register.
   */
  @Test
  void aReceiptDateChangedInTheRegisterAfterNumberingStopsTheDelivery() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    String number = replyLetters.latest(tn()).orElseThrow().documentNumber();
    assertThat(number).isNotBlank();
    register.correctReceivedOn(tn(), RECEIVED, RECEIVED.minusDays(1),
        register.get(tn()).dueOn());

    deliveryRefusedOnTheForm(APPROVED, "答复书" + number + "载明本机关于2026年2月10日收到申请，"
        + "登记的收到申请日期为2026年2月9日，两者不符，不得送达");

    // The register put back (the record checked and corrected): delivered as signed.
    register.correctReceivedOn(tn(), RECEIVED.minusDays(1), RECEIVED,
        register.get(tn()).dueOn());
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, APPROVED.toString());
    assertThat(register.get(tn()).status()).isEqualTo("DELIVERED");
  }

  @Test
  void aMissingOutcomeStopsTheDelivery() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(APPROVED);
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    jdbc.update("UPDATE ogi_case SET outcome_code = NULL WHERE tracking_number = ?", tn());

    deliveryRefusedOnTheForm(APPROVED, "未登记答复类型");
  }

  @Test
  void leadershipCannotApproveALetterChangedAfterTheOfficeFinalisedIt() {
    reviewedPartialDisclosure();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    engine.getRuntimeService().setVariable(scenario.instance.getId(), REPLY_LETTER_TEXT,
        "未经定稿的答复书");

    assertThatThrownBy(() -> scenario.complete(TASK_APPROVE_REPLY, LEADER,
        REPLY_APPROVAL, "APPROVE")).hasMessageContaining("请退回修改");
    assertThat(scenario.tasks(TASK_APPROVE_REPLY)).hasSize(1);
    // Sending it back still works.
    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "SEND_BACK",
        REPLY_APPROVAL_COMMENT, "答复书被改动，请重新定稿");
    assertThat(scenario.tasks(TASK_EDIT_REPLY)).hasSize(1);
  }

  // ---- helpers

  /** One held item released in part (部分公开, outcome 2): leadership must approve. */
  private void reviewedPartialDisclosure() {
    scenario.startWithItems(registration(RECEIVED), items(item("行政许可统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
            REDACTION_NOTE, "删除个人信息", WITHHOLDING_GROUND, "THIRD_PARTY",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");
    assertThat(register.get(tn()).outcomeCode()).isEqualTo("2");
  }

  /**
   * The office submits 送达答复书: refused on the form with the failed check of 登记送达 (audit
   * 31a, F6): the office keeps the task, no delivery job, no incident, nothing delivered.
   */
  private void deliveryRefusedOnTheForm(LocalDate deliveredOn, String failedCheck) {
    String task = scenario.task(TASK_DELIVER_REPLY).getId();
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(task, vars(DELIVERED_BY, "POST",
          DELIVERED_ON, deliveredOn.toString())))
          .isInstanceOf(io.github.ogiworkflow.process.InvalidInput.class)
          .hasMessageContaining("答复书不能送达").hasMessageContaining(failedCheck);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(scenario.task(TASK_DELIVER_REPLY).getId()).isEqualTo(task);
    assertThat(deliveryJob()).isNull();
    assertThat(incidents()).isEmpty();
    // By its effect: the case is not delivered and the applicant has no reply.
    CaseRegister.CaseRecord record = register.get(tn());
    assertThat(record.status()).isNotEqualTo("DELIVERED");
    assertThat(jdbc.queryForObject("SELECT delivered_on FROM ogi_case WHERE tracking_number = ?",
        java.sql.Date.class, tn())).isNull();
    assertThat(keptReplies()).isEmpty();
  }

  private Job deliveryJob() {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(scenario.instance.getId()).activityId(RECORD_DELIVERY).singleResult();
  }

  private List<Incident> incidents() {
    return engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(scenario.instance.getId()).list();
  }

  private List<String> keptReplies() {
    return jdbc.queryForList("SELECT body FROM ogi_letter WHERE case_ref = ? AND kind = 'REPLY'",
        String.class, tn());
  }

  private String tn() {
    return scenario.trackingNumber();
  }
}
