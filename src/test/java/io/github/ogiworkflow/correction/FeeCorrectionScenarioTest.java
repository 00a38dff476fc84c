package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PAYMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TIMER_PAYMENT_DEADLINE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.fee.FeeCorrections;
import io.github.ogiworkflow.fee.FeeCorrections.Action;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.FeeNotice;
import io.github.ogiworkflow.report.AnnualReports;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit round 25 F4 (ADR 0086): a fee notice that asks too much is corrected (更正收费通知: a new
 * notice for the lower amount, the payment period counted again from its service) or withdrawn
 * (撤销收费: the case goes on to its reply, the clock's pause ends); the annual report counts only
 * the notices in force; a receipt-date correction that moves another request's count says which
 * fee it touches. Amounts by hand from the 109号 scale (handbook 2.12).
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class FeeCorrectionScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  /** Tue 10 Feb 2026; the reply is due Mon 16 Mar (20 working days across 春节). */
  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);

  ProcessEngine engine;
  RequestScenario scenario;
  JdbcTemplate jdbc;
  CaseRegister register;
  Letters letters;
  PauseLedger pauses;
  FeeCorrections fees;
  AnnualReports reports;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
    pauses = ProcessTestEngine.bean(engine, "pauseLedger", PauseLedger.class);
    fees = ProcessTestEngine.bean(engine, "feeCorrections", FeeCorrections.class);
    reports = new AnnualReports(jdbc,
        ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class),
        ProcessTestEngine.bean(engine, "publicationRegister", PublicationRegister.class), 2025);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /**
   * The audit's typo: 1500 pages instead of 150. 1500 pages = 70×10 + 100×20 + 1300×40 =
   * ¥54,700; 150 pages = 70×10 + 50×20 = ¥1,700. A higher or an unchanged amount, a zero one,
   * and a paid notice are refused, and nothing is written.
   */
  @Test
  void aPageCountTypoIsCorrectedByANewNoticeWhosePeriodRunsFromItsService() {
    List<Object> before = notices2026();
    scenario.startWithItems(registration(RECEIVED), items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 1500)
        .complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
            "2026-02-10");
    String tn = scenario.trackingNumber();
    FeeNotice first = register.latestFeeNotice(tn).orElseThrow();
    assertThat(first.amount()).isEqualByComparingTo("54700");
    assertThat(first.scheme()).isEqualTo("PER_PAGE");
    assertThat(first.counted()).isEqualTo(1500);
    assertThat(first.approvedBy()).isNull();
    assertThat(added(before)).containsExactly(1, "54700");
    String firstNumber = letter(tn, LetterKind.FEE_NOTICE).documentNumber();
    assertThat(scenario.timerJobs(TIMER_PAYMENT_DEADLINE)).hasSize(1);

    today(LocalDate.of(2026, 3, 2));
    int lettersBefore = letters.of(tn).size();
    assertThatThrownBy(() -> fees.correct(engine, tn, "REDUCE", 2000, "页数录入有误需更正", OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("pageCount")
        .hasMessageContaining("应收74700元，高于原收费通知的54700元", "须报领导审批");
    // The Chinese part is what the case page shows: no codes (REDUCE, WITHDRAW) in it.
    assertThatThrownBy(() -> fees.correct(engine, tn, "REDUCE", 30, "页数录入有误需更正", OFFICE_USER))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("按收费标准本申请不收费（按量计收，共30页），请选择撤销收费）")
        .hasMessageNotContaining("WITHDRAW").hasMessageNotContaining("不收费（不收费");
    assertThatThrownBy(() -> fees.correct(engine, tn, "REDUCE", 1500, "页数录入有误需更正",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("pageCount")
        .hasMessageContaining("无需更正");
    assertThatThrownBy(() -> fees.correct(engine, tn, "REDUCE", null, "页数录入有误需更正",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("请填写更正后的页数");
    assertThatThrownBy(() -> fees.correct(engine, tn, "LOWER", 150, "页数录入有误需更正",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("action")
        .hasMessageContaining("请选择更正方式：减少收费金额或撤销收费）")
        .hasMessageNotContaining("REDUCE（");
    assertThatThrownBy(() -> fees.correct(engine, tn, "REDUCE", 150, "错", OFFICE_USER))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("更正理由应为4至2000个字");
    assertThat(letters.of(tn)).hasSize(lettersBefore);
    assertThat(register.feeNotices(tn)).hasSize(1);

    FeeCorrections.Corrected done = fees.correct(engine, tn, "REDUCE", 150,
        "页数误录为1500页，实际为150页。", OFFICE_USER);
    assertThat(done.oldAmount()).isEqualByComparingTo("54700");
    assertThat(done.newAmount()).isEqualByComparingTo("1700");
    assertThat(done.replacedNumber()).isEqualTo(firstNumber);
    // The year's next number: on PostgreSQL the test classes share one database.
    assertThat(done.documentNumber()).matches(".*费更〔2026〕\\d+号");

    // The register: the old notice replaced, with the reason; the new one in force.
    List<FeeNotice> notices = register.feeNotices(tn);
    assertThat(notices).hasSize(2);
    assertThat(notices.get(0).supersededBy()).isEqualTo(notices.get(1).id());
    assertThat(notices.get(0).correctionReason()).isEqualTo("页数误录为1500页，实际为150页");
    assertThat(notices.get(1).inForce()).isTrue();
    assertThat(notices.get(1).amount()).isEqualByComparingTo("1700");
    assertThat(notices.get(1).counted()).isEqualTo(150);
    assertThat(notices.get(1).issuedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(feeAmount(tn)).isEqualByComparingTo("1700");

    // The letter: 文号, what it replaces, the basis and amount, Chinese dates.
    Letters.Letter corrected = letter(tn, LetterKind.FEE_CORRECTION_NOTICE);
    assertThat(corrected.documentNumber()).isEqualTo(done.documentNumber());
    assertThat(corrected.body()).contains("更正收费通知书",
        "于2026年2月10日向您发出收费通知书（" + firstNumber + "），应缴金额为人民币54700元",
        "该收费通知书所列金额有误：页数误录为1500页，实际为150页。",
        "取代原收费通知书（" + firstNumber + "）", "收费方式：按量计收",
        "第31至100页共70页×10元＝700元；第101至150页共50页×20元＝1000元；合计1700元。",
        "应缴金额：人民币1700元（原收费通知书为人民币54700元）", "自收到本通知书之日起20个工作日内",
        "由人民币54700元更正为人民币1700元",
        "自本机关于2026年2月10日发出收费通知书之日起至您缴纳信息处理费之日止的期间，不计算在政府信息公开申请答复期限内",
        "2026年3月2日");
    assertThat(letters.file(tn, corrected.id())).isPresent();

    // The case waits for the new notice's service; the old period and its timer are gone, and
    // the reply clock stays paused (since 10 Feb) until payment.
    BpmnAwareTests.assertThat(scenario.instance).isWaitingAt(TASK_RECORD_FEE_NOTICE_SERVICE);
    assertThat(scenario.timerJobs(TIMER_PAYMENT_DEADLINE)).isEmpty();
    assertThat(scenario.variable(FEE_NOTICE_SERVED_ON)).isNull();
    assertThat(((Number) scenario.variable(FEE_AMOUNT)).doubleValue()).isEqualTo(1700.0);
    assertThat(scenario.variable(FEE_NOTICE_ISSUED_ON)).isEqualTo("2026-03-02");
    assertThat(pauses.isPaused(tn)).isTrue();

    // Served Mon 2 Mar: 20 working days to pay run to Mon 30 Mar (no holiday in March 2026).
    scenario.complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
        "2026-03-02");
    assertThat(register.latestFeePeriod(tn).orElseThrow().dueOn())
        .isEqualTo(LocalDate.of(2026, 3, 30));

    // Section 六 counts the notice in force only: one notice of ¥1,700, not ¥56,400.
    assertThat(added(before)).containsExactly(1, "1700");
    assertThat(reports.compute(2026).drillDown("fees.notices.cases").orElseThrow())
        .containsOnlyOnce(tn);

    // Paid: a paid notice is not corrected (a refund is outside this system).
    BigDecimal collectedBefore = collected2026();
    today(LocalDate.of(2026, 3, 4));
    scenario.complete(TASK_RECORD_PAYMENT, OFFICE_USER, FEE_PAID_ON, "2026-03-04")
        .runAsyncSteps();
    BpmnAwareTests.assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
    assertThatThrownBy(() -> fees.correct(engine, tn, "REDUCE", 100, "页数仍有误需再更正",
        OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("申请人已于2026年3月4日缴纳信息处理费", "退还已缴费用不在本系统办理");
    assertThat(collected2026().subtract(collectedBefore)).isEqualByComparingTo("1700");
  }

  /**
   * 孙八's case of the audit: his 11th request of February is charged ¥100 (11th–30th band).
   * The receipt of his first request is corrected to 30 January: the date correction answers
   * with a warning naming the case and the amounts (now the 10th: free), and the office withdraws
   * the notice. The case goes on to its reply; the clock's pause (10–12 Feb: 2 working days)
   * moves the reply deadline from Mon 16 Mar to Wed 18 Mar; the report counts no notice.
   */
  @Test
  void aCountMovedByADateCorrectionIsWarnedAndTheNoticeWithdrawn() {
    List<Object> before = notices2026();
    List<RequestScenario> requests = requestsOfOneApplicant(11, "440106198001010078");
    RequestScenario eleventh = requests.get(10);
    releaseOne(eleventh);
    eleventh.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_REQUEST");
    String tn = eleventh.trackingNumber();
    FeeNotice notice = register.latestFeeNotice(tn).orElseThrow();
    assertThat(notice.amount()).isEqualByComparingTo("100");
    assertThat(notice.counted()).isEqualTo(11);
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(pauses.isPaused(tn)).isTrue();

    today(LocalDate.of(2026, 2, 11));
    DateCorrections.Correction moved = DateCorrectionScenarioTest.dateCorrections(engine,
        register, ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class))
        .correct(requests.get(0).trackingNumber(), "receivedOn", "2026-01-30",
            "该信函实际于1月30日签收，登记有误", OFFICE_USER);
    assertThat(moved.warnings()).containsExactly(tn + "：已发出的收费通知为100元（按件计收，第11件），"
        + "更正后本申请为当月第10件，按收费标准应为不收费；请更正收费通知（撤销收费）。");
    // Still the 10th: a reduction has nothing left to charge.
    assertThatThrownBy(() -> fees.correct(engine, tn, "REDUCE", null, "件数因收到日期更正而变化",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("请选择撤销收费");
    assertThatThrownBy(() -> fees.correct(engine, tn, "REDUCE", 40, "件数因收到日期更正而变化",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("按件计收");

    today(LocalDate.of(2026, 2, 12));
    FeeCorrections.Corrected done = fees.correct(engine, tn, Action.WITHDRAW, null,
        "您本月第一件申请的收到日期经核实为1月30日，本申请为您2月的第10件申请，不应收费", OFFICE_USER);
    assertThat(done.newAmount()).isEqualByComparingTo("0");
    assertThat(done.documentNumber()).matches(".*费撤〔2026〕\\d+号");
    FeeNotice withdrawn = register.latestFeeNotice(tn).orElseThrow();
    assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.of(2026, 2, 12));
    assertThat(withdrawn.inForce()).isFalse();
    assertThat(feeAmount(tn)).isNull();
    assertThat(letter(tn, LetterKind.FEE_WITHDRAWAL_NOTICE).body()).contains("撤销收费通知书",
        "于2026年2月10日向您发出收费通知书（" + done.replacedNumber() + "），应缴金额为人民币100元",
        "本机关决定撤销该收费通知书，您无需缴纳信息处理费", "2026年2月12日",
        // The deadline the register now has (ADR 0095): 16 Mar + the 2 working days paused.
        "答复期限自本通知书发出之日起继续计算，至2026年3月18日届满");

    BpmnAwareTests.assertThat(eleventh.instance).isWaitingAt(TASK_DELIVER_REPLY);
    assertThat(pauses.isPaused(tn)).isFalse();
    assertThat(register.get(tn).dueOn()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(added(before)).containsExactly(0, "0");

    // Withdrawn: nothing left to correct, and no second fee on the application.
    assertThatThrownBy(() -> fees.correct(engine, tn, Action.WITHDRAW, null, "再次撤销收费通知",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageContaining("已于2026年2月12日撤销");
  }

  /**
   * The count moves within a band (12th → 11th: ¥100 either way): the date correction says the
   * amount is unchanged, leadership approves, and the notice states the count of the day it is
   * issued; the notice records the scheme, the count and the leader who approved it.
   */
  @Test
  void aCountMovedWithinItsBandLeavesTheApprovedAmount() {
    List<RequestScenario> requests = requestsOfOneApplicant(12, "440106198001010086");
    RequestScenario twelfth = requests.get(11);
    String tn = twelfth.trackingNumber();
    twelfth.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("执法检查记录", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
            REDACTION_NOTE, "遮盖当事人姓名", WITHHOLDING_GROUND, "THIRD_PARTY",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_REQUEST");
    assertThat(twelfth.variable(FEE_PROPOSED_AMOUNT)).isEqualTo("100");
    assertThat(twelfth.variable(FEE_PROPOSED_COUNT)).isEqualTo(12);

    today(LocalDate.of(2026, 2, 11));
    DateCorrections.Correction moved = DateCorrectionScenarioTest.dateCorrections(engine,
        register, ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class))
        .correct(requests.get(0).trackingNumber(), "receivedOn", "2026-01-30",
            "该信函实际于1月30日签收，登记有误", OFFICE_USER);
    assertThat(moved.warnings()).containsExactly(tn + "：待领导审批的收费为100元（按件计收，第12件），"
        + "更正后本申请为当月第11件，按收费标准应为100元，金额不变，无需更正收费。");

    twelfth.complete(io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY,
        RequestScenario.LEADER, REPLY_APPROVAL, "APPROVE");
    FeeNotice notice = register.latestFeeNotice(tn).orElseThrow();
    assertThat(notice.amount()).isEqualByComparingTo("100");
    assertThat(notice.scheme()).isEqualTo("PER_REQUEST");
    assertThat(notice.counted()).isEqualTo(11);
    assertThat(notice.approvedBy()).isEqualTo(RequestScenario.LEADER);
    assertThat(letter(tn, LetterKind.FEE_NOTICE).body()).contains("第11件", "人民币100元");
  }

  /**
   * A notice issued in December 2025 is counted in the 2025 report's section 六; once that
   * report is published, correcting the notice would change it: refused, nothing written.
   */
  @Test
  void aNoticeOfAPublishedYearIsNotCorrected() {
    today(LocalDate.of(2025, 12, 10));
    scenario.startWithItems(registration(LocalDate.of(2025, 12, 10)),
            items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 250);
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 1, 5));
    jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = 2025");
    jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
        + " tables_json, published_on, updated_at) VALUES (2025, 'PUBLISHED', CURRENT_TIMESTAMP,"
        + " TRUE, '{}', ?, CURRENT_TIMESTAMP)", java.sql.Date.valueOf("2026-01-05"));
    try {
      assertThatThrownBy(() -> fees.correct(engine, tn, "WITHDRAW", null, "收费标准适用有误需撤销",
          OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("action")
          .hasMessageContaining("原收费通知的发出日期为2025年12月10日", "已发布的2025年度");
      assertThat(register.latestFeeNotice(tn).orElseThrow().inForce()).isTrue();
      assertThat(letters.of(tn)).extracting(Letters.Letter::kind)
          .doesNotContain(LetterKind.FEE_WITHDRAWAL_NOTICE);
      BpmnAwareTests.assertThat(scenario.instance).isWaitingAt(TASK_RECORD_FEE_NOTICE_SERVICE);
    } finally {
      jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = 2025");
    }
  }

  /**
   * Section 六 of 2026: the notices issued (number, amount asked). The tests of this class share
   * a register, so each compares with the figures before its own case.
   */
  private List<Object> notices2026() {
    var row = reports.compute(2026).table("fees").row("notices");
    return List.of(row.cell("cases").value().intValue(),
        new BigDecimal(row.cell("amount").value().toString()));
  }

  /** What this test's cases added to 本年发出收费通知: number and amount (yuan, plain). */
  private List<Object> added(List<Object> before) {
    List<Object> now = notices2026();
    return List.of((Integer) now.get(0) - (Integer) before.get(0),
        ((BigDecimal) now.get(1)).subtract((BigDecimal) before.get(1)).stripTrailingZeros()
            .toPlainString());
  }

  private BigDecimal collected2026() {
    return new BigDecimal(reports.compute(2026).table("fees").row("collected").cell("amount")
        .value().toString());
  }

  private BigDecimal feeAmount(String tn) {
    return jdbc.queryForObject("SELECT fee_amount FROM ogi_case WHERE tracking_number = ?",
        BigDecimal.class, tn);
  }

  private Letters.Letter letter(String tn, LetterKind kind) {
    return letters.of(tn).stream().filter(l -> l.kind() == kind).reduce((a, b) -> b)
        .orElseThrow();
  }

  /**
   * {@code count} requests of 孙八 received on 10 Feb 2026, registered in order; each test its
   * own identity number, as the tests share a register.
   */
  private List<RequestScenario> requestsOfOneApplicant(int count, String idNumber) {
    Map<String, Object> applicant = registration(RECEIVED);
    applicant.put(APPLICANT_NAME, "孙八");
    applicant.put(ID_NUMBER, idNumber);
    List<RequestScenario> requests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      requests.add(new RequestScenario(engine).start(applicant));
    }
    return requests;
  }

  /** Complete, one item held and releasable: at 审核答复书, outcome 1 (no approval needed). */
  private static void releaseOne(RequestScenario request) {
    request.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2025年行政处罚案件统计表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
  }
}
