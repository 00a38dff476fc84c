package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.END_EVENT_WITHDRAWN;
import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.SERVICE_CLOSE_WITHDRAWN;
import static io.github.ogiworkflow.process.ElementIds.START_EVENT_APPLICATION_WITHDRAWN;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PAYMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.companyRegistration;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.audit.ComplianceQueries;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.intake.Withdrawals;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.letter.Letters.Letter;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationAudit;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.report.AnnualReport;
import io.github.ogiworkflow.report.AnnualReports;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The applicant withdraws a request (撤回申请, ADR 0085): recorded by the office through
 * {@link Withdrawals}, the case ends as 6.3 wherever it stands — at the completeness check,
 * during secrecy reviews, while a consultation pauses the clock, with an unpaid fee notice — and
 * nothing of it keeps running (tasks, timers, called reviews, the pause). A delivered or closed
 * case, a second withdrawal, a date in the future, before the receipt or in a published year are
 * refused with nothing written; the message alone, without the register's record, withdraws
 * nothing. Received Tue 10 Feb 2026.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class WithdrawalScenarioTest {

  // DisclosureRequestScenarioTest covers the models; these tests are about the withdrawal.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);

  ProcessEngine engine;
  RequestScenario scenario;
  JdbcTemplate jdbc;
  CaseRegister register;
  PauseLedger pauses;
  Letters letters;
  Withdrawals withdrawals;
  /** Years this test published; removed after it, as on PostgreSQL the database is shared. */
  final List<Integer> published = new ArrayList<>();

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    pauses = ProcessTestEngine.bean(engine, "pauseLedger", PauseLedger.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    withdrawals = ProcessTestEngine.bean(engine, "withdrawals", Withdrawals.class);
  }

  @AfterEach
  void tearDown() {
    published.forEach(year -> jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = ?",
        year));
    RequestScenario.end();
  }

  @Test
  void aWithdrawalAtTheCompletenessCheckEndsTheCaseAsSixThreeWithAConfirmingNotice() {
    scenario.start(registration(RECEIVED));
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 2, 12));

    withdrawals.record(engine, tn, "2026-02-11", "WRITTEN", "已通过其他途径获得所需信息", OFFICE_USER);

    assertThat(scenario.instance).isEnded().hasPassed(START_EVENT_APPLICATION_WITHDRAWN,
        SERVICE_CLOSE_WITHDRAWN, END_EVENT_WITHDRAWN);
    Assertions.assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(tn).count()).isZero();
    Map<String, Object> row = caseRow(tn);
    Assertions.assertThat(row).containsEntry("STATUS", "CLOSED")
        .containsEntry("OUTCOME_CODE", "6.3").containsEntry("FIRST_OUTCOME_CODE", "6.3")
        .containsEntry("CLOSED_ON", Date.valueOf("2026-02-11"))
        .containsEntry("FIRST_CLOSED_ON", Date.valueOf("2026-02-11"))
        .containsEntry("WITHDRAWN_ON", Date.valueOf("2026-02-11"))
        .containsEntry("WITHDRAWAL_FORM", "WRITTEN")
        .containsEntry("WITHDRAWAL_REASON", "已通过其他途径获得所需信息")
        .containsEntry("WITHDRAWAL_RECORDED_BY", OFFICE_USER)
        // No appeal period runs from the confirmation: no service to record (ADR 0085).
        .containsEntry("TERMINATION_SERVICE_DUE", false);
    Assertions.assertThat(openJobs(tn)).isZero();
    Letter notice = lastLetter(tn);
    Assertions.assertThat(notice.kind()).isEqualTo(LetterKind.TERMINATION_NOTICE);
    Assertions.assertThat(notice.documentNumber()).contains("终〔2026〕");
    Assertions.assertThat(notice.body()).contains("终止办理告知书",
        "本机关于2026年2月10日收到您提出的政府信息公开申请",
        "您于2026年2月11日以书面形式申请撤回该政府信息公开申请。本机关决定终止办理该政府信息公开申请。",
        "您如仍需获取上述政府信息，可以依法重新提出政府信息公开申请。")
        .doesNotContain("行政复议", "行政诉讼", "不再处理", "${");
    Assertions.assertThat(history(tn, REQUEST_WITHDRAWN_ON)).isEqualTo("2026-02-11");
    Assertions.assertThat(history(tn, REQUEST_WITHDRAWAL_FORM)).isEqualTo("WRITTEN");
    Assertions.assertThat(history(tn, OUTCOME_CODE)).isEqualTo("6.3");
  }

  /**
   * Audit round 29 (ADR 0110): an address, e-mail or phone number the applicant gives in the
   * withdrawal's reason is masked for those who read the engine's history and the audit trail, as
   * the contact fields are (the place names stay, 北京市海淀区***); the register keeps the text
   * whole for the office. Before, the address and the e-mail were shown as typed.
   */
  @Test
  void anAddressInTheWithdrawalsReasonIsMaskedAsTheContactAddressIs() {
    scenario.start(registration(RECEIVED));
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 2, 12));
    String reason = "已搬家不再需要，今后请寄至北京市海淀区中关村大街27号3单元501室，"
        + "或发邮件至zhang.san@example.cn，电话13912345678";
    withdrawals.record(engine, tn, "2026-02-11", "WRITTEN", reason, OFFICE_USER);

    Assertions.assertThat(caseRow(tn)).containsEntry("WITHDRAWAL_REASON", reason);
    String masked = "已搬家不再需要，今后请寄至北京市海淀区***，或发邮件至z***@example.cn，电话"
        + io.github.ogiworkflow.logging.PersonalDataMasker.PHONE_MASK;
    Assertions.assertThat(history(tn, REQUEST_WITHDRAWAL_REASON)).isEqualTo(masked);
    Assertions.assertThat(io.github.ogiworkflow.support.ProcessTestEngine.timeline(engine).of(tn)
        .orElseThrow().entries()).filteredOn(e -> e.kind().equals("WITHDRAWAL")).singleElement()
        .satisfies(e -> Assertions.assertThat(e.detail()).contains("撤回理由：" + masked)
            .doesNotContain("中关村大街", "501室", "zhang.san", "13912345678"));
  }

  @Test
  void aWithdrawalDuringTheSecrecyReviewsEndsTheCalledReviews() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD"),
        item("2025年行政许可案件统计表", "HELD")));
    String tn = scenario.trackingNumber();
    Assertions.assertThat(scenario.tasks(TASK_REVIEW_ITEM)).hasSize(2);
    Assertions.assertThat(reviews(tn)).isEqualTo(2);

    withdrawals.record(engine, tn, RECEIVED.toString(), "ORAL", null, OFFICE_USER);

    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_WITHDRAWN);
    Assertions.assertThat(reviews(tn)).isZero();
    Assertions.assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(tn).count()).isZero();
    Assertions.assertThat(openJobs(tn)).isZero();
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_item_review r JOIN"
        + " ogi_info_item i ON i.id = r.item_id WHERE i.case_ref = ?", Long.class, tn)).isZero();
    Assertions.assertThat(caseRow(tn)).containsEntry("OUTCOME_CODE", "6.3")
        .containsEntry("WITHDRAWAL_REASON", null);
    Assertions.assertThat(lastLetter(tn).body())
        .contains("您于2026年2月10日以口头形式申请（本机关已当场记录）撤回该政府信息公开申请。");
  }

  @Test
  void aWithdrawalWhileAConsultationPausesTheClockEndsThePauseAndTheSilenceTimer() {
    today(LocalDate.of(2026, 2, 12));
    scenario.startWithItems(registration(RECEIVED), items(item("某企业年度检查材料", "HELD",
        "thirdParty", true, "thirdPartyName", "示范市某食品有限公司")));
    String tn = scenario.trackingNumber();
    scenario.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
        CONSULTATION_SERVED_ON, "2026-02-12");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_CONSULTATION_ANSWER);
    Assertions.assertThat(pauses.isPaused(tn)).isTrue();
    Assertions.assertThat(openJobs(tn)).isPositive();
    today(LocalDate.of(2026, 2, 25));

    withdrawals.record(engine, tn, "2026-02-24", "WRITTEN", null, OFFICE_USER);

    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_WITHDRAWN);
    Assertions.assertThat(pauses.isPaused(tn)).isFalse();
    Assertions.assertThat(openJobs(tn)).isZero();
    Assertions.assertThat(lastLetter(tn).body())
        .contains("您于2026年2月24日以书面形式申请撤回该政府信息公开申请。");
  }

  /** An unpaid fee is not collected: the notice stays unpaid and section 六 counts nothing. */
  @Test
  void aWithdrawalWithAnUnpaidFeeNoticeCollectsNothing() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 150)
        .complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
            "2026-02-10");
    String tn = scenario.trackingNumber();
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PAYMENT);
    Assertions.assertThat(pauses.isPaused(tn)).isTrue();
    AnnualReports reports = ProcessTestEngine.bean(engine, "annualReports", AnnualReports.class);
    AnnualReport before = reports.compute(2026);
    today(LocalDate.of(2026, 2, 26));

    withdrawals.record(engine, tn, "2026-02-26", "WRITTEN", "不愿缴纳信息处理费", OFFICE_USER);

    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_WITHDRAWN)
        .hasNotPassed(TASK_DELIVER_REPLY);
    Assertions.assertThat(openJobs(tn)).isZero();
    Assertions.assertThat(pauses.isPaused(tn)).isFalse();
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_fee_notice"
        + " WHERE tracking_number = ? AND paid_on IS NULL", Long.class, tn)).isEqualTo(1);
    AnnualReport after = reports.compute(2026);
    Assertions.assertThat(after.feesCollected()).isEqualByComparingTo(before.feesCollected());
    Assertions.assertThat(after.feeCases()).isEqualTo(before.feeCases());
    Assertions.assertThat(after.table("t3").count("o6.3", "NATURAL_PERSON")
        - before.table("t3").count("o6.3", "NATURAL_PERSON")).isEqualTo(1);
    Assertions.assertThat(after.failedInvariants()).isEmpty();
  }

  /**
   * ADR 0136: the reply was signed and numbered with the fee notice (先签发、后编号) and never
   * served, the applicant withdrew: the closing records it void (作废) with its 文号 and why, and
   * the audit trail lists it, so the gap in the 答 series is explained by a record. The old code
   * recorded nothing (the trail had no such entry).
   */
  @Test
  void aReplySignedAndNeverServedIsRecordedVoidInTheTrailWhenTheApplicantWithdraws() {
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 150)
        .complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
            "2026-02-10");
    String tn = scenario.trackingNumber();
    ReplyLetterRegister replies = ProcessTestEngine.bean(engine, "replyLetterRegister",
        ReplyLetterRegister.class);
    String number = replies.latest(tn).orElseThrow().documentNumber();
    Assertions.assertThat(number).matches(".*答〔2026〕\\d+号");
    today(LocalDate.of(2026, 2, 26));

    withdrawals.record(engine, tn, "2026-02-26", "WRITTEN", "不愿缴纳信息处理费", OFFICE_USER);

    assertThat(scenario.instance).isEnded().hasPassed(END_EVENT_WITHDRAWN);
    Assertions.assertThat(replies.issuedOf(tn)).singleElement().satisfies(reply -> {
      Assertions.assertThat(reply.documentNumber()).isEqualTo(number);
      Assertions.assertThat(reply.voidedOn()).isEqualTo(LocalDate.of(2026, 2, 26));
      Assertions.assertThat(reply.voidReason()).isEqualTo("已签发未送达，申请人撤回申请");
    });
    List<io.github.ogiworkflow.audit.CaseTimeline.Entry> voids = ProcessTestEngine
        .timeline(engine).of(tn).orElseThrow().entries().stream()
        .filter(entry -> entry.kind().equals("VOID")).toList();
    Assertions.assertThat(voids).singleElement().satisfies(entry -> {
      Assertions.assertThat(entry.kindLabel()).isEqualTo("文书作废");
      Assertions.assertThat(entry.activity()).isEqualTo("答复书" + number + "作废");
      Assertions.assertThat(entry.outcome()).isEqualTo("作废");
      Assertions.assertThat(entry.detail()).contains("文号 " + number,
          "已签发未送达，申请人撤回申请");
    });
  }

  /** Table 三 by hand: three requests received in February 2026, two withdrawn, one running. */
  @Test
  void theAnnualReportCountsAWithdrawnRequestAsReceivedAndInRowSixThree() {
    AnnualReports reports = ProcessTestEngine.bean(engine, "annualReports", AnnualReports.class);
    AnnualReport before = reports.compute(2026);
    String person = new RequestScenario(engine).start(registration(RECEIVED)).trackingNumber();
    String company = new RequestScenario(engine).start(companyRegistration(RECEIVED))
        .trackingNumber();
    String running = new RequestScenario(engine).start(companyRegistration(RECEIVED))
        .trackingNumber();
    today(LocalDate.of(2026, 2, 13));
    withdrawals.record(engine, person, "2026-02-11", "WRITTEN", null, OFFICE_USER);
    withdrawals.record(engine, company, "2026-02-13", "ORAL", null, OFFICE_USER);

    AnnualReport after = reports.compute(2026);
    Assertions.assertThat(after.failedInvariants()).isEmpty();
    // 一、本年新收: the person 1, the companies 2 (商业企业), 3 in all.
    Assertions.assertThat(delta(before, after, "new", "NATURAL_PERSON")).isEqualTo(1);
    Assertions.assertThat(delta(before, after, "new", "COMMERCIAL")).isEqualTo(2);
    Assertions.assertThat(delta(before, after, "new", "TOTAL")).isEqualTo(3);
    // 三（六）3.其他: both withdrawals, one per column; （七）总计 the same two.
    Assertions.assertThat(delta(before, after, "o6.3", "NATURAL_PERSON")).isEqualTo(1);
    Assertions.assertThat(delta(before, after, "o6.3", "COMMERCIAL")).isEqualTo(1);
    Assertions.assertThat(delta(before, after, "o6.3", "TOTAL")).isEqualTo(2);
    Assertions.assertThat(delta(before, after, "closed", "TOTAL")).isEqualTo(2);
    // 四、结转下年度: the company's request still running.
    Assertions.assertThat(delta(before, after, "forward", "COMMERCIAL")).isEqualTo(1);
    Assertions.assertThat(delta(before, after, "forward", "TOTAL")).isEqualTo(1);
    Assertions.assertThat(after.drillDown("t3.o6.3.TOTAL").orElseThrow())
        .contains(person, company).doesNotContain(running);
  }

  @Test
  void aDeliveredReplyCannotBeWithdrawn() {
    scenario.startWithItems(registration(RECEIVED),
            items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")))
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, RECEIVED.toString());
    String tn = scenario.trackingNumber();
    assertThat(scenario.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    int lettersBefore = letters.of(tn).size();

    assertThatThrownBy(() -> withdrawals.record(engine, tn, RECEIVED.toString(), "WRITTEN", null,
        OFFICE_USER)).isInstanceOf(Withdrawals.Refused.class)
        .hasMessageContaining("答复书已送达，该申请已办结，不能撤回");
    assertThat(scenario.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
    Assertions.assertThat(register.withdrawal(tn)).isEmpty();
    Assertions.assertThat(caseRow(tn)).containsEntry("STATUS", "DELIVERED")
        .containsEntry("OUTCOME_CODE", "1");
    Assertions.assertThat(letters.of(tn)).hasSize(lettersBefore);
  }

  @Test
  void aClosedCaseCannotBeWithdrawn() {
    String tn = scenario.abandonedOnTue10Mar();
    assertThatThrownBy(() -> withdrawals.record(engine, tn, "2026-03-10", "WRITTEN", null,
        OFFICE_USER)).isInstanceOf(Withdrawals.Refused.class)
        .hasMessageContaining("该申请已终止办理", "不能撤回");
    Assertions.assertThat(register.withdrawal(tn)).isEmpty();
    Assertions.assertThat(caseRow(tn)).containsEntry("OUTCOME_CODE", "6.1");
  }

  @Test
  void badDatesAndFormsAreRefusedOnTheirFieldsAndASecondWithdrawalToo() {
    scenario.start(registration(RECEIVED));
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 2, 12));

    assertThatThrownBy(() -> withdrawals.record(engine, tn, "2026-02-13", "WRITTEN", null, OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn")
        .hasMessageContaining("撤回申请日期不能晚于今天");
    assertThatThrownBy(() -> withdrawals.record(engine, tn, "2026-02-09", "WRITTEN", null, OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn")
        .hasMessageContaining("撤回申请日期不能早于收到申请日期2026年2月10日");
    assertThatThrownBy(() -> withdrawals.record(engine, tn, "2026-02-31", "BY_PHONE", "x".repeat(1001),
        OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("撤回申请日期格式应为", "请选择撤回方式：书面、口头提出，办公室记录、网上",
            "撤回理由不能超过1000个字");
    assertThat(scenario.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(register.withdrawal(tn)).isEmpty();
    Assertions.assertThat(letters.of(tn)).isEmpty();

    withdrawals.record(engine, tn, "2026-02-12", "WRITTEN", null, OFFICE_USER);
    assertThatThrownBy(() -> withdrawals.record(engine, tn, "2026-02-12", "ORAL", null, OFFICE_USER))
        .isInstanceOf(Withdrawals.Refused.class)
        .hasMessageContaining("该申请已于2026年2月12日撤回，不能再次登记撤回");
    Assertions.assertThat(register.withdrawal(tn).orElseThrow().form()).isEqualTo("WRITTEN");
    Assertions.assertThat(letters.of(tn)).hasSize(1);
  }

  /**
   * A request reopened (or corrected) restarts its round on a later day: a withdrawal dated
   * before that day would precede what followed (audit round 27, F6). Here the clock restarted
   * on Mon 2 Mar (as a reopening's decision restarts it, {@code CaseRegister.restartClock}).
   */
  @Test
  void aWithdrawalCannotPrecedeTheRoundItEnds() {
    scenario.start(registration(RECEIVED));
    String tn = scenario.trackingNumber();
    register.restartClock(tn, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30));
    today(LocalDate.of(2026, 3, 4));

    assertThatThrownBy(() -> withdrawals.record(engine, tn, "2026-02-27", "WRITTEN", null,
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn")
        .hasMessageContaining("撤回申请日期不能早于本次办理的起算日期2026年3月2日");
    Assertions.assertThat(register.withdrawal(tn)).isEmpty();
    withdrawals.record(engine, tn, "2026-03-02", "WRITTEN", null, OFFICE_USER);
    Assertions.assertThat(register.withdrawal(tn)).isPresent();
  }

  /**
   * A request received on 29 December 2025 and still open when the 2025 report was published in
   * January: counted there as 结转下年度, its withdrawal dated 30 December would close it in 2025
   * (ADR 0080). Dated in January it is recorded.
   */
  @Test
  void aWithdrawalDatedInAPublishedYearIsRefused() {
    today(LocalDate.of(2025, 12, 29));
    scenario.start(registration(LocalDate.of(2025, 12, 29)));
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 1, 12));
    publish(2025);

    assertThatThrownBy(() -> withdrawals.record(engine, tn, "2025-12-30", "WRITTEN", null, OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn:")
        .hasMessageContaining("2025年12月30日", "已发布的2025年度");
    assertThat(scenario.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(register.withdrawal(tn)).isEmpty();

    withdrawals.record(engine, tn, "2026-01-05", "WRITTEN", null, OFFICE_USER);
    assertThat(scenario.instance).isEnded();
  }

  /**
   * Audit round 27, F1 and F6 (ADR 0097), by hand: two requests received Mon 2 March 2026, due
   * Mon 30 March (20 working days, no holiday between). One is withdrawn orally on Fri 20 March,
   * entered that day: in time, not listed. For the other, on Thu 2 April the office enters a
   * withdrawal dated Fri 27 March: oral, it is refused (entered within 3 working days: Mon 30,
   * Tue 31 March, Wed 1 April); through the online platform, which offers none, refused; in
   * writing, recorded, and listed under 撤回前已逾期未答复: the deadline had passed when the
   * office learned of it, although the withdrawal is dated before it.
   */
  @Test
  void aWithdrawalEnteredAfterTheDeadlineIsListedAsOverdueBeforeWithdrawal() {
    today(LocalDate.of(2026, 3, 2));
    String late = new RequestScenario(engine).start(registration(LocalDate.of(2026, 3, 2)))
        .trackingNumber();
    String inTime = new RequestScenario(engine).start(registration(LocalDate.of(2026, 3, 2)))
        .trackingNumber();
    Assertions.assertThat(register.get(late).dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    today(LocalDate.of(2026, 3, 20));
    withdrawals.record(engine, inTime, "2026-03-20", "ORAL", null, OFFICE_USER);
    today(LocalDate.of(2026, 4, 2));

    assertThatThrownBy(() -> withdrawals.record(engine, late, "2026-03-27", "ORAL", null,
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn:")
        .hasMessageContaining("口头撤回须在提出后3个工作日内登记；2026年3月27日提出的口头撤回已超过该期限");
    assertThatThrownBy(() -> withdrawals.record(engine, late, "2026-03-27", "ONLINE", null,
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawalForm:")
        .hasMessageContaining("网上撤回由申请人本人");
    Assertions.assertThat(register.withdrawal(late)).isEmpty();
    Assertions.assertThat(letters.of(late)).isEmpty();
    // Oral and dated Tue 31 March: three working days later is Fri 3 April, not yet past.
    String recent = new RequestScenario(engine).start(registration(LocalDate.of(2026, 3, 2)))
        .trackingNumber();
    withdrawals.record(engine, recent, "2026-03-31", "ORAL", null, OFFICE_USER);
    withdrawals.record(engine, late, "2026-03-27", "WRITTEN", null, OFFICE_USER);

    ComplianceQueries.Report report = new ComplianceQueries(jdbc,
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
        DeadlineProperties.defaults(),
        ProcessTestEngine.bean(engine, "publicationAudit", PublicationAudit.class), engine,
        ProcessTestEngine.bean(engine, "releaseChecks", ReleaseChecks.class),
        ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class))
        .check(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
    List<String> ours = List.of(late, inTime, recent);
    Assertions.assertThat(report.rules().stream().filter(r -> r.id().equals(
        "overdueBeforeWithdrawal")).flatMap(r -> r.violations().stream())
        .filter(v -> ours.contains(v.trackingNumber())).map(v -> v.trackingNumber() + " "
            + v.detail())).containsExactlyInAnyOrder(
        late + " 答复期限2026年3月30日已过，尚未答复；申请人撤回申请（2026年3月27日），2026年4月2日登记",
        recent + " 答复期限2026年3月30日已过，尚未答复；申请人撤回申请（2026年3月31日），2026年4月2日登记");
    Assertions.assertThat(report.rules().stream().filter(r -> !r.id().equals(
        "overdueBeforeWithdrawal")).flatMap(r -> r.violations().stream())
        .filter(v -> ours.contains(v.trackingNumber()))).isEmpty();
    Assertions.assertThat(jdbc.queryForMap("SELECT withdrawal_due_on, withdrawal_late FROM ogi_case"
        + " WHERE tracking_number = ?", late)).containsEntry("WITHDRAWAL_DUE_ON",
            Date.valueOf("2026-03-30")).containsEntry("WITHDRAWAL_LATE", true);
    Assertions.assertThat(jdbc.queryForMap("SELECT withdrawal_due_on, withdrawal_late FROM ogi_case"
        + " WHERE tracking_number = ?", inTime)).containsEntry("WITHDRAWAL_DUE_ON",
            Date.valueOf("2026-03-30")).containsEntry("WITHDRAWAL_LATE", false);
  }

  /**
   * The message alone, as an administrator could send it through /engine-rest/message, finds no
   * withdrawal in the register: the step refuses it and the whole correlation is undone.
   */
  @Test
  void theMessageWithoutTheRegistersRecordWithdrawsNothing() {
    scenario.start(registration(RECEIVED));
    String tn = scenario.trackingNumber();

    assertThatThrownBy(() -> engine.getRuntimeService()
        .createMessageCorrelation(ElementIds.MESSAGE_APPLICATION_WITHDRAWN).processInstanceBusinessKey(tn)
        .correlate()).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("登记簿中没有该申请的撤回记录");
    assertThat(scenario.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(caseRow(tn)).containsEntry("STATUS", "REGISTERED")
        .containsEntry("OUTCOME_CODE", null);
    Assertions.assertThat(letters.of(tn)).isEmpty();
    Assertions.assertThat(openJobs(tn)).isPositive();
  }

  private static long delta(AnnualReport before, AnnualReport after, String row,
      String column) {
    return after.table("t3").count(row, column) - before.table("t3").count(row, column);
  }

  private Map<String, Object> caseRow(String tn) {
    return jdbc.queryForMap("SELECT status, outcome_code, first_outcome_code, closed_on,"
        + " first_closed_on, withdrawn_on, withdrawal_form, withdrawal_reason,"
        + " withdrawal_recorded_by, termination_service_due FROM ogi_case"
        + " WHERE tracking_number = ?", tn);
  }

  private long openJobs(String tn) {
    return engine.getManagementService().createJobQuery().processInstanceId(
        scenario.instance.getId()).count() + engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceBusinessKey(tn)
        .processDefinitionKey(ProcessKeys.SECRECY_REVIEW).list().stream()
        .mapToLong(p -> engine.getManagementService().createJobQuery()
            .processInstanceId(p.getId()).count()).sum();
  }

  private long reviews(String tn) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(tn).processDefinitionKey(ProcessKeys.SECRECY_REVIEW).count();
  }

  private Letter lastLetter(String tn) {
    List<Letter> all = letters.of(tn);
    return all.get(all.size() - 1);
  }

  private Object history(String tn, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(scenario.instance.getId()).variableName(name).singleResult()
        .getValue();
  }

  /** A published row as the report process leaves it (ADR 0035). */
  private void publish(int year) {
    published.add(year);
    jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = ?", year);
    jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
        + " tables_json, published_on, updated_at) VALUES (?, 'PUBLISHED', CURRENT_TIMESTAMP,"
        + " TRUE, '{}', ?, CURRENT_TIMESTAMP)", year, Date.valueOf(LocalDate.of(year + 1, 1, 10)));
  }

  /**
   * ADR 0153 (ADR 0137's open point): who recorded a withdrawal is named in the trail as he was
   * named when he recorded it. The old code looked the name up when read: a recorder renamed
   * later showed his new name on the withdrawal made under the old one.
   */
  @Test
  void theWithdrawalKeepsTheNameItsRecorderHadAtTheAct() {
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    String recorder = ProcessTestEngine.namedStaff(engine, "adr0153recorder", "孙敏", "office");
    try {
      scenario.start(registration(RECEIVED));
      String tn = scenario.trackingNumber();
      today(LocalDate.of(2026, 2, 12));
      withdrawals.record(engine, tn, "2026-02-11", "WRITTEN", null, recorder);
      org.camunda.bpm.engine.identity.User renamed = identity.createUserQuery()
          .userId(recorder).singleResult();
      renamed.setFirstName("孙晓敏");
      identity.saveUser(renamed);

      Assertions.assertThat(ProcessTestEngine.timeline(engine).of(tn).orElseThrow().entries())
          .filteredOn(e -> e.kind().equals("WITHDRAWAL"))
          .extracting(io.github.ogiworkflow.audit.CaseTimeline.Entry::who)
          .containsExactly("孙敏（adr0153recorder）");

      identity.deleteUser(recorder);
      Assertions.assertThat(ProcessTestEngine.timeline(engine).of(tn).orElseThrow().entries())
          .filteredOn(e -> e.kind().equals("WITHDRAWAL"))
          .extracting(io.github.ogiworkflow.audit.CaseTimeline.Entry::who)
          .containsExactly("孙敏（adr0153recorder，账号已删除）");
    } finally {
      if (identity.createUserQuery().userId(recorder).count() > 0) {
        identity.deleteUser(recorder);
      }
    }
  }
}
