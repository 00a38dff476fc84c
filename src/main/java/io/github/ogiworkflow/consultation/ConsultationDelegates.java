package io.github.ogiworkflow.consultation;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.consultation.ConsultationRegister.Answer;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.LetterServiceFollowUp;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of one consultation (征求意见, Art. 32 third party, Art. 34 agency): the letter
 * pauses the reply clock (Art. 33: consultation time does not count); the 15 working days to
 * answer run from the day the letter is received (自收到征求意见书之日起), which the office records;
 * the pause ends on the day the answer was given, or on the 15th working day of silence.
 */
@Configuration(proxyBeanMethods = false)
public class ConsultationDelegates {

  /** 发出征求意见函: the letter states the period, not a date: its start is the day of receipt. */
  @Bean
  JavaDelegate sendConsultationLetterDelegate(CaseLetters letters, ItemRegister items,
      ConsultationRegister consultations, PauseLedger pauses, DeadlineProperties limits,
      WorkingDayCalendar calendar, ConsultationPlanner planner) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      ConsultationKind kind = Vars.choice(execution, CONSULTATION_KIND, ConsultationKind.class,
          "征求意见对象");
      // Each third party gets its own letter (Art. 15, 32; ADR 0166): this instance's party, by
      // its place in the planner's list. Local to this consultation, like its other variables.
      String party = null;
      if (kind == ConsultationKind.THIRD_PARTY) {
        party = planner.partyOf(execution);
        execution.setVariableLocal(CONSULTATION_PARTY, party);
      }
      LocalDate today = OfficeTime.today();
      letters.send(trackingNumber, kind.letter(), Map.of(
          "addressee", kind == ConsultationKind.THIRD_PARTY
              ? (party == null ? "有关第三方" : party) : addressee(items, trackingNumber, kind),
          "items", kind == ConsultationKind.THIRD_PARTY
              ? CaseLetters.numbered(items.thirdPartyItemTitles(trackingNumber, party))
              : concernedItems(items, trackingNumber, kind),
          "workingDays", limits.consultationWorkingDays()));
      consultations.open(trackingNumber, kind, party, today);
      pauses.hold(execution, trackingNumber, today);
      // The clock stands still until the service is recorded: the office does it in time, or
      // is reminded (ADR 0122). Local to this consultation (the sub-process's input parameter).
      execution.setVariable(CONSULTATION_SERVICE_DUE_AT,
          LetterServiceFollowUp.dueAt(calendar, limits, today));
    };
  }

  /**
   * The letter's 主送: the names the office entered with the items, or, for items entered before
   * names were asked, a neutral form of address.
   */
  static String addressee(ItemRegister items, String trackingNumber, ConsultationKind kind) {
    List<String> names = items.consultees(trackingNumber, kind == ConsultationKind.THIRD_PARTY);
    if (!names.isEmpty()) {
      return String.join("、", names);
    }
    return kind == ConsultationKind.THIRD_PARTY ? "有关第三方" : "有关行政机关";
  }

  /**
   * The items a consultation of that kind is about, one line each, numbered from 1 in the
   * letter's own list: the case's item numbers would skip the items the addressee is not asked
   * about, as if some were missing (征求第三方意见函, 征求意见函, 公开决定告知书).
   */
  static String concernedItems(ItemRegister items, String trackingNumber, ConsultationKind kind) {
    Predicate<Item> concerned = kind == ConsultationKind.THIRD_PARTY
        ? Item::thirdParty : Item::otherAgency;
    return CaseLetters.numbered(items.of(trackingNumber).stream().filter(concerned)
        .map(Item::title).toList());
  }

  /**
   * 计算征求意见期限: the letter's service date, neither in the future nor before the letter was
   * sent; the consulted party answers within 15 working days of it (Art. 32, 34).
   */
  @Bean
  JavaDelegate startConsultationPeriodDelegate(ConsultationRegister consultations,
      WorkingDayCalendar calendar, DeadlineProperties limits) {
    return execution -> {
      Consultation consultation = current(consultations, execution);
      LocalDate servedOn = dateBetween(execution, CONSULTATION_SERVED_ON, "征求意见函送达日期",
          consultation.letterSentOn(), "征求意见函发出日期");
      LocalDate dueOn = calendar.addWorkingDays(servedOn, limits.consultationWorkingDays());
      consultations.served(consultation.id(), servedOn, dueOn);
      execution.setVariable(CONSULTATION_DUE_AT, OfficeTime.endOf(dueOn));
      execution.setVariable(CONSULTATION_DUE_ON_TEXT, dueOn.toString());
    };
  }

  /**
   * Leaving 登记征求意见答复: the answer date is checked while the form is still open (HTTP 400,
   * nothing written; 结束征求意见 runs asynchronously, where a refusal would be an incident). The
   * reasons are kept in the register here, as entered (audit 30b F4).
   */
  @Bean
  ExecutionListener consultationAnswerDateCheck(ConsultationRegister consultations) {
    return execution -> {
      // Silence is the timer's path only: the office's step records an answer.
      if (Vars.choice(execution, CONSULTATION_ANSWER, Answer.class, "答复意见") == Answer.SILENCE) {
        throw new InvalidInput(CONSULTATION_ANSWER + ": silence is not an answer"
            + "（答复意见：请选择同意公开或不同意公开；逾期未答复的由系统在期限届满时处理）");
      }
      // Art. 32 withholds only on a reasoned objection (handbook 2.6): an objection is recorded
      // with the reasons given, as the form requires them (audit 31a F3; ADR 0124). Without
      // reasons it is not recorded; the office asks for them, and if none come in the period the
      // consultation ends as silence and the agency decides (Art. 32).
      if (Vars.choice(execution, CONSULTATION_ANSWER, Answer.class, "答复意见") == Answer.OBJECTION
          && Vars.text(execution, CONSULTATION_OPINION) == null) {
        throw new InvalidInput(CONSULTATION_OPINION + ": an objection is recorded with its reasons"
            + "（不同意公开的理由：请填写对方说明的不同意公开的理由；未说明理由的不同意不是有合理理由的不同意"
            + "（条例第三十二条），不予登记，请对方说明理由，期限届满仍未说明的，按逾期未提出意见处理，由本机关依法决定）");
      }
      Consultation consultation = current(consultations, execution);
      answeredOn(execution, consultation);
      // In full in the register only: the variable is stored masked (audit 30b F4), and
      // 结束征求意见 reads the stored variables later.
      consultations.keepOpinion(consultation.id(), Vars.text(execution, CONSULTATION_OPINION));
    };
  }

  /** The date the answer was given: not in the future, not before the letter was received. */
  static LocalDate answeredOn(VariableScope scope, Consultation consultation) {
    return dateBetween(scope, CONSULTATION_ANSWERED_ON, "收到答复日期",
        consultation.servedOn(), "征求意见函送达日期");
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

  /**
   * 结束征求意见: records the answer (none = silence) and resumes the reply clock. The pause ends
   * on the day the answer was given, never after the last day of the period: the 15 working days
   * are all the consultation time Art. 32/34 allow, so silence ends it on the 15th working day
   * itself, whenever the timer's job happens to run (it fires at 23:59:59 of that day).
   */
  @Bean
  JavaDelegate closeConsultationDelegate(ConsultationRegister consultations, PauseLedger pauses,
      ItemRegister items, AgencyObjection agencyObjection, ThirdPartySilence silence) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      ConsultationKind kind = Vars.choice(execution, CONSULTATION_KIND, ConsultationKind.class,
          "征求意见对象");
      Consultation consultation = current(consultations, execution);
      String given = Vars.text(execution, CONSULTATION_ANSWER);
      Answer answer = given == null ? Answer.SILENCE : Answer.valueOf(given);
      LocalDate answeredOn = answer == Answer.SILENCE ? null : answeredOn(execution, consultation);
      // As entered (kept when the step was completed); the variable is masked (audit 30b F4).
      String opinion = answer == Answer.SILENCE ? Vars.text(execution, CONSULTATION_OPINION)
          : consultations.keptOpinion(consultation.id())
              .orElseGet(() -> Vars.text(execution, CONSULTATION_OPINION));
      consultations.answer(consultation.id(), answer, answeredOn, opinion);
      if (kind == ConsultationKind.THIRD_PARTY && answer == Answer.OBJECTION) {
        // Before ADR 0166 one consultation went to all of the case's third parties.
        boolean perParty = execution.hasVariable(CONSULTATION_PARTY);
        String party = consultation.party();
        // The objection stays with the information, whatever round splits it again (ADR 0115);
        // only with this party's information (ADR 0166).
        if (perParty) {
          items.markThirdPartyObjected(trackingNumber, answeredOn, party);
        } else {
          items.markThirdPartyObjected(trackingNumber, answeredOn);
        }
        // Art. 32: a reasoned objection is weighed against the public interest; the office and
        // leadership decide with it in front of them: each objecting party's, in turn.
        addThirdPartyObjection(execution, items, trackingNumber, perParty, party, answeredOn,
            null, opinion);
      }
      if (kind == ConsultationKind.THIRD_PARTY) {
        // Art. 32 (audit 35a F4, ADR 0172): a silent party's information is the agency's to
        // decide; the review of its items, the drafter and leadership see the silence.
        showSilence(execution, silence, trackingNumber);
      }
      if (kind == ConsultationKind.AGENCY) {
        // Art. 34 (audit 35a F3, ADR 0169): a co-producing agency's objection is weighed: the
        // review of its items, the drafter and leadership see it; consent or silence of a later
        // round leaves none.
        agencyObjection.text(trackingNumber).ifPresentOrElse(
            text -> execution.getProcessInstance().setVariable(AGENCY_OBJECTION, text),
            () -> execution.getProcessInstance().removeVariable(AGENCY_OBJECTION));
      }
      pauses.release(execution, trackingNumber, pauseEndsOn(answeredOn, consultation.dueOn()));
    };
  }

  /**
   * The objection the office and leadership weigh (Art. 32; {@code thirdPartyObjection}): the
   * party, its items, the answer's date (and postmark, for an answer posted within the period but
   * received after it, ADR 0172) and the reasons; appended to another party's objection of this
   * round (the flag is reset at a new round, HandlingRound).
   */
  static void addThirdPartyObjection(DelegateExecution execution, ItemRegister items,
      String trackingNumber, boolean perParty, String party, LocalDate answeredOn,
      LocalDate postedOn, String opinion) {
    String earlier = Vars.flag(execution, THIRD_PARTY_OBJECTED)
        ? Vars.text(execution, THIRD_PARTY_OBJECTION) : null;
    execution.getProcessInstance().setVariable(THIRD_PARTY_OBJECTED, true);
    execution.getProcessInstance().setVariable(THIRD_PARTY_OBJECTION, withEarlier(earlier,
        objectionText(items, trackingNumber, perParty, party, answeredOn, postedOn, opinion)));
  }

  /** One party's objection as {@link #addThirdPartyObjection} shows it. */
  static String objectionText(ItemRegister items, String trackingNumber, boolean perParty,
      String party, LocalDate answeredOn, LocalDate postedOn, String opinion) {
    List<String> concerned = perParty ? items.thirdPartyItemTitles(trackingNumber, party)
        : items.of(trackingNumber).stream().filter(ItemRegister.Item::thirdParty)
            .map(ItemRegister.Item::title).toList();
    return (perParty ? ConsultationTexts.party("第三方", party) + "\n" : "")
        + ConsultationTexts.items(concerned.stream().map(ConsultationTexts::quoted))
        + "\n答复日期：" + CaseLetters.chinese(answeredOn)
        + (postedOn == null ? ""
            : "（邮戳日期：" + CaseLetters.chinese(postedOn) + "，在答复期限内寄出）")
        + "\n" + ConsultationTexts.reasons(opinion);
  }

  /** Another party's objection recorded earlier in this round stays, first. */
  static String withEarlier(String earlier, String objection) {
    return earlier == null ? objection : earlier + "\n\n" + objection;
  }

  /** Sets the case's {@code thirdPartySilence} from the register, or removes it (ADR 0172). */
  static void showSilence(DelegateExecution execution, ThirdPartySilence silence,
      String trackingNumber) {
    silence.text(trackingNumber).ifPresentOrElse(
        text -> execution.getProcessInstance().setVariable(THIRD_PARTY_SILENCE, text),
        () -> execution.getProcessInstance().removeVariable(THIRD_PARTY_SILENCE));
  }

  /** The answer's date, or the last day of the period if there was none or it came later. */
  static LocalDate pauseEndsOn(LocalDate answeredOn, LocalDate dueOn) {
    return answeredOn == null || answeredOn.isAfter(dueOn) ? dueOn : answeredOn;
  }

  /**
   * The open consultation this sub-process instance runs: of its kind and, for a third party
   * since ADR 0166, its party (the instance's local variable; absent for an instance from
   * before, whose one consultation has no party).
   */
  static Consultation current(ConsultationRegister consultations, DelegateExecution execution) {
    ConsultationKind kind = Vars.choice(execution, CONSULTATION_KIND, ConsultationKind.class,
        "征求意见对象");
    String party = kind == ConsultationKind.THIRD_PARTY
        ? Vars.text(execution, CONSULTATION_PARTY) : null;
    return consultations.current(execution.getProcessBusinessKey(), kind, party);
  }

  /**
   * A date a step records: required, not after today, not before {@code notBefore} (the step it
   * follows). Refused with a 400 naming the field.
   */
  static LocalDate dateBetween(VariableScope scope, String variable, String chineseName,
      LocalDate notBefore, String notBeforeName) {
    LocalDate date = Vars.requiredDate(scope, variable, chineseName);
    if (date.isAfter(OfficeTime.today())) {
      throw new InvalidInput(variable + ": " + date + " is in the future（" + chineseName
          + "不得晚于今天）");
    }
    if (notBefore != null && date.isBefore(notBefore)) {
      throw new InvalidInput(variable + ": " + date + " is before " + notBefore + "（"
          + chineseName + "不得早于" + notBeforeName + CaseLetters.chinese(notBefore) + "）");
    }
    return date;
  }
}
