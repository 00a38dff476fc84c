package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.appeal.AppealSteps.*;

import io.github.ogiworkflow.appeal.AppealRegister.NewAppeal;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of Litigation (行政诉讼应诉) that are its own. */
@Configuration(proxyBeanMethods = false)
public class LitigationDelegates {

  /**
   * The defence is due 15 days after service (ALL Art. 67); calendar days, the last day moved
   * to the next working day where it is not one (CPL Art. 85 via ALL Art. 102).
   */
  static final int DEFENCE_DAYS = 15;
  /** Days before the hearing when legal is reminded to prepare. */
  static final int HEARING_REMINDER_DAYS = 3;

  /** 登记行政诉讼: the defence is due 15 days after service. */
  @Bean
  JavaDelegate registerLawsuitDelegate(AppealWindow window, AppealRegister appeals,
      Letters letters, WorkingDayCalendar calendar) {
    return execution -> {
      String trackingNumber = trackingNumber(execution);
      boolean afterReconsideration = Vars.flag(execution, AFTER_RECONSIDERATION);
      window.requireCase(trackingNumber);
      // The applicant, or a third party whose objection was overridden (Art. 32): a third
      // party's from the service of its notice, whatever the state of the reply (ADR 0038).
      AppealWindow.Filer filer = window.filer(trackingNumber, execution);
      CaseRegister.CaseRecord record =
          window.checkLawsuitMayStart(trackingNumber, afterReconsideration, filer);
      LocalDate filedOn = AppealWindow.notBeforeRequest(record,
          AppealWindow.notInFuture(Vars.date(execution, FILED_ON), FILED_ON, "起诉日期"),
          FILED_ON, "起诉日期");
      // Neither filed before the challenged act reached the appellant, nor served before filed.
      window.notBeforeChallengedAct(trackingNumber, filer, filedOn, FILED_ON, "起诉日期");
      LocalDate servedOn = AppealWindow.notBeforeRequest(record, servedOn(execution, filedOn),
          SERVED_ON, "收到起诉状副本日期");
      window.notBeforeChallengedAct(trackingNumber, filer, servedOn, SERVED_ON,
          "收到起诉状副本日期");
      LocalDate dueOn = defenceDueOn(calendar, servedOn);
      long id = appeals.insert(new NewAppeal(trackingNumber, execution.getProcessInstanceId(),
          AppealKind.LITIGATION, 1, afterReconsideration,
          Vars.requiredText(execution, DOCKET_NO, "案号"),
          Vars.requiredText(execution, APPEAL_BODY, "受理法院"), null, filedOn, servedOn, dueOn,
          filer.appellant(), filer.name()));
      Map<String, Object> variables = answerDue(id, dueOn);
      // Late or direct against a refusal: recorded all the same; the court decides.
      String warning = recordWarning(appeals, id, window.lawsuitWarning(
          record, afterReconsideration, filedOn == null ? servedOn : filedOn, filer));
      variables.put(FILING_WARNING_NOTE, warning);
      variables.putAll(appellantVariables(filer));
      showToDrafter(variables, subject(appeals.get(id), record.applicantName(), letters)
          + "，提起行政诉讼", warning);
      variables.put(INSTANCE_NO, 1);
      variables.put(AFTER_RECONSIDERATION, afterReconsideration);
      variables.put(APPEALED_TO_HIGHER_COURT, false);
      execution.setVariables(variables);
    };
  }

  /** 记录答辩及开庭日期: the hearing date sets the reminder. */
  @Bean
  JavaDelegate recordDefenceSubmissionDelegate(AppealRegister appeals, Letters letters,
      CaseRegister cases, AgencyProperties agency) {
    return execution -> {
      LocalDate submittedOn = recordSubmission(execution, appeals, letters, cases, agency);
      LocalDate hearingOn = Vars.requiredDate(execution, HEARING_ON, "开庭日期");
      if (hearingOn.isBefore(submittedOn)) {
        throw new InvalidInput(HEARING_ON + " lies before the submission（开庭日期不能早于提交日期）");
      }
      appeals.recordHearing(appealId(execution), hearingOn);
      java.util.Date remindAt = OfficeTime.morningOf(hearingOn.minusDays(HEARING_REMINDER_DAYS));
      execution.setVariable(HEARING_REMINDER_AT,
          remindAt.toInstant().isBefore(OfficeTime.now()) ? java.util.Date.from(OfficeTime.now())
              : remindAt);
    };
  }

  /** The last day for the defence to a complaint (or appeal) served on {@code servedOn}. */
  static LocalDate defenceDueOn(WorkingDayCalendar calendar, LocalDate servedOn) {
    return AppealWindow.periodEnd(calendar, servedOn.plusDays(DEFENCE_DAYS));
  }

  /** 进入二审: the suit goes on at the higher court, with a new brief due in 15 days. */
  @Bean
  JavaDelegate startSecondInstanceDelegate(AppealRegister appeals, WorkingDayCalendar calendar) {
    return execution -> {
      LocalDate servedOn = OfficeTime.today();
      LocalDate dueOn = defenceDueOn(calendar, servedOn);
      long id = appeals.insertSecondInstance(appealId(execution),
          execution.getProcessInstanceId(), Vars.text(execution, DOCKET_NO),
          Vars.requiredText(execution, APPEAL_BODY, "二审法院"), servedOn, dueOn);
      Map<String, Object> variables = answerDue(id, dueOn);
      variables.put(INSTANCE_NO, 2);
      variables.put(APPEALED_TO_HIGHER_COURT, false);
      variables.put(ANSWER_APPROVAL, null);
      variables.put(APPEAL_RESULT, null);
      variables.put(APPEAL_RESULT_DETAIL, null);
      execution.setVariables(variables);
    };
  }
}
