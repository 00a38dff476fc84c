package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.letter.CaseLetters.chinese;
import static io.github.ogiworkflow.process.ElementIds.CALL_SECRECY_REVIEW;
import static io.github.ogiworkflow.process.ElementIds.END_EVENT_NONE_PUBLISHED;
import static io.github.ogiworkflow.process.ElementIds.END_EVENT_PUBLISHED;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_PUBLICATION;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_WITHDRAWAL;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PUBLICATION;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_SECRECY_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.publication.PublicationScenario.LEADER;
import static io.github.ogiworkflow.publication.PublicationScenario.LEGAL_USER;
import static io.github.ogiworkflow.publication.PublicationScenario.OFFICE_USER;
import static io.github.ogiworkflow.publication.PublicationScenario.item;
import static io.github.ogiworkflow.publication.PublicationScenario.vars;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.audit.ComplianceQueries;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.consultation.ConsultationKind;
import io.github.ogiworkflow.consultation.ConsultationRegister;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.NewCase;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.support.AtOnce;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path through {@code ProactiveDisclosure}, the {@code SecrecyReview} it calls and
 * {@code PublicationWithdrawal}, on the real engine, beans and register: review first, publish
 * later, one review per item, approval where the decision table says, publication per channel,
 * withdrawal, Art. 44, the publish guard and the audit. The class covers all three models.
 */
@Deployment(resources = {
    "processes/proactive-disclosure.bpmn", "processes/secrecy-review.bpmn",
    "processes/publication-withdrawal.bpmn", "processes/publication-approval.dmn",
    // The compliance check evaluates the request approval table for delivered requests.
    "processes/approval-required.dmn"})
class ProactiveDisclosureScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(1.0);

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final List<String> WEB = List.of("WEBSITE");
  /** How the compliance check names Art. 26's period (ADR 0151). */
  static final String ART_26_PERIOD = "（期限20个工作日（《中华人民共和国政府信息公开条例》第二十六条））";

  ProcessEngine engine;
  PublicationScenario scenario;
  PublicationRegister register;
  ItemRegister items;
  Publisher publisher;
  PublicationAudit audit;
  Letters letters;
  CaseRegister cases;
  ConsultationRegister consultations;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(
        LocalDateTime.of(TODAY, LocalTime.of(10, 0)).atZone(OfficeTime.ZONE).toInstant()));
    scenario = new PublicationScenario(engine);
    register = ProcessTestEngine.bean(engine, "publicationRegister", PublicationRegister.class);
    items = ProcessTestEngine.bean(engine, "itemRegister", ItemRegister.class);
    publisher = ProcessTestEngine.bean(engine, "publisher", Publisher.class);
    audit = ProcessTestEngine.bean(engine, "publicationAudit", PublicationAudit.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    cases = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    consultations = ProcessTestEngine.bean(engine, "consultationRegister",
        ConsultationRegister.class);
    // The register outlives a test (one engine per class; on PostgreSQL one database for all
    // classes): each test starts with no publications. Only this class writes these tables.
    JdbcTemplate jdbc = ProcessTestEngine.bean(engine, "jdbcTemplate", JdbcTemplate.class);
    jdbc.update("DELETE FROM ogi_publication_skip");
    jdbc.update("DELETE FROM ogi_publication_channel");
    jdbc.update("DELETE FROM ogi_publication_item");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void eachItemIsReviewedOnceApprovedWhereRequiredAndPublishedPerChannel() {
    scenario.draft(
        item("2026年一季度工作动态", "WORK_NEWS", List.of("WEBSITE", "NEW_MEDIA")),
        item("示范市市场监督管理局行政处罚裁量基准", "NORMATIVE_DOCUMENTS", List.of("WEBSITE", "GAZETTE"),
            "docNumber", "示市监规〔2026〕1号", "regulationKind", "NORMATIVE",
            "regulationAction", "ISSUE", "penaltyDecisions", 12, "feeAmount", "1.25"),
        item("企业抽查原始记录", "SUPERVISION", WEB));
    String batch = scenario.batch();

    Assertions.assertThat(batch).matches("ZDGK-2026-\\d{6}");
    Assertions.assertThat(scenario.tasks(TASK_REVIEW_ITEM)).hasSize(3);
    scenario.complete(scenario.review("2026年一季度工作动态"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE")
        .complete(scenario.review("示范市市场监督管理局行政处罚裁量基准"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE")
        .complete(scenario.review("企业抽查原始记录"), LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
            WITHHOLDING_GROUND, "ENFORCEMENT_FILE", LEGAL_BASIS, "《政府信息公开条例》第十六条");

    // Only the normative document needs leadership (decision table PublicationApproval).
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(scenario.list(PUBLICATION_APPROVALS)).singleElement()
        .satisfies(row -> Assertions.assertThat(row.get("title"))
            .isEqualTo("示范市市场监督管理局行政处罚裁量基准"));
    scenario.decideAll("APPROVE", null);

    Assertions.assertThat(scenario.list(PUBLICATIONS)).hasSize(4);
    Assertions.assertThat((String) scenario.variable(NOT_PUBLISHED_SUMMARY))
        .contains("企业抽查原始记录", "不予公开", "属于行政执法案卷", "第十六条");
    scenario.recordPublication(TODAY.toString());

    assertThat(scenario.instance).isEnded().hasPassed(CALL_SECRECY_REVIEW,
        "Service_VerifyReviews", "Service_RecordPublicationApproval", END_EVENT_PUBLISHED);
    List<Publication> batchItems = register.ofBatch(batch);
    Assertions.assertThat(batchItems).extracting(Publication::status).containsExactly(
        PublicationStatus.PUBLISHED, PublicationStatus.PUBLISHED, PublicationStatus.NOT_PUBLISHED);
    Assertions.assertThat(batchItems.get(1).approvedBy()).isEqualTo(LEADER);
    Assertions.assertThat(batchItems.get(2).notPublishedReason()).contains("属于行政执法案卷");
    Assertions.assertThat(register.channels(batchItems.get(1).id()))
        .extracting(PublicationRegister.ChannelRecord::location)
        .contains("2026年第3期");
    // One review each, by the reviewer, in the shared review register.
    Assertions.assertThat(items.of(batch)).hasSize(3).allSatisfy(item ->
        Assertions.assertThat(item.review().reviewer()).isEqualTo(LEGAL_USER));

    Assertions.assertThat(audit.publishedItems()).hasSize(2).allSatisfy(row -> {
      Assertions.assertThat(row.reviewer()).isEqualTo(LEGAL_USER);
      Assertions.assertThat(row.reviewedAt()).isNotNull();
    });
    Assertions.assertThat(audit.publishedWithoutReview()).isEmpty();

    // The annual report's table 二 and counts come from the register.
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(1, 0, 1));
    Assertions.assertThat(register.decisionAndFeeTotals(2026).get("penalty").intValue()).isEqualTo(12);
    Assertions.assertThat(register.decisionAndFeeTotals(2026).get("fees"))
        .isEqualByComparingTo(new BigDecimal("1.25"));
    Assertions.assertThat(register.channelCounts(2026)).containsEntry(PublicationChannel.WEBSITE, 2)
        .containsEntry(PublicationChannel.GAZETTE, 1).containsEntry(PublicationChannel.NEW_MEDIA, 1)
        .containsEntry(PublicationChannel.READING_ROOM, 0);
    Assertions.assertThat(register.categoryCounts(2026))
        .containsEntry(PublicationCategory.WORK_NEWS, 1)
        .containsEntry(PublicationCategory.NORMATIVE_DOCUMENTS, 1)
        .containsEntry(PublicationCategory.SUPERVISION, 0);
  }

  /** Two reviewers finishing two items of one batch at once both succeed (asyncAfter per item). */
  /**
   * 登记发布情况 sends the plan's list back: a line on a channel the draft does not name, or
   * the same line twice, is refused and nothing is published (item and channel are read-only
   * in the form, but they travel inside one JSON variable).
   */
  @Test
  void onlyThePlannedLinesCanBeRecordedAsPublished() {
    scenario.draft(item("2026年一季度工作动态", "WORK_NEWS", WEB));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    List<Map<String, Object>> planned = scenario.list(PUBLICATIONS);
    org.assertj.core.api.Assertions.assertThat(planned).hasSize(1);
    Map<String, Object> line = new java.util.HashMap<>(planned.get(0));
    line.put("publishedOn", OfficeTime.today().toString());
    line.put("location", "https://www.example.gov.cn/zwgk/1");
    Map<String, Object> otherChannel = new java.util.HashMap<>(line);
    otherChannel.put("channel", "GAZETTE");

    for (List<Map<String, Object>> forged : List.of(List.of(otherChannel),
        List.of(line, line))) {
      assertThatThrownBy(() -> scenario.complete(TASK_RECORD_PUBLICATION, OFFICE_USER,
          PUBLICATIONS, org.camunda.spin.Spin.JSON(forged)))
          .isInstanceOf(InvalidInput.class).hasMessageContaining("本批次计划发布的信息项和渠道");
      assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    }
    scenario.complete(TASK_RECORD_PUBLICATION, OFFICE_USER, PUBLICATIONS,
        org.camunda.spin.Spin.JSON(List.of(line)));
    assertThat(scenario.instance).hasPassed(END_EVENT_PUBLISHED);
  }

  /**
   * Audit 33a F13 (ADR 0144): an item formed on 5 January 2026 was due on 2 February (20
   * working days); the forms say its 发布期限 has passed (已逾期), and 登记发布情况 on 2 March
   * is refused on the line until it gives 逾期原因, which the batch then keeps. Before, the late
   * line was published without a word and the forms showed the date alone.
   */
  @Test
  void aLineRecordedAfterItsItemsDueDateNeedsAReasonForTheDelay() {
    LocalDate formedOn = LocalDate.of(2026, 1, 5);
    LocalDate due = ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class)
        .addWorkingDays(formedOn, 20);
    Assertions.assertThat(due).isBefore(TODAY);
    scenario.draft(item("2025年第四季度财政资金使用情况", "FUNDS", WEB,
        "formedOn", formedOn.toString()));
    Task review = scenario.task(TASK_REVIEW_ITEM);
    Assertions.assertThat((String) engine.getTaskService().getVariable(review.getId(),
        PUBLICATION_DUE_DATE_TEXT)).isEqualTo(chinese(due) + "（已逾期）（第二十六条：自信息形成或者变更之日起20个工作日内公开）");
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    Assertions.assertThat((String) scenario.variable(PUBLICATION_DUE_DATE_TEXT))
        .startsWith(chinese(due) + "（已逾期）");
    List<Map<String, Object>> lines = scenario.list(PUBLICATIONS);
    Assertions.assertThat(lines).singleElement()
        .satisfies(l -> Assertions.assertThat(l.get("dueOn")).isEqualTo(due.toString()));

    assertThatThrownBy(() -> scenario.recordPublication(TODAY.toString()))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("lateReason:")
        .hasMessageContaining("在政府网站的发布日期" + chinese(TODAY) + "晚于本项发布期限"
            + chinese(due) + "（条例第二十六条）：请填写逾期原因");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    Assertions.assertThat(audit.publishedItems()).isEmpty();

    Map<String, Object> line = new java.util.HashMap<>(lines.get(0));
    line.put("publishedOn", TODAY.toString());
    line.put("location", "https://www.example.gov.cn/zwgk/1");
    line.put("lateReason", "网站改版期间暂停更新");
    scenario.complete(TASK_RECORD_PUBLICATION, OFFICE_USER, PUBLICATIONS, Spin.JSON(List.of(line)));
    assertThat(scenario.instance).hasPassed(END_EVENT_PUBLISHED);
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(scenario.instance.getId()).variableName(LATE_PUBLICATION_REASON)
        .singleResult().getValue()).isEqualTo("“2025年第四季度财政资金使用情况”在政府网站于"
            + chinese(TODAY) + "发布，晚于发布期限" + chinese(due) + "：网站改版期间暂停更新");
    // The batch's audit trail shows it with the publishing step.
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(scenario.batch()).orElseThrow()
        .entries()).anySatisfy(e -> Assertions.assertThat(e.comment())
            .contains("逾期发布原因", "网站改版期间暂停更新"));
  }

  /**
   * ADR 0096: an item reviewed in December 2025 and recorded as published on 31 December after
   * the 2025 report was published would change that report's table 二 and 主动公开信息数. Refused
   * on publishedOn naming the year, nothing published; a date in 2026 passes.
   */
  @Test
  void aPublicationDatedInAPublishedYearIsRefused() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(LocalDate.of(2025, 12, 30),
        LocalTime.of(10, 0)).atZone(OfficeTime.ZONE).toInstant()));
    scenario.draft(item("示范市市场监督管理局行政处罚裁量基准（2025年修订）", "NORMATIVE_DOCUMENTS", WEB,
        "docNumber", "示市监规〔2025〕9号", "regulationKind", "NORMATIVE",
        "regulationAction", "ISSUE"));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    if (!scenario.tasks(TASK_APPROVE_PUBLICATION).isEmpty()) {
      scenario.decideAll("APPROVE", null);
    }
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(LocalDate.of(2026, 1, 12),
        LocalTime.of(10, 0)).atZone(OfficeTime.ZONE).toInstant()));
    JdbcTemplate jdbc = ProcessTestEngine.bean(engine, "jdbcTemplate", JdbcTemplate.class);
    jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = 2025");
    jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
        + " tables_json, published_on, updated_at) VALUES (2025, 'PUBLISHED', CURRENT_TIMESTAMP,"
        + " TRUE, '{}', ?, CURRENT_TIMESTAMP)", java.sql.Date.valueOf(LocalDate.of(2026, 1, 10)));
    try {
      assertThatThrownBy(() -> scenario.recordPublication("2025-12-31"))
          .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publishedOn:")
          .hasMessageContaining("在政府网站的发布日期为2025年12月31日，将改变已发布的2025年度"
              + "政府信息公开工作年度报告中的统计");
      assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
      Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2025).issued())
          .isZero();

      scenario.recordPublication("2026-01-12");
      assertThat(scenario.instance).hasPassed(END_EVENT_PUBLISHED);
      Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026).issued())
          .isEqualTo(1);
    } finally {
      jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = 2025");
    }
  }

  @Test
  void twoReviewersFinishingAtOnceBothSucceed() throws Exception {
    scenario.draft(item("2026年一季度工作动态", "WORK_NEWS", WEB),
        item("2026年二季度工作动态", "WORK_NEWS", WEB));
    List<Task> reviews = scenario.tasks(TASK_REVIEW_ITEM);
    Assertions.assertThat(reviews).hasSize(2);

    List<Throwable> failures = AtOnce.run(reviews.stream().<Runnable>map(review -> () ->
        scenario.completeOnly(review, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")).toList());

    Assertions.assertThat(failures).isEmpty();
    scenario.runAsyncSteps();
    Assertions.assertThat(items.of(scenario.batch())).hasSize(2).allSatisfy(item ->
        Assertions.assertThat(item.review().reviewer()).isEqualTo(LEGAL_USER));
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
  }

  @Test
  void leadershipCanRefuseAndThenNothingIsPublished() {
    scenario.draft(item("某专项检查通报", "SUPERVISION", WEB));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
        REDACTION_NOTE, "遮盖企业名称", WITHHOLDING_GROUND, "THIRD_PARTY",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");

    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    assertThatThrownBy(() -> scenario.decideAll("REFUSE", null))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("须说明理由");
    scenario.decideAll("REFUSE", "时机不成熟");

    assertThat(scenario.instance).isEnded().hasPassed("EndEvent_NothingPublished")
        .hasNotPassed(TASK_RECORD_PUBLICATION);
    Publication refused = register.ofBatch(scenario.batch()).get(0);
    Assertions.assertThat(refused.status()).isEqualTo(PublicationStatus.NOT_PUBLISHED);
    Assertions.assertThat(refused.notPublishedReason()).contains("领导审批不同意", "时机不成熟");
    Assertions.assertThat(audit.publishedItems()).isEmpty();
    // The trail says the planned channel will not be used, not that it awaits registration
    // (audit 33a, F15).
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(scenario.batch()).orElseThrow()
        .batch().lines()).singleElement().satisfies(line -> Assertions
            .assertThat(line.channels()).singleElement().asString().endsWith("：不发布"));
  }

  /**
   * Audit round 29, F6: one decision per item. The rows come back in one JSON variable, so a
   * list with the same item twice (refused with a reason, then approved) or an item that awaits
   * no approval is refused, and nothing is recorded. Before, the later row won: 同意发布.
   */
  @Test
  void anApprovalListWithAnItemTwiceIsRefused() {
    scenario.draft(item("某专项检查通报", "SUPERVISION", WEB));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
        REDACTION_NOTE, "遮盖企业名称", WITHHOLDING_GROUND, "THIRD_PARTY",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");
    List<Map<String, Object>> rows = scenario.list(PUBLICATION_APPROVALS);
    Assertions.assertThat(rows).hasSize(1);
    Map<String, Object> refused = new java.util.LinkedHashMap<>(rows.get(0));
    refused.put("decision", "REFUSE");
    refused.put("comment", "含个人信息");
    Map<String, Object> approved = new java.util.LinkedHashMap<>(rows.get(0));
    approved.put("decision", "APPROVE");
    for (List<Map<String, Object>> list : List.of(List.of(refused, approved),
        List.of(approved, withItemId(approved, 999_999L)))) {
      assertThatThrownBy(() -> scenario.complete(TASK_APPROVE_PUBLICATION, LEADER,
              PUBLICATION_APPROVALS, Spin.JSON(list)))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("每项只作一次决定");
      assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    }
    Assertions.assertThat(register.ofBatch(scenario.batch()).get(0).status())
        .isNotEqualTo(PublicationStatus.PUBLISHABLE);
    scenario.decideAll("APPROVE", null);
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
  }

  /**
   * Audit 33a F10 (ADR 0147): an item reviewed 处理后可公开 shows leadership and the office its
   * 处理说明 (masked as the engine keeps it, ADR 0136) and its ground; 登记发布情况 refuses its
   * line until the office ticks 已按处理说明处理后发布, publishing nothing, and the batch's trail
   * keeps the confirmation. Before, neither form named the redaction and the line went out
   * without a word.
   */
  @Test
  void aRedactedItemShowsItsNoteAndIsPublishedOnlyWithTheRedactionConfirmed() {
    scenario.draft(item("2026年度信访事项办理情况", "SUPERVISION", WEB));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
        REDACTION_NOTE, "删除信访人姓名、身份证号码350502198001011235和住址",
        WITHHOLDING_GROUND, "THIRD_PARTY",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(scenario.list(PUBLICATION_APPROVALS)).singleElement().satisfies(row -> {
      Assertions.assertThat((String) row.get("redactionNote"))
          .startsWith("删除信访人姓名、身份证号码").doesNotContain("350502198001011235");
      Assertions.assertThat(row.get("redactionGroundLabel")).isEqualTo("保护第三方合法权益");
    });
    scenario.decideAll("APPROVE", null);
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    List<Map<String, Object>> lines = scenario.list(PUBLICATIONS);
    Assertions.assertThat(lines).singleElement().satisfies(l -> {
      Assertions.assertThat((String) l.get("redactionNote"))
          .startsWith("删除信访人姓名、身份证号码").doesNotContain("350502198001011235");
      Assertions.assertThat(l.get("redactionGroundLabel")).isEqualTo("保护第三方合法权益");
      Assertions.assertThat(l.get("redactionApplied")).isEqualTo(false);
    });

    Map<String, Object> line = new java.util.HashMap<>(lines.get(0));
    line.put("publishedOn", TODAY.toString());
    line.put("location", "https://www.example.gov.cn/zwgk/1");
    for (Object unticked : java.util.Arrays.asList(null, false)) {
      line.put("redactionApplied", unticked);
      assertThatThrownBy(() -> scenario.complete(TASK_RECORD_PUBLICATION, OFFICE_USER,
              PUBLICATIONS, Spin.JSON(List.of(line))))
          .isInstanceOf(InvalidInput.class).hasMessageStartingWith("redactionApplied:")
          .hasMessageContaining("在政府网站发布前须按处理说明处理：请勾选“已按处理说明处理后发布”")
          .hasMessageNotContaining("350502198001011235");
      assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
      Assertions.assertThat(audit.publishedItems()).isEmpty();
    }
    line.put("redactionApplied", true);
    scenario.complete(TASK_RECORD_PUBLICATION, OFFICE_USER, PUBLICATIONS, Spin.JSON(List.of(line)));
    assertThat(scenario.instance).hasPassed(END_EVENT_PUBLISHED);
    Assertions.assertThat((String) engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(scenario.instance.getId())
        .variableName(REDACTED_PUBLICATION_NOTE).singleResult().getValue())
        .startsWith("“2026年度信访事项办理情况”在政府网站于" + chinese(TODAY)
            + "发布，已按处理说明处理（保护第三方合法权益；处理说明：删除信访人姓名")
        .doesNotContain("350502198001011235");
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(scenario.batch()).orElseThrow()
        .entries()).anySatisfy(e -> Assertions.assertThat(e.comment())
            .contains("按处理说明处理后发布", "删除信访人姓名"));
  }

  private static Map<String, Object> withItemId(Map<String, Object> row, long itemId) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
    copy.put("itemId", itemId);
    return copy;
  }

  @Test
  void aReferredItemWaitsForTheSecrecyAdministration() {
    scenario.draft(item("某重大项目建设规划", "PLANS", List.of("READING_ROOM")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "REFER",
        REVIEW_COMMENT, "可能涉密");

    // The referral letter is kept under the batch number, though there is no request case.
    Assertions.assertThat(letters.of(scenario.batch())).singleElement().satisfies(letter -> {
      Assertions.assertThat(letter.kind()).isEqualTo(LetterKind.SECRECY_REFERRAL);
      Assertions.assertThat(letter.body()).contains(scenario.batch(), "某重大项目建设规划");
    });
    scenario.complete(TASK_RECORD_SECRECY_ANSWER, "liuyang", REVIEW_CONCLUSION, "RELEASABLE",
            SECRECY_ANSWER_ON, TODAY.toString())
        .recordPublication(TODAY.toString());

    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED)
        .hasNotPassed(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(audit.publishedItems()).singleElement()
        .satisfies(row -> Assertions.assertThat(row.reviewer()).isEqualTo("liuyang"));
    Assertions.assertThat(audit.publishedWithoutReview()).isEmpty();
  }

  @Test
  void thePublishStepRefusesAnItemWithoutAReleasingReview() {
    scenario.draft(item("未审查的信息", "OTHER", WEB), item("不予公开的信息", "OTHER", WEB));
    long unreviewed = register.ofBatch(scenario.batch()).get(0).itemId();
    long withheld = register.ofBatch(scenario.batch()).get(1).itemId();

    assertThatThrownBy(() -> publisher.publish(unreviewed, PublicationChannel.WEBSITE, TODAY,
        "https://www.example.gov.cn/x", OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("未经保密审查");

    scenario.complete(scenario.review("不予公开的信息"), LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, "INTERNAL_AFFAIRS", LEGAL_BASIS, "《政府信息公开条例》第十六条");
    assertThatThrownBy(() -> publisher.publish(withheld, PublicationChannel.WEBSITE, TODAY,
        "https://www.example.gov.cn/y", OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不得公开");

    Assertions.assertThat(register.channels(register.ofBatch(scenario.batch()).get(0).id())).isEmpty();
    Assertions.assertThat(audit.publishedItems()).isEmpty();
    Assertions.assertThat(audit.publishedWithoutReview()).isEmpty();
  }

  @Test
  void theAuditFindsAnItemPublishedAroundTheGuard() {
    scenario.draft(item("绕过审查的信息", "OTHER", WEB));
    Publication p = register.ofBatch(scenario.batch()).get(0);
    // What the guard prevents: a row written straight into the register.
    register.addChannel(p.id(), PublicationChannel.WEBSITE, TODAY, "https://x", OFFICE_USER);

    Assertions.assertThat(audit.publishedWithoutReview()).singleElement().satisfies(row -> {
      Assertions.assertThat(row.itemId()).isEqualTo(p.itemId());
      Assertions.assertThat(row.reviewer()).isNull();
    });
  }

  @Test
  void anItemNotForProactiveDisclosureIsNotPublished() {
    scenario.draft(item("内部管理制度", "ORGANISATION", WEB, "attribute", "ON_REQUEST"));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");

    assertThat(scenario.instance).isEnded().hasPassed("EndEvent_NothingPublished");
    Assertions.assertThat(register.ofBatch(scenario.batch()).get(0).notPublishedReason())
        .contains("依申请公开");
  }

  @Test
  void anIncompleteDraftIsRefused() {
    assertThatThrownBy(() -> scenario.draft(item("无渠道的信息", "OTHER", List.of())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("发布渠道");
    assertThatThrownBy(() -> scenario.draft(item("规范性文件", "NORMATIVE_DOCUMENTS", WEB,
        "regulationKind", "NORMATIVE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("制发或废止");
    assertThatThrownBy(() -> scenario.draft())
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("至少填写一项");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE).count()).isZero();
  }

  @Test
  void art44TurnsARequestAnswerIntoAPublicationWithoutASecondReview() {
    String request = "YSQ-2026-990007";
    long itemId = reviewedRequestItem(request, "2025年食品抽检结果汇总", ReviewConclusion.RELEASABLE);

    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE, PublicationFromRequest.startVariables(
        request, List.of(Map.of("itemId", itemId, "category", "STATISTICS",
            "channels", List.of("WEBSITE"), "publishingUnit", PublicationScenario.UNIT,
            "attribute", "PROACTIVE"))));

    // No second secrecy review (one review per item); legal's 主动公开审核 instead (ADR 0173).
    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_ART44_REVIEW)
        .hasNotPassed(CALL_SECRECY_REVIEW);
    scenario.recordPublication(TODAY.toString());
    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
    Publication p = register.byItem(itemId).orElseThrow();
    Assertions.assertThat(p.sourceRequest()).isEqualTo(request);
    Assertions.assertThat(p.title()).isEqualTo("2025年食品抽检结果汇总");
    Assertions.assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
    Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SECRECY_REVIEW)
        .processInstanceBusinessKey(p.batchRef()).count()).isZero();
    Assertions.assertThat(items.of(request)).singleElement()
        .satisfies(item -> Assertions.assertThat(item.review().reviewer()).isEqualTo(LEGAL_USER));
    Assertions.assertThat(audit.publishedItems()).singleElement()
        .satisfies(row -> Assertions.assertThat(row.reviewer()).isEqualTo(LEGAL_USER));

    // The same item cannot be published twice, and a withheld item not at all.
    Map<String, Object> again = Map.of("itemId", itemId, "category", "STATISTICS",
        "channels", List.of("GAZETTE"), "publishingUnit", "某单位", "attribute", "PROACTIVE");
    assertThatThrownBy(() -> scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(again))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("不能重复发布");
    long withheld = reviewedRequestItem("YSQ-2026-990008", "内部请示", ReviewConclusion.WITHHOLD);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables("YSQ-2026-990008", List.of(Map.of("itemId",
            withheld, "category", "OTHER", "channels", List.of("WEBSITE"),
            "publishingUnit", "某单位", "attribute", "PROACTIVE")))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("经保密审查不予公开，不能转为主动公开");
    Assertions.assertThat(register.byItem(withheld)).isEmpty();
  }

  /**
   * Art. 44 (经审核, audit 33a F9, ADR 0173): an item of a delivered reply goes to legal's 主动公开
   * 审核 before anything else, whatever released it to the one applicant. Incomplete answers, a
   * refusal without a note and a review by the office are refused with nothing recorded; an
   * item found outside the proactive scope is not published and says why; the publish guard
   * refuses an Art. 44 item without the review on any path. Before, the batch went straight to
   * 登记发布情况.
   */
  @Test
  void art44ItemsPassLegalsReviewForProactiveDisclosureBeforePublication() {
    String request = "YSQ-2026-990061";
    registerCase(request, true);
    items.add(request, List.of(
        new NewItem("2025年食品抽检不合格产品汇总", ItemFinding.HELD, null, null, false, false),
        new NewItem("申请人本人的投诉处理记录", ItemFinding.HELD, null, null, false, false)));
    long inScope = items.heldItemIds(request).get(0);
    long ownData = items.heldItemIds(request).get(1);
    for (long id : List.of(inScope, ownData)) {
      items.recordReview(id, new Review(LEGAL_USER, ReviewConclusion.RELEASABLE, null, null,
          null, null, false, null));
    }
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE, PublicationFromRequest.startVariables(
        request, List.of(fromRequest(inScope), fromRequest(ownData))));

    assertThat(scenario.instance).isWaitingAt(ElementIds.TASK_ART44_REVIEW)
        .hasNotPassed(CALL_SECRECY_REVIEW);
    Assertions.assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(scenario.batch()).taskCandidateGroup("legal").count())
        .isEqualTo(1);
    // Any path to publication refuses the item meanwhile.
    assertThatThrownBy(() -> publisher.publish(inScope, PublicationChannel.WEBSITE, TODAY,
        "https://www.example.gov.cn/a44", OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("未经法规科主动公开审核，不得公开");

    List<Map<String, Object>> rows = scenario.listVariable(ProcessVariables.ART44_REVIEWS);
    Assertions.assertThat(rows).extracting(r -> r.get("title"))
        .containsExactly("2025年食品抽检不合格产品汇总", "申请人本人的投诉处理记录");
    // Nothing answered: every missing answer named, nothing written.
    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_ART44_REVIEW, LEGAL_USER,
        ProcessVariables.ART44_REVIEWS, org.camunda.spin.Spin.JSON(rows)))
        .hasMessageContaining("第1项“2025年食品抽检不合格产品汇总”：请选择是否属于主动公开范围")
        .hasMessageContaining("第2项“申请人本人的投诉处理记录”：请选择是否含个人信息");
    rows.get(0).putAll(Map.of("inScope", "YES", "personalData", "NO", "consentLimited", "NO"));
    rows.get(1).putAll(Map.of("inScope", "NO", "personalData", "YES", "consentLimited", "NO"));
    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_ART44_REVIEW, LEGAL_USER,
        ProcessVariables.ART44_REVIEWS, org.camunda.spin.Spin.JSON(rows)))
        .hasMessageContaining("不予发布须填写审核意见");
    rows.get(1).put("comment", "系申请人本人信息，不宜向社会公开");
    // The office cannot answer legal's review.
    assertThatThrownBy(() -> scenario.complete(ElementIds.TASK_ART44_REVIEW, OFFICE_USER,
        ProcessVariables.ART44_REVIEWS, org.camunda.spin.Spin.JSON(rows)))
        .hasMessageContaining("主动公开审核须由法规科人员办理");
    register.ofBatch(scenario.batch()).forEach(p ->
        Assertions.assertThat(register.scopeReview(p.id())).isEmpty());

    scenario.complete(ElementIds.TASK_ART44_REVIEW, LEGAL_USER, ProcessVariables.ART44_REVIEWS,
        org.camunda.spin.Spin.JSON(rows));
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    Publication kept = register.byItem(ownData).orElseThrow();
    Assertions.assertThat(kept.status()).isEqualTo(PublicationStatus.NOT_PUBLISHED);
    Assertions.assertThat(kept.notPublishedReason()).isEqualTo("经主动公开审核不予发布（不属于主动"
        + "公开范围、含个人信息；系申请人本人信息，不宜向社会公开）");
    Assertions.assertThat(register.scopeReview(register.byItem(inScope).orElseThrow().id()))
        .hasValueSatisfying(r -> {
          Assertions.assertThat(r.reviewedBy()).isEqualTo(LEGAL_USER);
          Assertions.assertThat(r.releases()).isTrue();
        });
    assertThatThrownBy(() -> publisher.publish(ownData, PublicationChannel.WEBSITE, TODAY,
        "https://www.example.gov.cn/a45", OFFICE_USER)).isInstanceOf(InvalidInput.class);

    scenario.recordPublication(TODAY.toString());
    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
    Assertions.assertThat(register.byItem(inScope).orElseThrow().status())
        .isEqualTo(PublicationStatus.PUBLISHED);
    Assertions.assertThat(register.byItem(ownData).orElseThrow().status())
        .isEqualTo(PublicationStatus.NOT_PUBLISHED);
  }

  /**
   * Art. 44 moves into proactive disclosure only what the reply released: an item the reply
   * withheld because a third party objected (Art. 32) stays withheld although its review found
   * it releasable, and nothing of a reply not yet delivered is published. The same item of a
   * delivered reply that released it is published (positive control).
   */
  @Test
  void art44RefusesItemsTheReplyWithheldOrHasNotDelivered() {
    // Withheld after a third party's objection that leadership did not override.
    String objected = "YSQ-2026-990011";
    registerCase(objected, true);
    long thirdPartyItem = requestItem(objected, "某企业生产许可申请材料", true);
    consultations.open(objected, ConsultationKind.THIRD_PARTY, null, TODAY.minusDays(30));
    consultations.answer(consultations.latestThirdParty(objected).orElseThrow().id(),
        ConsultationRegister.Answer.OBJECTION, TODAY.minusDays(20), "涉及商业秘密，不同意公开");
    // As 结束征求意见 does: the objection is kept with the items it is about (ADR 0115, 0166).
    items.markThirdPartyObjected(objected, TODAY.minusDays(20));
    assertThatThrownBy(() -> scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(objected, List.of(fromRequest(thirdPartyItem)))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("因第三方不同意公开不予公开，不能转为主动公开");
    Assertions.assertThat(register.byItem(thirdPartyItem)).isEmpty();

    // A releasable item of a reply still being prepared: refused, and so is one of a request the
    // register does not know.
    String pending = "YSQ-2026-990012";
    long pendingItem = requestItem(pending, "2025年计量器具检定统计", false);
    registerCase(pending, false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(pending, List.of(fromRequest(pendingItem)))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("的答复尚未送达");
    Assertions.assertThat(register.byItem(pendingItem)).isEmpty();
    String unknown = "YSQ-2026-990013";
    long unknownItem = requestItem(unknown, "2025年广告监测统计", false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(unknown, List.of(fromRequest(unknownItem)))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("的答复尚未送达");
    Assertions.assertThat(register.byItem(unknownItem)).isEmpty();

    // Positive control: once the reply is delivered, the same item is published.
    registerCase(pending, true);
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(pending, List.of(fromRequest(pendingItem))));
    scenario.recordPublication(TODAY.toString());
    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
    Assertions.assertThat(register.byItem(pendingItem).orElseThrow().status())
        .isEqualTo(PublicationStatus.PUBLISHED);
  }

  /**
   * Audit 30b, F1 (ADR 0115): a request handled before the objection followed the information.
   * Its first round's item touched 示范市丙丁食品有限公司, which objected; a correction superseded
   * the item, and the new round's item of the same 文号, split without the third-party tick, was
   * released and delivered. Art. 44 refuses it: the register keeps the first round's objection
   * with the superseded item (what the consultation step writes, and V79 for earlier cases).
   * Before, it was published with no leadership approval, its round's objection unseen.
   */
  @Test
  void art44RefusesInformationAThirdPartyObjectedToInAnEarlierRound() {
    String request = "YSQ-2026-990014";
    registerCase(request, true);
    items.add(request, List.of(new NewItem("某食品公司行政处罚决定书（示市监罚〔2026〕12号）",
        ItemFinding.HELD, null, null, null, true, false, "示范市丙丁食品有限公司", null)));
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_info_item SET third_party_objected_on = ?,"
        + " superseded_on = ? WHERE case_ref = ?", java.sql.Date.valueOf(TODAY.minusDays(20)),
        java.sql.Date.valueOf(TODAY.minusDays(10)), request);
    long reSplit = requestItem(request, "某食品公司行政处罚决定书 (示市监罚[2026]12号)", false);

    assertThatThrownBy(() -> scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(fromRequest(reSplit)))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("是第三方（示范市丙丁食品有限公司）曾于" + chinese(TODAY.minusDays(20))
            + "不同意公开的信息（条例第三十二条），不能转为主动公开");
    Assertions.assertThat(register.byItem(reSplit)).isEmpty();
  }

  /**
   * ADR 0173's open point (ADR 0179): 领导审批发布 of an Art. 44 item shows legal's 主动公开审核
   * (its answers, who and when, the note masked); before, the row left it out.
   */
  @Test
  void leadershipsPublicationRowShowsLegalsArt44Review() {
    String request = "YSQ-2026-990017";
    long itemId = agencyItem(request, "价格监管联合实施细则", ConsultationRegister.Answer.OBJECTION,
        "细则尚在修订，不同意公开");
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(fromRequest(itemId))));
    scenario.art44Review("YES", "NO", "NO", "属于主动公开范围，经办人电话13700001111");
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(scenario.listVariable(PUBLICATION_APPROVALS)).singleElement()
        .satisfies(row -> Assertions.assertThat((String) row.get("art44ReviewAccount"))
            .contains("属于主动公开范围；不含个人信息；第三方同意公开不限于本申请", "审核人：",
                "审核意见：属于主动公开范围")
            .doesNotContain("13700001111"));
  }

  /**
   * Audit 36a F4 (ADR 0178): 价格监管联合工作方案 was made with 示范市发展和改革委员会, which
   * objected (Art. 34); the reply released it (ADR 0169: weighed, released with leadership's
   * approval) and was delivered. Art. 44 does not refuse it (the agency's objection is weighed,
   * not a bar) but sends it to 领导审批发布 with the agency's answer on its row, whatever its
   * category and review; the old code took it straight to 登记发布情况. The same kind of item
   * after the agency consented needs no approval (positive control).
   */
  @Test
  void art44SendsInformationACoProducingAgencyObjectedToToLeadership() {
    String objected = "YSQ-2026-990015";
    long itemId = agencyItem(objected, "价格监管联合工作方案", ConsultationRegister.Answer.OBJECTION,
        "方案尚在修订，不同意公开");
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(objected, List.of(fromRequest(itemId))))
        .art44ReviewIfOpen();
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(scenario.listVariable(PUBLICATION_APPROVALS)).singleElement()
        .satisfies(row -> Assertions.assertThat((String) row.get("agencyObjectionAccount"))
            .contains("申请 " + objected + " 答复时", "条例第三十四条", "示范市发展和改革委员会",
                "方案尚在修订，不同意公开"));
    scenario.decideAll("APPROVE", null);
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    scenario.recordPublication(TODAY.toString());
    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);

    String consented = "YSQ-2026-990016";
    long other = agencyItem(consented, "价格监督检查联合通报", ConsultationRegister.Answer.CONSENT,
        null);
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(consented, List.of(fromRequest(other))))
        .art44ReviewIfOpen();
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION)
        .hasNotPassed(TASK_APPROVE_PUBLICATION);
  }

  /**
   * ADR 0183 (ADR 0173's open point): legal's 主动公开审核 row shows, computed by the server,
   * what legal judges: the request's wording, the reply's result and the proposed scope; the
   * secrecy review's conclusion, ground, basis and what was cut (masked); personal data and the
   * third party's answer; how many requests and applicants asked for the same information and
   * how many suggested publishing it. The old rows carried the item's name only.
   */
  @Test
  void legalsArt44ReviewRowShowsWhatLegalJudges() {
    int u = java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String title = "某企业排污许可执行报告（第" + u + "期）";
    String request = "YSQ-2026-990053";
    registerCase(request, true);
    items.add(request, List.of(new NewItem(title, ItemFinding.HELD, null, null, null, true, false,
        "示范市甲乙化工有限公司", null)));
    long itemId = items.heldItemIds(request).get(0);
    items.recordReview(itemId, new Review(LEGAL_USER, ReviewConclusion.RELEASABLE_REDACTED,
        io.github.ogiworkflow.vocabulary.WithholdingGround.THIRD_PARTY, "条例第十五条",
        "遮盖联系人手机13700003333", null, false, null));
    consultations.open(request, ConsultationKind.THIRD_PARTY, "示范市甲乙化工有限公司",
        TODAY.minusDays(30));
    consultations.answer(consultations.latestThirdParty(request).orElseThrow().id(),
        ConsultationRegister.Answer.CONSENT, TODAY.minusDays(20), null);
    // Another applicant asked for the same report (文号-less, same title) and suggested it.
    String other = "YSQ-2026-990054";
    Assertions.assertThat(cases.find(other)).isEmpty();
    cases.insert(new NewCase(other, null, "IN_PERSON", "NATURAL_PERSON", "李四", null, null,
        null, null, null, "排污许可执行报告", "ELECTRONIC", "EMAIL", TODAY.minusDays(20),
        TODAY.plusDays(10)));
    items.add(other, List.of(new NewItem(title, ItemFinding.HELD, null, null, false, false)));
    ProcessTestEngine.bean(engine, "proactiveSuggestions", ProactiveSuggestions.class)
        .record(other, TODAY.minusDays(5).toString(), List.of(1), "涉及周边居民健康", OFFICE_USER,
            "王丽");

    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(fromRequest(itemId))));
    Assertions.assertThat(scenario.listVariable(ART44_REVIEWS)).singleElement()
        .satisfies(row -> {
          Assertions.assertThat((String) row.get("scopeAccount"))
              .contains("来源申请的申请内容：2025年本局统计资料", "答复结果：部分公开",
                  "信息类别 ", "发布渠道 ");
          Assertions.assertThat((String) row.get("secrecyReviewAccount"))
              .contains("结论：处理后可公开", "理由：保护第三方合法权益", "法律依据：条例第十五条",
                  "处理说明：遮盖联系人手机").doesNotContain("13700003333");
          Assertions.assertThat((String) row.get("personalDataAccount"))
              .contains("信息名称中检出的个人信息：无",
                  "保密审查为保护第三方合法权益（个人隐私、商业秘密等）作了处理：是",
                  "涉及第三方：是（示范市甲乙化工有限公司）", "第三方意见：同意公开");
          Assertions.assertThat((String) row.get("sameInformationAccount"))
              .contains("申请相同信息（名称相同或文号相同）的申请：2件", request, other,
                  "申请人2人", "申请人建议主动公开的：1件（" + other + "）");
        });
  }

  /**
   * Review37 F2: the read-only facts come back with legal's submit; whatever the client sends
   * in them (a Tasklist or /engine-rest submit), the case keeps the server's. Before, the sent
   * text stayed in the variable and its history as if computed.
   */
  @Test
  void legalsSubmitCannotRewriteTheServersArt44Facts() {
    int u = java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String title = "某企业排污许可执行报告（第" + u + "期）";
    String request = "YSQ-2026-990055";
    registerCase(request, true);
    items.add(request, List.of(new NewItem(title, ItemFinding.HELD, null, null, false, false)));
    long itemId = items.heldItemIds(request).get(0);
    items.recordReview(itemId, new Review(LEGAL_USER, ReviewConclusion.RELEASABLE, null, null,
        null, null, false, null));
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(fromRequest(itemId))));
    List<Map<String, Object>> computed = scenario.listVariable(ART44_REVIEWS);
    List<Map<String, Object>> sent = scenario.listVariable(ART44_REVIEWS);
    sent.forEach(row -> {
      for (String field : Art44ReviewFacts.FIELDS) {
        row.put(field, "法规科已核实，无需审查");
      }
      row.put("inScope", "YES");
      row.put("personalData", "NO");
      row.put("consentLimited", "NO");
    });
    scenario.complete(ElementIds.TASK_ART44_REVIEW, LEGAL_USER, ART44_REVIEWS, Spin.JSON(sent));
    Assertions.assertThat(scenario.listVariable(ART44_REVIEWS)).singleElement()
        .satisfies(row -> {
          for (String field : Art44ReviewFacts.FIELDS) {
            Assertions.assertThat(row.get(field)).as(field)
                .isEqualTo(computed.get(0).get(field));
          }
          Assertions.assertThat(row.get("inScope")).isEqualTo("YES");
        });
  }

  /**
   * ADR 0183 (ADR 0179's Art. 44 side): 某企业年度产能统计 touches a third party that stayed
   * silent for its 15 working days and objected only after them (a late objection, kept beside
   * the silence); the reply released it, which needed leadership's approval. Art. 44 publishing
   * it to everyone now needs it as well (PublicationApproval's input releasedOverLateObjection),
   * and leadership's row shows the silence and the late answer with its reasons, masked; the old
   * code took it straight to 登记发布情况. The same item after a late consent needs no approval
   * (positive control).
   */
  @Test
  void art44SendsInformationAThirdPartyObjectedToLateToLeadership() {
    String objected = "YSQ-2026-990051";
    long itemId = lateAnsweredItem(objected, "某企业年度产能统计",
        ConsultationRegister.Answer.OBJECTION, "涉及商业秘密，不同意公开，联系人电话13700002222");
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(objected, List.of(fromRequest(itemId))))
        .art44ReviewIfOpen();
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(scenario.listVariable(PUBLICATION_APPROVALS)).singleElement()
        .satisfies(row -> {
          Assertions.assertThat((String) row.get("lateObjectionAccount"))
              .contains("申请 " + objected + " 答复时", "期限届满后才不同意公开", "条例第三十二条",
                  "逾期答复：不同意公开", "涉及商业秘密，不同意公开")
              .doesNotContain("13700002222");
          Assertions.assertThat(row.get("agencyObjectionAccount")).isNull();
        });
    scenario.decideAll("APPROVE", null);
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);

    String consented = "YSQ-2026-990052";
    long other = lateAnsweredItem(consented, "某企业年度能耗统计",
        ConsultationRegister.Answer.CONSENT, null);
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(consented, List.of(fromRequest(other))))
        .art44ReviewIfOpen();
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION)
        .hasNotPassed(TASK_APPROVE_PUBLICATION);
  }

  /**
   * A releasable third-party item of a delivered request whose consultation ended as silence,
   * the party's {@code lateAnswer} coming after the period (Art. 32, ADR 0172).
   */
  private long lateAnsweredItem(String request, String title, ConsultationRegister.Answer late,
      String opinion) {
    registerCase(request, true);
    long itemId = requestItem(request, title, true);
    consultations.open(request, ConsultationKind.THIRD_PARTY, null, TODAY.minusDays(40));
    long id = consultations.latestThirdParty(request).orElseThrow().id();
    consultations.answer(id, ConsultationRegister.Answer.SILENCE, TODAY.minusDays(15), null);
    Assertions.assertThat(consultations.lateAnswer(id, late, TODAY.minusDays(10),
        TODAY.minusDays(11), opinion, OFFICE_USER)).isTrue();
    return itemId;
  }

  /**
   * A releasable item of a delivered request made with 示范市发展和改革委员会, whose consultation
   * (Art. 34) ended with {@code answer}.
   */
  private long agencyItem(String request, String title, ConsultationRegister.Answer answer,
      String opinion) {
    registerCase(request, true);
    items.add(request, List.of(new NewItem(title, ItemFinding.HELD, null, null, null, false, true,
        null, "示范市发展和改革委员会")));
    long itemId = items.heldItemIds(request).get(0);
    items.recordReview(itemId, new Review(LEGAL_USER, ReviewConclusion.RELEASABLE, null, null,
        null, null, false, null));
    consultations.open(request, ConsultationKind.AGENCY, null, TODAY.minusDays(30));
    consultations.answer(consultations.latest(request, ConsultationKind.AGENCY).orElseThrow()
        .id(), answer, TODAY.minusDays(20), opinion);
    return itemId;
  }

  @Test
  void art44RefusesItemsWhoseReviewTheRegisterDoesNotBackUp() {
    // A review recorded under someone outside legal: refused, nothing published.
    String request = "YSQ-2026-990009";
    long itemId = reviewedRequestItem(request, "2025年执法检查计划", ReviewConclusion.RELEASABLE);
    org.springframework.jdbc.core.JdbcTemplate jdbc = (org.springframework.jdbc.core.JdbcTemplate)
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
            .getProcessEngineConfiguration()).getBeans().values().stream()
            .filter(org.springframework.jdbc.core.JdbcTemplate.class::isInstance).findFirst()
            .orElseThrow();
    jdbc.update("UPDATE ogi_item_review SET reviewer = 'wangli',"
        + " reviewer_groups = 'office' WHERE item_id = ?", itemId);
    Map<String, Object> row = Map.of("itemId", itemId, "category", "STATISTICS",
        "channels", List.of("WEBSITE"), "publishingUnit", PublicationScenario.UNIT,
        "attribute", "PROACTIVE");

    assertThatThrownBy(() -> scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(row))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("不是法规科成员");
    Assertions.assertThat(register.byItem(itemId)).isEmpty();

    // A review made for another case: refused as well.
    jdbc.update("UPDATE ogi_item_review SET reviewer = ?, reviewer_groups = 'legal',"
        + " reviewed_for = 'YSQ-2026-990010' WHERE item_id = ?", LEGAL_USER, itemId);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(row))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("审查记录属于案件");
    Assertions.assertThat(register.byItem(itemId)).isEmpty();

    // Put right, the same request publishes.
    jdbc.update("UPDATE ogi_item_review SET reviewed_for = ? WHERE item_id = ?", request, itemId);
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(row)));
    Assertions.assertThat(register.byItem(itemId)).isPresent();

    // Checked again at the point of no return: a review changed meanwhile stops the publishing.
    jdbc.update("UPDATE ogi_item_review SET reviewer = 'wangli',"
        + " reviewer_groups = 'office' WHERE item_id = ?", itemId);
    assertThatThrownBy(() -> scenario.recordPublication(TODAY.toString()))
        .hasMessageContaining("不是法规科成员");
    Assertions.assertThat(register.byItem(itemId).orElseThrow().status())
        .isNotEqualTo(PublicationStatus.PUBLISHED);
    jdbc.update("UPDATE ogi_item_review SET reviewer = ?, reviewer_groups = 'legal'"
        + " WHERE item_id = ?", LEGAL_USER, itemId);
    scenario.recordPublication(TODAY.toString());
    Assertions.assertThat(register.byItem(itemId).orElseThrow().status())
        .isEqualTo(PublicationStatus.PUBLISHED);
  }

  /**
   * A withdrawal takes the item out of the catalogue and, withdrawn in the year it was
   * published, out of that year's 主动公开信息数; table 二 keeps the 制发 and 现行有效 (ADR 0143:
   * only a registered 废止 lowers it). Before, 现行有效 fell to 0 without a 废止.
   */
  @Test
  void anApprovedWithdrawalTakesTheItemOutOfTheCatalogueNotOutOfTableTwo() {
    long itemId = publishNormative("示范市某规范性文件", "ISSUE");
    Assertions.assertThat(register.catalogue(null, null, 0, 10).total()).isEqualTo(1);

    scenario.start(ProcessKeys.PUBLICATION_WITHDRAWAL, vars(PUBLICATION_ITEM_ID, itemId,
        WITHDRAWAL_REASON, "文件内容有误，需修订后重新发布"));
    Assertions.assertThat(scenario.variable(ITEM_TITLE)).isEqualTo("示范市某规范性文件");
    // Where and when it stands published, the day as the letters write it (audit 33a F15).
    Assertions.assertThat((String) scenario.variable(PUBLISHED_CHANNELS_TEXT))
        .startsWith("政府网站 " + chinese(TODAY) + " ");
    scenario.complete(TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "APPROVE");

    assertThat(scenario.instance).isEnded().hasPassed("EndEvent_Withdrawn");
    Publication p = register.byItem(itemId).orElseThrow();
    Assertions.assertThat(p.status()).isEqualTo(PublicationStatus.WITHDRAWN);
    Assertions.assertThat(p.withdrawalReason()).contains("文件内容有误");
    Assertions.assertThat(p.withdrawnOn()).isEqualTo(TODAY);
    Assertions.assertThat(register.catalogue(null, null, 0, 10).total()).isZero();
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(1, 0, 1));
    Assertions.assertThat(register.categoryCounts(2026))
        .containsEntry(PublicationCategory.NORMATIVE_DOCUMENTS, 0);
    // The audit still lists the item: it was published once, after its review.
    Assertions.assertThat(audit.publishedItems()).hasSize(1);
    Assertions.assertThat(audit.publishedWithoutReview()).isEmpty();

    assertThatThrownBy(() -> scenario.start(ProcessKeys.PUBLICATION_WITHDRAWAL,
        vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "再次撤回")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("已撤回");
  }

  /**
   * Audit round 29 (ADR 0110): a withdrawal in 2026 of an item published in 2025 leaves the 2025
   * figures as they were (the item stood published at that year's end) and changes 2026's only;
   * a withdrawal dated before the item's publication, or in a year whose report is published,
   * is refused on publicationItemId, nothing started. Before, the 2025 figures lost the item
   * and nothing was checked.
   */
  @Test
  void aWithdrawalLeavesThePublishedYearsFiguresAndIsNotDatedBeforeThePublication() {
    setToday(LocalDate.of(2025, 12, 30));
    long itemId = publishNormative("示范市年末规范性文件", "ISSUE", LocalDate.of(2025, 12, 30));
    JdbcTemplate jdbc = ProcessTestEngine.bean(engine, "jdbcTemplate", JdbcTemplate.class);
    try {
      // Dated (today) before the publication the register holds: refused.
      setToday(LocalDate.of(2025, 12, 29));
      assertThatThrownBy(() -> scenario.start(ProcessKeys.PUBLICATION_WITHDRAWAL,
          vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "文件内容有误")))
          .hasMessageContaining("publicationItemId")
          .hasMessageContaining("“示范市年末规范性文件”的撤回日期2025年12月29日早于其发布日期2025年12月30日");

      // Today in a year whose report is published (an administrator's clock or a late report
      // of the running year): refused too, naming the year.
      setToday(LocalDate.of(2026, 1, 12));
      jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = 2026");
      jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
          + " tables_json, published_on, updated_at) VALUES (2026, 'PUBLISHED', CURRENT_TIMESTAMP,"
          + " TRUE, '{}', ?, CURRENT_TIMESTAMP)", java.sql.Date.valueOf(LocalDate.of(2026, 1, 10)));
      assertThatThrownBy(() -> scenario.start(ProcessKeys.PUBLICATION_WITHDRAWAL,
          vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "文件内容有误")))
          .hasMessageContaining("publicationItemId")
          .hasMessageContaining("将改变已发布的2026年度政府信息公开工作年度报告中的统计");
      Assertions.assertThat(withdrawalsRunning(itemId)).isZero();
      jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = 2026");

      // Withdrawn on 12 January 2026: 2025 keeps the item, 2026 has it no more.
      scenario.start(ProcessKeys.PUBLICATION_WITHDRAWAL, vars(PUBLICATION_ITEM_ID, itemId,
          WITHDRAWAL_REASON, "文件内容有误，需修订后重新发布"));
      scenario.complete(TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "APPROVE");
      assertThat(scenario.instance).isEnded().hasPassed("EndEvent_Withdrawn");
      Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2025))
          .satisfies(c -> {
            Assertions.assertThat(c.issued()).isEqualTo(1);
            Assertions.assertThat(c.inForce()).isEqualTo(1);
          });
      Assertions.assertThat(register.categoryCounts(2025).values().stream()
          .mapToInt(Integer::intValue).sum()).isEqualTo(1);
      Assertions.assertThat(register.channelCounts(2025).get(PublicationChannel.WEBSITE))
          .isEqualTo(1);
      // Still in force in 2026 (ADR 0143): a withdrawal repeals nothing.
      Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026).inForce())
          .isEqualTo(1);
      Assertions.assertThat(register.categoryCounts(2026).values().stream()
          .mapToInt(Integer::intValue).sum()).isZero();
    } finally {
      jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = 2026");
    }
  }

  private static void setToday(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, LocalTime.of(10, 0))
        .atZone(OfficeTime.ZONE).toInstant()));
  }

  @Test
  void aRefusedWithdrawalLeavesTheItemPublished() {
    long itemId = publishNormative("示范市另一规范性文件", "ISSUE");
    scenario.start(ProcessKeys.PUBLICATION_WITHDRAWAL, vars(PUBLICATION_ITEM_ID, itemId,
            WITHDRAWAL_REASON, "拟撤回"));
    // Due the next working day; a refusal states its reasons (audit 33a, F14).
    Assertions.assertThat(scenario.task(TASK_APPROVE_WITHDRAWAL).getDueDate()).isEqualTo(
        OfficeTime.endOf(ProcessTestEngine.bean(engine, "workingDayCalendar",
            WorkingDayCalendar.class).addWorkingDays(OfficeTime.today(), 1)));
    assertThatThrownBy(() -> scenario.complete(TASK_APPROVE_WITHDRAWAL, LEADER,
        WITHDRAWAL_APPROVAL, "REFUSE"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("不同意撤回的，须说明理由");
    scenario.complete(TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "REFUSE",
        WITHDRAWAL_APPROVAL_COMMENT, "文件仍然有效，无需撤回");

    assertThat(scenario.instance).isEnded().hasPassed("EndEvent_WithdrawalRefused");
    Assertions.assertThat(register.byItem(itemId).orElseThrow().status())
        .isEqualTo(PublicationStatus.PUBLISHED);
  }

  /**
   * Audit round 23 (F9): one withdrawal of an item at a time. A second request while the first
   * waits for 审批撤回 is refused on publicationItemId (nothing started, leadership gets one
   * task); once the first was refused (不予撤回) the item may be proposed again, and once it was
   * withdrawn, not any more.
   */
  @Test
  void aSecondWithdrawalOfAnItemIsRefusedWhileTheFirstRuns() {
    long itemId = publishNormative("示范市待撤回规范性文件", "ISSUE");
    PublicationScenario first = new PublicationScenario(engine).start(
        ProcessKeys.PUBLICATION_WITHDRAWAL,
        vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "文件内容有误"));

    assertThatThrownBy(() -> new PublicationScenario(engine).start(
        ProcessKeys.PUBLICATION_WITHDRAWAL,
        vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "再次提出撤回")))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publicationItemId")
        .hasMessageContaining("已有撤回申请正在审批，不能重复提出");
    Assertions.assertThat(withdrawalsRunning(itemId)).isEqualTo(1);
    Assertions.assertThat(approvalTasks(itemId)).isEqualTo(1);

    // Refused by leadership: the item may be proposed again.
    first.complete(TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "REFUSE",
        WITHDRAWAL_APPROVAL_COMMENT, "暂不撤回");
    assertThat(first.instance).isEnded().hasPassed("EndEvent_WithdrawalRefused");
    PublicationScenario again = new PublicationScenario(engine).start(
        ProcessKeys.PUBLICATION_WITHDRAWAL,
        vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "补充理由后再次提出"));
    again.complete(TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "APPROVE");
    assertThat(again.instance).isEnded().hasPassed("EndEvent_Withdrawn");

    // Withdrawn: no further request.
    assertThatThrownBy(() -> new PublicationScenario(engine).start(
        ProcessKeys.PUBLICATION_WITHDRAWAL,
        vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "再次撤回")))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publicationItemId")
        .hasMessageContaining("已撤回");
    Assertions.assertThat(withdrawalsRunning(itemId)).isZero();
  }

  /**
   * The same withdrawal requested three times at one barrier (ADR 0059's row lock, on the item's
   * register row): one starts, the others are refused as a request a moment later is, or as busy
   * where the lock was waited for too long. Leadership gets one 审批撤回 task.
   */
  @Test
  void aWithdrawalRequestedThreeTimesAtOnceStartsOnce() throws Exception {
    long itemId = publishNormative("示范市并发撤回规范性文件", "ISSUE");
    java.util.concurrent.atomic.AtomicInteger sent =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Throwable> refused = AtOnce.run(java.util.stream.IntStream.range(0, 3)
        .<Runnable>mapToObj(i -> () -> {
          sent.incrementAndGet();
          new PublicationScenario(engine).start(ProcessKeys.PUBLICATION_WITHDRAWAL,
              vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "文件内容有误" + i));
        }).toList());

    Assertions.assertThat(sent.get()).as("every request was sent").isEqualTo(3);
    Assertions.assertThat(refused).as("all but one refused").hasSize(2);
    for (Throwable t : refused) {
      if (!io.github.ogiworkflow.process.CommandFailures.isLockGivenUp(t)) {
        Assertions.assertThat(t).isInstanceOf(InvalidInput.class)
            .hasMessageContaining("已有撤回申请正在审批");
      }
    }
    Assertions.assertThat(withdrawalsRunning(itemId)).isEqualTo(1);
    Assertions.assertThat(approvalTasks(itemId)).isEqualTo(1);
  }

  /** Audit round 23 (F9): item 14.5 is no item, not item 14. Refused on the field, nothing runs. */
  @Test
  void aFractionalItemIdIsRefusedNotTruncated() {
    long itemId = publishNormative("示范市编号核对规范性文件", "ISSUE");
    assertThatThrownBy(() -> new PublicationScenario(engine).start(
        ProcessKeys.PUBLICATION_WITHDRAWAL,
        vars(PUBLICATION_ITEM_ID, itemId + 0.5, WITHDRAWAL_REASON, "编号有误")))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publicationItemId")
        .hasMessageContaining("应为整数");
    Assertions.assertThat(withdrawalsRunning(itemId)).isZero();
    Assertions.assertThat(register.byItem(itemId).orElseThrow().status())
        .isEqualTo(PublicationStatus.PUBLISHED);
  }

  /** Withdrawals running in the item's batch (the business key), as tests leave others. */
  private long withdrawalsRunning(long itemId) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PUBLICATION_WITHDRAWAL)
        .processInstanceBusinessKey(register.byItem(itemId).orElseThrow().batchRef()).count();
  }

  private long approvalTasks(long itemId) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_APPROVE_WITHDRAWAL)
        .processInstanceBusinessKey(register.byItem(itemId).orElseThrow().batchRef()).count();
  }

  @Test
  void repealingANormativeDocumentLowersTheCountInForce() {
    publishNormative("示范市规范性文件甲", "ISSUE");
    publishNormative("示范市规范性文件乙", "ISSUE");
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(2, 0, 2));

    publishRepeal("关于废止示范市规范性文件甲的决定", "示范市规范性文件甲");

    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(2, 1, 1));
    Assertions.assertThat(register.regulationCounts(RegulationKind.RULE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(0, 0, 0));
  }

  /**
   * Audit round 24, F4: repealing a 规章 the register never had (none issued, none in force
   * when the system started) would print 现行有效 −1 and block the year's report. Refused at
   * registration on publicationItems naming 第n项, nothing registered; so is a second repeal
   * beyond the one document in force, in one batch or while the first repeal waits for its
   * review. Leadership's approval form says the item repeals (废止).
   */
  @Test
  void aRepealBeyondWhatIsInForceIsRefusedAtRegistration() {
    assertThatThrownBy(() -> scenario.draft(item("关于废止《示范市某某规章》的决定",
        "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "RULE", "regulationAction", "REPEAL",
        "repeals", doc("示范市某某规章"))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[1].regulationAction")
        .hasMessageContaining("第1项：废止规章，但登记的现行有效规章为0件");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE).count()).isZero();
    Assertions.assertThat(register.pendingRepeals(RegulationKind.RULE)).isZero();

    publishNormative("示范市规范性文件甲", "ISSUE");
    // Two repeals in one batch with one document in force: the second is refused.
    assertThatThrownBy(() -> scenario.draft(
        item("关于废止示范市规范性文件甲的决定", "NORMATIVE_DOCUMENTS", WEB,
            "regulationKind", "NORMATIVE", "regulationAction", "REPEAL",
            "repeals", doc("示范市规范性文件甲")),
        item("关于废止示范市规范性文件乙的决定", "NORMATIVE_DOCUMENTS", WEB,
            "regulationKind", "NORMATIVE", "regulationAction", "REPEAL",
            "repeals", doc("示范市规范性文件乙"))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("第2项：废止行政规范性文件，但登记的现行有效行政规范性文件为0件");

    // One repeal waits for its review; a second batch repealing again is refused meanwhile.
    PublicationScenario first = new PublicationScenario(engine);
    first.draft(item("关于废止示范市规范性文件甲的决定", "NORMATIVE_DOCUMENTS", WEB,
        "regulationKind", "NORMATIVE", "regulationAction", "REPEAL",
        "repeals", doc("示范市规范性文件甲")));
    assertThatThrownBy(() -> scenario.draft(item("再次废止示范市规范性文件甲的决定",
        "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "NORMATIVE", "regulationAction", "REPEAL",
        "repeals", doc("示范市规范性文件甲"))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("第1项：废止行政规范性文件");

    first.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(first.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(first.list(PUBLICATION_APPROVALS)).singleElement().satisfies(row -> {
      Assertions.assertThat(row.get("regulationLabel")).isEqualTo("行政规范性文件");
      Assertions.assertThat(row.get("regulationActionLabel")).isEqualTo("废止");
    });
    first.decideAll("APPROVE", null).recordPublication(TODAY.toString());
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(1, 1, 0));
  }

  /**
   * Audit 33a, F2 (ADR 0143, which replaces the withdrawal guard of audit round 24, F4): a
   * withdrawal (撤回) takes a page down and repeals nothing. The 制发 withdrawn stays issued and
   * in force until a 废止 is registered, a repeal needs no 制发 left on the website, and a
   * withdrawal awaiting approval does not stop a repeal of the document. The withdrawal of a
   * repeal leaves it repealed. Before, the withdrawal was refused (现行有效 would fall below the
   * repeals) or lowered 现行有效 without a 废止.
   */
  @Test
  void aWithdrawnIssueStaysInForceUntilARepealIsRegistered() {
    long issued = publishNormative("示范市规范性文件甲", "ISSUE");
    long repeal = publishRepeal("关于废止示范市规范性文件甲的决定", "示范市规范性文件甲");
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(1, 1, 0));

    new PublicationScenario(engine).start(ProcessKeys.PUBLICATION_WITHDRAWAL,
            vars(PUBLICATION_ITEM_ID, issued, WITHDRAWAL_REASON, "附件有误"))
        .complete(TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "APPROVE");
    new PublicationScenario(engine).start(ProcessKeys.PUBLICATION_WITHDRAWAL,
            vars(PUBLICATION_ITEM_ID, repeal, WITHDRAWAL_REASON, "附件有误"))
        .complete(TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "APPROVE");
    Assertions.assertThat(register.byItem(issued).orElseThrow().status())
        .isEqualTo(PublicationStatus.WITHDRAWN);
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(1, 1, 0));

    // 乙 in force, its withdrawal awaiting approval: its repeal may be registered meanwhile.
    long second = publishNormative("示范市规范性文件乙", "ISSUE");
    PublicationScenario withdrawal = new PublicationScenario(engine).start(
        ProcessKeys.PUBLICATION_WITHDRAWAL,
        vars(PUBLICATION_ITEM_ID, second, WITHDRAWAL_REASON, "文件编号有误"));
    assertThat(withdrawal.instance).isWaitingAt(TASK_APPROVE_WITHDRAWAL);
    new PublicationScenario(engine).draft(item("关于废止示范市规范性文件乙的决定",
        "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "NORMATIVE", "regulationAction", "REPEAL",
        "repeals", doc("示范市规范性文件乙")));
    Assertions.assertThat(register.pendingRepeals(RegulationKind.NORMATIVE)).isEqualTo(1);
    withdrawal.complete(TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "APPROVE");
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(2, 1, 1));
  }

  /**
   * Audit 33a, F2 (ADR 0143): an item with 3 行政处罚 decisions and 1.5 万元 in fees, withdrawn
   * in its year because its title named a person: the decisions were taken and the fees
   * collected, so table 二 keeps 3 and 1.5; the item leaves the catalogue and that year's
   * 主动公开信息数 (it did not stand published at the year's end), and the drill-down lists it
   * with its batch, 信息项序号 and figure. Before, table 二 showed 0 and 0.0.
   */
  @Test
  void aWithdrawalKeepsTheDecisionsAndFeesOfItsYear() {
    PublicationScenario batch = new PublicationScenario(engine).draft(
        item("2026年行政处罚决定公示（第一批）", "SUPERVISION", WEB, "penaltyDecisions", 3,
            "feeAmount", "1.5"));
    batch.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    if (!engine.getTaskService().createTaskQuery().processInstanceBusinessKey(batch.batch())
        .taskDefinitionKey(TASK_APPROVE_PUBLICATION).list().isEmpty()) {
      batch.decideAll("APPROVE", null);
    }
    batch.recordPublication(TODAY.toString());
    long itemId = register.ofBatch(batch.batch()).get(0).itemId();

    new PublicationScenario(engine).start(ProcessKeys.PUBLICATION_WITHDRAWAL,
            vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "标题含当事人身份证号码"))
        .complete(TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "APPROVE");

    Assertions.assertThat(register.decisionAndFeeTotals(2026).get("penalty").intValue())
        .isEqualTo(3);
    Assertions.assertThat(register.decisionAndFeeTotals(2026).get("fees"))
        .isEqualByComparingTo(new BigDecimal("1.5"));
    Assertions.assertThat(register.categoryCounts(2026))
        .containsEntry(PublicationCategory.SUPERVISION, 0);
    Assertions.assertThat(register.decisionAndFeeItems("penalty", 2026)).singleElement()
        .satisfies(i -> {
          Assertions.assertThat(i.batchNumber()).isEqualTo(batch.batch());
          Assertions.assertThat(i.seq()).isEqualTo(1);
          Assertions.assertThat(i.publishedOn()).isEqualTo(TODAY);
          Assertions.assertThat(i.withdrawnOn()).isEqualTo(TODAY);
          Assertions.assertThat(i.figure().intValue()).isEqualTo(3);
        });
  }

  /**
   * Two batches repealing the one 行政规范性文件 in force, registered at one barrier: the kind's
   * stock row (V54, ADR 0059's row lock) makes the second wait and count the first's repeal, so
   * it is refused (or gives up on the lock, 请稍后重试); one repeal is registered, never two.
   */
  @Test
  void twoRepealBatchesAtOnceRepealNoMoreThanIsInForce() throws Exception {
    publishNormative("示范市并发废止规范性文件", "ISSUE");
    java.util.concurrent.atomic.AtomicInteger sent =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Throwable> refused = AtOnce.run(java.util.stream.IntStream.range(0, 2)
        .<Runnable>mapToObj(i -> () -> {
          sent.incrementAndGet();
          new PublicationScenario(engine).draft(item("关于废止示范市并发废止规范性文件的决定" + i,
              "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "NORMATIVE",
              "regulationAction", "REPEAL", "repeals", doc("示范市并发废止规范性文件")));
        }).toList());

    Assertions.assertThat(sent.get()).as("both batches were sent").isEqualTo(2);
    Assertions.assertThat(refused).as("one of the two refused").hasSize(1);
    for (Throwable t : refused) {
      if (!io.github.ogiworkflow.process.CommandFailures.isLockGivenUp(t)) {
        Assertions.assertThat(t).isInstanceOf(ProcessEngineException.class)
            .hasMessageContaining("第1项：废止行政规范性文件，但登记的现行有效行政规范性文件为0件");
      }
    }
    Assertions.assertThat(register.pendingRepeals(RegulationKind.NORMATIVE)).isEqualTo(1);
  }

  // ---- audit 33a F5/F6 (ADR 0149): what a 废止 repeals, what a new version replaces

  /**
   * A 废止 names the document it repeals by 文号, brackets and blanks aside: a published 制发 of
   * its kind not yet repealed; otherwise 400 on publicationItems[n].repeals, nothing started.
   * The catalogue keeps the repealed document listed, marked 已废止（by 文号, date）, the other
   * 有效, and the 废止 shows what it repeals. Before, the 废止 named nothing and the catalogue
   * showed every document alike.
   */
  @Test
  void aRepealNamesTheDocumentItRepealsAndTheCatalogueMarksIt() {
    long issued = publishNormative("示范市规范性文件甲", "ISSUE");
    publishNormative("示范市规范性文件乙", "ISSUE");
    long processes = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE).count();

    assertThatThrownBy(() -> scenario.draft(repealOf("关于废止某文件的决定", null)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[1].repeals")
        .hasMessageContaining("第1项：废止行政规范性文件的，请填写被废止文件的文号");
    assertThatThrownBy(() -> scenario.draft(repealOf("关于废止丙的决定",
        doc("示范市规范性文件丙"))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[1].repeals")
        .hasMessageContaining("第1项：登记中没有文号为“示市规〔2026〕示范市规范性文件丙”的已发布的"
            + "行政规范性文件（制发），请核对被废止文件的文号");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE).count()).isEqualTo(processes);

    long repeal = publishNormative("关于废止示范市规范性文件甲的决定", "REPEAL", TODAY,
        "repeals", "示市规[2026] 示范市规范性文件甲");
    Assertions.assertThat(register.byItem(repeal).orElseThrow().repealsId())
        .isEqualTo(register.byItem(issued).orElseThrow().id());
    assertThatThrownBy(() -> scenario.draft(repealOf("再次废止甲的决定",
        doc("示范市规范性文件甲"))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[1].repeals")
        .hasMessageContaining("第1项：文号“示市规〔2026〕示范市规范性文件甲”的行政规范性文件（制发）已被废止"
            + "（示市规〔2026〕关于废止示范市规范性文件甲的决定，于2026年3月2日发布（")
        .hasMessageContaining("不能再废止");
    // A 制发 registered and not yet published cannot be repealed yet.
    new PublicationScenario(engine).draft(item("示范市规范性文件丁", "NORMATIVE_DOCUMENTS", WEB,
        "regulationKind", "NORMATIVE", "regulationAction", "ISSUE",
        "docNumber", doc("示范市规范性文件丁")));
    assertThatThrownBy(() -> scenario.draft(repealOf("关于废止丁的决定",
        doc("示范市规范性文件丁"))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[1].repeals")
        .hasMessageContaining("的行政规范性文件（制发）尚未发布（在ZDGK-")
        .hasMessageContaining("发布后才能废止");

    Map<String, Map<String, Object>> listed = catalogue("NORMATIVE_DOCUMENTS");
    Assertions.assertThat(listed).containsOnlyKeys("示范市规范性文件甲", "示范市规范性文件乙",
        "关于废止示范市规范性文件甲的决定");
    Assertions.assertThat(effect(listed, "示范市规范性文件甲")).containsEntry("status", "REPEALED")
        .containsEntry("label", "已废止（示市规〔2026〕关于废止示范市规范性文件甲的决定，2026年3月2日）")
        .containsEntry("byDocNumber", "示市规〔2026〕关于废止示范市规范性文件甲的决定")
        .containsEntry("on", "2026-03-02");
    Assertions.assertThat(effect(listed, "示范市规范性文件乙")).containsEntry("status", "IN_FORCE")
        .containsEntry("label", "有效");
    Assertions.assertThat(listed.get("关于废止示范市规范性文件甲的决定"))
        .containsEntry("effect", null).containsEntry("repeals", "示市规[2026] 示范市规范性文件甲");
    Assertions.assertThat(PublicationController.CataloguePageHtml.render(
            register.catalogue(PublicationCategory.NORMATIVE_DOCUMENTS, null, 0, 100), null, null))
        .contains("<th>效力状态</th>")
        .contains("<strong>已废止（示市规〔2026〕关于废止示范市规范性文件甲的决定，2026年3月2日）</strong>")
        .contains("<td>有效</td>").contains("废止示市规[2026] 示范市规范性文件甲");
  }

  /**
   * A new version (变更) names the published item it replaces: the old one stays in the
   * catalogue marked 已被替代（by 文号）. For a 行政规范性文件 the new version is a 制发 and counts
   * as the 废止 of the old one, so 现行有效 lists the new version only and 现行有效 = 制发 − 废止
   * holds. An unknown 文号, one already replaced, the item's own, or one of another kind is
   * refused on publicationItems[n].replaces.
   */
  @Test
  void aNewVersionReplacesThePublishedItemAndTheCatalogueSaysSo() {
    publishNormative("示范市规范性文件乙", "ISSUE");
    publishNormative("示范市规范性文件乙（2026年修订）", "ISSUE", TODAY,
        "replaces", doc("示范市规范性文件乙"));
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(2, 1, 1));
    Assertions.assertThat(register.inForceItems(RegulationKind.NORMATIVE, 2026))
        .extracting(PublicationRegister.CountedItem::title, i -> i.figure().intValue())
        .containsExactly(tuple("示范市规范性文件乙（2026年修订）", 1));
    Assertions.assertThat(register.regulationItems(RegulationKind.NORMATIVE,
            RegulationKind.Action.REPEAL, 2026))
        .extracting(PublicationRegister.CountedItem::title, PublicationRegister.CountedItem::note)
        .containsExactly(tuple("示范市规范性文件乙（2026年修订）", "替代示市规〔2026〕示范市规范性文件乙"));
    Map<String, Map<String, Object>> normative = catalogue("NORMATIVE_DOCUMENTS");
    Assertions.assertThat(effect(normative, "示范市规范性文件乙")).containsEntry("status", "REPLACED")
        .containsEntry("label", "已被替代（示市规〔2026〕示范市规范性文件乙（2026年修订））");
    Assertions.assertThat(effect(normative, "示范市规范性文件乙（2026年修订）"))
        .containsEntry("status", "IN_FORCE");

    // Not a regulation: a plan and its revision.
    publishPlan("2026年政务公开工作要点", "示市办〔2026〕1号");
    publishPlan("2026年政务公开工作要点（调整）", "示市办〔2026〕2号", "replaces", "示市办〔2026〕1号");
    Map<String, Map<String, Object>> plans = catalogue("PLANS");
    Assertions.assertThat(effect(plans, "2026年政务公开工作要点"))
        .containsEntry("status", "REPLACED").containsEntry("label", "已被替代（示市办〔2026〕2号）");
    Assertions.assertThat(plans.get("2026年政务公开工作要点（调整）")).containsEntry("effect", null);

    for (Object[] refused : List.of(
        new Object[] {"示市办〔2026〕9号", "登记中没有文号为“示市办〔2026〕9号”的已发布的信息"},
        new Object[] {"示市办〔2026〕1号", "已被替代（示市办〔2026〕2号，于2026年3月2日发布（"},
        new Object[] {"示市办〔2026〕3号", "被替代文件的文号不能是本项自己的文号"})) {
      assertThatThrownBy(() -> scenario.draft(item("2026年政务公开工作要点（再调整）", "PLANS", WEB,
          "docNumber", "示市办〔2026〕3号", "replaces", refused[0])))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("publicationItems[1].replaces")
          .hasMessageContaining((String) refused[1]);
    }
    assertThatThrownBy(() -> scenario.draft(item("示范市规范性文件戊", "NORMATIVE_DOCUMENTS", WEB,
        "regulationKind", "NORMATIVE", "regulationAction", "ISSUE", "docNumber",
        doc("示范市规范性文件戊"), "replaces", "示市办〔2026〕2号")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[1].replaces")
        .hasMessageContaining("登记中没有文号为“示市办〔2026〕2号”的已发布的行政规范性文件（制发）");
  }

  /**
   * Table 二's 现行有效 lists the documents in force at the year's end: the 制发 no 废止 or new
   * version published by then ends. A 废止 registered before V105 names no document: it still
   * counts −1, listed as such, and the document it repealed stays listed (and 有效 in the
   * catalogue), so the list adds up to the figure. 现行有效(2026) = 现行有效(2025) + 制发 − 废止.
   */
  @Test
  void inForceListsTheDocumentsInForceAndAnOldRepealWithoutItsDocument() {
    setToday(LocalDate.of(2025, 6, 2));
    for (String title : List.of("示范市规范性文件甲", "示范市规范性文件乙", "示范市规范性文件丙")) {
      publishNormative(title, "ISSUE", LocalDate.of(2025, 6, 2));
    }
    setToday(TODAY);
    publishRepeal("关于废止示范市规范性文件甲的决定", "示范市规范性文件甲");
    long old = publishRepeal("关于废止示范市规范性文件乙的决定", "示范市规范性文件乙");
    ProcessTestEngine.bean(engine, "jdbcTemplate", JdbcTemplate.class).update(
        "UPDATE ogi_publication_item SET repeals_doc_number = NULL, repeals_doc_number_key = NULL,"
        + " repeals_id = NULL WHERE item_id = ?", old);

    var in2025 = register.regulationCounts(RegulationKind.NORMATIVE, 2025);
    var in2026 = register.regulationCounts(RegulationKind.NORMATIVE, 2026);
    Assertions.assertThat(in2025).isEqualTo(new PublicationRegister.RegulationCounts(3, 0, 3));
    Assertions.assertThat(in2026).isEqualTo(new PublicationRegister.RegulationCounts(0, 2, 1));
    Assertions.assertThat(in2026.inForce())
        .isEqualTo(in2025.inForce() + in2026.issued() - in2026.repealed());
    Assertions.assertThat(register.inForceItems(RegulationKind.NORMATIVE, 2025))
        .extracting(PublicationRegister.CountedItem::title, i -> i.figure().intValue())
        .containsExactly(tuple("示范市规范性文件甲", 1), tuple("示范市规范性文件乙", 1),
            tuple("示范市规范性文件丙", 1));
    Assertions.assertThat(register.inForceItems(RegulationKind.NORMATIVE, 2026))
        .extracting(PublicationRegister.CountedItem::title, i -> i.figure().intValue(),
            PublicationRegister.CountedItem::note)
        .containsExactly(tuple("示范市规范性文件乙", 1, null), tuple("示范市规范性文件丙", 1, null),
            tuple("关于废止示范市规范性文件乙的决定", -1, "废止（登记时未填写被废止文件的文号）"));
    Map<String, Map<String, Object>> listed = catalogue("NORMATIVE_DOCUMENTS");
    Assertions.assertThat(effect(listed, "示范市规范性文件甲")).containsEntry("status", "REPEALED");
    Assertions.assertThat(effect(listed, "示范市规范性文件乙")).containsEntry("status", "IN_FORCE");
  }

  /**
   * A 废止 of a document issued before the register (no 制发 of that 文号 in it) takes from the
   * opening stock (ogi.report.in-force-at-start.*) while it has room, once per 文号; without
   * room it is refused as any unknown 文号.
   */
  @Test
  void aRepealOfADocumentFromBeforeTheRegisterTakesFromTheOpeningStock() {
    Map<String, Object> first = repealOf("关于废止2019年规范性文件的决定", "示市规〔2019〕3号");
    Map<String, Object> second = repealOf("关于废止2020年规范性文件的决定", "示市规〔2020〕4号");
    DocumentEnds oneAtStart = new DocumentEnds(register, new RegulationsInForce(register, 0, 1));
    Assertions.assertThat(oneAtStart.resolve(List.of(drafted(first))))
        .containsExactly(new DocumentEnds.Ends(null, null));
    assertThatThrownBy(() -> oneAtStart.resolve(List.of(drafted(first), drafted(second))))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publicationItems[2].repeals")
        .hasMessageContaining("（系统启用前现行有效的1件已全部登记废止）");
    DocumentEnds twoAtStart = new DocumentEnds(register, new RegulationsInForce(register, 0, 2));
    assertThatThrownBy(() -> twoAtStart.resolve(List.of(drafted(first), drafted(first))))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publicationItems[2].repeals")
        .hasMessageContaining("已被废止（本批次前面的一项）");
    assertThatThrownBy(() -> new DocumentEnds(register, new RegulationsInForce(register, 0, 0))
        .resolve(List.of(drafted(first))))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publicationItems[1].repeals")
        .hasMessageContaining("登记中没有文号为“示市规〔2019〕3号”的已发布的行政规范性文件（制发）");
  }

  private static Map<String, Object> repealOf(String title, String repeals) {
    Map<String, Object> repeal = item(title, "NORMATIVE_DOCUMENTS", WEB, "regulationKind",
        "NORMATIVE", "regulationAction", "REPEAL", "docNumber", doc(title));
    if (repeals != null) {
      repeal.put("repeals", repeals);
    }
    return repeal;
  }

  private static PublicationRegister.Draft drafted(Map<String, Object> row) {
    Map<String, Object> dated = new java.util.HashMap<>(row);
    dated.put("formedOn", TODAY.toString());
    return PublicationDrafts.draft(new com.fasterxml.jackson.databind.ObjectMapper()
        .valueToTree(dated), 1, null);
  }

  /** A 规划计划 published today (reviewed, approved where asked). */
  private void publishPlan(String title, String docNumber, Object... more) {
    Map<String, Object> plan = item(title, "PLANS", WEB, "docNumber", docNumber);
    plan.putAll(vars(more));
    PublicationScenario batch = new PublicationScenario(engine).draft(plan);
    batch.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    if (!engine.getTaskService().createTaskQuery().processInstanceBusinessKey(batch.batch())
        .taskDefinitionKey(TASK_APPROVE_PUBLICATION).list().isEmpty()) {
      batch.decideAll("APPROVE", null);
    }
    batch.recordPublication(TODAY.toString());
  }

  /** The public catalogue's JSON entries of {@code category}, by title. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> catalogue(String category) {
    List<Map<String, Object>> entries = (List<Map<String, Object>>) new PublicationController(
        register, null, engine, null, null).catalogue(category, null, null, "100").get("items");
    Map<String, Map<String, Object>> byTitle = new java.util.LinkedHashMap<>();
    entries.forEach(e -> byTitle.put((String) e.get("title"), e));
    return byTitle;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> effect(Map<String, Map<String, Object>> listed,
      String title) {
    return (Map<String, Object>) listed.get(title).get("effect");
  }

  // ---- audit of 2026-12: dates, unpublished lines, Art. 26 clock

  /**
   * A publication date may not lie before the batch existed (the day it was registered), nor,
   * for an Art. 44 batch, before the request's reply was delivered. The audit's case: a request
   * reviewed and answered in July, turned into a batch on 5 December, recorded as published on
   * 20 July. Refused with the field named, nothing written, the task still open.
   */
  @Test
  void aPublicationDateBeforeTheBatchOrTheRepliesDeliveryIsRefused() {
    String request = "YSQ-2026-990021";
    clockAt(LocalDate.of(2026, 7, 15));
    cases.insert(new NewCase(request, null, "IN_PERSON", "NATURAL_PERSON", "张三", null, null,
        null, null, null, "2026年上半年抽检结果", "ELECTRONIC", "EMAIL", LocalDate.of(2026, 7, 1),
        LocalDate.of(2026, 7, 29)));
    items.add(request, List.of(new NewItem("2026年上半年抽检结果", ItemFinding.HELD, null, null,
        false, false)));
    long itemId = items.heldItemIds(request).get(0);
    items.recordReview(itemId, new Review(LEGAL_USER, ReviewConclusion.RELEASABLE, null, null,
        null, null, false, null));
    cases.setOutcome(request, "1");
    cases.recordDelivery(request, OFFICE_USER, LocalDate.of(2026, 7, 22));

    clockAt(LocalDate.of(2026, 12, 5));
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE, PublicationFromRequest.startVariables(
        request, List.of(fromRequest(itemId)))).art44ReviewIfOpen();
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    for (String backdated : List.of("2026-07-20", "2026-07-23", "2026-12-04")) {
      assertThatThrownBy(() -> scenario.recordPublication(backdated))
          .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publishedOn")
          .hasMessageContaining("发布日期不能早于本批次登记日期2026年12月5日");
      assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
      Assertions.assertThat(register.byItem(itemId).orElseThrow().status())
          .isEqualTo(PublicationStatus.PUBLISHABLE);
      Assertions.assertThat(register.channels(register.byItem(itemId).orElseThrow().id()))
          .isEmpty();
    }

    // The reply's delivery date corrected to a later day (issue 14): not before it either.
    clockAt(LocalDate.of(2026, 12, 10));
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_case SET delivered_on = ?"
        + " WHERE tracking_number = ?", java.sql.Date.valueOf(LocalDate.of(2026, 12, 8)), request);
    assertThatThrownBy(() -> scenario.recordPublication("2026-12-07"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publishedOn")
        .hasMessageContaining("发布日期不能早于申请 " + request + " 的答复送达日期 2026-12-08");
    Assertions.assertThat(register.byItem(itemId).orElseThrow().firstPublishedOn()).isNull();

    scenario.recordPublication("2026-12-08");
    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
    Assertions.assertThat(register.byItem(itemId).orElseThrow().firstPublishedOn())
        .isEqualTo(LocalDate.of(2026, 12, 8));
  }

  /**
   * 登记发布情况 accounts for every planned line (item, channel) of a releasable, approved item:
   * published with date and location, or marked 未发布 with a reason. A line left out is refused
   * naming the item and the channel; the reasons are kept, an item published nowhere is not
   * published (with them), and the compliance check lists every planned line not published.
   */
  @Test
  void everyPlannedLineIsPublishedOrMarkedUnpublishedWithAReason() {
    scenario.draft(item("2026年三季度工作动态", "WORK_NEWS", List.of("WEBSITE", "GAZETTE")),
        item("2026年三季度抽检计划", "PLANS", WEB));
    scenario.complete(scenario.review("2026年三季度工作动态"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE")
        .complete(scenario.review("2026年三季度抽检计划"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    List<Publication> batchItems = register.ofBatch(scenario.batch());
    long news = batchItems.get(0).itemId();
    long plan = batchItems.get(1).itemId();
    Map<String, Object> newsWeb = line(news, "WEBSITE", TODAY.toString(), "https://x/1");

    // Only one of three planned lines: refused, naming the first one missing.
    assertThatThrownBy(() -> recordLines(newsWeb))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("publications")
        .hasMessageContaining("信息项" + news + "“2026年三季度工作动态”在政府公报的发布情况未登记");
    assertThatThrownBy(() -> recordLines(newsWeb,
        line(news, "GAZETTE", TODAY.toString(), "2026年第9期")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("信息项" + plan + "“2026年三季度抽检计划”在政府网站的发布情况未登记");
    // Marked 未发布 without a reason: refused as well.
    Map<String, Object> gazetteSkipped = line(news, "GAZETTE", null, null);
    gazetteSkipped.put("notPublished", true);
    Map<String, Object> planSkipped = line(plan, "WEBSITE", null, null);
    planSkipped.put("notPublished", true);
    assertThatThrownBy(() -> recordLines(newsWeb, gazetteSkipped, planSkipped))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("notPublishedReason")
        .hasMessageContaining("未在政府公报发布：请说明原因");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    Assertions.assertThat(register.ofBatch(scenario.batch()))
        .extracting(Publication::status).containsOnly(PublicationStatus.PUBLISHABLE);

    gazetteSkipped.put("notPublishedReason", "本季度公报已截稿，下期刊登");
    planSkipped.put("notPublishedReason", "计划调整，另行发布");
    recordLines(newsWeb, gazetteSkipped, planSkipped);

    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
    batchItems = register.ofBatch(scenario.batch());
    Assertions.assertThat(batchItems.get(0).status()).isEqualTo(PublicationStatus.PUBLISHED);
    Assertions.assertThat(register.skippedLines(batchItems.get(0).id())).singleElement()
        .satisfies(l -> Assertions.assertThat(l.reason()).isEqualTo("本季度公报已截稿，下期刊登"));
    Assertions.assertThat(batchItems.get(1).status()).isEqualTo(PublicationStatus.NOT_PUBLISHED);
    Assertions.assertThat(batchItems.get(1).notPublishedReason())
        .isEqualTo("未在计划渠道发布：政府网站（计划调整，另行发布）");
    Assertions.assertThat(register.catalogue(null, null, 0, 10).total()).isEqualTo(1);

    Assertions.assertThat(violations(ComplianceQueries.PLANNED_NOT_PUBLISHED)).containsExactly(
        "主动公开信息「2026年三季度工作动态」计划在政府公报发布，" + chinese(TODAY) + "登记未发布，原因：本季度公报已截稿，下期刊登",
        "主动公开信息「2026年三季度抽检计划」计划在政府网站发布，" + chinese(TODAY) + "登记未发布，原因：计划调整，另行发布");

    // A line with neither a publication nor a reason in a batch whose recording is over (as
    // the old code let through): listed too.
    ProcessTestEngine.jdbc(engine).update("DELETE FROM ogi_publication_skip");
    Assertions.assertThat(violations(ComplianceQueries.PLANNED_NOT_PUBLISHED)).containsExactly(
        "主动公开信息「2026年三季度工作动态」计划在政府公报发布，未登记发布，也未说明原因");
  }

  /**
   * Audit 33a F4 (ADR 0152): a channel left for later (the gazette issue not out yet) is
   * registered once it is out, by the office, through the same line rules (逾期原因 past the
   * Art. 26 date) and the publish guard: it replaces the 未发布 line, counts once in the 附表's
   * channel row, leaves 合规检查's 计划发布而未发布 and is a step of the batch's trail. Only a
   * planned channel marked 未发布 of a published item; refusals on the field, nothing written.
   */
  @Test
  void aChannelLeftForLaterIsRegisteredOnceItIsOut() {
    scenario.draft(item("2026年一季度工作动态", "WORK_NEWS", List.of("WEBSITE", "GAZETTE")),
        item("2026年一季度抽检计划", "PLANS", WEB));
    scenario.complete(scenario.review("2026年一季度工作动态"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE")
        .complete(scenario.review("2026年一季度抽检计划"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE");
    List<Publication> batchItems = register.ofBatch(scenario.batch());
    long news = batchItems.get(0).itemId();
    long plan = batchItems.get(1).itemId();
    Map<String, Object> gazette = line(news, "GAZETTE", null, null);
    gazette.put("notPublished", true);
    gazette.put("notPublishedReason", "公报下期刊登");
    Map<String, Object> planWeb = line(plan, "WEBSITE", null, null);
    planWeb.put("notPublished", true);
    planWeb.put("notPublishedReason", "计划调整");
    recordLines(line(news, "WEBSITE", TODAY.toString(), "https://x/1"), gazette, planWeb);
    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
    Assertions.assertThat(register.channelCounts(2026)).containsEntry(PublicationChannel.GAZETTE, 0);

    // Weeks later, past the item's Art. 26 date: the gazette issue is out.
    LocalDate later = LocalDate.of(2026, 4, 15);
    Assertions.assertThat(register.byItem(news).orElseThrow().dueOn()).isBefore(later);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(later, LocalTime.of(10, 0))
        .atZone(OfficeTime.ZONE).toInstant()));
    LaterPublications laterPublications = ProcessTestEngine.bean(engine, "laterPublications",
        LaterPublications.class);
    Map<String, Object> body = new java.util.HashMap<>(Map.of("channel", "GAZETTE",
        "publishedOn", later.toString(), "location", "2026年第4期"));
    java.util.function.Function<Map<String, Object>, Runnable> registering = b -> () ->
        laterPublications.register(engine, news, new ObjectMapper().valueToTree(b), OFFICE_USER);

    assertThatThrownBy(() -> registering.apply(body).run()).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("lateReason:").hasMessageContaining("在政府公报的发布日期"
            + chinese(later) + "晚于本项发布期限");
    Map<String, Object> website = new java.util.HashMap<>(body);
    website.put("channel", "WEBSITE");
    assertThatThrownBy(() -> registering.apply(website).run()).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("channel:").hasMessageContaining("已在政府网站发布");
    Map<String, Object> unplanned = new java.util.HashMap<>(body);
    unplanned.put("channel", "NEW_MEDIA");
    assertThatThrownBy(() -> registering.apply(unplanned).run()).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("channel:").hasMessageContaining("的计划发布渠道不含政务新媒体");
    assertThatThrownBy(() -> laterPublications.register(engine, plan,
        new ObjectMapper().valueToTree(Map.of("channel", "WEBSITE", "publishedOn",
            later.toString(), "location", "https://x/2")), OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("itemId:")
        .hasMessageContaining("的状态为不予发布");
    Map<String, Object> future = new java.util.HashMap<>(body);
    future.put("publishedOn", later.plusDays(1).toString());
    future.put("lateReason", "公报出刊周期为每月一期");
    assertThatThrownBy(() -> registering.apply(future).run()).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("publishedOn");
    Assertions.assertThat(register.skippedLines(register.byItem(news).orElseThrow().id()))
        .hasSize(1);
    Assertions.assertThat(violations(ComplianceQueries.PLANNED_NOT_PUBLISHED)).contains(
        "主动公开信息「2026年一季度工作动态」计划在政府公报发布，" + chinese(TODAY) + "登记未发布，原因：公报下期刊登");

    body.put("lateReason", "公报出刊周期为每月一期");
    registering.apply(body).run();

    Publication p = register.byItem(news).orElseThrow();
    Assertions.assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
    Assertions.assertThat(p.firstPublishedOn()).isEqualTo(TODAY);
    Assertions.assertThat(register.skippedLines(p.id())).isEmpty();
    Assertions.assertThat(register.channels(p.id())).extracting(c -> c.channel())
        .containsExactly(PublicationChannel.WEBSITE, PublicationChannel.GAZETTE);
    Assertions.assertThat(register.channelCounts(2026))
        .containsEntry(PublicationChannel.GAZETTE, 1).containsEntry(PublicationChannel.WEBSITE, 1);
    Assertions.assertThat(violations(ComplianceQueries.PLANNED_NOT_PUBLISHED)).containsExactly(
        "主动公开信息「2026年一季度抽检计划」计划在政府网站发布，" + chinese(TODAY) + "登记未发布，原因：计划调整");
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(scenario.batch()).orElseThrow()
        .entries()).anySatisfy(e -> {
          Assertions.assertThat(e.activity()).endsWith("「2026年一季度工作动态」在政府公报补充登记发布");
          Assertions.assertThat(e.who()).contains(OFFICE_USER);
          Assertions.assertThat(e.dateOnly()).isFalse();
          Assertions.assertThat(e.detail()).contains(chinese(later) + "发布（2026年第4期）",
              "原登记为未发布（" + chinese(TODAY), "公报下期刊登", "公报出刊周期为每月一期");
        });
    // Once only: the line is published now.
    assertThatThrownBy(() -> registering.apply(body).run()).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已在政府公报发布");
    Assertions.assertThat(register.channelCounts(2026)).containsEntry(PublicationChannel.GAZETTE, 1);
  }

  /**
   * Art. 26: each drafted item names the day it was formed or changed (required, not in the
   * future); it is due for publication 20 working days later on the holiday calendar. The
   * batch's tasks (reviews, approval, record) are due at its earliest item's due date, and the
   * compliance check lists items published after their due date.
   */
  @Test
  void art26DueDateOnTheBatchsTasksAndLatePublicationsInTheCheck() {
    assertThatThrownBy(() -> scenario.draft(item("无日期的信息", "OTHER", WEB, "formedOn", "")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("publicationItems[1].formedOn")
        .hasMessageContaining("请填写信息的形成或变更日期");
    assertThatThrownBy(() -> scenario.draft(item("将来的信息", "OTHER", WEB,
        "formedOn", TODAY.plusDays(1).toString())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("形成或变更日期不能晚于今天");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE).count()).isZero();

    WorkingDayCalendar calendar = ProcessTestEngine.bean(engine, "workingDayCalendar",
        WorkingDayCalendar.class);
    LocalDate formedLongAgo = LocalDate.of(2026, 1, 5);
    LocalDate lateDue = calendar.addWorkingDays(formedLongAgo, 20);
    LocalDate todayDue = calendar.addWorkingDays(TODAY, 20);
    Assertions.assertThat(lateDue).isBefore(TODAY);
    scenario.draft(item("示范市某行政规范性文件", "NORMATIVE_DOCUMENTS", WEB,
            "regulationKind", "NORMATIVE", "regulationAction", "ISSUE",
            "formedOn", formedLongAgo.toString()),
        item("2026年3月工作动态", "WORK_NEWS", WEB));
    List<Publication> batchItems = register.ofBatch(scenario.batch());
    Assertions.assertThat(batchItems).extracting(Publication::dueOn)
        .containsExactly(lateDue, todayDue);
    Assertions.assertThat(batchItems.get(0).draft().formedOn()).isEqualTo(formedLongAgo);

    Date batchDue = OfficeTime.endOf(lateDue);
    Assertions.assertThat(scenario.tasks(TASK_REVIEW_ITEM)).hasSize(2)
        .allSatisfy(t -> Assertions.assertThat(t.getDueDate()).isEqualTo(batchDue));
    scenario.complete(scenario.review("示范市某行政规范性文件"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE")
        .complete(scenario.review("2026年3月工作动态"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE");
    Assertions.assertThat(scenario.task(TASK_APPROVE_PUBLICATION).getDueDate())
        .isEqualTo(batchDue);
    Assertions.assertThat((String) scenario.variable(PUBLICATION_DUE_DATE_TEXT))
        .startsWith(chinese(lateDue)).contains("第二十六条");
    scenario.decideAll("APPROVE", null);
    Assertions.assertThat(scenario.task(TASK_RECORD_PUBLICATION).getDueDate())
        .isEqualTo(batchDue);

    // Not published yet and due: listed as not yet published.
    Assertions.assertThat(violations(ComplianceQueries.LATE_PUBLICATION)).containsExactly(
        "主动公开信息「示范市某行政规范性文件」应于" + chinese(lateDue) + "前公开" + ART_26_PERIOD
            + "，尚未公开");
    // Published late, with its 逾期原因 (ADR 0144; the on-time item needs none).
    scenario.recordPublication(TODAY.toString(), "待上级机关备案审查后发布");
    // 合规检查 quotes it (before, the line stopped at 才公开).
    Assertions.assertThat(violations(ComplianceQueries.LATE_PUBLICATION)).containsExactly(
        "主动公开信息「示范市某行政规范性文件」应于" + chinese(lateDue) + "前公开" + ART_26_PERIOD
            + "，" + chinese(TODAY) + "才公开；逾期原因：待上级机关备案审查后发布");
  }

  /**
   * Audit 33a F11 (ADR 0151): the office typed a 规范性文件 as 其他/否. Legal's review of each batch
   * item shows the whole drafted line read-only and a note where the 文号 looks like a 规范性文件
   * typed 否; legal corrects 类别 and 文件类型 with the review (checked: 制发或废止 required, no
   * repeal of what is not in force), the correction is recorded with who, shown in the trail,
   * and the approval table and table 二 read it. An item legal keeps as 否 despite the note goes
   * on without leadership. Before, the form had none of these fields, the item went out without
   * approval and table 二 had no 制发.
   */
  @Test
  void legalConfirmsOrCorrectsTheClassificationThatDecidesApprovalAndTableTwo() {
    scenario.draft(
        item("示范市市场监管领域轻微违法行为不予处罚清单", "OTHER", WEB, "docNumber", "示市监规〔2026〕3号",
            "penaltyDecisions", 2),
        item("关于开展2026年春季安全检查的通知", "WORK_NEWS", List.of("WEBSITE", "NEW_MEDIA"),
            "docNumber", "示市监发〔2026〕7号"));
    String batch = scenario.batch();
    Task corrected = scenario.review("示范市市场监管领域轻微违法行为不予处罚清单");
    Map<String, Object> form = engine.getFormService().getTaskFormVariables(corrected.getId())
        .entrySet().stream().filter(e -> e.getValue() != null).collect(
            java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Assertions.assertThat(form).containsEntry("draftDocNumber", "示市监规〔2026〕3号")
        .containsEntry("draftCategoryLabel", "其他").containsEntry("draftAttributeLabel", "主动公开")
        .containsEntry("draftRegulationLabel", "否").containsEntry("draftChannelsLabel", "政府网站")
        .containsEntry("draftFiguresText", "行政许可0件；行政处罚2件；行政强制0件；行政事业性收费0万元")
        .containsEntry("classifiedCategory", "OTHER").containsEntry("classifiedRegulationKind", "NONE")
        .containsEntry(BATCH_NUMBER, batch);
    Assertions.assertThat((String) form.get("draftPeriodText")).isEqualTo("形成或变更日期2026-03-02；"
        + "公开期限20个工作日（《中华人民共和国政府信息公开条例》第二十六条），至2026-03-30");
    Assertions.assertThat((String) form.get("classificationWarning"))
        .startsWith("文号“示市监规〔2026〕3号”形似行政规范性文件");
    Assertions.assertThat((String) engine.getTaskService().getVariable(
            scenario.review("关于开展2026年春季安全检查的通知").getId(), "draftChannelsLabel"))
        .isEqualTo("政府网站、政务新媒体");

    // 行政规范性文件 without 制发或废止, or a repeal while none is in force: 400, nothing recorded.
    assertThatThrownBy(() -> scenario.complete(corrected, LEGAL_USER, REVIEW_CONCLUSION,
            "RELEASABLE", "classifiedCategory", "NORMATIVE_DOCUMENTS",
            "classifiedRegulationKind", "NORMATIVE"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("classifiedRegulationAction")
        .hasMessageContaining("制发或废止");
    assertThatThrownBy(() -> scenario.complete(corrected, LEGAL_USER, REVIEW_CONCLUSION,
            "RELEASABLE", "classifiedCategory", "NORMATIVE_DOCUMENTS",
            "classifiedRegulationKind", "NORMATIVE", "classifiedRegulationAction", "REPEAL"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("classifiedRegulationAction")
        .hasMessageContaining("不能再废止");
    assertThatThrownBy(() -> scenario.complete(corrected, LEGAL_USER, REVIEW_CONCLUSION,
            "RELEASABLE", "classifiedCategory", "规范性文件"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("classifiedCategory");
    Assertions.assertThat(items.hasReview(
        register.ofBatch(batch).get(0).itemId())).isFalse();

    scenario.complete(corrected, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE",
            "classifiedCategory", "NORMATIVE_DOCUMENTS", "classifiedRegulationKind", "NORMATIVE",
            "classifiedRegulationAction", "ISSUE")
        // Kept as 否 despite the note: a note, not a refusal.
        .complete(scenario.review("关于开展2026年春季安全检查的通知"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE");

    // The approval table read legal's values: the corrected item awaits leadership.
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(scenario.list(PUBLICATION_APPROVALS)).singleElement().satisfies(row -> {
      Assertions.assertThat(row.get("title")).isEqualTo("示范市市场监管领域轻微违法行为不予处罚清单");
      Assertions.assertThat(row.get("categoryLabel")).isEqualTo("规范性文件");
      Assertions.assertThat(row.get("regulationLabel")).isEqualTo("行政规范性文件");
      Assertions.assertThat(row.get("regulationActionLabel")).isEqualTo("制发");
      Assertions.assertThat(row.get("classificationAccount")).isEqualTo("法规科更正（办公室登记为其他、否）");
    });
    List<Publication> rows = register.ofBatch(batch);
    Map<Long, PublicationRegister.Classification> classified = register.classifications(batch);
    Assertions.assertThat(classified.get(rows.get(0).id())).satisfies(c -> {
      Assertions.assertThat(c.draftedCategory()).isEqualTo(PublicationCategory.OTHER);
      Assertions.assertThat(c.draftedKind()).isEqualTo(RegulationKind.NONE);
      Assertions.assertThat(c.category()).isEqualTo(PublicationCategory.NORMATIVE_DOCUMENTS);
      Assertions.assertThat(c.kind()).isEqualTo(RegulationKind.NORMATIVE);
      Assertions.assertThat(c.action()).isEqualTo(RegulationKind.Action.ISSUE);
      Assertions.assertThat(c.classifiedBy()).isEqualTo(LEGAL_USER);
      Assertions.assertThat(c.corrected()).isTrue();
      Assertions.assertThat(c.warning()).contains("形似行政规范性文件");
    });
    Assertions.assertThat(classified.get(rows.get(1).id())).satisfies(c -> {
      Assertions.assertThat(c.corrected()).isFalse();
      Assertions.assertThat(c.kind()).isEqualTo(RegulationKind.NONE);
      Assertions.assertThat(c.warning()).contains("示市监发〔2026〕7号");
    });

    scenario.decideAll("APPROVE", null).recordPublication(TODAY.toString());
    assertThat(scenario.instance).hasPassed(END_EVENT_PUBLISHED);
    // Table 二 counts legal's 制发; the catalogue files the item under 规范性文件.
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026).issued())
        .isEqualTo(1);
    Assertions.assertThat(register.categoryCounts(2026))
        .containsEntry(PublicationCategory.NORMATIVE_DOCUMENTS, 1)
        .containsEntry(PublicationCategory.OTHER, 0).containsEntry(PublicationCategory.WORK_NEWS, 1);
    // The batch's trail: who confirmed what, with the note legal was shown.
    List<io.github.ogiworkflow.audit.CaseTimeline.Entry> trail = ProcessTestEngine
        .timeline(engine).of(batch).orElseThrow().entries().stream()
        .filter(e -> e.activity().endsWith("信息类别和文件类型")).toList();
    Assertions.assertThat(trail).hasSize(2);
    Assertions.assertThat(trail).anySatisfy(e -> {
      Assertions.assertThat(e.activity()).startsWith("信息项 1「示范市市场监管领域轻微违法行为不予处罚清单」");
      Assertions.assertThat(e.outcome()).isEqualTo("法规科更正");
      Assertions.assertThat(e.who()).contains(LEGAL_USER);
      Assertions.assertThat(e.detail()).startsWith("办公室登记：其他，否；法规科确认：规范性文件，行政规范性文件（制发）");
    });
    Assertions.assertThat(trail).anySatisfy(e -> {
      Assertions.assertThat(e.outcome()).isEqualTo("法规科确认");
      Assertions.assertThat(e.detail()).startsWith("办公室登记：工作动态，否；法规科确认：工作动态，否（已提示：");
    });
  }

  /**
   * Audit 33a F12 (ADR 0151): Art. 26 "法律、法规对政府信息公开的期限另有规定的，从其规定". A
   * 政府集中采购 result is due 2 working days after it was formed (政府采购法实施条例第四十三条):
   * formed Thursday 26 February 2026, Friday 27 (1), Saturday 28 February, a make-up working day
   * (2). An item with its own period (5 working days, its basis given) formed Monday 2 March is
   * due Monday 9 March. The forms name the rule, the compliance check lists the procurement result
   * published on 2 March as late with its period. Before, both were due 20 working days later
   * (26 March and 30 March) and nothing was late.
   */
  @Test
  void aPeriodALawSetsDecidesTheDueDateTheFormsAndTheComplianceCheck() {
    scenario.draft(
        item("示范市2026年办公设备采购项目中标结果公告", "PROCUREMENT", WEB, "formedOn", "2026-02-26"),
        item("示范市2026年第一批食品安全抽检结果", "STATISTICS", WEB, "statutoryPeriodDays", 5,
            "statutoryBasis", "《示范省食品安全条例》第五十条"));
    String batch = scenario.batch();
    List<Publication> rows = register.ofBatch(batch);
    Assertions.assertThat(rows.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
    Assertions.assertThat(rows.get(1).dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    Assertions.assertThat(rows.get(1).draft().ownPeriod())
        .isEqualTo(Art26DueDates.Period.given(5, "《示范省食品安全条例》第五十条"));
    Assertions.assertThat((String) scenario.variable(PUBLICATION_DUE_DATE_TEXT)).isEqualTo(
        "2026年2月28日（已逾期）（政府采购法实施条例第四十三条：自中标、成交供应商确定之日起2个工作日内公告）");
    Assertions.assertThat((String) engine.getTaskService().getVariable(
            scenario.review("示范市2026年第一批食品安全抽检结果").getId(), "draftPeriodText"))
        .isEqualTo("形成或变更日期2026-03-02；公开期限5个工作日（《示范省食品安全条例》第五十条），至2026-03-09");
    scenario.complete(scenario.review("示范市2026年办公设备采购项目中标结果公告"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE")
        .complete(scenario.review("示范市2026年第一批食品安全抽检结果"), LEGAL_USER,
            REVIEW_CONCLUSION, "RELEASABLE");
    Assertions.assertThat(scenario.list(PUBLICATIONS)).extracting(l -> l.get("dueOn"))
        .containsExactly("2026-02-28", "2026-03-09");

    // Published on Monday 2 March: the result two days late (with its 逾期原因), the other on time.
    scenario.recordPublication(TODAY.toString(), "等待采购代理机构确认");
    Assertions.assertThat(violations(ComplianceQueries.LATE_PUBLICATION)).containsExactly(
        "主动公开信息「示范市2026年办公设备采购项目中标结果公告」应于2026年2月28日前公开（期限2个工作日"
            + "（《中华人民共和国政府采购法实施条例》第四十三条）），2026年3月2日才公开；逾期原因：等待采购代理机构确认");
  }

  /**
   * A procurement result the office typed as 其他 (ADR 0151): legal corrects the category to
   * 政府集中采购, whose period is a law's 2 working days, so the item's due date moves from 25
   * March (20 working days from Thursday 26 February) to Saturday 28 February (a make-up working
   * day); the move is in the batch's trail with legal's name, and the tasks still to come are
   * due on the new date, their 发布期限 naming the 政府采购法实施条例.
   */
  @Test
  void aCategoryLegalCorrectsMovesTheDueDateByItsPeriod() {
    scenario.draft(item("示范市2026年车辆维修服务采购成交结果公告", "OTHER", WEB,
        "formedOn", "2026-02-26"));
    String batch = scenario.batch();
    Assertions.assertThat(register.ofBatch(batch).get(0).dueOn()).isEqualTo(LocalDate.of(2026, 3, 25));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE",
        "classifiedCategory", "PROCUREMENT");

    Assertions.assertThat(register.ofBatch(batch).get(0).dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
    Assertions.assertThat(register.ofBatch(batch).get(0).draft().category())
        .isEqualTo(PublicationCategory.PROCUREMENT);
    Assertions.assertThat(ProcessTestEngine.bean(engine, "dateChangeRegister",
            io.github.ogiworkflow.register.DateChangeRegister.class).of(batch)).singleElement()
        .satisfies(change -> {
          Assertions.assertThat(change.oldDate()).isEqualTo(LocalDate.of(2026, 3, 25));
          Assertions.assertThat(change.newDate()).isEqualTo(LocalDate.of(2026, 2, 28));
          Assertions.assertThat(change.changedBy()).isEqualTo(LEGAL_USER);
          Assertions.assertThat(change.reason()).startsWith("法规科确认信息类别为“政府集中采购”，公开期限按"
              + "《中华人民共和国政府采购法实施条例》第四十三条重算");
        });
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    Assertions.assertThat(scenario.task(TASK_RECORD_PUBLICATION).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 2, 28)));
    Assertions.assertThat((String) scenario.variable(PUBLICATION_DUE_DATE_TEXT))
        .startsWith("2026年2月28日（已逾期）（政府采购法实施条例第四十三条");
  }

  /**
   * Session 37 (classify, ADR 0190): a law that counts its period in calendar days (15日) —
   * formed Tuesday 10 February, due Wednesday 25 February; the due date, the 发布期限 text, the
   * review form and the compliance check follow it. Before, the period had to be given in working
   * days (1–20) and the unit was unknown.
   */
  @Test
  void aPeriodInCalendarDaysDecidesTheDueDateTheFormsAndTheComplianceCheck() {
    scenario.draft(item("示范市2026年第二批食品安全抽检结果", "STATISTICS", WEB,
        "formedOn", "2026-02-10", "statutoryPeriodDays", 15, "statutoryPeriodUnit", "CALENDAR_DAYS",
        "statutoryBasis", "《示范省食品安全条例》第五十条"));
    String batch = scenario.batch();
    Assertions.assertThat(register.ofBatch(batch).get(0).dueOn()).isEqualTo(LocalDate.of(2026, 2, 25));
    Assertions.assertThat((String) scenario.variable(PUBLICATION_DUE_DATE_TEXT)).isEqualTo(
        "2026年2月25日（已逾期）（《示范省食品安全条例》第五十条：自信息形成或者变更之日起15日内公开）");
    Assertions.assertThat((String) engine.getTaskService().getVariable(
            scenario.review("示范市2026年第二批食品安全抽检结果").getId(), "draftPeriodText"))
        .isEqualTo("形成或变更日期2026-02-10；公开期限15日（《示范省食品安全条例》第五十条），至2026-02-25");
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .recordPublication(TODAY.toString(), "抽检报告延迟送达");
    Assertions.assertThat(violations(ComplianceQueries.LATE_PUBLICATION)).containsExactly(
        "主动公开信息「示范市2026年第二批食品安全抽检结果」应于2026年2月25日前公开（期限15日"
            + "（《示范省食品安全条例》第五十条）），2026年3月2日才公开；逾期原因：抽检报告延迟送达");
  }

  /**
   * Session 37 (classify, ADR 0151): the batch's reviews are called together, each due when the
   * batch is (its earliest item). A category legal corrects on one item that moves the batch's
   * date moves the still open review of the other item and the answer task its referral creates
   * later. Before, the sibling's review kept the old date (25 March).
   */
  @Test
  void aCategoryCorrectionMovesTheOpenReviewsOfTheOtherItems() {
    scenario.draft(item("示范市2026年车辆维修服务采购成交结果公告", "OTHER", WEB,
            "formedOn", "2026-02-26"),
        item("2026年3月工作动态", "WORK_NEWS", WEB, "formedOn", "2026-03-02"));
    Task sibling = scenario.review("2026年3月工作动态");
    Assertions.assertThat(sibling.getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 25)));

    scenario.complete(scenario.review("示范市2026年车辆维修服务采购成交结果公告"), LEGAL_USER,
        REVIEW_CONCLUSION, "RELEASABLE", "classifiedCategory", "PROCUREMENT");

    Date moved = OfficeTime.endOf(LocalDate.of(2026, 2, 28));
    Assertions.assertThat(scenario.review("2026年3月工作动态").getDueDate()).isEqualTo(moved);
    scenario.complete(scenario.review("2026年3月工作动态"), LEGAL_USER, REVIEW_CONCLUSION, "REFER",
        REVIEW_COMMENT, "可能涉密");
    Assertions.assertThat(scenario.task(TASK_RECORD_SECRECY_ANSWER).getDueDate()).isEqualTo(moved);
  }

  /**
   * Session 37 (classify, ADR 0151): the classification of an item legal refers to the secrecy
   * administration (无法确定) is checked when legal submits the referral (400 on the field,
   * nothing recorded) and recorded once the answer is, as the 保密审查 reviewer's — not as the
   * one who registers the answer; the approval table and the trail read it.
   */
  @Test
  void aReferredItemsClassificationIsCheckedAtTheReferralAndRecordedAsTheReviewers() {
    scenario.draft(item("示范市市场监管领域轻微违法行为不予处罚清单", "OTHER", WEB,
        "docNumber", "示市监规〔2026〕5号"));
    String batch = scenario.batch();
    Task review = scenario.review("示范市市场监管领域轻微违法行为不予处罚清单");
    assertThatThrownBy(() -> scenario.complete(review, LEGAL_USER, REVIEW_CONCLUSION, "REFER",
            REVIEW_COMMENT, "可能涉密", "classifiedCategory", "NORMATIVE_DOCUMENTS",
            "classifiedRegulationKind", "NORMATIVE"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("classifiedRegulationAction")
        .hasMessageContaining("制发或废止");
    Assertions.assertThat(letters.of(batch)).isEmpty();

    scenario.complete(review, LEGAL_USER, REVIEW_CONCLUSION, "REFER", REVIEW_COMMENT, "可能涉密",
        "classifiedCategory", "NORMATIVE_DOCUMENTS", "classifiedRegulationKind", "NORMATIVE",
        "classifiedRegulationAction", "ISSUE");
    Assertions.assertThat(register.classifications(batch)).isEmpty();

    scenario.complete(TASK_RECORD_SECRECY_ANSWER, "liuyang", REVIEW_CONCLUSION, "RELEASABLE",
        SECRECY_ANSWER_ON, TODAY.toString());

    Publication p = register.ofBatch(batch).get(0);
    Assertions.assertThat(register.classifications(batch).get(p.id())).satisfies(c -> {
      Assertions.assertThat(c.category()).isEqualTo(PublicationCategory.NORMATIVE_DOCUMENTS);
      Assertions.assertThat(c.kind()).isEqualTo(RegulationKind.NORMATIVE);
      Assertions.assertThat(c.action()).isEqualTo(RegulationKind.Action.ISSUE);
      Assertions.assertThat(c.classifiedBy()).isEqualTo(LEGAL_USER);
      Assertions.assertThat(c.corrected()).isTrue();
    });
    assertThat(scenario.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(scenario.list(PUBLICATION_APPROVALS)).singleElement()
        .satisfies(row -> Assertions.assertThat(row.get("classificationAccount"))
            .isEqualTo("法规科更正（办公室登记为其他、否）"));
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(batch).orElseThrow().entries())
        .filteredOn(e -> e.activity().endsWith("信息类别和文件类型")).singleElement()
        .satisfies(e -> {
          Assertions.assertThat(e.outcome()).isEqualTo("法规科更正");
          Assertions.assertThat(e.who()).contains(LEGAL_USER).doesNotContain("liuyang");
        });
  }

  /**
   * Art. 26 binds information in the proactive scope only: an item drafted as 依申请公开 has no
   * publication deadline, so an old one does not make the batch and its tasks overdue, and the
   * compliance check does not call it a late 主动公开信息 (audit round 25, F10). A 形成或变更日期
   * before the Regulation took effect (2008-05-01) is a typing error.
   */
  @Test
  void onlyProactiveItemsHaveAnArt26DueDateAndFormationDatesStartIn2008() {
    assertThatThrownBy(() -> scenario.draft(item("1900年旧档案目录", "OTHER", WEB,
        "formedOn", "1900-01-01")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[1].formedOn")
        .hasMessageContaining("形成或变更日期不能早于2008年5月1日");

    WorkingDayCalendar calendar = ProcessTestEngine.bean(engine, "workingDayCalendar",
        WorkingDayCalendar.class);
    LocalDate todayDue = calendar.addWorkingDays(TODAY, 20);
    scenario.draft(item("2026年12月工作动态", "WORK_NEWS", WEB),
        item("内部会议纪要（依申请公开）", "OTHER", WEB, "attribute", "ON_REQUEST",
            "formedOn", LocalDate.of(2026, 1, 5).toString()));
    List<Publication> batchItems = register.ofBatch(scenario.batch());
    Assertions.assertThat(batchItems).extracting(Publication::dueOn)
        .containsExactly(todayDue, null);
    Date batchDue = OfficeTime.endOf(todayDue);
    Assertions.assertThat(scenario.tasks(TASK_REVIEW_ITEM)).hasSize(2)
        .allSatisfy(t -> Assertions.assertThat(t.getDueDate()).isEqualTo(batchDue));
    Assertions.assertThat(violations(ComplianceQueries.LATE_PUBLICATION)).isEmpty();
  }

  /**
   * A batch whose every planned line the office marked 未发布 (with reasons) published nothing:
   * it ends at 全部未发布, decided by the server's count of published items, not at 已发布.
   */
  @Test
  void aBatchWithEveryLineMarkedUnpublishedEndsAsNonePublished() {
    scenario.draft(item("2026年一季度工作动态", "WORK_NEWS", List.of("WEBSITE", "GAZETTE")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    long itemId = register.ofBatch(scenario.batch()).get(0).itemId();
    Map<String, Object> web = line(itemId, "WEBSITE", null, null);
    web.put("notPublished", true);
    web.put("notPublishedReason", "网站改版，暂停更新");
    Map<String, Object> gazette = line(itemId, "GAZETTE", null, null);
    gazette.put("notPublished", true);
    gazette.put("notPublishedReason", "本季度公报已截稿");

    recordLines(web, gazette);

    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_NONE_PUBLISHED)
        .hasNotPassed(END_EVENT_PUBLISHED).variables().containsEntry(PUBLISHED_COUNT, 0);
    Publication p = register.ofBatch(scenario.batch()).get(0);
    Assertions.assertThat(p.status()).isEqualTo(PublicationStatus.NOT_PUBLISHED);
    Assertions.assertThat(p.notPublishedReason())
        .isEqualTo("未在计划渠道发布：政府网站（网站改版，暂停更新）；政府公报（本季度公报已截稿）");
    Assertions.assertThat(register.catalogue(null, null, 0, 10).total()).isZero();
  }

  /**
   * The secrecy review of a batch's item shows the Art. 26 publication due date as 发布期限,
   * computed by the server; the 答复期限 field (a request's reply deadline) stays hidden, its
   * text empty: a publication has no reply deadline.
   */
  @Test
  void aBatchItemsReviewShowsItsPublicationDueDateNotAReplyDeadline() throws Exception {
    LocalDate due = ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class)
        .addWorkingDays(TODAY, 20);
    scenario.draft(item("2026年3月抽检计划", "PLANS", WEB));
    Task review = scenario.task(TASK_REVIEW_ITEM);
    Map<String, Object> seen = engine.getTaskService().getVariables(review.getId());
    Assertions.assertThat((String) seen.get(PUBLICATION_DUE_DATE_TEXT))
        .isEqualTo(chinese(due) + "（第二十六条：自信息形成或者变更之日起20个工作日内公开）");
    Assertions.assertThat(seen.get(REPLY_DUE_DATE_TEXT)).isEqualTo("");

    // The forms the review's tasks use: 发布期限 shows that text where it is set, 答复期限
    // shows replyDueDateText and hides when it is empty.
    for (String form : List.of("forms/secrecy-review.form", "forms/secrecy-answer.form")) {
      Map<String, com.fasterxml.jackson.databind.JsonNode> byKey = new java.util.HashMap<>();
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of(form)
          .toFile()).findParents("key").forEach(f -> byKey.put(f.path("key").asText(), f));
      Assertions.assertThat(byKey.get(PUBLICATION_DUE_DATE_TEXT)).as(form).isNotNull();
      Assertions.assertThat(byKey.get(PUBLICATION_DUE_DATE_TEXT).path("label").asText())
          .as(form).isEqualTo("发布期限");
      Assertions.assertThat(byKey.get(PUBLICATION_DUE_DATE_TEXT).at("/conditional/hide").asText())
          .as(form).isEqualTo("=publicationDueDateText = null or publicationDueDateText = \"\"");
      Assertions.assertThat(byKey.get(REPLY_DUE_DATE_TEXT).path("label").asText()).as(form)
          .isEqualTo("答复期限");
      Assertions.assertThat(byKey.get(REPLY_DUE_DATE_TEXT).at("/conditional/hide").asText())
          .as(form).isEqualTo("=replyDueDateText = null or replyDueDateText = \"\"");
    }
  }

  /**
   * A batch item's review names the batch's number 批次编号, not 受理编号 (a request's tracking
   * number): the server sets {@code batchNumber} at registration, the batch passes it into each
   * review, and the review forms show the one label that fits; a request passes none in, so its
   * review keeps 受理编号.
   */
  @Test
  void aBatchItemsReviewLabelsTheBatchNumberNotATrackingNumber() throws Exception {
    scenario.draft(item("2026年4月抽检计划", "PLANS", WEB));
    Task review = scenario.task(TASK_REVIEW_ITEM);
    Map<String, Object> seen = engine.getTaskService().getVariables(review.getId());
    Assertions.assertThat(seen.get(BATCH_NUMBER)).isEqualTo(scenario.batch());
    Assertions.assertThat(seen.get(TRACKING_NUMBER)).isEqualTo(scenario.batch());

    for (String form : List.of("forms/secrecy-review.form", "forms/secrecy-answer.form")) {
      Map<String, com.fasterxml.jackson.databind.JsonNode> byKey = new java.util.HashMap<>();
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of(form)
          .toFile()).findParents("key").forEach(f -> byKey.put(f.path("key").asText(), f));
      Assertions.assertThat(byKey.get(BATCH_NUMBER)).as(form).isNotNull();
      Assertions.assertThat(byKey.get(BATCH_NUMBER).path("label").asText()).as(form)
          .isEqualTo("批次编号");
      Assertions.assertThat(byKey.get(BATCH_NUMBER).path("readonly").asBoolean()).as(form)
          .isTrue();
      Assertions.assertThat(byKey.get(BATCH_NUMBER).at("/conditional/hide").asText()).as(form)
          .isEqualTo("=batchNumber = null or batchNumber = \"\"");
      Assertions.assertThat(byKey.get(TRACKING_NUMBER).path("label").asText()).as(form)
          .isEqualTo("受理编号");
      Assertions.assertThat(byKey.get(TRACKING_NUMBER).at("/conditional/hide").asText())
          .as(form).isEqualTo("=batchNumber != null and batchNumber != \"\"");
    }
    // A request's review gets no batchNumber: its form shows 受理编号.
    Assertions.assertThat(java.nio.file.Files.readString(
        java.nio.file.Path.of("processes/disclosure-request.bpmn"))).doesNotContain(BATCH_NUMBER);
  }

  /**
   * Audit 33a F1: the catalogue is public (Art. 12, 15), so a title, 文号 or publishing unit with
   * an ID number, a mobile number or an e-mail address is refused at registration (naming the
   * row and field, nothing registered), an Art. 44 item's title taken from the request too; at
   * publishing, the location and what the register holds are checked again, and the refusal
   * does not repeat the number. A landline (a reading room's phone) stays allowed.
   */
  @Test
  void personalDataInWhatThePublicCatalogueShowsIsRefused() {
    assertThatThrownBy(() -> scenario.draft(item(
        "行政处罚决定公示（张三，身份证350102199001011234）", "SUPERVISION", WEB)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[1].title holds personal data")
        .hasMessageContaining("第1项：信息名称含身份证号码等个人信息，请去除后再提交");
    assertThatThrownBy(() -> scenario.draft(item("2026年工作动态", "WORK_NEWS", WEB),
        item("2026年工作计划", "PLANS", WEB, "publishingUnit", "办公室（联系人13812345678）")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("第2项：发布机构含手机号码等个人信息");
    assertThatThrownBy(() -> scenario.draft(item("2026年工作计划", "PLANS", WEB,
        "docNumber", "zhangsan@example.com")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("第1项：文号含电子邮箱等个人信息");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE).count()).isZero();
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForObject(
        "SELECT COUNT(*) FROM ogi_publication_item", Integer.class)).isZero();

    long personal = reviewedRequestItem("YSQ-2026-990031", "李四（13812345678）的投诉处理结果",
        ReviewConclusion.RELEASABLE);
    assertThatThrownBy(() -> scenario.fromRequest("YSQ-2026-990031", personal))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("第1项：信息名称（取自申请的信息项）含手机号码等个人信息");
    Assertions.assertThat(register.byItem(personal)).isEmpty();

    // At publishing: the location the office records, and a title already in the register.
    scenario.draft(item("2026年政务公开工作要点", "PLANS", List.of("WEBSITE", "READING_ROOM")),
        item("2026年第一季度工作动态", "WORK_NEWS", WEB));
    for (Task review : scenario.tasks(TASK_REVIEW_ITEM)) {
      scenario.complete(review, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    }
    List<Publication> batch = register.ofBatch(scenario.batch());
    long plan = batch.get(0).itemId();
    long news = batch.get(1).itemId();
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_publication_item SET title = ? WHERE id = ?",
        "2026年第一季度工作动态（王五，350102199001011234）", batch.get(1).id());
    String web = "https://www.example.gov.cn/zwgk/1";
    assertThatThrownBy(() -> recordLines(
        line(plan, "WEBSITE", TODAY.toString(), web + "?contact=wang@example.com"),
        line(plan, "READING_ROOM", TODAY.toString(), "本局一楼政务公开查阅室"),
        line(news, "WEBSITE", TODAY.toString(), web + "2")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("在政府网站的网址、期号或地点含电子邮箱等个人信息，请去除后再登记");
    assertThatThrownBy(() -> recordLines(
        line(plan, "WEBSITE", TODAY.toString(), web),
        line(plan, "READING_ROOM", TODAY.toString(), "本局一楼政务公开查阅室（电话0591-87654321）"),
        line(news, "WEBSITE", TODAY.toString(), web + "2")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("的信息名称含身份证号码等个人信息，不得公开")
        .hasMessageContaining("350***********1234")
        .hasMessageNotContaining("350102199001011234");
    Assertions.assertThat(register.channels(batch.get(0).id())).isEmpty();
    recordLines(
        line(plan, "WEBSITE", TODAY.toString(), web),
        line(plan, "READING_ROOM", TODAY.toString(), "本局一楼政务公开查阅室（电话0591-87654321）"),
        notPublished(news, "WEBSITE", "信息名称含个人信息，去除后重新登记"));
    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
    Assertions.assertThat(register.byItem(plan).orElseThrow().status())
        .isEqualTo(PublicationStatus.PUBLISHED);
    Assertions.assertThat(register.byItem(news).orElseThrow().status())
        .isEqualTo(PublicationStatus.NOT_PUBLISHED);
  }

  /**
   * Audit 33a F7: the catalogue links a 政府网站 or 政务新媒体 location, so 登记发布情况 takes only
   * an http(s) address there: a {@code javascript:} address or a bare text is refused on the
   * line in Chinese and nothing of the step is written; a gazette issue or a reading room stays
   * a text.
   */
  @Test
  void aWebLocationMustBeAnHttpAddress() {
    scenario.draft(item("2026年第一季度工作动态", "WORK_NEWS", List.of("WEBSITE", "NEW_MEDIA")),
        item("2026年政务公开工作要点", "PLANS", List.of("READING_ROOM")));
    for (Task review : scenario.tasks(TASK_REVIEW_ITEM)) {
      scenario.complete(review, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    }
    List<Publication> batch = register.ofBatch(scenario.batch());
    long news = batch.get(0).itemId();
    long plan = batch.get(1).itemId();
    String web = "https://www.example.gov.cn/zwgk/1";
    String room = "本局一楼政务公开查阅室";
    assertThatThrownBy(() -> recordLines(
        line(plan, "READING_ROOM", TODAY.toString(), room),
        line(news, "WEBSITE", TODAY.toString(), "javascript:alert(1)"),
        line(news, "NEW_MEDIA", TODAY.toString(), web)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("location is not an http(s) URL")
        .hasMessageContaining("“2026年第一季度工作动态”：政府网站的网址须为以http://或https://开头的完整网址");
    assertThatThrownBy(() -> recordLines(
        line(plan, "READING_ROOM", TODAY.toString(), room),
        line(news, "WEBSITE", TODAY.toString(), web),
        line(news, "NEW_MEDIA", TODAY.toString(), "微信公众号“示范市场监管”")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("政务新媒体的网址须为以http://或https://开头的完整网址");
    assertThatThrownBy(() -> recordLines(
        line(plan, "READING_ROOM", TODAY.toString(), room),
        line(news, "WEBSITE", TODAY.toString(), "www.example.gov.cn/zwgk/1"),
        line(news, "NEW_MEDIA", TODAY.toString(), web)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("政府网站的网址须为");
    // Nothing of the refused steps was written, not even their valid lines.
    Assertions.assertThat(register.channels(batch.get(0).id())).isEmpty();
    Assertions.assertThat(register.channels(batch.get(1).id())).isEmpty();
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PUBLICATION);

    recordLines(line(plan, "READING_ROOM", TODAY.toString(), room),
        line(news, "WEBSITE", TODAY.toString(), web),
        line(news, "NEW_MEDIA", TODAY.toString(), "http://mp.weixin.qq.com/s/abc"));
    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);
    Assertions.assertThat(register.channels(batch.get(1).id()))
        .extracting(PublicationRegister.ChannelRecord::location).containsExactly(room);
  }

  private static Map<String, Object> notPublished(long itemId, String channel, String reason) {
    Map<String, Object> line = line(itemId, channel, null, null);
    line.put("notPublished", true);
    line.put("notPublishedReason", reason);
    return line;
  }

  /**
   * Audit 33a F3: one document (its 文号, blanks and brackets folded, with its regulation kind
   * and action) is registered once while its registration stands: a second 制发 of a published
   * 规范性文件 under the same 文号 is refused naming the batch and item, as is the same 文号
   * twice in one batch; a registration that came to nothing (leadership refused) does not bar
   * it, and table 二 counts the document once. A duplicate registered before the check is not
   * published beside the first.
   */
  @Test
  void theSameDocumentIsRegisteredOnceWhateverItsBrackets() {
    Object[] normative = {"regulationKind", "NORMATIVE", "regulationAction", "ISSUE"};
    // Refused by leadership first: that registration does not count.
    scenario.draft(item("关于规范行政许可的若干规定", "NORMATIVE_DOCUMENTS", WEB,
        with(normative, "docNumber", "X政发〔2026〕5号")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .decideAll("REFUSE", "文字待核");
    assertThat(scenario.instance).isEnded().hasPassed("EndEvent_NothingPublished");

    PublicationScenario first = new PublicationScenario(engine).draft(item(
        "关于规范行政许可的若干规定", "NORMATIVE_DOCUMENTS", WEB,
        with(normative, "docNumber", "X政发〔2026〕5号")));
    first.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .decideAll("APPROVE", null).recordPublication(TODAY.toString());
    assertThat(first.instance).isEnded().hasPassed(END_EVENT_PUBLISHED);

    for (String typed : List.of("X政发[2026] 5号", "X政发（2026）5号", "x政发(２０２６)５号")) {
      assertThatThrownBy(() -> new PublicationScenario(engine).draft(item(
          "关于规范行政许可的若干规定", "NORMATIVE_DOCUMENTS", List.of("GAZETTE"),
          with(normative, "docNumber", typed))))
          .as(typed).isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("publicationItems[1].docNumber is registered as " + first.batch())
          .hasMessageContaining("第1项：文号“" + typed + "”的同一文件（制发行政规范性文件）已于"
              + chinese(TODAY) + "发布（" + first.batch() + "第1项“关于规范行政许可的若干规定”）"
              + "，不能重复登记");
    }
    assertThatThrownBy(() -> new PublicationScenario(engine).draft(
        item("某行政处罚决定书", "SUPERVISION", WEB, "docNumber", "示市监罚〔2026〕3号"),
        item("某行政处罚决定书（公报）", "SUPERVISION", List.of("GAZETTE"),
            "docNumber", "示市监罚 [2026] 3号")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("第2项：文号“示市监罚 [2026] 3号”的同一文件已是本批次第1项，同一文件只登记一次");
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(1, 0, 1));

    // A duplicate registered before the check (its 文号 typed differently then) is not
    // published beside the first.
    PublicationScenario late = new PublicationScenario(engine).draft(item(
        "关于规范行政许可的若干规定（公报版）", "NORMATIVE_DOCUMENTS", List.of("GAZETTE"),
        with(normative, "docNumber", "X政发〔2026〕15号")));
    late.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .decideAll("APPROVE", null);
    ProcessTestEngine.jdbc(engine).update("UPDATE ogi_publication_item SET doc_number = ?,"
        + " doc_number_key = ? WHERE batch_ref = ?", "X政发〔2026〕5号", "X政发〔2026〕5号",
        late.batch());
    assertThatThrownBy(() -> late.recordPublication(TODAY.toString()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("的同一文件已于" + chinese(TODAY) + "发布（" + first.batch())
        .hasMessageContaining("不能重复发布");
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(1, 0, 1));
  }

  // ---- audit pubitem (ADR 0186): duplicate 制发, old 废止 linked afterwards, the approval row

  /**
   * Audit pubitem 2: a 制发 of a 行政规范性文件 is the same document as a registered one by its
   * 文号, and also by its title (blanks and brackets folded) and 形成日期 where either has no
   * 文号: refused naming the row, in the register and in one batch. Before, a second 制发 typed
   * without its 文号 was registered and counted twice in table 二.
   */
  @Test
  void theSameIssueWithoutItsDocNumberIsRefusedByTitleAndFormationDate() {
    publishNormative("示范市规范性文件（重复）", "ISSUE");
    for (String typed : List.of("示范市规范性文件（重复）", "示范市规范性文件 (重复)")) {
      assertThatThrownBy(() -> new PublicationScenario(engine).draft(item(typed,
          "NORMATIVE_DOCUMENTS", List.of("GAZETTE"), "regulationKind", "NORMATIVE",
          "regulationAction", "ISSUE")))
          .as(typed).isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("publicationItems[1].docNumber is registered as")
          .hasMessageContaining("第1项：“" + typed + "”（形成日期" + chinese(TODAY)
              + "，已登记的文号为示市规〔2026〕示范市规范性文件（重复））的同一文件（制发行政规范性文件）已于"
              + chinese(TODAY) + "发布（")
          .hasMessageContaining("不能重复登记");
    }
    assertThatThrownBy(() -> new PublicationScenario(engine).draft(
        item("示范市规范性文件丁", "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "NORMATIVE",
            "regulationAction", "ISSUE"),
        item("示范市规范性文件丁", "NORMATIVE_DOCUMENTS", List.of("GAZETTE"),
            "regulationKind", "NORMATIVE", "regulationAction", "ISSUE", "docNumber",
            doc("示范市规范性文件丁"))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[2].docNumber is row 1's document")
        .hasMessageContaining("第2项：“示范市规范性文件丁”（形成日期" + chinese(TODAY)
            + "）的同一文件（制发行政规范性文件）已是本批次第1项，同一文件只登记一次");
    // Another day's 制发 of that title (a document of its own) is registered.
    new PublicationScenario(engine).draft(item("示范市规范性文件（重复）", "NORMATIVE_DOCUMENTS",
        WEB, "regulationKind", "NORMATIVE", "regulationAction", "ISSUE",
        "formedOn", TODAY.minusDays(1).toString()));
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(1, 0, 1));
  }

  /**
   * Review37 F9: in one batch, as across batches, two 制发 with different 文号 are two documents
   * even with one generic title and 形成日期; the title matches only where a row has no 文号.
   * Before, the batch was refused as 同一文件.
   */
  @Test
  void twoIssuesWithDifferentDocNumbersAndOneTitleAreTwoDocumentsInOneBatch() {
    String title = "关于进一步加强食品安全监管工作的通知（" + System.nanoTime() + "）";
    PublicationScenario batch = new PublicationScenario(engine).draft(
        item(title, "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "NORMATIVE",
            "regulationAction", "ISSUE", "docNumber", "示市规〔2026〕甲" + title),
        item(title, "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "NORMATIVE",
            "regulationAction", "ISSUE", "docNumber", "示市规〔2026〕乙" + title));
    Assertions.assertThat(batch.instance()).isNotNull();
    assertThatThrownBy(() -> new PublicationScenario(engine).draft(
        item(title + "二", "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "NORMATIVE",
            "regulationAction", "ISSUE", "docNumber", "示市规〔2026〕丙" + title),
        item(title + "二", "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "NORMATIVE",
            "regulationAction", "ISSUE")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems[2].docNumber is row 1's document");
  }

  /**
   * Audit pubitem 2: two batches registering the same 制发 at the same moment register it once:
   * the registration takes its kind's stock row (V54) before the same-document check, so the
   * second waits and then sees the first. Before, both passed the check and both were written.
   */
  @Test
  void twoBatchesIssuingTheSameDocumentAtOnceRegisterItOnce() throws Exception {
    List<Throwable> refused = AtOnce.run(java.util.stream.IntStream.range(0, 2)
        .<Runnable>mapToObj(i -> () -> new PublicationScenario(engine).draft(item(
            "示范市并发制发规范性文件", "NORMATIVE_DOCUMENTS", WEB, "regulationKind", "NORMATIVE",
            "regulationAction", "ISSUE", "docNumber", "示市规〔2026〕88号"))).toList());

    Assertions.assertThat(refused).as("one of the two refused").hasSize(1);
    for (Throwable t : refused) {
      if (!io.github.ogiworkflow.process.CommandFailures.isLockGivenUp(t)) {
        Assertions.assertThat(t).isInstanceOf(ProcessEngineException.class)
            .hasMessageContaining("的同一文件（制发行政规范性文件）已在ZDGK-")
            .hasMessageContaining("不能重复登记");
      }
    }
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForObject("SELECT COUNT(*) FROM"
        + " ogi_publication_item WHERE doc_number = '示市规〔2026〕88号'", Integer.class))
        .isEqualTo(1);
  }

  /**
   * Audit pubitem 2: duplicates already in a database (registered before the check, or with
   * their 文号 typed differently then) count once in table 二: by 文号, or by title and 形成日期
   * where one has none; the first publication counts, the drill-down lists it alone, and a 废止
   * of either copy ends the document (现行有效, and the catalogue marks both). Before, each copy
   * counted as a 制发 and the copy not repealed stayed in force.
   */
  @Test
  void tableTwoCountsADocumentRegisteredTwiceOnce() {
    LocalDate lastYear = LocalDate.of(2025, 6, 2);
    setToday(lastYear);
    publishNormative("示范市规范性文件甲", "ISSUE", lastYear);
    long copyOfA = publishNormative("示范市规范性文件甲（公报登记）", "ISSUE", lastYear);
    publishNormative("示范市规范性文件乙", "ISSUE", lastYear);
    long copyOfB = publishNormative("示范市规范性文件乙（网站登记）", "ISSUE", lastYear);
    JdbcTemplate jdbc = ProcessTestEngine.jdbc(engine);
    // As registered before the check: 甲 twice by 文号, 乙 again by title and date without 文号.
    jdbc.update("UPDATE ogi_publication_item SET title = ?, doc_number = ?, doc_number_key = ?"
        + " WHERE item_id = ?", "示范市规范性文件甲", doc("示范市规范性文件甲"),
        doc("示范市规范性文件甲"), copyOfA);
    jdbc.update("UPDATE ogi_publication_item SET title = ?, doc_number = NULL,"
        + " doc_number_key = NULL WHERE item_id = ?", "示范市规范性文件乙", copyOfB);

    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2025))
        .isEqualTo(new PublicationRegister.RegulationCounts(2, 0, 2));
    Assertions.assertThat(register.regulationItems(RegulationKind.NORMATIVE,
            RegulationKind.Action.ISSUE, 2025))
        .extracting(PublicationRegister.CountedItem::itemId)
        .doesNotContain(copyOfA, copyOfB).hasSize(2);

    setToday(TODAY);
    long repeal = publishRepeal("关于废止示范市规范性文件甲的决定", "示范市规范性文件甲");
    Assertions.assertThat(register.byItem(repeal).orElseThrow().repealsId())
        .as("the 废止 names the newest copy").isEqualTo(register.byItem(copyOfA).orElseThrow().id());
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(new PublicationRegister.RegulationCounts(0, 1, 1));
    Assertions.assertThat(register.inForceItems(RegulationKind.NORMATIVE, 2026))
        .extracting(PublicationRegister.CountedItem::title, i -> i.figure().intValue())
        .containsExactly(tuple("示范市规范性文件乙", 1));
    Assertions.assertThat(register.catalogue(PublicationCategory.NORMATIVE_DOCUMENTS, null, 0,
            100).entries()).filteredOn(e -> "示范市规范性文件甲".equals(e.publication().title()))
        .hasSize(2).allSatisfy(e -> Assertions.assertThat(e.effect().status())
            .isEqualTo("REPEALED"));
  }

  /**
   * Audit pubitem 1: a 废止 registered without its document (before V105) is linked to it
   * afterwards by the office: the document must be a published 制发 of the kind, not already
   * repealed, published no later than the 废止; refusals are 400 in Chinese on the field,
   * nothing written. Once linked, the catalogue marks the document 已废止, the 废止 names it,
   * 现行有效 lists the documents in force (the figures unchanged) and the batch's trail has the
   * step with who linked it. Before, there was no way to link it.
   */
  @Test
  void anOldRepealIsLinkedToItsDocumentAfterwards() {
    publishNormative("示范市规范性文件甲", "ISSUE");
    publishNormative("示范市规范性文件乙", "ISSUE");
    long old = publishRepeal("关于废止示范市规范性文件甲的决定", "示范市规范性文件甲");
    JdbcTemplate jdbc = ProcessTestEngine.jdbc(engine);
    jdbc.update("UPDATE ogi_publication_item SET repeals_doc_number = NULL,"
        + " repeals_doc_number_key = NULL, repeals_id = NULL WHERE item_id = ?", old);
    publishRepeal("关于废止示范市规范性文件乙的决定", "示范市规范性文件乙");
    new PublicationScenario(engine).draft(item("示范市规范性文件丙", "NORMATIVE_DOCUMENTS", WEB,
        "regulationKind", "NORMATIVE", "regulationAction", "ISSUE",
        "docNumber", doc("示范市规范性文件丙")));
    var before = register.regulationCounts(RegulationKind.NORMATIVE, 2026);
    RepealLinks links = ProcessTestEngine.bean(engine, "repealLinks", RepealLinks.class);

    for (Object[] refused : List.of(
        new Object[] {old, null, "repeals is required（请填写被废止文件的文号）"},
        new Object[] {old, List.of("x"), "被废止文件的文号应为文本"},
        new Object[] {old, doc("示范市规范性文件丁"), "登记中没有文号为“示市规〔2026〕示范市规范性文件丁”的已发布的行政规范性文件（制发），请核对"},
        new Object[] {old, doc("示范市规范性文件丙"), "的已发布的行政规范性文件（制发）；该文件在ZDGK-"},
        new Object[] {old, doc("示范市规范性文件乙"), "的行政规范性文件已被废止（示市规〔2026〕关于废止示范市规范性文件乙的决定，于"},
        new Object[] {old, doc("关于废止示范市规范性文件甲的决定"), "登记中没有文号为"})) {
      assertThatThrownBy(() -> links.link((Long) refused[0], refused[1], OFFICE_USER))
          .as(String.valueOf(refused[1])).isInstanceOf(InvalidInput.class)
          .hasMessageStartingWith("repeals").hasMessageContaining((String) refused[2]);
    }
    long issueOfB = register.byItem(publishedItem("示范市规范性文件乙")).orElseThrow().itemId();
    assertThatThrownBy(() -> links.link(issueOfB, doc("示范市规范性文件甲"), OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("itemId")
        .hasMessageContaining("不是规章或行政规范性文件的废止");
    // Published after the 废止: not the document it repealed.
    jdbc.update("UPDATE ogi_publication_item SET first_published_on = ? WHERE item_id = ?",
        java.sql.Date.valueOf(TODAY.minusDays(1)), old);
    assertThatThrownBy(() -> links.link(old, doc("示范市规范性文件甲"), OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("repeals")
        .hasMessageContaining("晚于本项废止的发布日期");
    jdbc.update("UPDATE ogi_publication_item SET first_published_on = ? WHERE item_id = ?",
        java.sql.Date.valueOf(TODAY), old);
    Assertions.assertThat(register.byItem(old).orElseThrow().repealsId()).isNull();

    links.link(old, "示市规[2026] 示范市规范性文件甲", OFFICE_USER);

    Publication linked = register.byItem(old).orElseThrow();
    Assertions.assertThat(linked.repealsId()).isEqualTo(
        register.byItem(publishedItem("示范市规范性文件甲")).orElseThrow().id());
    Assertions.assertThat(linked.draft().repeals()).isEqualTo(doc("示范市规范性文件甲"));
    Assertions.assertThat(register.repealLinks(linked.batchRef())).hasEntrySatisfying(linked.id(),
        l -> Assertions.assertThat(l.linkedBy()).isEqualTo(OFFICE_USER));
    assertThatThrownBy(() -> links.link(old, doc("示范市规范性文件甲"), OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("itemId")
        .hasMessageContaining("已关联被废止文件示市规〔2026〕示范市规范性文件甲《示范市规范性文件甲》");
    Assertions.assertThat(register.regulationCounts(RegulationKind.NORMATIVE, 2026))
        .isEqualTo(before);
    Assertions.assertThat(register.inForceItems(RegulationKind.NORMATIVE, 2026)).isEmpty();
    Map<String, Map<String, Object>> listed = catalogue("NORMATIVE_DOCUMENTS");
    Assertions.assertThat(effect(listed, "示范市规范性文件甲")).containsEntry("status", "REPEALED");
    Assertions.assertThat(listed.get("关于废止示范市规范性文件甲的决定"))
        .containsEntry("repeals", doc("示范市规范性文件甲"));
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(linked.batchRef()).orElseThrow()
        .entries()).anySatisfy(e -> {
          Assertions.assertThat(e.activity()).endsWith("「关于废止示范市规范性文件甲的决定」补充关联被废止文件");
          Assertions.assertThat(e.who()).contains(OFFICE_USER);
          Assertions.assertThat(e.detail()).startsWith("废止示市规〔2026〕示范市规范性文件甲《示范市规范性文件甲》，"
              + chinese(TODAY) + "形成，" + chinese(TODAY) + "发布（ZDGK-");
        });
  }

  /** The item id of the published row titled {@code title}. */
  private long publishedItem(String title) {
    return ProcessTestEngine.jdbc(engine).queryForObject("SELECT item_id FROM"
        + " ogi_publication_item WHERE title = ? AND status = 'PUBLISHED'", Long.class, title);
  }

  /**
   * Audit pubitem 3: leadership's row of a 废止 shows which document it repeals (文号, title,
   * 形成日期, publication and its place in the register). Before, the row said 废止 only.
   */
  @Test
  void leadershipsRowOfARepealShowsTheDocumentItRepeals() {
    publishNormative("示范市规范性文件甲", "ISSUE");
    PublicationScenario repeal = new PublicationScenario(engine).draft(repealOf(
        "关于废止示范市规范性文件甲的决定", doc("示范市规范性文件甲")));
    repeal.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(repeal.instance).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(repeal.list(PUBLICATION_APPROVALS)).singleElement().satisfies(row -> {
      Assertions.assertThat(row.get("regulationActionLabel")).isEqualTo("废止");
      Assertions.assertThat((String) row.get("repealsAccount")).startsWith(
          "示市规〔2026〕示范市规范性文件甲《示范市规范性文件甲》，" + chinese(TODAY) + "形成，"
              + chinese(TODAY) + "发布（ZDGK-").endsWith("第1项）");
    });
  }

  private static Object[] with(Object[] keyValues, Object... more) {
    Object[] all = java.util.Arrays.copyOf(keyValues, keyValues.length + more.length);
    System.arraycopy(more, 0, all, keyValues.length, more.length);
    return all;
  }

  /**
   * Audit 33a F8: an Art. 44 item whose publication came to nothing (proposed 依申请公开 by
   * mistake, so 不予发布) may be proposed again; while that proposal stands the item is refused
   * with where it stands (待发布, then 已发布于…), never with a false 已转为主动公开. The same
   * item twice in one batch is refused naming the rows.
   */
  @Test
  void anArt44ItemThatCameToNothingMayBeProposedAgain() {
    String request = "YSQ-2026-990032";
    long itemId = reviewedRequestItem(request, "2025年特种设备抽查结果", ReviewConclusion.RELEASABLE);
    Map<String, Object> mistaken = new java.util.HashMap<>(fromRequest(itemId));
    mistaken.put("attribute", "ON_REQUEST");
    scenario.start(ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(mistaken))).art44ReviewIfOpen();
    assertThat(scenario.instance).isEnded().hasPassed("EndEvent_NothingPublished");
    String refusedBatch = scenario.batch();

    PublicationScenario again = new PublicationScenario(engine).start(
        ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(fromRequest(itemId))))
        .art44ReviewIfOpen();
    assertThat(again.instance).isWaitingAt(TASK_RECORD_PUBLICATION);
    Assertions.assertThat(register.byItem(itemId).orElseThrow().batchRef())
        .isEqualTo(again.batch()).isNotEqualTo(refusedBatch);

    assertThatThrownBy(() -> new PublicationScenario(engine).start(
        ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(fromRequest(itemId)))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("第1项：本信息项已在" + again.batch()
            + "第1项“2025年特种设备抽查结果”中待发布，不能重复登记")
        .hasMessageNotContaining("已转为主动公开");
    again.recordPublication(TODAY.toString());
    assertThatThrownBy(() -> new PublicationScenario(engine).start(
        ProcessKeys.PROACTIVE_DISCLOSURE,
        PublicationFromRequest.startVariables(request, List.of(fromRequest(itemId)))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("第1项：本信息项已于" + chinese(TODAY) + "发布（" + again.batch()
            + "第1项“2025年特种设备抽查结果”），不能重复发布");

    long other = reviewedRequestItem("YSQ-2026-990033", "2025年计量抽查结果",
        ReviewConclusion.RELEASABLE);
    assertThatThrownBy(() -> new PublicationScenario(engine).start(
        ProcessKeys.PROACTIVE_DISCLOSURE, PublicationFromRequest.startVariables(
            "YSQ-2026-990033", List.of(fromRequest(other), fromRequest(other)))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("第2项：与第1项是同一信息项，只能登记一次");
    Assertions.assertThat(register.byItem(other)).isEmpty();
  }

  private void clockAt(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(
        LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(OfficeTime.ZONE).toInstant()));
  }

  private static Map<String, Object> line(long itemId, String channel, String publishedOn,
      String location) {
    Map<String, Object> line = new java.util.HashMap<>();
    line.put("itemId", itemId);
    line.put("channel", channel);
    line.put("publishedOn", publishedOn);
    line.put("location", location);
    return line;
  }

  @SafeVarargs
  private void recordLines(Map<String, Object>... lines) {
    scenario.complete(TASK_RECORD_PUBLICATION, OFFICE_USER, PUBLICATIONS,
        org.camunda.spin.Spin.JSON(List.of(lines)));
  }

  /** The details of a compliance rule's violations over the year 2026, for this class's batches. */
  private List<String> violations(String ruleId) {
    ComplianceQueries queries = new ComplianceQueries(ProcessTestEngine.jdbc(engine),
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
        DeadlineProperties.defaults(), audit, engine,
        ProcessTestEngine.bean(engine, "releaseChecks", ReleaseChecks.class),
        ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class));
    return queries.check(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).rules().stream()
        .filter(r -> r.id().equals(ruleId)).flatMap(r -> r.violations().stream())
        .map(ComplianceQueries.Violation::detail).toList();
  }

  /** Drafts, reviews, approves and publishes one normative document; returns its item id. */
  private long publishNormative(String title, String action) {
    return publishNormative(title, action, TODAY);
  }

  /** The 文号 the helpers give a 行政规范性文件 titled {@code title}. */
  static String doc(String title) {
    return "示市规〔2026〕" + title;
  }

  /** A 废止 of the 行政规范性文件 {@code repealedTitle}, published today; its item id. */
  private long publishRepeal(String title, String repealedTitle) {
    return publishNormative(title, "REPEAL", TODAY, "repeals", doc(repealedTitle));
  }

  private long publishNormative(String title, String action, LocalDate publishedOn,
      Object... more) {
    PublicationScenario own = new PublicationScenario(engine);
    Map<String, Object> drafted = item(title, "NORMATIVE_DOCUMENTS", WEB, "regulationKind",
        "NORMATIVE", "regulationAction", action, "docNumber", doc(title));
    drafted.putAll(vars(more));
    own.draft(drafted);
    own.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .decideAll("APPROVE", null)
        .recordPublication(publishedOn.toString());
    assertThat(own.instance).isEnded();
    return register.ofBatch(own.batch()).get(0).itemId();
  }

  /** One publication row of Art. 44 for a request's item. */
  private static Map<String, Object> fromRequest(long itemId) {
    return Map.of("itemId", itemId, "category", "STATISTICS", "channels", List.of("WEBSITE"),
        "publishingUnit", PublicationScenario.UNIT, "attribute", "PROACTIVE");
  }

  /** A releasable item of a request (touching a third party or not), reviewed for it. */
  private long requestItem(String request, String title, boolean thirdParty) {
    items.add(request, List.of(new NewItem(title, ItemFinding.HELD, null, null, thirdParty,
        false)));
    long itemId = items.heldItemIds(request).get(0);
    items.recordReview(itemId, new Review(LEGAL_USER, ReviewConclusion.RELEASABLE, null, null,
        null, null, false, null));
    return itemId;
  }

  /** The request in the case register, its reply delivered today or still in progress. */
  private void registerCase(String request, boolean delivered) {
    if (cases.find(request).isEmpty()) {
      cases.insert(new NewCase(request, null, "IN_PERSON", "NATURAL_PERSON", "张三", null, null,
          null, null, null, "2025年本局统计资料", "ELECTRONIC", "EMAIL", TODAY.minusDays(30),
          TODAY.plusDays(10)));
    }
    if (delivered) {
      cases.setOutcome(request, "1");
      cases.recordDelivery(request, OFFICE_USER, TODAY);
    }
  }

  /** An item of a request, reviewed in that request's handling; the reply is delivered. */
  private long reviewedRequestItem(String request, String title, ReviewConclusion conclusion) {
    registerCase(request, true);
    items.add(request, List.of(new NewItem(title, ItemFinding.HELD, null, null, false, false)));
    long itemId = items.heldItemIds(request).get(0);
    boolean withhold = conclusion == ReviewConclusion.WITHHOLD;
    items.recordReview(itemId, new Review(LEGAL_USER, conclusion,
        withhold ? io.github.ogiworkflow.vocabulary.WithholdingGround.PROCESS_INFO : null,
        withhold ? "第十六条" : null, null, null, false, null));
    return itemId;
  }

  /**
   * ADR 0153: who recorded a line's publication (登记发布情况) is named in the batch's trail as
   * he was named when he recorded it; the old code looked the name up when read and showed the
   * name he was given later.
   */
  @Test
  void aPublicationKeepsTheNameItsRecorderHadAtTheAct() {
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    String recorder = ProcessTestEngine.namedStaff(engine, "adr0153publisher", "孙敏", "office");
    try {
      scenario.draft(item("2026年二季度工作动态", "WORK_NEWS", WEB));
      scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
      Map<String, Object> line = new java.util.HashMap<>(scenario.list(PUBLICATIONS).get(0));
      line.put("publishedOn", OfficeTime.today().toString());
      line.put("location", "https://www.example.gov.cn/zwgk/2");
      scenario.complete(TASK_RECORD_PUBLICATION, recorder, PUBLICATIONS,
          org.camunda.spin.Spin.JSON(List.of(line)));
      org.camunda.bpm.engine.identity.User renamed = identity.createUserQuery()
          .userId(recorder).singleResult();
      renamed.setFirstName("孙晓敏");
      identity.saveUser(renamed);

      Assertions.assertThat(ProcessTestEngine.timeline(engine).of(scenario.batch())
              .orElseThrow().entries())
          .filteredOn(e -> e.kind().equals("PUBLICATION"))
          .extracting(io.github.ogiworkflow.audit.CaseTimeline.Entry::who)
          .containsExactly("孙敏（adr0153publisher）");
    } finally {
      identity.deleteUser(recorder);
    }
  }
}
