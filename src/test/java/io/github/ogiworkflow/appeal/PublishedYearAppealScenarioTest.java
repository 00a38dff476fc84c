package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_COMPLAINT_VOID;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_COMPLAINT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_JUDGMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PLAINTIFF_APPEAL;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_DEFENCE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.sql.Date;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 0096: table 四 and the legacy 附表 count an appeal or complaint by the day it was served, a
 * second instance served by 31 December replacing its first instance's result. Each registration
 * refuses a service day in a year whose annual report is published, on its field and naming the
 * year, with nothing recorded, as the date guards of ADR 0080 do. The guard asks the register
 * only whether the day's year is published, so these tests mark 2026, the year of the scenario's
 * dates, published, and show the same filing recorded once it is not.
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/litigation.bpmn", "processes/complaint.bpmn",
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class PublishedYearAppealScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST);

  static final String PUBLISHED_2026 =
      "将改变已发布的2026年度政府信息公开工作年度报告中的统计；已发布的年度报告不再更改，不能登记此日期";

  ProcessEngine engine;
  AppealScenario scenario;
  AppealRegister appeals;
  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
    jdbc = ProcessTestEngine.jdbc(engine);
  }

  @AfterEach
  void tearDown() {
    unpublish();
    RequestScenario.end();
  }

  @Test
  void aReconsiderationServedInAPublishedYearIsRefused() {
    String trackingNumber = scenario.deliveredCase(false);
    publish2026();
    Object[] filing = {TRACKING_NUMBER, trackingNumber, DOCKET_NO, "示复〔2026〕401号",
        APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-10", SERVED_ON, "2026-02-10",
        PROCEDURE, "SIMPLIFIED"};

    assertThatThrownBy(() -> scenario.start(ProcessKeys.RECONSIDERATION, filing))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(SERVED_ON + ":")
        .hasMessageContaining("收到答复通知书日期为2026年2月10日，" + PUBLISHED_2026);
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();

    unpublish();
    assertThat(scenario.start(ProcessKeys.RECONSIDERATION, filing)).isWaitingAt(TASK_DRAFT_ANSWER);
  }

  @Test
  void aLawsuitServedInAPublishedYearIsRefused() {
    String trackingNumber = scenario.deliveredCase(false);
    publish2026();

    assertThatThrownBy(() -> sue(trackingNumber))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(SERVED_ON + ":")
        .hasMessageContaining("收到起诉状副本日期为2026年2月10日，" + PUBLISHED_2026);
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();

    unpublish();
    assertThat(sue(trackingNumber)).isWaitingAt(TASK_DRAFT_DEFENCE);
  }

  @Test
  void aComplaintServedInAPublishedYearIsRefused() {
    String trackingNumber = scenario.deliveredCase(false);
    publish2026();
    Object[] complaint = {TRACKING_NUMBER, trackingNumber, COMPLAINT_KIND, "REPORT",
        APPEAL_BODY, "示范市人民政府办公室", SERVED_ON, "2026-02-10",
        COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请"};

    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, complaint))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(SERVED_ON + ":")
        .hasMessageContaining("收到日期为2026年2月10日，" + PUBLISHED_2026);
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();

    unpublish();
    assertThat(scenario.start(ProcessKeys.COMPLAINT, complaint))
        .isWaitingAt(TASK_DRAFT_COMPLAINT_ANSWER);
  }

  /**
   * Audit 36a F3: a complaint counted in a published year's 附表 (接受行政申诉、举报数, its 年度
   * and 累计 columns) is not voided as registered in error, as a request's registration is not
   * (ADR 0157): refused at the proposal and, the year published meanwhile, at leadership's
   * approval (400 naming the year, nothing written); with the year not published the same
   * approval voids it. Failed on the old code: the proposal was accepted (no refusal at all).
   */
  @Test
  void aComplaintCountedInAPublishedYearIsNotVoided() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance complaint = scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
        trackingNumber, COMPLAINT_KIND, "COMPLAINT", APPEAL_BODY, "示范市人民政府办公室",
        SERVED_ON, "2026-02-10", COMPLAINT_TEXT, "投诉该局未在网站公开2025年行政许可统计数据");
    long id = appeals.of(trackingNumber).get(0).id();
    today(LocalDate.of(2027, 1, 11));
    publish2026();
    Object[] proposal = {COMPLAINT_DECISION, "VOID", VOID_REASON, "登记错误：该来文系咨询，不是投诉"};

    assertThatThrownBy(() -> scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER,
        proposal))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(COMPLAINT_DECISION + ":")
        .hasMessageContaining("本申诉举报收到日期为2026年2月10日，已计入已发布的2026年度政府信息公开工作年度报告中的统计")
        .hasMessageContaining("不能作废本申诉举报登记");
    assertThat(complaint).isWaitingAt(TASK_DRAFT_COMPLAINT_ANSWER);

    // Proposed before the publication, approved after it: the approval is refused.
    unpublish();
    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, proposal);
    publish2026();
    assertThatThrownBy(() -> scenario.request.complete(TASK_APPROVE_COMPLAINT_VOID, LEADER,
        VOID_APPROVAL, "APPROVE"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(VOID_APPROVAL + ":")
        .hasMessageContaining("已计入已发布的2026年度").hasMessageContaining("不能作废本申诉举报登记");
    assertThat(complaint).isWaitingAt(TASK_APPROVE_COMPLAINT_VOID);
    Assertions.assertThat(appeals.voiding(id)).isEmpty();
    Assertions.assertThat(appeals.counted(AppealKind.COMPLAINT, 2026, null))
        .extracting(AppealRegister.Counted::trackingNumber).contains(trackingNumber);

    // The year not published: the same approval voids it.
    unpublish();
    scenario.request.complete(TASK_APPROVE_COMPLAINT_VOID, LEADER, VOID_APPROVAL, "APPROVE");
    assertThat(complaint).isEnded();
    Assertions.assertThat(appeals.voiding(id)).isPresent();
  }

  /**
   * The plaintiff's appeal starts a second instance served that day, whose result replaces the
   * first instance's in the year's table 四 (served by 31 December): refused on its field.
   */
  @Test
  void aPlaintiffsAppealServedInAPublishedYearIsRefused() {
    String trackingNumber = scenario.deliveredCase(false);
    ProcessInstance suit = sue(trackingNumber);
    scenario.request.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT,
            "答辩意见：被告已依法答复。", EVIDENCE_LIST, "1. 答复书；2. 送达回证")
        .complete("Task_ApproveDefence", LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, "2026-02-10",
            HEARING_ON, "2026-03-10");
    today(LocalDate.of(2026, 3, 20));
    scenario.request.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-03-18", APPEALED_TO_HIGHER_COURT, false,
        JUDGMENT_KIND, "JUDGMENT", JUDGMENT_SERVED_ON, "2026-03-20");
    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL);
    today(LocalDate.of(2026, 4, 3));
    publish2026();

    assertThatThrownBy(() -> scenario.request.complete(TASK_RECORD_PLAINTIFF_APPEAL, LEGAL_USER,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-02", APPEAL_BODY, "示范市中级人民法院"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(PLAINTIFF_APPEAL_SERVED_ON + ":")
        .hasMessageContaining("收到上诉状副本日期为2026年4月2日，" + PUBLISHED_2026);
    assertThat(suit).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement()
        .extracting(AppealRegister.Appeal::appealedBy).isNull();

    unpublish();
    scenario.request.complete(TASK_RECORD_PLAINTIFF_APPEAL, LEGAL_USER,
        PLAINTIFF_APPEAL_SERVED_ON, "2026-04-02", APPEAL_BODY, "示范市中级人民法院");
    assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
    Assertions.assertThat(appeals.of(trackingNumber)).hasSize(2);
  }

  private ProcessInstance sue(String trackingNumber) {
    return scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "（2026）示0502行初41号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false);
  }

  private void publish2026() {
    unpublish();
    jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
        + " tables_json, published_on, updated_at) VALUES (2026, 'PUBLISHED', CURRENT_TIMESTAMP,"
        + " TRUE, '{}', ?, CURRENT_TIMESTAMP)", Date.valueOf(LocalDate.of(2026, 2, 1)));
  }

  private void unpublish() {
    jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = 2026");
  }
}
