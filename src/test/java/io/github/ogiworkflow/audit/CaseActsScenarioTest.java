package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailEntries.only;
import static io.github.ogiworkflow.process.ProcessVariables.NO_REASONS_COMMENT;
import static io.github.ogiworkflow.process.ProcessVariables.NO_REASONS_DECISION;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONFIRM_NO_REASONS;
import static io.github.ogiworkflow.process.ElementIds.TIMER_REASONS_DEADLINE;
import static io.github.ogiworkflow.process.ElementIds.TASK_ASSESS_REASONS;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONFIRM_NO_CORRECTION;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TIMER_CONSULTATION_SILENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TIMER_CORRECTION_DEADLINE;
import static io.github.ogiworkflow.process.ElementIds.TIMER_CORRECTION_NOTICE_DUE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.audit.CaseTimeline.Trail;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ADR 0174 (audit 34b, open points of ADR 0161): the completeness conclusion, the fee decision,
 * the split into items and what the system did by itself (a timer, a letter of an asynchronous
 * step) are kept in the register and shown in the trail once the engine's history of the case
 * is gone. On the old code none of these lines was left after the history's removal, and the
 * system's letter named nobody.
 */
@Deployment(resources = {
    "processes/complaint.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn"})
class CaseActsScenarioTest {

