package io.github.ogiworkflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;
import org.junit.jupiter.api.Test;

/**
 * An incident's message reads Chinese first (audit 32b, F3 follow-up): Cockpit's 事件 tab shows it
 * to leadership and auditors; the failure as thrown stays in the stack trace for administrators.
 */
class IncidentMessagesTest {

  @Test
  void aMessageWrittenEnglishThenChineseReadsItsChineseAlone() {
    assertThat(IncidentMessages.chineseFirst(new IllegalStateException("A correction notice of"
        + " 2026-0001 was issued on 2026-12-01（本案已于2026年12月1日发出补正申请告知书；补正应当一次性告知"
        + "（条例第三十条），不得再次发出）")))
        .isEqualTo("本案已于2026年12月1日发出补正申请告知书；补正应当一次性告知（条例第三十条），不得再次发出");
  }

  @Test
  void aRefusedReleaseNamesEachProblemInChinese() {
    StepRefused refused = new StepRefused(
        "Reply of 2026-0001 not delivered（答复书未送达）: " + String.join("; ", List.of(
            "no delivery date（未填写送达日期）",
            "the reply letter was changed after it was finalised or approved（答复书在定稿或审批后被修改）")));
    assertThat(IncidentMessages.chineseFirst(refused))
        .isEqualTo("答复书未送达；未填写送达日期；答复书在定稿或审批后被修改");
  }

  @Test
  void aChineseMessageIsKeptAndAWrapperIsLookedThrough() {
    assertThat(IncidentMessages.chineseFirst(new StepRefused("以下信息项没有保密审查记录")))
        .isEqualTo("以下信息项没有保密审查记录");
    assertThat(IncidentMessages.chineseFirst(new ProcessEngineException("ENGINE-03051 There was an"
        + " exception", new IllegalStateException("itemId no longer matches（审查任务的信息项已被更改）"))))
        .isEqualTo("审查任务的信息项已被更改");
  }

  @Test
  void aFailureWithoutChineseIsLedByAChineseSentence() {
    assertThat(IncidentMessages.chineseFirst(new IllegalStateException("No outcome registered for 2026-0001")))
        .isEqualTo(IncidentMessages.UNEXPECTED + "：No outcome registered for 2026-0001");
    assertThat(IncidentMessages.chineseFirst(new NullPointerException()))
        .isEqualTo(IncidentMessages.UNEXPECTED);
  }

  @Test
  void theRecordedFailureReadsChineseFirstAndKeepsTheFailureAsThrownForAdministrators() {
    IllegalStateException thrown = new IllegalStateException("Silence of 2026-0001 was not"
        + " confirmed（未确认申请人逾期未说明理由，不能不予处理）");
    Throwable recorded = RefusalIncidents.chineseFirst(thrown);
    assertThat(recorded.getMessage()).isEqualTo("未确认申请人逾期未说明理由，不能不予处理");
    assertThat(recorded.getCause()).isSameAs(thrown);
    assertThat(ExceptionUtil.getExceptionStacktrace(recorded))
        .startsWith(RefusalIncidents.ChineseFirst.class.getName() + ": 未确认申请人逾期未说明理由")
        .contains("Caused by: java.lang.IllegalStateException: Silence of 2026-0001 was not confirmed");
    // a refusal is still a refusal: no retries
    assertThat(RefusalIncidents.refusal(RefusalIncidents.chineseFirst(new StepRefused("x（中）"))))
        .isTrue();
  }
}
