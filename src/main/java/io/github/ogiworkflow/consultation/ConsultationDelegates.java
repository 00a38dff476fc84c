package io.github.ogiworkflow.consultation;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.consultation.ConsultationRegister.Answer;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of one consultation (征求意见): the letter pauses the reply clock; the answer, or
 * 15 working days of silence, ends the pause and moves the deadline by the days paused.
 */
@Configuration
public class ConsultationDelegates {

  /** 发出征求意见函. */
  @Bean
  JavaDelegate sendConsultationLetterDelegate(CaseLetters letters, ItemRegister items,
      ConsultationRegister consultations, PauseLedger pauses, WorkingDayCalendar calendar,
      DeadlineProperties limits) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      ConsultationKind kind = Vars.choice(execution, CONSULTATION_KIND, ConsultationKind.class,
          "征求意见对象");
      LocalDate today = OfficeTime.today();
      LocalDate dueOn = calendar.addWorkingDays(today, limits.consultationWorkingDays());
      Predicate<Item> concerned = kind == ConsultationKind.THIRD_PARTY
          ? Item::thirdParty : Item::otherAgency;
      String itemList = items.of(trackingNumber).stream().filter(concerned)
          .map(item -> item.seq() + ". " + item.title()).collect(Collectors.joining("\n"));
      letters.send(trackingNumber, kind.letter(),
          Map.of("items", itemList, "dueOn", CaseLetters.chinese(dueOn)));
      consultations.open(trackingNumber, kind, today, dueOn);
      pauses.hold(execution, trackingNumber, today);
      execution.setVariable(CONSULTATION_DUE_AT, OfficeTime.endOf(dueOn));
    };
  }

  /**
   * Before 征求意见: which consultations the case needs (one sub-process instance each), from the
   * register's items. Transient: the multi-instance reads it at once and it is derivable.
   */
  @Bean
  ExecutionListener planConsultationsListener(ConsultationPlanner planner) {
    return execution -> execution.setVariable(CONSULTATION_KINDS,
        Variables.untypedValue(planner.kinds(execution), true));
  }

  /** 结束征求意见: records the answer (none = silence) and resumes the reply clock. */
  @Bean
  JavaDelegate closeConsultationDelegate(ConsultationRegister consultations, PauseLedger pauses) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      ConsultationKind kind = Vars.choice(execution, CONSULTATION_KIND, ConsultationKind.class,
          "征求意见对象");
      String given = Vars.text(execution, CONSULTATION_ANSWER);
      Answer answer = given == null ? Answer.SILENCE : Answer.valueOf(given);
      LocalDate answeredOn = answer == Answer.SILENCE ? null
          : Vars.requiredDate(execution, CONSULTATION_ANSWERED_ON, "答复日期");
      consultations.answer(trackingNumber, kind, answer, answeredOn,
          Vars.text(execution, CONSULTATION_OPINION));
      if (kind == ConsultationKind.THIRD_PARTY && answer == Answer.OBJECTION) {
        execution.getProcessInstance().setVariable(THIRD_PARTY_OBJECTED, true);
      }
      pauses.release(execution, trackingNumber, OfficeTime.today());
    };
  }
}
