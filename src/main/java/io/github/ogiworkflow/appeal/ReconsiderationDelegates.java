package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.appeal.AppealSteps.*;

import io.github.ogiworkflow.appeal.AppealRegister.NewAppeal;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.PublishedYearGuard;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of Reconsideration (行政复议答复) that are its own. */
@Configuration(proxyBeanMethods = false)
public class ReconsiderationDelegates {

  /** 登记行政复议: the answer is due 5 or 10 working days after the copy arrived. */
  @Bean
  JavaDelegate registerReconsiderationDelegate(AppealWindow window, AppealRegister appeals,
      AppealParties parties, WorkingDayCalendar calendar, Letters letters,
      PublishedYearGuard publishedYears) {
    return execution -> {
      String trackingNumber = trackingNumber(execution);
      // Locked first: a second filing sent at the same moment waits and then finds this one
      // pending (ADR 0059).
      window.lockCase(trackingNumber);
      // The applicant, or a third party whose objection was overridden (Art. 32): a third
      // party's from the service of its notice, whatever the state of the reply (ADR 0038).
      AppealWindow.Filer filer = window.filer(trackingNumber, execution);
      CaseRegister.CaseRecord record = window.checkReconsiderationMayStart(trackingNumber, filer);
      // The reply, or before one was delivered the failure to reply in time (ADR 0081).
      ChallengedAct challenged = window.challengedAct(trackingNumber, filer, false);
      ReconsiderationProcedure procedure = Vars.choice(execution, PROCEDURE,
          ReconsiderationProcedure.class, "复议程序");
      LocalDate filedOn = AppealWindow.notBeforeRequest(record, AppealWindow.notInFuture(
          Vars.requiredDate(execution, FILED_ON, "申请复议日期"), FILED_ON, "申请复议日期"),
          FILED_ON, "申请复议日期");
      window.notBeforeChallengedAct(trackingNumber, filer, challenged, filedOn, FILED_ON,
          "申请复议日期");
      LocalDate servedOn = servedOn(execution, filedOn, publishedYears, "收到答复通知书日期");
      LocalDate dueOn = calendar.addWorkingDays(servedOn, procedure.answerWorkingDays());
      // 共同申请人 and 第三人 (ADR 0063), checked before anything is recorded.
      AppealParties.Parties further =
          filingParties(execution, AppealKind.RECONSIDERATION, filer, record,
              letters.agency().name());
      String docketNo = docketText(execution, DOCKET_NO, "案号", true);
      // Never the agency itself (ARL Art. 24; audit round 30, F1), checked before recording.
      String body = appealBody(execution, "复议机关", letters.agency().name());
      long id = appeals.insert(new NewAppeal(trackingNumber, execution.getProcessInstanceId(),
          AppealKind.RECONSIDERATION, 1, false, docketNo, body, procedure.name(), filedOn,
          servedOn, dueOn, filer.appellant(), filer.name(), challenged));
      recordParties(execution, parties, id, further);
      Map<String, Object> variables = answerDue(id, dueOn);
      // Late, or early against a failure to reply: recorded all the same, with the warning
      // (ARL Art. 20: the body decides).
      // Also when filed with another body than the reply letters name (audit round 30, F1).
      String warning = recordWarning(appeals, id, LitigationDelegates.joined(
          window.reconsiderationWarning(trackingNumber, filedOn, filer, challenged),
          otherBodyWarning(body, letters.agency().reconsiderationBody())));
      variables.put(FILING_WARNING_NOTE, warning);
      variables.putAll(appellantVariables(filer));
      showToDrafter(variables, subject(appeals.get(id), record.applicantName(),
          further.coAppellants(), letters, "本机关") + "，申请行政复议", warning);
      // The body's 30 / 60 days, its last day moved off a day off (ARL Art. 88, CPL Art. 85):
      // the follow-up comes once that whole day has passed, as the reply's own escalation does,
      // not on its morning (audit 31b, F7).
      variables.put(DECISION_REMINDER_AT, OfficeTime.after(AppealWindow.periodEnd(calendar,
          filedOn.plusDays(procedure.decisionCalendarDays()))));
      execution.setVariables(variables);
    };
  }

  /** 记录提交答复: the approved answer and its evidence as submitted. */
  @Bean
  JavaDelegate recordSubmissionDelegate(AppealRegister appeals, AppealParties parties,
      PleadingBlocks blocks, Letters letters, CaseRegister cases, AgencyProperties agency) {
    return execution -> recordSubmission(execution, appeals, parties, blocks, letters, cases,
        agency);
  }
}
