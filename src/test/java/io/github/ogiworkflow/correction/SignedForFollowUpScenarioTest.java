package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.process.ElementIds.END_EVENT_FOLLOWED_UP;
import static io.github.ogiworkflow.process.ElementIds.END_EVENT_NO_FOLLOW_UP_NEEDED;
import static io.github.ogiworkflow.process.ElementIds.END_EVENT_RECORDED_BEFORE_DUE;
import static io.github.ogiworkflow.process.ElementIds.END_EVENT_RECORDED_ELSEWHERE;
import static io.github.ogiworkflow.process.ElementIds.END_EVENT_REPLY_SUPERSEDED;
import static io.github.ogiworkflow.process.ElementIds.GATEWAY_FOLLOW_UP_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_FOLLOW_UP_SIGNED_FOR;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TIMER_APPEAL_WINDOW_CLOSED;
import static io.github.ogiworkflow.process.ElementIds.TIMER_SIGNED_FOR_FOLLOW_UP_DUE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.appeal.AppealWindow;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.PostReceiptMissing;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 跟进邮寄回执 (ADR 0061): a refusal (3.1) posted Tue 10 Mar 2026 whose signed-for date is
 * still not recorded 30 days later (Thu 9 Apr) becomes a task of the office, which enters the
 * date (checked as a date correction, the appeal window then counted from it) or reports the
 * receipt lost or the letter returned (recorded; the case stays open, 待确认签收). A signed-for
 * date recorded by a date correction ends the follow-up, before the 30 days or with its task open.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn",
    "processes/signed-for-follow-up.bpmn"})
class SignedForFollowUpScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      1.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate POSTED = LocalDate.of(2026, 3, 10);
  static final LocalDate FOLLOW_UP_DAY = LocalDate.of(2026, 4, 9);

  ProcessEngine engine;
  JdbcTemplate jdbc;
  DateCorrections corrections;
  CaseRegister register;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = bean("caseRegister", CaseRegister.class);
    corrections = DateCorrectionScenarioTest.dateCorrections(engine, register,
        bean("appealRegister", AppealRegister.class));
    // The follow-up's beans live beside DateCorrections, which the test engine does not scan.
    Map<Object, Object> beans =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    SignedForFollowUpDelegates delegates = new SignedForFollowUpDelegates();
    beans.put("signedForFollowUpStartListener",
        delegates.signedForFollowUpStartListener(register));
    beans.put("checkSignedForDelegate", delegates.checkSignedForDelegate(register));
    beans.put("signedForFollowUpListener",
        delegates.signedForFollowUpListener(register, corrections));
    beans.put("signedForFollowUpSupersededListener",
        delegates.signedForFollowUpSupersededListener());
    beans.put("signedForFollowUpDueDate", delegates.signedForFollowUpDueDate(
        bean("workingDayCalendar", io.github.ogiworkflow.calendar.WorkingDayCalendar.class)));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void thirtyDaysAfterPostingTheOfficeEntersTheSignedForDateOnItsTask() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance followUp = followUp(tn);
    BpmnAwareTests.assertThat(followUp).isWaitingAt(GATEWAY_FOLLOW_UP_EVENTS);
    // Due when the compliance list starts listing the case: 30 days after the posting.
    assertThat(scenario.timerJobs(TIMER_SIGNED_FOR_FOLLOW_UP_DUE).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(FOLLOW_UP_DAY.minusDays(1)));
    assertThat(scenario.tasks(TASK_FOLLOW_UP_SIGNED_FOR)).isEmpty();

    today(FOLLOW_UP_DAY);
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    BpmnAwareTests.assertThat(followUp).isWaitingAt(TASK_FOLLOW_UP_SIGNED_FOR);
    BpmnAwareTests.assertThat(followUp).task().hasCandidateGroup("office")
        .hasName("跟进邮寄回执");
    Task task = scenario.task(TASK_FOLLOW_UP_SIGNED_FOR);
    // Due 3 working days after it appears, so 即将到期 and 已超期 list it (audit round 23, F11):
    // Thu 9 Apr + 3 = Fri 10, Mon 13, Tue 14 Apr.
    assertThat(task.getDueDate()).isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 14)));

    // Checked by the server, all refused with nothing written and the task still open.
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, POST_RECEIPT_RESULT,
        "SIGNED", REPLY_RECEIVED_ON, "2026-03-09", POST_RECEIPT_NOTE, "回执已寄回"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("申请人签收日期");
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, POST_RECEIPT_RESULT,
        "SIGNED", REPLY_RECEIVED_ON, "2026-04-10", POST_RECEIPT_NOTE, "回执已寄回"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不得晚于今天");
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, POST_RECEIPT_RESULT,
        "SIGNED", POST_RECEIPT_NOTE, "回执已寄回"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("请填写申请人签收日期");
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, POST_RECEIPT_RESULT,
        "SIGNED", REPLY_RECEIVED_ON, "2026-03-13", POST_RECEIPT_NOTE, "好"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("情况说明应为4至2000个字");
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, POST_RECEIPT_RESULT,
        "MAYBE", POST_RECEIPT_NOTE, "回执已寄回")).isInstanceOf(InvalidInput.class);
    assertThat(register.replyReceivedOn(tn)).isNull();
    BpmnAwareTests.assertThat(followUp).isWaitingAt(TASK_FOLLOW_UP_SIGNED_FOR);

    scenario.complete(task, OFFICE_USER, POST_RECEIPT_RESULT, "SIGNED",
        REPLY_RECEIVED_ON, "2026-03-13", POST_RECEIPT_NOTE, "送达回证已寄回，挂号信编号XA123");
    BpmnAwareTests.assertThat(followUp).hasPassed(END_EVENT_FOLLOWED_UP).isEnded();
    assertThat(register.replyReceivedOn(tn)).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(register.awaitsSignedFor(tn)).isFalse();
    // The window from the signed-for date: 13 Mar + 60 days = Tue 12 May 2026.
    assertThat(engine.getRuntimeService().getVariable(caseInstance(tn),
        APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-05-12");
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .extracting(DateChangeRegister.DateChange::field, DateChangeRegister.DateChange::oldDate,
            DateChangeRegister.DateChange::newDate, DateChangeRegister.DateChange::changedBy)
        .contains(tuple("replyReceivedOn", null, LocalDate.of(2026, 3, 13), OFFICE_USER));
  }

  @Test
  void aLostReceiptIsRecordedAndTheCaseStaysOpenUntilADateIsRecorded() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance followUp = followUp(tn);
    today(FOLLOW_UP_DAY);
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    Task task = scenario.task(TASK_FOLLOW_UP_SIGNED_FOR);
    assertThatThrownBy(() -> scenario.completeOnly(task, OFFICE_USER, POST_RECEIPT_RESULT,
        "LOST", REPLY_RECEIVED_ON, "2026-03-13", POST_RECEIPT_NOTE, "回执遗失，邮局查询无果"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不填写申请人签收日期");

    scenario.complete(task, OFFICE_USER, POST_RECEIPT_RESULT, "LOST",
        POST_RECEIPT_NOTE, "回执遗失，邮局查询无果");
    BpmnAwareTests.assertThat(followUp).hasPassed(END_EVENT_FOLLOWED_UP).isEnded();
    assertThat(register.postReceiptMissing(tn)).contains(PostReceiptMissing.LOST);
    assertThat(register.replyReceivedOn(tn)).isNull();
    assertThat(register.awaitsSignedFor(tn)).isTrue();
    assertThat(ProcessTestEngine.timeline(engine).of(tn).orElseThrow().entries())
        .anyMatch(e -> e.activity().equals("跟进邮寄回执") && e.outcome().contains("回执遗失")
            && e.comment().contains("邮局查询无果"));

    // The window's check keeps the case open, still 待确认签收.
    today(LocalDate.of(2026, 5, 11));
    scenario.fireTimer(TIMER_APPEAL_WINDOW_CLOSED);
    assertThat(register.finalOn(tn)).isNull();
    assertThat(engine.getRuntimeService().getVariable(caseInstance(tn),
        APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo(AppealWindow.AWAITING_SIGNED_FOR);

    // A date learnt later (the applicant's own statement) is recorded by a date correction.
    corrections.correct(tn, "replyReceivedOn", "2026-03-13", "申请人书面确认3月13日收到",
        OFFICE_USER);
    assertThat(engine.getRuntimeService().getVariable(caseInstance(tn),
        APPEAL_WINDOW_CLOSES_ON_TEXT)).isEqualTo("2026-05-12");
  }

  @Test
  void aReturnedLetterIsRecordedAsSuch() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    today(FOLLOW_UP_DAY);
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    scenario.complete(TASK_FOLLOW_UP_SIGNED_FOR, OFFICE_USER, POST_RECEIPT_RESULT, "RETURNED",
        POST_RECEIPT_NOTE, "邮件以查无此人退回");
    assertThat(register.postReceiptMissing(tn)).contains(PostReceiptMissing.RETURNED);
    assertThat(register.awaitsSignedFor(tn)).isTrue();
  }

  @Test
  void aDateCorrectionEndsTheOpenTask() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance followUp = followUp(tn);
    today(FOLLOW_UP_DAY);
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    assertThat(scenario.tasks(TASK_FOLLOW_UP_SIGNED_FOR)).hasSize(1);

    corrections.correct(tn, "replyReceivedOn", "2026-03-13", "邮件回执已寄回", OFFICE_USER);
    assertThat(scenario.tasks(TASK_FOLLOW_UP_SIGNED_FOR)).isEmpty();
    BpmnAwareTests.assertThat(followUp).hasPassed(END_EVENT_RECORDED_ELSEWHERE).isEnded();
  }

  @Test
  void aDateCorrectionBeforeTheThirtyDaysEndsTheFollowUpWithoutATask() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance followUp = followUp(tn);
    today(LocalDate.of(2026, 3, 20));
    corrections.correct(tn, "replyReceivedOn", "2026-03-13", "邮件回执已寄回", OFFICE_USER);
    BpmnAwareTests.assertThat(followUp).hasPassed(END_EVENT_RECORDED_BEFORE_DUE).isEnded();
    assertThat(scenario.timerJobs(TIMER_SIGNED_FOR_FOLLOW_UP_DUE)).isEmpty();
  }

  @Test
  void noTaskWhenTheDateCameInOtherwiseAndNoFollowUpForOtherDeliveries() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance followUp = followUp(tn);
    // Written past the follow-up (as a reply made anew would change the case): looked at when due.
    jdbc.update("UPDATE ogi_case SET reply_received_on = ? WHERE tracking_number = ?",
        java.sql.Date.valueOf("2026-03-13"), tn);
    today(FOLLOW_UP_DAY);
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    BpmnAwareTests.assertThat(followUp).hasPassed(END_EVENT_NO_FOLLOW_UP_NEEDED).isEnded();
    assertThat(scenario.tasks(TASK_FOLLOW_UP_SIGNED_FOR)).isEmpty();

    String inPerson = postedRefusal("IN_PERSON").trackingNumber();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SIGNED_FOR_FOLLOW_UP)
        .processInstanceBusinessKey(inPerson).count()).isZero();
  }

  @Test
  void aStartByAnotherPathIsRefusedUnlessTheCaseAwaitsItsSignedForDateAndTheDueDayIsTheServers() {
    String posted = postedRefusal("POST").trackingNumber();
    String inPerson = postedRefusal("IN_PERSON").trackingNumber();
    var runtime = engine.getRuntimeService();
    // As an administrator's submit-form or message through /engine-rest would start it.
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(
        ProcessKeys.SIGNED_FOR_FOLLOW_UP)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("无需跟进邮寄回执");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(
        ProcessKeys.SIGNED_FOR_FOLLOW_UP, inPerson)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("无需跟进邮寄回执");
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SIGNED_FOR_FOLLOW_UP).processInstanceBusinessKey(inPerson)
        .count()).isZero();

    // A caller's due day is replaced by the one counted from the register's posting date (a
    // case whose follow-up is gone, so that this start is not a second one).
    engine.getRuntimeService().deleteProcessInstance(followUp(posted).getId(), "test");
    ProcessInstance started = runtime.startProcessInstanceByKey(
        ProcessKeys.SIGNED_FOR_FOLLOW_UP, posted,
        Map.of(SIGNED_FOR_FOLLOW_UP_AT, OfficeTime.after(POSTED)));
    assertThat(runtime.getVariable(started.getId(), SIGNED_FOR_FOLLOW_UP_AT))
        .isEqualTo(OfficeTime.after(FOLLOW_UP_DAY.minusDays(1)));
  }

  /**
   * One follow-up per posted reply (ADR 0061, amended): a second start while the case's runs, by
   * any path an administrator has (the definition's start or submit-form, the start message sent
   * again, the window's own start), is refused on its field and starts nothing; the running one
   * goes on and still gives its task.
   */
  @Test
  void aSecondFollowUpOfOneCaseIsRefusedWhateverThePath() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance running = followUp(tn);
    var runtime = engine.getRuntimeService();
    java.util.List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> starts =
        java.util.List.of(
            () -> runtime.startProcessInstanceByKey(ProcessKeys.SIGNED_FOR_FOLLOW_UP, tn),
            () -> runtime.createMessageCorrelation("ReplyPosted").processInstanceBusinessKey(tn)
                .correlateStartMessage(),
            () -> io.github.ogiworkflow.appeal.AppealWindowDelegates.startSignedForFollowUp(
                runtime, register, tn));
    for (var start : starts) {
      assertThatThrownBy(start).isInstanceOf(InvalidInput.class)
          .hasMessageStartingWith(TRACKING_NUMBER + ":")
          .hasMessageContaining("跟进邮寄回执正在进行，不能再启动一个");
    }
    assertThat(followUps(tn)).isOne();

    today(FOLLOW_UP_DAY);
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    BpmnAwareTests.assertThat(running).isWaitingAt(TASK_FOLLOW_UP_SIGNED_FOR);
    assertThat(scenario.tasks(TASK_FOLLOW_UP_SIGNED_FOR)).hasSize(1);
  }

  /**
   * The legitimate starts still start: a reply posted again after a correction (纠正) reopened
   * the request ends the first reply's follow-up and starts its own in the same transaction;
   * and once a follow-up has ended (回执遗失), an administrator may start one again.
   */
  @Test
  void aReplyPostedAgainAfterAReopeningGetsItsOwnFollowUp() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance first = followUp(tn);

    today(LocalDate.of(2026, 3, 20));
    reopened(scenario, "2026-03-19");
    newRoundPostedOnTue24Mar(scenario);

    // Ended by the reopening (ADR 0148), not by the new posting.
    BpmnAwareTests.assertThat(first).isEnded()
        .hasPassed(ElementIds.END_EVENT_SUPERSEDED_BEFORE_DUE);
    ProcessInstance second = followUp(tn);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(engine.getRuntimeService().getVariable(second.getId(), DELIVERED_ON))
        .isEqualTo("2026-03-24");
    assertThat(followUps(tn)).isEqualTo(2);

    // Ended with the receipt reported lost: the case still awaits its date, and a new start
    // (an administrator's) is not a second running one.
    today(LocalDate.of(2026, 4, 23));
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    scenario.complete(TASK_FOLLOW_UP_SIGNED_FOR, OFFICE_USER, POST_RECEIPT_RESULT, "LOST",
        POST_RECEIPT_NOTE, "回执遗失，邮局查询无果");
    BpmnAwareTests.assertThat(second).isEnded();
    ProcessInstance third = engine.getRuntimeService().startProcessInstanceByKey(
        ProcessKeys.SIGNED_FOR_FOLLOW_UP, tn);
    BpmnAwareTests.assertThat(third).isActive();
  }

  /**
   * ADR 0148 (audit 33b, not probed): a reconsideration decision corrects the agency (纠正) on
   * Fri 17 Apr while 跟进邮寄回执 of the posted refusal is open. The reply no longer stands and the
   * case is no longer delivered, so 回执遗失 and 邮件被退回 were refused (不再等待签收) and the
   * task stayed open, leaving the office a task it could only close by entering the set-aside
   * reply's signed-for date. The reopening now ends it, with the reason on its end event.
   */
  @Test
  void aReopeningEndsTheOpenFollowUpTaskWithTheReason() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance followUp = followUp(tn);
    today(FOLLOW_UP_DAY);
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    BpmnAwareTests.assertThat(followUp).isWaitingAt(TASK_FOLLOW_UP_SIGNED_FOR);

    today(LocalDate.of(2026, 4, 20));
    reopened(scenario, "2026-04-17");

    assertThat(register.get(tn).status()).isEqualTo("IN_PROGRESS");
    assertThat(scenario.tasks(TASK_FOLLOW_UP_SIGNED_FOR)).isEmpty();
    BpmnAwareTests.assertThat(followUp).isEnded().hasPassed(END_EVENT_REPLY_SUPERSEDED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(followUp.getId()).variableName(SIGNED_FOR_FOLLOW_UP_END_REASON)
        .singleResult().getValue()).asString()
        .contains("申请已重新办理（行政复议决定撤销，决定日期2026年4月17日）", "无需再跟进");
    // Nothing was recorded of the set-aside reply's receipt.
    assertThat(register.postReceiptMissing(tn)).isEmpty();
    assertThat(register.replyReceivedOn(tn)).isNull();
  }

  /**
   * ADR 0148 (amended): after the reopening the set-aside reply's signed-for date is neither
   * offered on the case page nor accepted as a date correction (it was both); nothing is
   * recorded. The new round's delivered reply has its signed-for date offered again.
   */
  @Test
  void theSetAsideReplysSignedForDateIsNeitherOfferedNorCorrectedAfterAReopening() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    assertThat(corrections.correctable(tn)).extracting(DateCorrections.Correctable::field)
        .contains(CorrectableDate.replyReceivedOn);

    today(LocalDate.of(2026, 3, 20));
    reopened(scenario, "2026-03-19");

    assertThat(corrections.correctable(tn)).extracting(DateCorrections.Correctable::field)
        .doesNotContain(CorrectableDate.replyReceivedOn);
    int changesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_date_change"
        + " WHERE tracking_number = ?", Integer.class, tn);
    assertThatThrownBy(() -> corrections.correct(tn, "replyReceivedOn", "2026-03-13",
        "邮件回执已寄回", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("原答复书不再有效，不再登记或更正其申请人签收日期");
    assertThat(register.dates(tn).orElseThrow().replyReceivedOn()).isNull();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_date_change"
        + " WHERE tracking_number = ?", Integer.class, tn)).isEqualTo(changesBefore);

    newRoundPostedOnTue24Mar(scenario);
    assertThat(corrections.correctable(tn)).extracting(DateCorrections.Correctable::field)
        .contains(CorrectableDate.replyReceivedOn);
    today(LocalDate.of(2026, 3, 30));
    corrections.correct(tn, "replyReceivedOn", "2026-03-27", "邮件回执已寄回", OFFICE_USER);
    assertThat(register.dates(tn).orElseThrow().replyReceivedOn())
        .isEqualTo(LocalDate.of(2026, 3, 27));
  }

  @Test
  void aCorrectedPostingDateMovesTheFollowUpsTimerAndTheDateItsFormShows() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance followUp = followUp(tn);
    today(LocalDate.of(2026, 3, 20));
    // Posted Thu 5 Mar, not Tue 10 Mar: followed up from Sat 4 Apr, the day the compliance
    // list counts from the corrected posting, not on Thu 9 Apr.
    corrections.correct(tn, "deliveredOn", "2026-03-05", "交邮日期登记有误，以邮局收据为准",
        OFFICE_USER);
    assertThat(scenario.timerJobs(TIMER_SIGNED_FOR_FOLLOW_UP_DUE)).hasSize(1);
    assertThat(scenario.timerJobs(TIMER_SIGNED_FOR_FOLLOW_UP_DUE).get(0).getDuedate())
        .isEqualTo(OfficeTime.after(LocalDate.of(2026, 4, 3)));
    assertThat(engine.getRuntimeService().getVariables(followUp.getId(),
        java.util.List.of(DELIVERED_ON, SIGNED_FOR_FOLLOW_UP_AT))).containsEntry(DELIVERED_ON,
            "2026-03-05").containsEntry(SIGNED_FOR_FOLLOW_UP_AT,
                OfficeTime.after(LocalDate.of(2026, 4, 3)));
    // The audit trail shows the follow-up's day moved, as it shows the appeal window's.
    assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn))
        .filteredOn(change -> change.field().equals(DateChangeRegister.SIGNED_FOR_FOLLOW_UP_ON))
        .extracting(DateChangeRegister.DateChange::oldDate, DateChangeRegister.DateChange::newDate,
            DateChangeRegister.DateChange::changedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 9),
            LocalDate.of(2026, 4, 4), DateChangeRegister.SYSTEM));

    today(LocalDate.of(2026, 4, 4));
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    BpmnAwareTests.assertThat(followUp).isWaitingAt(TASK_FOLLOW_UP_SIGNED_FOR);
  }

  /**
   * An open task keeps waiting for the date when the posting day is corrected; its due date
   * follows: posted Thu 5 Mar, followed up from Sat 4 Apr, due 3 working days on, past 清明
   * (4–6 Apr): Tue 7, Wed 8, Thu 9 Apr (not Tue 14 Apr).
   */
  @Test
  void aCorrectedPostingDateMovesTheOpenTasksDueDate() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance followUp = followUp(tn);
    today(FOLLOW_UP_DAY);
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    BpmnAwareTests.assertThat(followUp).isWaitingAt(TASK_FOLLOW_UP_SIGNED_FOR);
    assertThat(scenario.task(TASK_FOLLOW_UP_SIGNED_FOR).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 14)));
    corrections.correct(tn, "deliveredOn", "2026-03-05", "交邮日期登记有误，以邮局收据为准",
        OFFICE_USER);
    BpmnAwareTests.assertThat(followUp).isWaitingAt(TASK_FOLLOW_UP_SIGNED_FOR);
    assertThat(scenario.task(TASK_FOLLOW_UP_SIGNED_FOR).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 4, 9)));
  }

  @Test
  void aPostingCorrectedToMoreThanThirtyDaysAgoMakesTheFollowUpDueAtOnce() {
    RequestScenario scenario = postedRefusal("POST");
    String tn = scenario.trackingNumber();
    ProcessInstance followUp = followUp(tn);
    today(LocalDate.of(2026, 4, 7));
    assertThat(executableFollowUpTimers(followUp)).isZero();
    corrections.correct(tn, "deliveredOn", "2026-03-05", "交邮日期登记有误，以邮局收据为准",
        OFFICE_USER);
    // Due on Sat 4 Apr, already past: the job executor takes it at its next look.
    assertThat(executableFollowUpTimers(followUp)).isOne();
    scenario.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    BpmnAwareTests.assertThat(followUp).isWaitingAt(TASK_FOLLOW_UP_SIGNED_FOR);
    assertThat(engine.getRuntimeService().getVariable(followUp.getId(), DELIVERED_ON))
        .isEqualTo("2026-03-05");
  }

  @Test
  void aReplyPostedBeforeTheFollowUpExistedGetsOneAtTheNextStartAndOnlyOnce() {
    String before = postedBeforeTheFollowUpExisted();
    // One followed up and reported lost (still awaiting its date), one waiting for its day.
    RequestScenario lost = postedRefusal("POST");
    today(FOLLOW_UP_DAY);
    lost.fireTimer(TIMER_SIGNED_FOR_FOLLOW_UP_DUE);
    lost.complete(TASK_FOLLOW_UP_SIGNED_FOR, OFFICE_USER, POST_RECEIPT_RESULT, "LOST",
        POST_RECEIPT_NOTE, "回执遗失，邮局查询无果");
    String waiting = postedRefusal("POST").trackingNumber();
    today(LocalDate.of(2026, 4, 20));
    var transactions = ((org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration)
        engine.getProcessEngineConfiguration()).getTransactionManager();

    assertThat(SignedForFollowUpStarts.start(engine, register, transactions)).isOne();
    ProcessInstance started = followUp(before);
    BpmnAwareTests.assertThat(started).isWaitingAt(GATEWAY_FOLLOW_UP_EVENTS);
    // Counted from the posting by the start listener: long past, so due at once.
    assertThat(engine.getRuntimeService().getVariable(started.getId(), SIGNED_FOR_FOLLOW_UP_AT))
        .isEqualTo(OfficeTime.after(FOLLOW_UP_DAY.minusDays(1)));
    assertThat(executableFollowUpTimers(started)).isOne();
    assertThat(engine.getRuntimeService().getVariable(started.getId(), APPLICANT_NAME))
        .isNotNull();

    // Started once: the next start finds nothing, nor for the lost one or the waiting one.
    assertThat(SignedForFollowUpStarts.start(engine, register, transactions)).isZero();
    assertThat(register.awaitingSignedForWithout(ProcessKeys.SIGNED_FOR_FOLLOW_UP)).isEmpty();
    assertThat(followUps(lost.trackingNumber())).isOne();
    assertThat(followUps(waiting)).isOne();
    assertThat(followUps(before)).isOne();
  }

  @Test
  void twoNodesStartingAtOnceStartOneFollowUp() throws Exception {
    var transactions = ((org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration)
        engine.getProcessEngineConfiguration()).getTransactionManager();
    for (int round = 0; round < 3; round++) {
      String tn = postedBeforeTheFollowUpExisted();
      today(LocalDate.of(2026, 4, 20));
      java.util.concurrent.atomic.AtomicInteger started =
          new java.util.concurrent.atomic.AtomicInteger();
      Runnable node = () -> started.addAndGet(
          SignedForFollowUpStarts.start(engine, register, transactions));
      assertThat(io.github.ogiworkflow.support.AtOnce.run(java.util.List.of(node, node)))
          .isEmpty();
      assertThat(followUps(tn)).as("round %s: one follow-up", round).isOne();
      assertThat(started.get()).as("round %s: started once", round).isOne();
    }
  }

  /**
   * A refusal posted Tue 10 Mar 2026 as before ADR 0061: the window is open, 待确认签收, and no
   * follow-up was ever started (made so by removing this one with its history).
   */
  private String postedBeforeTheFollowUpExisted() {
    String tn = postedRefusal("POST").trackingNumber();
    ProcessInstance removed = followUp(tn);
    engine.getRuntimeService().deleteProcessInstance(removed.getId(), "test");
    engine.getHistoryService().deleteHistoricProcessInstance(removed.getId());
    return tn;
  }

  private long followUps(String tn) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SIGNED_FOR_FOLLOW_UP).processInstanceBusinessKey(tn)
        .count();
  }

  private long executableFollowUpTimers(ProcessInstance followUp) {
    return engine.getManagementService().createJobQuery().processInstanceId(followUp.getId())
        .activityId(TIMER_SIGNED_FOR_FOLLOW_UP_DUE).timers().executable().count();
  }

  /** A refusal registered Mon 2 Mar 2026, delivered Tue 10 Mar by {@code deliveredBy}. */
  private RequestScenario postedRefusal(String deliveredBy) {
    today(LocalDate.of(2026, 3, 2));
    RequestScenario scenario = new RequestScenario(engine).startWithItems(
        registration(LocalDate.of(2026, 3, 2)), items(item("内部人事档案", "HELD")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
            WITHHOLDING_GROUND, "STATE_SECRET", LEGAL_BASIS, "《中华人民共和国保守国家秘密法》第十三条")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, RequestScenario.LEADER, REPLY_APPROVAL, "APPROVE");
    today(POSTED);
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, deliveredBy,
        DELIVERED_ON, POSTED.toString());
    return scenario;
  }

  private ProcessInstance followUp(String tn) {
    ProcessInstance followUp = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SIGNED_FOR_FOLLOW_UP).processInstanceBusinessKey(tn)
        .singleResult();
    assertThat(followUp).as("follow-up of the posted reply").isNotNull();
    return followUp;
  }

  private String caseInstance(String tn) {
    return register.dates(tn).orElseThrow().processInstanceId();
  }

  private <T> T bean(String name, Class<T> type) {
    return ProcessTestEngine.bean(engine, name, type);
  }

  /** A correction (纠正) decided on {@code decidedOn} reopens the request (ReplyCorrected). */
  private void reopened(RequestScenario scenario, String decidedOn) {
    engine.getRuntimeService().createMessageCorrelation("ReplyCorrected")
        .processInstanceBusinessKey(scenario.trackingNumber())
        .setVariable(REOPEN_DECIDED_ON, decidedOn)
        .setVariable(REOPEN_REASON, "行政复议决定撤销")
        .correlate();
    scenario.runAsyncSteps();
  }

  /** The reopened request's new round: withheld again, approved, posted Tue 24 Mar 2026. */
  private void newRoundPostedOnTue24Mar(RequestScenario scenario) {
    scenario.complete(ElementIds.TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("内部人事档案（补充检索）", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
            WITHHOLDING_GROUND, "STATE_SECRET", LEGAL_BASIS, "《中华人民共和国保守国家秘密法》第十三条")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, RequestScenario.LEADER, REPLY_APPROVAL, "APPROVE");
    today(LocalDate.of(2026, 3, 24));
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-03-24");
  }
}