  /** A Monday. */
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  RequestScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, TODAY);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /**
   * 需要补正 by the clerk; the 补正告知书, issued by the asynchronous step after it, and the
   * correction period running out (the timer) by the system, with what triggered them.
   */
  @Test
  void theSystemsActsAndTheCompletenessConclusionOutliveTheHistory() {
    scenario.start(registration(TODAY)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "CORRECTION", CORRECTION_POINTS, "请明确所需信息的名称。");
    scenario.fireTimer(TIMER_CORRECTION_DEADLINE);
    String number = scenario.trackingNumber();

    Trail trail = withoutHistory(number);

    Entry completeness = only(trail, "COMPLETENESS");
    assertThat(completeness.who()).contains(OFFICE_USER).doesNotContain("系统");
    assertThat(completeness.outcome()).isEqualTo("审查结论：需要补正");
    assertThat(completeness.activity()).isEqualTo("审查申请内容是否明确");
    Entry notice = trail.entries().stream().filter(e -> e.kind().equals("LETTER")
        && e.activity().contains("补正")).findFirst().orElseThrow();
    assertThat(notice.who()).isEqualTo("系统（自动）");
    assertThat(notice.comment()).startsWith("触发：流程自动步骤");
    Entry timer = only(trail, "TIMER");
    assertThat(timer.activity()).isEqualTo("补正期限届满");
    assertThat(timer.who()).isEqualTo("系统（自动）");
    assertThat(timer.comment()).isEqualTo("触发：期限届满");
    assertThat(timer.kindLabel()).isEqualTo("期限届满（自动）");
  }

  /**
   * ADR 0184: a timer that only reminds (补正告知期限将至, which prompts the clerk to send the
   * correction notice) leaves no trail line; the deciding one (补正期限届满) still does, once.
   * Failed on the old code: every timer that fired was a line, two here.
   */
  @Test
  void aReminderTimerLeavesNoTrailLineButADecidingOneDoes() {
    scenario.start(registration(TODAY));
    scenario.fireTimer(TIMER_CORRECTION_NOTICE_DUE);
    scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "CORRECTION",
        CORRECTION_POINTS, "请明确所需信息的名称。");
    scenario.fireTimer(TIMER_CORRECTION_DEADLINE);
    String number = scenario.trackingNumber();

    Trail trail = withoutHistory(number);

    assertThat(trail.entries().stream().filter(e -> e.kind().equals("TIMER"))
        .map(Entry::activity)).containsExactly("补正期限届满");
  }

  /** Who split the request into which items, and when, and the no-fee decision with its basis. */
  @Test
  void theSplitAndTheNoFeeDecisionOutliveTheHistory() {
    scenario.start(registration(TODAY)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "COMPLETE");
    scenario.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("2025年行政许可统计表", "NONEXISTENT"), item("2025年行政处罚统计表", "NONEXISTENT")));
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    String number = scenario.trackingNumber();

    Trail trail = withoutHistory(number);

    Entry split = only(trail, "ITEMS_SPLIT");
    assertThat(split.who()).contains(OFFICE_USER);
    assertThat(split.activity()).isEqualTo("拆分信息项");
    assertThat(split.outcome()).isEqualTo("共2项");
    assertThat(split.detail()).isEqualTo("1. 2025年行政许可统计表；2. 2025年行政处罚统计表");
    assertThat(only(trail, "COMPLETENESS").outcome()).isEqualTo("审查结论：申请内容明确");
    Entry fee = only(trail, "FEE");
    assertThat(fee.who()).contains(OFFICE_USER);
    assertThat(fee.outcome()).isEqualTo("不收费");
    assertThat(fee.detail()).startsWith("依据：答复未提供政府信息（");
    assertThat(trail.entries().indexOf(split)).isLessThan(trail.entries().indexOf(fee));
  }

  /**
   * A consultation's silence: the third party does not answer within 15 working days and the
   * timer closes the consultation; the register names the system and the trigger, not a clerk.
   */
  @Test
  void aConsultationsSilenceIsRecordedAsTheSystemsAct() {
    scenario.startWithItems(registration(TODAY), items(item("某企业年度检查材料", "HELD",
        "thirdParty", true, "thirdPartyName", "示范市某食品有限公司")));
    scenario.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
        CONSULTATION_SERVED_ON, TODAY.toString());
    // Past the 15th working day after the service (Mon 2 Mar + 15 = Mon 23 Mar).
    RequestScenario.today(LocalDate.of(2026, 3, 24));
    scenario.fireTimer(TIMER_CONSULTATION_SILENCE);
    String number = scenario.trackingNumber();

    Trail trail = withoutHistory(number);

    Entry silence = only(trail, "TIMER");
    assertThat(silence.activity()).isEqualTo("征求意见期限届满");
    assertThat(silence.who()).isEqualTo("系统（自动）");
    assertThat(silence.comment()).isEqualTo("触发：期限届满");
    assertThat(only(trail, "ITEMS_SPLIT").who()).contains(OFFICE_USER);
  }

  /**
   * ADR 0180 (ADR 0174's open point): the office's choice at 确认逾期未补正 — first more time,
   * with its new period and reason, then 视为放弃 — by whom and when, stays in the trail once the
   * history is gone. On the old code neither line was left.
   */
  @Test
  void theChoicesAtTheOverdueCorrectionOutliveTheHistory() {
    scenario.start(registration(TODAY)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "CORRECTION", CORRECTION_POINTS, "请明确所需信息的名称。");
    scenario.fireTimer(TIMER_CORRECTION_DEADLINE);
    RequestScenario.today(LocalDate.of(2026, 3, 31));
    scenario.complete(TASK_CONFIRM_NO_CORRECTION, OFFICE_USER, NO_CORRECTION_DECISION,
        "MORE_TIME", NEW_CORRECTION_DUE_ON, "2026-04-10", NO_CORRECTION_COMMENT,
        "申请人来电称补正材料已于期限内寄出");
    scenario.fireTimer(TIMER_CORRECTION_DEADLINE);
    RequestScenario.today(LocalDate.of(2026, 4, 14));
    scenario.complete(TASK_CONFIRM_NO_CORRECTION, OFFICE_USER, NO_CORRECTION_DECISION,
        "CLOSE");
    String number = scenario.trackingNumber();

    Trail trail = withoutHistory(number);

    List<Entry> choices = trail.entries().stream()
        .filter(e -> e.activity().equals("确认逾期未补正")).toList();
    assertThat(choices).hasSize(2);
    assertThat(choices).allSatisfy(e -> {
      assertThat(e.who()).contains(OFFICE_USER).doesNotContain("系统");
      assertThat(e.kindLabel()).isEqualTo("审查申请内容");
    });
    assertThat(choices.get(0).outcome()).startsWith("处理决定：").contains("延长补正期限");
    assertThat(choices.get(0).detail()).contains("新的补正期限：2026年4月10日",
        "理由说明：申请人来电称补正材料已于期限内寄出");
    assertThat(choices.get(1).outcome()).startsWith("处理决定：").contains("视为放弃申请");
    assertThat(choices.get(0).at()).isBefore(choices.get(1).at());
  }

  /**
   * ADR 0180: the assessment of the reasons asked under Art. 35 (not accepted: 不予处理), with
   * the day they came and 审查意见, by whom and when, stays once the history is gone.
   */
  @Test
  void theReasonsAssessmentOutlivesTheHistory() {
    scenario.start(registration(TODAY)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "REASONS_REQUEST",
        REASONS_REQUEST_BASIS, "您自2026年1月1日至2月27日共提出政府信息公开申请120件");
    RequestScenario.today(LocalDate.of(2026, 3, 5));
    scenario.complete(TASK_ASSESS_REASONS, OFFICE_USER, REASONS_DECISION, "REJECTED",
        REASONS_RECEIVED_ON, "2026-03-04", REASONS_ASSESSMENT, "所述理由不能说明申请的合理性");
    String number = scenario.trackingNumber();

    Trail trail = withoutHistory(number);

    Entry assessed = trail.entries().stream()
        .filter(e -> e.activity().equals("审查申请人说明的理由")).findFirst().orElseThrow();
    assertThat(assessed.who()).contains(OFFICE_USER);
    assertThat(assessed.outcome()).startsWith("审查结论：").contains("理由不合理");
    assertThat(assessed.detail()).contains("收到说明理由日期：2026年3月4日",
        "审查意见：所述理由不能说明申请的合理性");
    assertThat(assessed.kindLabel()).isEqualTo("审查申请内容");
  }

  /**
   * ADR 0184 (ADR 0180's open point): the office's finding at 确认逾期未说明理由 (未说明理由, which
   * leads to 不予处理 under Art. 35), with the period's last day and 情况说明, by whom and when,
   * stays once the history is gone. Failed on the old code: only the timer's line was left.
   */
  @Test
  void theFindingThatNoReasonsCameOutlivesTheHistory() {
    scenario.start(registration(TODAY)).complete(TASK_CHECK_COMPLETENESS, OFFICE_USER,
        COMPLETENESS_DECISION, "REASONS_REQUEST",
        REASONS_REQUEST_BASIS, "您自2026年1月1日至2月27日共提出政府信息公开申请120件");
    RequestScenario.today(LocalDate.of(2026, 3, 25));
    scenario.fireTimer(TIMER_REASONS_DEADLINE);
    scenario.complete(TASK_CONFIRM_NO_REASONS, OFFICE_USER, NO_REASONS_DECISION, "NOT_GIVEN",
        NO_REASONS_COMMENT, "电话联系申请人未果");
    String number = scenario.trackingNumber();

    Trail trail = withoutHistory(number);

    Entry found = trail.entries().stream()
        .filter(e -> e.activity().equals("确认逾期未说明理由")).findFirst().orElseThrow();
    assertThat(found.who()).contains(OFFICE_USER);
    assertThat(found.outcome()).startsWith("处理决定：");
    assertThat(found.detail()).contains("届满，未收到申请人说明的理由", "情况说明：电话联系申请人未果");
    assertThat(found.kindLabel()).isEqualTo("审查申请内容");
    assertThat(only(trail, "TIMER").activity()).isEqualTo("说明理由期限届满");
  }

  /**
   * Removes the case's process history as the engine's cleanup would at the end of its period
   * (the running instance first, its listeners skipped), and returns the trail left.
   */
  private Trail withoutHistory(String number) {
    List<HistoricProcessInstance> instances = engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).list();
    for (HistoricProcessInstance instance : instances) {
      // The root: its called reviews go with it.
      if (instance.getEndTime() == null && instance.getSuperProcessInstanceId() == null) {
        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test", true);
      }
    }
    for (HistoricProcessInstance instance : instances) {
      engine.getHistoryService().deleteHistoricProcessInstanceIfExists(instance.getId());
    }
    Trail trail = ProcessTestEngine.timeline(engine).of(number).orElseThrow();
    assertThat(trail.processes()).isEmpty();
    assertThat(trail.entries()).noneMatch(e -> e.kind().equals("TASK"));
    return trail;
  }
}
