package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PUBLICATION;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_DUE_DATE;
import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_DUE_DATE_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE;
import static io.github.ogiworkflow.process.ProcessVariables.REVIEW_CONCLUSION;
import static io.github.ogiworkflow.publication.PublicationScenario.LEGAL_USER;
import static io.github.ogiworkflow.publication.PublicationScenario.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.audit.CaseTimeline;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineRecomputation;
import io.github.ogiworkflow.deadline.DeadlineRecomputation.Moved;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 2027 holiday notice arrives while publication batches run on the provisional 2027
 * calendar (Art. 26: published within 20 working days of the day formed or changed): their items'
 * due dates and the batch's tasks move as the requests' deadlines do
 * (HolidayNoticeRecomputationScenarioTest), through the same recomputation.
 *
 * <p>Hand count, today Tuesday 22 December 2026. Item A, formed Monday 21 December: 22–25 Dec
 * (4), 28–31 (8), provisionally 1 January off, 4–8 Jan (13), 11–15 (18), 18–19 (20): due
 * 2027-01-19; on the test notice (1–4 January off) 5–8 Jan (12), 11–15 (17), 18–20 (20): due
 * 2027-01-20. Item B, formed 22 December: 23–25 Dec (3), 28–31 (7), 4–8 Jan (12), 11–15 (17),
 * 18–20 (20): 2027-01-20; on the notice 5–8 Jan (11), 11–15 (16), 18–21 (20): 2027-01-21. Item
 * C, formed Tuesday 1 December: 2–4 Dec (3), 7–11 (8), 14–18 (13), 21–25 (18), 28–29 (20):
 * 2026-12-29, nothing in 2027, unchanged.
 */
@Deployment(resources = {
    "processes/proactive-disclosure.bpmn", "processes/secrecy-review.bpmn",
    "processes/publication-approval.dmn"})
class PublicationDueDateRecomputationScenarioTest {

  // The models are fixtures here; ProactiveDisclosureScenarioTest covers them.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.PROACTIVE_DISCLOSURE, ProcessKeys.SECRECY_REVIEW);

