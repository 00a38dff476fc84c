package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.process.ElementIds.END_EVENT_TERMINATION_SIGNED_FOR_RECORDED;
import static io.github.ogiworkflow.process.ElementIds.TASK_SERVE_TERMINATION_NOTICE;
import static io.github.ogiworkflow.process.ElementIds.TIMER_APPEAL_WINDOW_CLOSED;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.appeal.AppealWindow;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.TerminationService;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DateChangeRegister.DateChange;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
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

/**
 * ADR 0069: the termination notice's 送达日期 and 申请人签收日期 (recorded on 送达终止告知书, ADR
 * 0067) are corrected as a reply's are, through {@link DateCorrections}: the checks of the
 * recording, the register written, the appeal window and the late-filing warnings counted from
 * the corrected receipt, each change in ogi_date_change. A posted notice's signed-for day
 * recorded by a correction ends the task waiting for it.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn",
    "processes/termination-notice-service.bpmn"})
class TerminationNoticeCorrectionScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);
  static final String REASON = "送达回证日期录入有误";

  ProcessEngine engine;
  RequestScenario scenario;
  CaseRegister register;
  AppealWindow window;
  DateCorrections corrections;
  DateChangeRegister changes;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    window = ProcessTestEngine.bean(engine, "appealWindow", AppealWindow.class);
    changes = ProcessTestEngine.bean(engine, "dateChangeRegister", DateChangeRegister.class);
    corrections = ProcessTestEngine.dateCorrections(engine);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /**
   * 6.2 after a third party's notice, closed and posted Wed 18 Mar 2026; the return receipt
   * shows Wed 25 Mar. Recorded by a correction (from （无）) on Thu 26 Mar: the task that came
   * again for it ends (no task for a day already recorded), the window closes Mon 28 Sep (6
   * months, 中秋节 moving Fri 25 Sep), and the audit trail has the correction, then the window
   * set. Corrected once more to Tue 24 Mar: the window moves to Thu 24 Sep, and a reconsideration
   * is late from Tue 26 May (60 days end Sat 23 May → Mon 25 May).
   */
  @Test
  void aPostedNoticesSignedForDayRecordedByCorrectionEndsItsTaskAndMovesTheWindow() {
    String tn = scenario.closedUnpaidAfterAThirdPartysNoticeOnWed18Mar();
    ProcessInstance service = service(tn);
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-18");
    assertThat(service).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);

    today(LocalDate.of(2026, 3, 26));
    assertThatThrownBy(() -> corrections.correct(tn, "terminationSignedForOn", "2026-03-17",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("terminationSignedForOn:")
        .hasMessageContaining("申请人签收日期不得早于送达日期2026年3月18日");
    assertThatThrownBy(() -> corrections.correct(tn, "terminationSignedForOn", "2026-03-27",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("终止办理告知书签收日期不得晚于今天");
    Assertions.assertThat(register.terminationService(tn).orElseThrow().signedForOn()).isNull();
    assertThat(service).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);

    DateCorrections.Correction done = corrections.correct(tn, "terminationSignedForOn",
        "2026-03-25", "回执已寄回，补登签收日期", OFFICE_USER);
    Assertions.assertThat(done.oldDate()).isNull();
    assertThat(service).hasPassed(ElementIds.BOUNDARY_TERMINATION_SIGNED_FOR_RECORDED,
        END_EVENT_TERMINATION_SIGNED_FOR_RECORDED).isEnded();
    Assertions.assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 25));
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-09-28");
    Assertions.assertThat(scenario.timerJobs(TIMER_APPEAL_WINDOW_CLOSED).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 9, 28)));

    corrections.correct(tn, "terminationSignedForOn", "2026-03-24", REASON, OFFICE_USER);
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-09-24");
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 25))).isNull();
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 26)))
        .contains("收到终止办理告知书之日（2026年3月24日）");
    Assertions.assertThat(changes.of(tn))
        .extracting(DateChange::field, DateChange::oldDate, DateChange::newDate,
            DateChange::changedBy)
        .containsExactly(
            tuple("terminationSignedForOn", null, LocalDate.of(2026, 3, 25), OFFICE_USER),
            tuple(DateChangeRegister.APPEAL_WINDOW_CLOSES_ON, null, LocalDate.of(2026, 9, 28),
                DateChangeRegister.SYSTEM),
            tuple("terminationSignedForOn", LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 24),
                OFFICE_USER),
            tuple(DateChangeRegister.APPEAL_WINDOW_CLOSES_ON, LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 9, 24), DateChangeRegister.SYSTEM));
    Assertions.assertThat(DateChangeRegister.label("terminationSignedForOn"))
        .isEqualTo("终止办理告知书签收日期");
  }

  /**
   * Handed over in person, recorded as Fri 20 Mar with the applicant's signature that day, the
   * window then closing Sun 20 Sep (a make-up working day, 国庆节调休). The 送达回证 says Wed 18 Mar: the
   * correction checks as the task does (not before the closing on 18 Mar, not in the future, a
   * notice not posted signed for the day served), moves the signed-for day with it (recorded by
   * 系统) and the window to Fri 18 Sep.
   */
  @Test
  void aCorrectedServiceDateOfANoticeHandedOverMovesItsReceiptAndTheWindow() {
    String tn = scenario.closedUnpaidAfterAThirdPartysNoticeOnWed18Mar();
    today(LocalDate.of(2026, 3, 20));
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-20", REPLY_RECEIVED_ON, "2026-03-20");
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-09-20");

    today(LocalDate.of(2026, 3, 23));
    assertThatThrownBy(() -> corrections.correct(tn, "terminationServedOn", "2026-03-17",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("terminationServedOn:")
        .hasMessageContaining("终止办理告知书送达日期不得早于终止办理日期2026年3月18日");
    assertThatThrownBy(() -> corrections.correct(tn, "terminationServedOn", "2026-03-24",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("终止办理告知书送达日期不得晚于今天");
    assertThatThrownBy(() -> corrections.correct(tn, "terminationServedOn", "2026-03-20",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("与原日期相同");
    assertThatThrownBy(() -> corrections.correct(tn, "terminationSignedForOn", "2026-03-23",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("terminationSignedForOn:")
        .hasMessageContaining("申请人签收日期应与送达日期2026年3月20日相同");

    corrections.correct(tn, "terminationServedOn", "2026-03-18", REASON, OFFICE_USER);
    TerminationService corrected = register.terminationService(tn).orElseThrow();
    Assertions.assertThat(corrected.servedOn()).isEqualTo(LocalDate.of(2026, 3, 18));
    Assertions.assertThat(corrected.signedForOn()).isEqualTo(LocalDate.of(2026, 3, 18));
    Assertions.assertThat(corrected.servedBy()).isEqualTo("IN_PERSON");
    Assertions.assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 18));
    Assertions.assertThat(scenario.variable(APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-09-18");
    Assertions.assertThat(scenario.timerJobs(TIMER_APPEAL_WINDOW_CLOSED).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 9, 18)));
    Assertions.assertThat(changes.of(tn))
        .filteredOn(change -> !change.reason().startsWith("登记终止办理告知书送达后"))
        .extracting(DateChange::field, DateChange::oldDate, DateChange::newDate,
            DateChange::changedBy)
        .containsExactly(
            tuple("terminationServedOn", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 18),
                OFFICE_USER),
            tuple("terminationSignedForOn", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 18),
                DateChangeRegister.SYSTEM),
            tuple(DateChangeRegister.APPEAL_WINDOW_CLOSES_ON, LocalDate.of(2026, 9, 20),
                LocalDate.of(2026, 9, 18), DateChangeRegister.SYSTEM));
    // The warnings count from 18 Mar: 60 days end Sun 17 May → Mon 18 May, so a reconsideration
    // of Tue 19 May is late (from 20 Mar it was in time).
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 18))).isNull();
    Assertions.assertThat(window.reconsiderationWarning(tn, LocalDate.of(2026, 5, 19)))
        .contains("2026年3月18日");
  }

  /**
   * 6.1, abandoned Tue 10 Mar; posted Thu 12 Mar, the task due again 30 days after the posting
   * (Fri 10 Apr). The posting corrected to Wed 11 Mar: the open task is due Thu 9 Apr. The
   * signed-for day then recorded by correction ends the task; a posting corrected after it is
   * refused, as the task refuses a signed-for day before the posting.
   */
  @Test
  void aCorrectedPostingMovesTheOpenTasksDueDayAndMayNotFollowTheSignedForDay() {
    String tn = scenario.abandonedOnTue10Mar();
    today(LocalDate.of(2026, 3, 12));
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-12");
    Assertions.assertThat(scenario.task(TASK_SERVE_TERMINATION_NOTICE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 10)));

    today(LocalDate.of(2026, 3, 16));
    corrections.correct(tn, "terminationServedOn", "2026-03-11", REASON, OFFICE_USER);
    Assertions.assertThat(register.terminationService(tn).orElseThrow().servedOn())
        .isEqualTo(LocalDate.of(2026, 3, 11));
    Assertions.assertThat(scenario.task(TASK_SERVE_TERMINATION_NOTICE).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 9)));
    // Still posted without a signed-for day: the periods are not running yet.
    Assertions.assertThat(register.replyReceivedOn(tn)).isNull();

    corrections.correct(tn, "terminationSignedForOn", "2026-03-13", REASON, OFFICE_USER);
    assertThat(service(tn)).isNull();
    Assertions.assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThatThrownBy(() -> corrections.correct(tn, "terminationServedOn", "2026-03-16",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("terminationServedOn:")
        .hasMessageContaining("申请人签收日期不得早于送达日期2026年3月16日");
    Assertions.assertThat(register.terminationService(tn).orElseThrow().servedOn())
        .isEqualTo(LocalDate.of(2026, 3, 11));
  }

  /**
   * Nothing recorded yet (the task is open) or a case not closed without a reply: there is no
   * date to correct; 400 on the field, the dates are entered on the task.
   */
  @Test
  void nothingToCorrectBeforeTheServiceIsRecorded() {
    String tn = scenario.abandonedOnTue10Mar();
    assertThat(service(tn)).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);
    assertThatThrownBy(() -> corrections.correct(tn, "terminationServedOn", "2026-03-10",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("terminationServedOn:")
        .hasMessageContaining("终止办理告知书尚未登记送达，无可更正");
    assertThatThrownBy(() -> corrections.correct(tn, "terminationSignedForOn", "2026-03-10",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("terminationSignedForOn:")
        .hasMessageContaining("终止办理告知书尚未登记送达，无可更正");
    assertThat(service(tn)).isWaitingAt(TASK_SERVE_TERMINATION_NOTICE);
    Assertions.assertThat(changes.of(tn)).isEmpty();

    RequestScenario.end();
    scenario = RequestScenario.begin(engine, RECEIVED);
    scenario.start(registration(RECEIVED));
    String open = scenario.trackingNumber();
    assertThatThrownBy(() -> corrections.correct(open, "terminationServedOn", "2026-02-10",
        REASON, OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("本案未终止办理");
  }

  /**
   * ADR 0069, amended: a correction (纠正) reopened the case closed on Wed 18 Mar after its
   * notice was handed over on Fri 20 Mar. The closing is set aside and the request answered
   * anew, so that notice's receipt starts no period any more: its dates are not corrected
   * (400 on the field, saying why), and stay in the register as recorded.
   */
  @Test
  void aReopenedCasesNoticeDatesAreNotCorrectedAndStayAsRecorded() {
    String tn = scenario.closedUnpaidAfterAThirdPartysNoticeOnWed18Mar();
    today(LocalDate.of(2026, 3, 20));
    scenario.complete(TASK_SERVE_TERMINATION_NOTICE, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-20", REPLY_RECEIVED_ON, "2026-03-20");
    int recorded = changes.of(tn).size();

    today(LocalDate.of(2026, 4, 1));
    engine.getRuntimeService().createMessageCorrelation(ElementIds.MESSAGE_REPLY_CORRECTED)
        .processInstanceBusinessKey(tn)
        .setVariable(REOPEN_DECIDED_ON, "2026-03-30")
        .setVariable(REOPEN_REASON, "行政复议决定撤销")
        .correlate();
    scenario.runAsyncSteps();
    Assertions.assertThat(register.get(tn).status()).isEqualTo("IN_PROGRESS");

    for (String field : new String[] {"terminationServedOn", "terminationSignedForOn"}) {
      assertThatThrownBy(() -> corrections.correct(tn, field, "2026-03-19", REASON, OFFICE_USER))
          .isInstanceOf(InvalidInput.class).hasMessageStartingWith(field + ":")
          .hasMessageContaining("本案终止办理后已因纠正重新办理，原终止办理告知书不再起算复议、诉讼期限");
    }
    Assertions.assertThat(ProcessTestEngine.jdbc(engine).queryForMap("SELECT"
            + " termination_served_on, termination_signed_for_on FROM ogi_case"
            + " WHERE tracking_number = ?", tn))
        .containsValues(java.sql.Date.valueOf(LocalDate.of(2026, 3, 20)));
    Assertions.assertThat(changes.of(tn)).hasSize(recorded);
  }

  private ProcessInstance service(String tn) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TERMINATION_NOTICE_SERVICE)
        .processInstanceBusinessKey(tn).singleResult();
  }
}
