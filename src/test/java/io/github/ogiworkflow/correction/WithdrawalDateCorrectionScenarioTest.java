package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.correction.DateCorrectionScenarioTest.dateCorrections;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.intake.Withdrawals;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Date corrections on a withdrawn case (audit round 27, F4; ADR 0097). The issued 终止办理告知书
 * states the receipt date: the receipt is no longer corrected, as after an issued reply. The
 * withdrawal date is correctable, checked as when it was entered (not before the receipt, not
 * after the day entered, an oral one within 3 working days of it) and by the published-year
 * guard (it is the closing); the closing and first closing move with it, the answer warns that
 * the notice states the old day. The termination notice's service has nothing to correct, and
 * says why. Received Mon 2 March 2026, withdrawn in writing on Wed 4 March, entered Thu 5.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class WithdrawalDateCorrectionScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  JdbcTemplate jdbc;
  DateCorrections corrections;
  CaseRegister register;
  Withdrawals withdrawals;
  final List<Integer> published = new ArrayList<>();

  @BeforeEach
  void setUp() {
    RequestScenario.begin(engine, LocalDate.of(2026, 3, 2));
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    withdrawals = ProcessTestEngine.bean(engine, "withdrawals", Withdrawals.class);
    corrections = dateCorrections(engine, register,
        ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class));
  }

  @AfterEach
  void tearDown() {
    published.forEach(year -> jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = ?",
        year));
    RequestScenario.end();
  }

  private String withdrawn(LocalDate received, LocalDate withdrawnOn, String form,
      LocalDate enteredOn) {
    today(received);
    String tn = new RequestScenario(engine).start(registration(received)).trackingNumber();
    today(enteredOn);
    withdrawals.record(engine, tn, withdrawnOn.toString(), form, null, OFFICE_USER);
    return tn;
  }

  @Test
  void theReceiptStatedByTheIssuedTerminationNoticeIsNotCorrected() {
    String tn = withdrawn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), "WRITTEN",
        LocalDate.of(2026, 3, 5));

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2026-02-27",
        "收到日期登记有误", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("receivedOn:")
        .hasMessageContaining("终止办理告知书已于2026年3月5日签发，载明了收到申请日期");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void theWithdrawalDateIsCorrectedAsItWasEnteredAndMovesTheClosing() {
    String tn = withdrawn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), "WRITTEN",
        LocalDate.of(2026, 3, 5));
    today(LocalDate.of(2026, 3, 10));

    assertThatThrownBy(() -> corrections.correct(tn, "withdrawnOn", "2026-02-27", "录入有误",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn:")
        .hasMessageContaining("撤回申请日期不能早于收到申请日期2026年3月2日");
    assertThatThrownBy(() -> corrections.correct(tn, "withdrawnOn", "2026-03-06", "录入有误",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn:")
        .hasMessageContaining("撤回申请日期不能晚于登记撤回的日期2026年3月5日");
    assertThat(register.withdrawal(tn).orElseThrow().withdrawnOn())
        .isEqualTo(LocalDate.of(2026, 3, 4));

    DateCorrections.Correction done = corrections.correct(tn, "withdrawnOn", "2026-03-03",
        "撤回申请书落款日期为3月3日", OFFICE_USER);
    assertThat(done.oldDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(done.warnings()).singleElement().asString()
        .contains("终止办理告知书", "载明撤回日期为2026年3月4日");
    assertThat(jdbc.queryForMap("SELECT withdrawn_on, closed_on, first_closed_on FROM ogi_case"
        + " WHERE tracking_number = ?", tn)).containsEntry("WITHDRAWN_ON",
            Date.valueOf("2026-03-03")).containsEntry("CLOSED_ON", Date.valueOf("2026-03-03"))
        .containsEntry("FIRST_CLOSED_ON", Date.valueOf("2026-03-03"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_date_change WHERE tracking_number"
        + " = ? AND field = 'withdrawnOn'", Long.class, tn)).isOne();

    // Not withdrawn: nothing to correct.
    today(LocalDate.of(2026, 3, 2));
    String open = new RequestScenario(engine).start(registration(LocalDate.of(2026, 3, 2)))
        .trackingNumber();
    assertThatThrownBy(() -> corrections.correct(open, "withdrawnOn", "2026-03-02", "录入有误",
        OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("本案未登记撤回申请，无撤回申请日期可更正");
  }

  /**
   * Audit round 29, F3: a withdrawal is not dated after the applicant's appeal against the
   * termination it led to (here a reconsideration served Mon 9 March, still pending): the
   * applicant could not appeal a termination before withdrawing. Before, the date moved to
   * 10 March with only the letter's warning.
   */
  @Test
  void theWithdrawalDateIsNotCorrectedToAfterTheAppealAgainstTheTermination() {
    String tn = withdrawn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), "WRITTEN",
        LocalDate.of(2026, 3, 10));
    AppealRegister appeals = ProcessTestEngine.bean(engine, "appealRegister",
        AppealRegister.class);
    appeals.insert(new AppealRegister.NewAppeal(tn, null,
        io.github.ogiworkflow.appeal.AppealKind.RECONSIDERATION, 1, false, "示复〔2026〕9号",
        "示范市人民政府", "SIMPLIFIED", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9),
        LocalDate.of(2026, 3, 16), io.github.ogiworkflow.appeal.Appellant.APPLICANT, null));
    today(LocalDate.of(2026, 3, 11));

    assertThatThrownBy(() -> corrections.correct(tn, "withdrawnOn", "2026-03-10", "录入有误",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn:")
        .hasMessageContaining("撤回申请日期不能晚于申请人对终止办理提起的复议或诉讼（案号：示复〔2026〕9号，"
            + "本机关于2026年3月9日收到）");
    assertThat(register.withdrawal(tn).orElseThrow().withdrawnOn())
        .isEqualTo(LocalDate.of(2026, 3, 4));
    corrections.correct(tn, "withdrawnOn", "2026-03-09", "撤回申请书落款日期为3月9日", OFFICE_USER);
    assertThat(register.withdrawal(tn).orElseThrow().withdrawnOn())
        .isEqualTo(LocalDate.of(2026, 3, 9));
  }

  /**
   * Audit round 27, F6 at the correction (ADR 0099): the withdrawal ends the round that ran when
   * it was entered, and a correction may not date it before that round began, as the entry may
   * not. The clock restarted on Wed 4 March (as after a supplement or a reopening); withdrawn in
   * writing Fri 6 March, entered Mon 9 March. The round's start is the one recorded with the
   * withdrawal: a later restart of the clock (the reopening of ADR 0099) does not move it.
   */
  @Test
  void aCorrectedWithdrawalCannotPrecedeTheRoundItEnded() {
    today(LocalDate.of(2026, 3, 2));
    String tn = new RequestScenario(engine).start(registration(LocalDate.of(2026, 3, 2)))
        .trackingNumber();
    register.restartClock(tn, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 4, 1));
    today(LocalDate.of(2026, 3, 9));
    withdrawals.record(engine, tn, "2026-03-06", "WRITTEN", null, OFFICE_USER);

    assertThatThrownBy(() -> corrections.correct(tn, "withdrawnOn", "2026-03-03", "录入有误",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn:")
        .hasMessageContaining("撤回申请日期不能早于所终止的本次办理的起算日期2026年3月4日");
    assertThat(jdbc.queryForMap("SELECT withdrawn_on, first_closed_on FROM ogi_case WHERE"
        + " tracking_number = ?", tn)).containsEntry("WITHDRAWN_ON", Date.valueOf("2026-03-06"))
        .containsEntry("FIRST_CLOSED_ON", Date.valueOf("2026-03-06"));
    corrections.correct(tn, "withdrawnOn", "2026-03-04", "撤回申请书落款日期为3月4日", OFFICE_USER);
    assertThat(jdbc.queryForObject("SELECT withdrawn_on FROM ogi_case WHERE tracking_number = ?",
        Date.class, tn)).isEqualTo(Date.valueOf("2026-03-04"));

    // Reopened later: the clock restarts on the decision's day, the withdrawal's round does not.
    register.restartClock(tn, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 7));
    corrections.correct(tn, "withdrawnOn", "2026-03-05", "撤回申请书落款日期为3月5日", OFFICE_USER);
    assertThat(jdbc.queryForObject("SELECT withdrawn_on FROM ogi_case WHERE tracking_number = ?",
        Date.class, tn)).isEqualTo(Date.valueOf("2026-03-05"));
  }

  /** Oral, withdrawn Mon 9 March, entered Wed 11 March: 3 working days before is Fri 6 March. */
  @Test
  void anOralWithdrawalIsNotMovedBeyondThreeWorkingDaysBeforeItsEntry() {
    String tn = withdrawn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), "ORAL",
        LocalDate.of(2026, 3, 11));

    assertThatThrownBy(() -> corrections.correct(tn, "withdrawnOn", "2026-03-05", "录入有误",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("withdrawnOn:")
        .hasMessageContaining("口头撤回须在提出后3个工作日内登记；2026年3月5日");
    corrections.correct(tn, "withdrawnOn", "2026-03-06", "录入有误", OFFICE_USER);
    assertThat(register.withdrawal(tn).orElseThrow().withdrawnOn())
        .isEqualTo(LocalDate.of(2026, 3, 6));
  }

  /** Received 29 Dec 2025, withdrawn 5 Jan 2026; 2025 published: not moved into 2025. */
  @Test
  void theWithdrawalDateIsNotMovedIntoAPublishedYear() {
    String tn = withdrawn(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5), "WRITTEN",
        LocalDate.of(2026, 1, 6));
    published.add(2025);
    jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = 2025");
    jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
        + " tables_json, published_on, updated_at) VALUES (2025, 'PUBLISHED', CURRENT_TIMESTAMP,"
        + " TRUE, '{}', ?, CURRENT_TIMESTAMP)", Date.valueOf("2026-01-10"));
    today(LocalDate.of(2026, 1, 12));

    assertThatThrownBy(() -> corrections.correct(tn, "withdrawnOn", "2025-12-31", "录入有误",
        OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已发布的2025年度");
    assertThat(register.withdrawal(tn).orElseThrow().withdrawnOn())
        .isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void aWithdrawnCaseHasNoTerminationServiceToCorrect() {
    String tn = withdrawn(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), "WRITTEN",
        LocalDate.of(2026, 3, 5));

    assertThatThrownBy(() -> corrections.correct(tn, "terminationServedOn", "2026-03-05",
        "录入有误", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("本案因申请人撤回申请终止办理，终止办理告知书不起算复议、诉讼期限，不登记送达情况");
  }
}
