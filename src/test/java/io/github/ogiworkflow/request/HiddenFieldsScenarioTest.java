package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.audit.CaseTimeline.Trail;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.support.ProcessTestEngine;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Audit 24, F5 (ADR 0079): a field the chosen conclusion hides on its form is dropped at the
 * step, whoever sent it. The one written review of a releasable item carries no ground, basis
 * or redaction note (handbook 2.7), a 申请内容明确 check no 不予处理 reason, and the audit trail
 * shows neither (handbook 8: it must not contradict the register).
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class HiddenFieldsScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);

  ProcessEngine engine;
  RequestScenario scenario;
  ItemRegister items;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    items = ProcessTestEngine.bean(engine, "itemRegister", ItemRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /** The audit's shape: 可以公开 with the state-secret article and "全部内容属于国家秘密，删除". */
  @Test
  void aReleasableReviewKeepsNoGroundBasisOrRedactionNote() {
    scenario.startWithItems(registration(RECEIVED), items(item("年度工作总结", "HELD")));
    String reviewInstance = scenario.task(TASK_REVIEW_ITEM).getProcessInstanceId();

    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE",
        WITHHOLDING_GROUND, "STATE_SECRET",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十四条",
        REDACTION_NOTE, "全部内容属于国家秘密，删除");

    Review review = items.of(scenario.trackingNumber()).get(0).review();
    assertThat(review.conclusion()).isEqualTo(ReviewConclusion.RELEASABLE);
    assertThat(review.ground()).isNull();
    assertThat(review.legalBasis()).isNull();
    assertThat(review.redactionNote()).isNull();
    // Nothing left for a later step or form to show.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(reviewInstance).variableNameIn(WITHHOLDING_GROUND, LEGAL_BASIS,
            REDACTION_NOTE).list()).allSatisfy(v -> assertThat(v.getValue()).isNull());

    Trail trail = ProcessTestEngine.timeline(engine).of(scenario.trackingNumber()).orElseThrow();
    assertThat(trail.entries()).filteredOn(e -> e.activity().startsWith("保密审查")
            || e.kind().equals("REVIEW"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.outcome() + e.comment() + e.detail())
            .doesNotContain("第十四条").doesNotContain("删除").doesNotContain("国家秘密"));
  }

  /** A withholding keeps its ground and basis; the redaction note it hides is dropped. */
  @Test
  void aWithholdingKeepsItsGroundAndBasisButNoRedactionNote() {
    scenario.startWithItems(registration(RECEIVED), items(item("局务会议讨论记录", "HELD")));

    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, "PROCESS_INFO",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第二款",
        REDACTION_NOTE, "遮盖姓名");

    Review review = items.of(scenario.trackingNumber()).get(0).review();
    assertThat(review.legalBasis()).isEqualTo("《中华人民共和国政府信息公开条例》第十六条第二款");
    assertThat(review.ground()).isNotNull();
    assertThat(review.redactionNote()).isNull();
  }

  /** The audit's shape: 申请内容明确 with 信访, 已获取信息, a publication source and points. */
  @Test
  void aCompleteRequestKeepsNoReasonOfAnotherDecision() {
    scenario.start(registration(RECEIVED)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "COMPLETE", NOT_A_REQUEST_KIND, "PETITION",
        CONFIRMATION_BASIS, "OBTAINED", PUBLICATION_SOURCE, "政府公报2026年第1期",
        CORRECTION_POINTS, "请补正", EARLIER_REQUEST, "YSQ-2026-000001",
        REASONS_REQUEST_BASIS, "一年内申请二百件", COMPLETENESS_NOTE, "申请内容明确");

    assertThat(scenario.tasks(TASK_SEARCH_AND_SPLIT)).hasSize(1);
    for (String hidden : new String[] {NOT_A_REQUEST_KIND, CONFIRMATION_BASIS,
        PUBLICATION_SOURCE, CORRECTION_POINTS, EARLIER_REQUEST, REASONS_REQUEST_BASIS}) {
      assertThat(scenario.variable(hidden)).as(hidden).isNull();
    }
    assertThat(scenario.variable(COMPLETENESS_NOTE)).isEqualTo("申请内容明确");

    Trail trail = ProcessTestEngine.timeline(engine).of(scenario.trackingNumber()).orElseThrow();
    Entry check = trail.entries().stream()
        .filter(e -> e.activity().equals("审查申请内容是否明确") && e.kind().equals("TASK"))
        .findFirst().orElseThrow();
    assertThat(check.outcome()).contains("申请内容明确").doesNotContain("信访")
        .doesNotContain("不予处理");
    assertThat(check.comment()).doesNotContain("已获取").doesNotContain("二百件");
  }
}