  static final List<String> WEB = List.of("WEBSITE");
  /** The invented 2027 notice of HolidayNoticeRecomputationScenarioTest: Monday 4 January off too. */
  static final String NOTICE_2027 = """
      # test notice, invented: 元旦 with Monday 4 January off as well
      holiday 2027-01-01..2027-01-04
      """;

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(LocalDate.of(2026, 12, 22),
        LocalTime.of(10, 0)).atZone(OfficeTime.ZONE).toInstant()));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void theNoticeOf2027MovesTheArt26DueDatesOfOpenBatchesAndTheirTasks() {
    WorkingDayCalendar calendar = ProcessTestEngine.bean(engine, "workingDayCalendar",
        WorkingDayCalendar.class);
    assertThat(calendar.hasDataFor(2027)).isFalse();
    PublicationRegister register = ProcessTestEngine.bean(engine, "publicationRegister",
        PublicationRegister.class);
    LocalDate dueA = LocalDate.of(2027, 1, 19);
    LocalDate dueB = LocalDate.of(2027, 1, 20);
    LocalDate dueC = LocalDate.of(2026, 12, 29);

    // Batch X (A and B): A reviewed, B's review still open.
    PublicationScenario x = new PublicationScenario(engine).draft(
        item("2026年12月工作动态", "WORK_NEWS", WEB, "formedOn", "2026-12-21"),
        item("2027年抽检计划", "PLANS", WEB, "formedOn", "2026-12-22"));
    x.complete(x.review("2026年12月工作动态"), LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(register.ofBatch(x.batch())).extracting(Publication::dueOn)
        .containsExactly(dueA, dueB);
    assertThat(x.review("2027年抽检计划").getDueDate()).isEqualTo(OfficeTime.endOf(dueA));
    assertThat((String) x.variable(PUBLICATION_DUE_DATE_TEXT)).isEqualTo("2027年1月19日（暂算："
        + "2027年节假日安排尚未公布，期限按法定节假日暂算）（第二十六条：自信息形成或者变更之日起20个工作日内公开）");
    // Batch Y (C): due in 2026.
    PublicationScenario y = new PublicationScenario(engine).draft(
        item("2026年11月统计数据", "STATISTICS", WEB, "formedOn", "2026-12-01"));
    assertThat(register.ofBatch(y.batch()).get(0).dueOn()).isEqualTo(dueC);
    // Batch Z (formed 21 December as A) ended: its item was withheld, nothing to publish.
    PublicationScenario z = new PublicationScenario(engine).draft(
        item("2026年12月内部会议纪要", "OTHER", WEB, "formedOn", "2026-12-21"));
    z.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        "withholdingGround", "INTERNAL_AFFAIRS", "legalBasis", "《政府信息公开条例》第十六条");
    BpmnAwareTests.assertThat(z.instance).isEnded();

    WorkingDayCalendar before = calendar.addYear(WorkingDayCalendar.parseNotice(2027,
        NOTICE_2027, "test cn-2027.txt"));
    DeadlineRecomputation recomputation = ProcessTestEngine.bean(engine,
        "deadlineRecomputation", DeadlineRecomputation.class);
    List<Moved> moved = recomputation.recompute(engine, before, 2027);

    LocalDate newA = LocalDate.of(2027, 1, 20);
    LocalDate newB = LocalDate.of(2027, 1, 21);
    assertThat(moved).containsExactly(
        new Moved(x.batch(), "publicationDueOn", dueA, newA),
        new Moved(x.batch(), "publicationDueOn", dueB, newB));
    // The register: X's items moved; Y's item (2026) and the ended Z's kept their date.
    assertThat(register.ofBatch(x.batch())).extracting(Publication::dueOn)
        .containsExactly(newA, newB);
    assertThat(register.ofBatch(y.batch()).get(0).dueOn()).isEqualTo(dueC);
    assertThat(register.ofBatch(z.batch()).get(0).dueOn()).isEqualTo(dueA);
    // X's variables, the open review (its instance's copies and its task's due date).
    Date newAt = OfficeTime.endOf(newA);
    String newText = "2027年1月20日（第二十六条：自信息形成或者变更之日起20个工作日内公开）";
    assertThat(x.variable(PUBLICATION_DUE_DATE)).isEqualTo(newAt);
    assertThat(x.variable(REPLY_DUE_DATE)).isEqualTo(newAt);
    assertThat(x.variable(PUBLICATION_DUE_DATE_TEXT)).isEqualTo(newText);
    Task openReview = x.review("2027年抽检计划");
    assertThat(openReview.getDueDate()).isEqualTo(newAt);
    assertThat(engine.getTaskService().getVariable(openReview.getId(),
        PUBLICATION_DUE_DATE_TEXT)).isEqualTo(newText);
    assertThat(engine.getTaskService().getVariable(openReview.getId(), REPLY_DUE_DATE))
        .isEqualTo(newAt);
    // Y's batch date did not change, nor its review's.
    assertThat(y.variable(PUBLICATION_DUE_DATE)).isEqualTo(OfficeTime.endOf(dueC));
    assertThat(y.task(TASK_REVIEW_ITEM).getDueDate()).isEqualTo(OfficeTime.endOf(dueC));

    // The tasks that come later take the new date.
    x.complete(openReview, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(x.task(TASK_RECORD_PUBLICATION).getDueDate()).isEqualTo(newAt);

    // X's audit trail shows both changes; Y and Z have none.
    DateChangeRegister changes = ProcessTestEngine.bean(engine, "dateChangeRegister",
        DateChangeRegister.class);
    assertThat(changes.of(x.batch())).extracting(DateChangeRegister.DateChange::reason)
        .containsExactly("依国务院办公厅放假通知重算（信息项“2026年12月工作动态”）",
            "依国务院办公厅放假通知重算（信息项“2027年抽检计划”）");
    CaseTimeline timeline = ProcessTestEngine.timeline(engine);
    assertThat(timeline.of(x.batch()).orElseThrow().entries())
        .filteredOn(e -> e.kind().equals("DATE_CHANGE"))
        .extracting(CaseTimeline.Entry::activity, CaseTimeline.Entry::who,
            CaseTimeline.Entry::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("重算发布期限", "系统", "2027年1月19日 → 2027年1月20日"),
            org.assertj.core.groups.Tuple.tuple("重算发布期限", "系统", "2027年1月20日 → 2027年1月21日"));
    assertThat(changes.of(y.batch())).isEmpty();
    assertThat(changes.of(z.batch())).isEmpty();

    // Counting again on the same calendar moves nothing.
    assertThat(recomputation.recompute(engine, calendar, 2027)).isEmpty();
  }

  /**
   * Known item (session 35): a batch registered before audit 33a F15 showed its 发布期限 as
   * 2027-01-19… until its next step; at start its text and the open review's copy are written
   * as new batches have them. A batch already in Chinese is left alone; a second run does nothing.
   */
  @Test
  void anOldBatchsIsoDueDateTextIsWrittenInChinese() {
    PublicationScenario x = new PublicationScenario(engine).draft(
        item("2026年12月工作动态", "WORK_NEWS", WEB, "formedOn", "2026-12-21"));
    PublicationScenario y = new PublicationScenario(engine).draft(
        item("2026年11月统计数据", "STATISTICS", WEB, "formedOn", "2026-12-01"));
    PublicationRegister register = ProcessTestEngine.bean(engine, "publicationRegister",
        PublicationRegister.class);
    LocalDate due = register.ofBatch(x.batch()).get(0).dueOn();
    String chinese = (String) x.variable(PUBLICATION_DUE_DATE_TEXT);
    String dueText = io.github.ogiworkflow.calendar.ChineseDateText.of(due);
    assertThat(chinese).startsWith(dueText);
    String old = chinese.replace(dueText, due.toString());
    String review = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(x.batch()).processDefinitionKey(ProcessKeys.SECRECY_REVIEW)
        .singleResult().getId();
    engine.getRuntimeService().setVariable(x.instance.getId(), PUBLICATION_DUE_DATE_TEXT, old);
    engine.getRuntimeService().setVariable(review, PUBLICATION_DUE_DATE_TEXT, old);
    PublicationDueDateRecomputation recomputation = ProcessTestEngine.bean(engine,
        "publicationDueDateRecomputation", PublicationDueDateRecomputation.class);

    assertThat(recomputation.rewriteIsoDueDateTexts(engine)).containsExactly(x.batch());

    assertThat(x.variable(PUBLICATION_DUE_DATE_TEXT)).isEqualTo(chinese);
    assertThat(engine.getRuntimeService().getVariable(review, PUBLICATION_DUE_DATE_TEXT))
        .isEqualTo(chinese);
    assertThat(x.review("2026年12月工作动态").getDueDate()).isEqualTo(OfficeTime.endOf(due));
    assertThat((String) y.variable(PUBLICATION_DUE_DATE_TEXT)).startsWith("2026年12月29日");
    assertThat(recomputation.rewriteIsoDueDateTexts(engine)).isEmpty();
  }
}
