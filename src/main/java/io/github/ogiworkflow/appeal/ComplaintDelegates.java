package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.appeal.AppealSteps.*;

import io.github.ogiworkflow.appeal.AppealRegister.NewAppeal;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of Complaint (申诉、举报). */
@Configuration(proxyBeanMethods = false)
public class ComplaintDelegates {

  /** The agency's own standard for answering a complaint: there is no statutory limit. */
  static final int COMPLAINT_ANSWER_WORKING_DAYS = 15;

  /** 登记申诉举报. */
  @Bean
  JavaDelegate registerComplaintDelegate(AppealWindow window, AppealRegister appeals,
      WorkingDayCalendar calendar) {
    return execution -> {
      String trackingNumber = trackingNumber(execution);
      CaseRegister.CaseRecord record = window.requireCase(trackingNumber);
      ComplaintKind kind = Vars.choice(execution, COMPLAINT_KIND, ComplaintKind.class, "类别");
      String text = Vars.requiredText(execution, COMPLAINT_TEXT, "申诉举报内容");
      LocalDate servedOn = AppealWindow.notBeforeRequest(record, servedOn(execution, null),
          SERVED_ON, "收到日期");
      LocalDate dueOn = calendar.addWorkingDays(servedOn, COMPLAINT_ANSWER_WORKING_DAYS);
      long id = appeals.insert(new NewAppeal(trackingNumber, execution.getProcessInstanceId(),
          AppealKind.COMPLAINT, 1, false, Vars.text(execution, DOCKET_NO),
          Vars.requiredText(execution, APPEAL_BODY, "转办机关"), kind.name(), null, servedOn,
          dueOn));
      Map<String, Object> variables = answerDue(id, dueOn);
      showToDrafter(variables, kind.label() + "内容：" + text, null);
      execution.setVariables(variables);
    };
  }

  /** 记录申诉举报答复: the approved answer is sent; the complaint is answered. */
  @Bean
  JavaDelegate recordComplaintAnswerDelegate(AppealRegister appeals, Letters letters) {
    return execution -> {
      long id = appealId(execution);
      appeals.recordAnswer(id, Vars.requiredText(execution, ANSWER_TEXT, "答复内容"),
          Vars.text(execution, EVIDENCE_LIST));
      issueAnswer(appeals.get(id), Vars.requiredText(execution, ANSWER_TEXT, "答复内容"),
          Vars.text(execution, EVIDENCE_LIST), letters);
      appeals.recordSubmission(id, OfficeTime.today());
      appeals.recordResult(id, "ANSWERED", null, OfficeTime.today(), null);
    };
  }
}
