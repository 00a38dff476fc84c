package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.appeal.AppealSteps.*;

import io.github.ogiworkflow.appeal.AppealRegister.NewAppeal;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.security.ApiError;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
  /**
   * How long after the last day of the plaintiff's appeal period 登记原告上诉 still waits before
   * the first-instance judgment is taken as final (ADR 0049): an appeal posted on the last day is
   * in time (CPL Art. 85: 期间不包括在途时间), and the first-instance court forwards the copy to
   * the agency within 5 days of receiving it (CPL, applied by ALL Art. 101). An appeal recorded
   * after the last day is recorded with a warning all the same: admissibility is for the court.
   */
  static final int APPEAL_FORWARDING_DAYS = 15;
  /** Days before the hearing when legal is reminded to prepare. */
  static final int HEARING_REMINDER_DAYS = 3;

  /** 登记行政诉讼: the defence is due 15 days after service. */
  @Bean
  JavaDelegate registerLawsuitDelegate(AppealWindow window, AppealRegister appeals,
      AppealParties parties, Letters letters, WorkingDayCalendar calendar,
      PublishedYearGuard publishedYears) {
    return execution -> {
      String trackingNumber = trackingNumber(execution);
      // The office's entry is only checked: whether the suit follows a reconsideration decides
      // table 四's column and the periods, so the register decides it (audit round 27, F3).
      Object sent = execution.getVariable(AFTER_RECONSIDERATION);
      Boolean claimed = sent == null || sent.toString().isBlank() ? null
          : Vars.flag(execution, AFTER_RECONSIDERATION);
      // Locked first: a second filing sent at the same moment waits and then finds this one
      // pending (ADR 0059).
      window.lockCase(trackingNumber);
      // The applicant, or a third party whose objection was overridden (Art. 32): a third
      // party's from the service of its notice, whatever the state of the reply (ADR 0038).
      AppealWindow.Filer filer = window.filer(trackingNumber, execution);
      CaseRegister.CaseRecord record =
          window.checkLawsuitMayStart(trackingNumber, Boolean.TRUE.equals(claimed), filer);
      java.util.Optional<AppealRegister.Appeal> follows =
          window.checkAfterReconsideration(trackingNumber, filer, claimed);
      boolean afterReconsideration = follows.isPresent();
      // The reply, or before one was delivered the failure to reply in time (ADR 0081).
      ChallengedAct challenged =
          window.challengedAct(trackingNumber, filer, afterReconsideration);
      LocalDate filedOn = AppealWindow.notBeforeRequest(record,
          AppealWindow.notInFuture(Vars.date(execution, FILED_ON), FILED_ON, "起诉日期"),
          FILED_ON, "起诉日期");
      // Neither filed before the challenged act reached the appellant, nor served before filed.
      window.notBeforeChallengedAct(trackingNumber, filer, challenged, filedOn, FILED_ON,
          "起诉日期");
      AppealWindow.notBeforeDecision(filedOn, follows, FILED_ON, "起诉日期");
      LocalDate servedOn = AppealWindow.notBeforeRequest(record, servedOn(execution, filedOn,
          publishedYears, "收到起诉状副本日期"),
          SERVED_ON, "收到起诉状副本日期");
      window.notBeforeChallengedAct(trackingNumber, filer, challenged, servedOn, SERVED_ON,
          "收到起诉状副本日期");
      AppealWindow.notBeforeDecision(servedOn, follows, SERVED_ON, "收到起诉状副本日期");
      LocalDate dueOn = defenceDueOn(calendar, servedOn);
      // 共同原告 and 第三人 (ADR 0063), checked before anything is recorded.
      AppealParties.Parties further =
          filingParties(execution, AppealKind.LITIGATION, filer, record,
              letters.agency().name());
      String docketNo = AppealSteps.docketText(execution, DOCKET_NO, "案号", true);
      // Never the agency itself (audit round 30, F1), checked before recording.
      String court = appealBody(execution, "受理法院", letters.agency().name());
      long id = appeals.insert(new NewAppeal(trackingNumber, execution.getProcessInstanceId(),
          AppealKind.LITIGATION, 1, afterReconsideration, docketNo, court, null, filedOn,
          servedOn, dueOn, filer.appellant(), filer.name(), challenged));
      recordParties(execution, parties, id, further);
      Map<String, Object> variables = answerDue(id, dueOn);
      // Late, direct against a refusal, or early against a failure to reply: recorded all the
      // same; the court decides.
      String warning = recordWarning(appeals, id, window.lawsuitWarning(record,
          afterReconsideration, filedOn == null ? servedOn : filedOn, filer, challenged));
      variables.put(FILING_WARNING_NOTE, warning);
      variables.putAll(appellantVariables(filer));
      showToDrafter(variables, subject(appeals.get(id), record.applicantName(),
          further.coAppellants(), letters, "本机关") + "，提起行政诉讼", warning);
      variables.put(INSTANCE_NO, 1);
      variables.put(AFTER_RECONSIDERATION, afterReconsideration);
      variables.put(APPEALED_TO_HIGHER_COURT, false);
      execution.setVariables(variables);
    };
  }

  /**
   * 记录答辩及开庭日期: the hearing date sets the reminder. In a second instance the 案号 the
   * higher court has assigned meanwhile may be entered (ADR 0049): recorded first, so the
   * submitted document already names it; a blank one leaves the register's as it is.
   */
  @Bean
  JavaDelegate recordDefenceSubmissionDelegate(AppealRegister appeals, AppealParties parties,
      PleadingBlocks blocks, Letters letters, CaseRegister cases, AgencyProperties agency) {
    return execution -> {
      String secondDocket = AppealSteps.docketText(execution, SECOND_INSTANCE_DOCKET_NO, "二审案号", false);
      if (secondDocket != null && !secondDocket.isBlank()) {
        AppealRegister.Appeal appeal = appeals.get(appealId(execution));
        if (appeal.instanceNo() < 2) {
          throw new InvalidInput(SECOND_INSTANCE_DOCKET_NO + " fits only a second instance"
              + "（一审不能登记二审案号）");
        }
        if (secondDocket.strip().length() > 100) {
          throw new InvalidInput(SECOND_INSTANCE_DOCKET_NO + " is too long（二审案号过长）");
        }
        appeals.recordDocketNo(appeal.id(), secondDocket.strip());
        execution.setVariable(DOCKET_NO, secondDocket.strip());
      }
      LocalDate submittedOn = recordSubmission(execution, appeals, parties, blocks, letters,
          cases, agency);
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

  /**
   * The judgment's document and service date as the judgment form or the court's event gives
   * them (ALL Art. 85): 判决书 unless 裁定书 is chosen; served on the given day, not before the
   * judgment nor in the future, else counted from the judgment date (the earliest the period
   * can have started).
   */
  static AppealRegister.JudgmentService judgmentService(DelegateExecution execution,
      LocalDate decidedOn) {
    JudgmentKind kind = Vars.optionalChoice(execution, JUDGMENT_KIND, JudgmentKind.class,
        "裁判文书种类");
    LocalDate servedOn = Vars.date(execution, JUDGMENT_SERVED_ON);
    if (servedOn != null) {
      AppealWindow.notInFuture(servedOn, JUDGMENT_SERVED_ON, "裁判文书送达日期");
      if (servedOn.isBefore(decidedOn)) {
        throw new InvalidInput(JUDGMENT_SERVED_ON + " lies before the judgment（裁判文书送达日期"
            + "不能早于判决或裁定日期）");
      }
    }
    return new AppealRegister.JudgmentService(kind == null ? JudgmentKind.JUDGMENT : kind,
        servedOn == null ? decidedOn : servedOn);
  }

  /**
   * The last day to appeal a first-instance judgment (ALL Art. 85): 15 days from the service
   * of a 判决书 on the agency, 10 of a 裁定书, calendar days, a last day off moved to the next
   * working day (CPL Art. 85 via ALL Art. 102, {@link AppealWindow#periodEnd}). The agency's own
   * period, and the plaintiff's as far as the register knows it (the plaintiff's service date
   * is not known to the agency).
   */
  static LocalDate appealPeriodLastDay(WorkingDayCalendar calendar,
      AppealRegister.JudgmentService service) {
    return AppealWindow.periodEnd(calendar,
        service.servedOn().plusDays(service.kind().appealDays()));
  }

  /**
   * When 登记原告上诉 stops waiting (the morning after the last day plus the forwarding days):
   * without an appeal recorded by then, the first-instance judgment is final.
   */
  static LocalDate plaintiffAppealWaitEnds(WorkingDayCalendar calendar,
      AppealRegister.JudgmentService service) {
    return appealPeriodLastDay(calendar, service).plusDays(APPEAL_FORWARDING_DAYS + 1);
  }

  /** An agency appeal recorded after its period is refused (400 on {@code field}). */
  static void requireWithinAppealPeriod(WorkingDayCalendar calendar,
      AppealRegister.JudgmentService service, String field) {
    LocalDate lastDay = appealPeriodLastDay(calendar, service);
    LocalDate today = OfficeTime.today();
    if (today.isAfter(lastDay)) {
      throw new InvalidInput(field + ": the agency's appeal period ended on " + lastDay
          + " (ALL Art. 85)（本机关的上诉期限已于" + CaseLetters.chinese(lastDay) + "届满（"
          + service.kind().label() + "送达之日起" + service.kind().appealDays()
          + "日，《行政诉讼法》第八十五条），不能登记本机关上诉）");
    }
  }

  /**
   * 决定是否上诉 (on the flow leaving it, so a refusal is a 400 on the field and the task stays
   * open): an appeal is recorded only within the period counted from the register's service
   * date (not from anything the client sends now) and names the higher court; the second
   * instance's docket is not known yet.
   */
  @Bean
  ExecutionListener recordAgencyAppealDecisionListener(AppealRegister appeals,
      WorkingDayCalendar calendar, AgencyProperties agency) {
    return execution -> {
      AgencyAppealDecision decision = Vars.choice(execution, AGENCY_APPEAL,
          AgencyAppealDecision.class, "是否上诉");
      if (decision == AgencyAppealDecision.NO_APPEAL) {
        execution.setVariable(APPEALED_TO_HIGHER_COURT, false);
        return;
      }
      long id = appealId(execution);
      AppealRegister.JudgmentService service = appeals.judgmentService(id).orElseThrow(() ->
          new AppealConflict("Appeal " + id + " has no recorded judgment（尚未登记一审判决，"
              + "不能决定上诉）"));
      requireWithinAppealPeriod(calendar, service, AGENCY_APPEAL);
      String court = appealBody(execution, "二审法院", agency.name());
      if (court.strip().equals(appeals.get(id).bodyOrCourt())) {
        throw new InvalidInput(APPEAL_BODY + " names the first-instance court（二审法院应为上一级"
            + "人民法院，不能与一审法院相同）");
      }
      appeals.recordAgencyAppeal(id);
      execution.setVariable(APPEALED_TO_HIGHER_COURT, true);
      execution.setVariable(APPEALED_BY, AppealedBy.AGENCY.name());
      execution.setVariable(DOCKET_NO, null);
    };
  }

  /**
   * 登记原告上诉 (ADR 0049, 0057): the plaintiff (the applicant, or the third party that sued)
   * appealed a first-instance judgment nobody had appealed yet (one for the agency, or a
   * correction the agency does not appeal or has not decided on: the plaintiff may want more),
   * and the court served the copy of its appeal. Checked against the register (the judgment's
   * service, the first-instance court, nobody's appeal recorded yet); an appeal filed, or
   * without a filing date served, after the last day of ALL Art. 85's period is recorded with a
   * warning, never refused (the court decides whether it is late), as is one served after the
   * suit had ended at 一审判决生效 ({@code firstInstanceFinalOn}, ADR 0057). The second instance
   * then starts with the 答辩状 due 15 days after the copy was served.
   */
  @Bean
  JavaDelegate recordPlaintiffAppealDelegate(AppealRegister appeals, WorkingDayCalendar calendar,
      AppealWindow window, PublishedYearGuard publishedYears, AgencyProperties agency) {
    return execution -> {
      // Locked first, then read: a copy recorded meanwhile (the same one sent twice, or into
      // another suit of the case) is seen, and this one refused as a duplicate (ADR 0059, 0060).
      window.lockCase(trackingNumber(execution));
      long id = appealId(execution);
      AppealRegister.Appeal first = appeals.get(id);
      AppealRegister.JudgmentService service = appeals.judgmentService(id).orElseThrow(() ->
          new AppealConflict("Appeal " + id + " has no recorded judgment（尚未登记一审判决，"
              + "不能登记上诉）"));
      PlaintiffAppealInput input = plaintiffAppealInput(execution, first, agency.name());
      LocalDate servedOn = input.servedOn();
      // The second instance it starts is served that day; served by 31 December, its result
      // replaces the first instance's in that year's table 四 (ADR 0096).
      publishedYears.requireRecordable(null, PublishedYearGuard.CountedDate.APPEAL_SERVICE,
          servedOn, PLAINTIFF_APPEAL_SERVED_ON, "收到上诉状副本日期");
      LocalDate filedOn = input.filedOn();
      String court = input.court();
      if (first.appealedBy() != null) {
        throw new AppealConflict("Appeal " + id + " was already appealed by " + first.appealedBy()
            + "（该一审判决已登记上诉，二审已开始）");
      }
      String warning = joined(plaintiffAppealWarning(appealPeriodLastDay(calendar, service),
          service, filedOn, servedOn), afterFinalWarning(Vars.date(execution,
          FIRST_INSTANCE_FINAL_ON), servedOn));
      appeals.recordPlaintiffAppeal(id);
      Map<String, Object> variables = new java.util.HashMap<>();
      variables.put(APPEALED_TO_HIGHER_COURT, true);
      variables.put(APPEALED_BY, AppealedBy.APPLICANT.name());
      variables.put(APPEAL_BODY, court.strip());
      String docket = AppealSteps.docketText(execution, SECOND_INSTANCE_DOCKET_NO, "二审案号", false);
      variables.put(DOCKET_NO, docket == null || docket.isBlank() ? null : docket.strip());
      variables.put(FILING_WARNING_NOTE, warning);
      variables.put(FILING_WARNING_TEXT, warning == null ? ""
          : ApiError.chinese(warning));
      execution.setVariables(variables);
    };
  }

  /** What the copy of a plaintiff's appeal tells, checked (below). */
  record PlaintiffAppealInput(LocalDate servedOn, LocalDate filedOn, String court,
      String docketNo) {}

  /**
   * The copy of the plaintiff's appeal against {@code first}'s judgment, checked against the
   * register: served neither in the future nor before the judgment, filed (if known) between
   * judgment and service, the higher court named and neither the first-instance court nor the
   * agency ({@code agencyName}, {@link AppealSteps#appealBody}); the second
   * instance's 案号 if given. 400 on the field otherwise. The same checks wherever it is recorded
   * (a waiting suit, a new instance after the suit ended, the agency's second instance).
   */
  static PlaintiffAppealInput plaintiffAppealInput(org.camunda.bpm.engine.delegate.VariableScope
      scope, AppealRegister.Appeal first, String agencyName) {
    LocalDate servedOn = AppealWindow.notInFuture(Vars.requiredDate(scope,
        PLAINTIFF_APPEAL_SERVED_ON, "收到上诉状副本日期"), PLAINTIFF_APPEAL_SERVED_ON,
        "收到上诉状副本日期");
    if (servedOn.isBefore(first.decidedOn())) {
      throw new InvalidInput(PLAINTIFF_APPEAL_SERVED_ON + " lies before the judgment"
          + "（收到上诉状副本日期不能早于一审判决或裁定日期）");
    }
    LocalDate filedOn = Vars.date(scope, PLAINTIFF_APPEAL_FILED_ON);
    if (filedOn != null) {
      AppealWindow.notInFuture(filedOn, PLAINTIFF_APPEAL_FILED_ON, "上诉日期");
      if (filedOn.isBefore(first.decidedOn()) || filedOn.isAfter(servedOn)) {
        throw new InvalidInput(PLAINTIFF_APPEAL_FILED_ON + " must lie between the judgment and"
            + " the service of the appeal（上诉日期应在一审判决或裁定日期之后、收到上诉状副本"
            + "日期之前）");
      }
    }
    String court = appealBody(scope, "二审法院", agencyName);
    if (court.strip().equals(first.bodyOrCourt())) {
      throw new InvalidInput(APPEAL_BODY + " names the first-instance court（二审法院应为上一级"
          + "人民法院，不能与一审法院相同）");
    }
    String docket = AppealSteps.docketText(scope, SECOND_INSTANCE_DOCKET_NO, "二审案号", false);
    return new PlaintiffAppealInput(servedOn, filedOn, court.strip(),
        docket == null || docket.isBlank() ? null : docket.strip());
  }

  /**
   * The warning for a plaintiff's appeal recorded after the last day of its period (ALL Art.
   * 85), or null: filed after it, or (the filing date unknown) served after it. The period is
   * counted from the judgment's service on the agency, the date the register knows.
   */
  static String plaintiffAppealWarning(LocalDate lastDay, AppealRegister.JudgmentService service,
      LocalDate filedOn, LocalDate servedOn) {
    String period = service.kind().label() + "送达之日起" + service.kind().appealDays()
        + "日，《行政诉讼法》第八十五条";
    if (filedOn != null) {
      return filedOn.isAfter(lastDay) ? "Appeal filed on " + filedOn + " after the appeal period"
          + " ended on " + lastDay + " (ALL Art. 85)（原告于" + CaseLetters.chinese(filedOn)
          + "提起上诉，晚于上诉期限届满日" + CaseLetters.chinese(lastDay) + "（" + period
          + "）；是否逾期由人民法院审查，本机关照常应诉）" : null;
    }
    return servedOn.isAfter(lastDay) ? "Appeal served on " + servedOn + " after the appeal period"
        + " ended on " + lastDay + ", filing date unknown (ALL Art. 85)（收到上诉状副本时上诉期限已于"
        + CaseLetters.chinese(lastDay) + "届满（" + period + "），上诉日期不详；期满前交邮或提交的"
        + "不算逾期，是否逾期由人民法院审查，本机关照常应诉）" : null;
  }

  /**
   * The warning for a plaintiff's appeal recorded after its suit had ended at 一审判决生效 on
   * {@code finalOn} (ADR 0057), or null: recorded all the same, in a new instance.
   */
  static String afterFinalWarning(LocalDate finalOn, LocalDate servedOn) {
    if (finalOn == null) {
      return null;
    }
    return "Appeal served on " + servedOn + " after the suit had ended on " + finalOn
        + " with the first-instance judgment taken as final; recorded, the second instance starts"
        + "（收到上诉状副本时，本案已于" + CaseLetters.chinese(finalOn) + "按上诉期满未收到上诉"
        + "审结（一审判决生效）；现照常登记上诉并进入二审，一审判决不再视为生效，上诉是否有效由"
        + "人民法院审查）";
  }

  /** Two bilingual warnings as one ("english; english（中文；中文）"), or the one there is, or null. */
  static String joined(String first, String second) {
    if (first == null || second == null) {
      return first == null ? second : first;
    }
    return ApiError.english(first) + "; " + ApiError.english(second) + "（"
        + ApiError.chinese(first) + "；" + ApiError.chinese(second) + "）";
  }

  /**
   * The document the model's neutral brief-task names stand for (起草答辩状或上诉状, ADR 0049):
   * each task instance is named after the one being written.
   */
  static final String NEUTRAL_BRIEF = "答辩状或上诉状";

  /**
   * Names each brief task after the document being written (ADR 0045, 0049): the model's
   * 起草/审批/提交答辩状或上诉状 (true of both, as Cockpit's diagram shows them) become
   * 起草/审批/提交答辩状, or 起草/审批/提交行政上诉状 where the agency appealed, and the forms' labels
   * read {@code answerDocument}; decided from the register, whatever the variables say. Tasks of
   * instances on models before ADR 0049 (named 起草答辩状 …) are renamed only for the 行政上诉状.
   */
  @Bean
  TaskListener litigationBriefTaskListener(AppealRegister appeals) {
    return task -> {
      AppealRegister.Appeal appeal = appeals.get(appealId(task.getExecution()));
      boolean appealPetition =
          documentKind(appeal, appeals) == LetterKind.LITIGATION_APPEAL;
      String document = appealPetition ? "行政上诉状" : "答辩状";
      task.setName(briefTaskName(task.getName(), document));
      task.setVariable(ANSWER_DOCUMENT, document);
    };
  }

  /** A brief task's model name with the document it writes put in (see above). */
  static String briefTaskName(String modelName, String document) {
    if (modelName == null) {
      return null;
    }
    if (modelName.contains(NEUTRAL_BRIEF)) {
      return modelName.replace(NEUTRAL_BRIEF, document);
    }
    return modelName.replace("答辩状", document);
  }

  /**
   * The 答辩状 to the plaintiff's appeal recorded into the second instance of the agency's own
   * appeal (ADR 0066): the event sub-process 答辩原告上诉 starts here, its variables its own
   * (local to the sub-process), so the 行政上诉状's draft, approval and due day running beside it
   * are untouched; so are its 委托代理人 and further parties, this draft's own from the start
   * (ADR 0073: shown as the register holds them for the second instance, kept apart when drafted
   * and frozen with this 答辩状's approval). Due 15 days after the copy's service as the register recorded it (CPL's rule
   * on the 上诉状副本, applied by ALL Art. 101; a last day off moved, CPL Art. 85), never from a
   * variable; kept with the second instance.
   */
  @Bean
  ExecutionListener joinedDefenceScopeListener(AppealRegister appeals, AppealParties parties,
      CaseRegister cases, WorkingDayCalendar calendar) {
    return execution -> {
      long id = appealId(execution);
      AppealRegister.Appeal second = appeals.get(id);
      AppealRegister.JoinedPlaintiffAppeal joined = appeals.joinedPlaintiffAppeal(id)
          .orElseThrow(() -> new AppealConflict("Appeal " + id + " has no plaintiff's appeal"
              + " recorded into it（该二审未登记原告上诉，无需答辩）"));
      LocalDate dueOn = defenceDueOn(calendar, joined.servedOn());
      appeals.recordJoinedDefenceDue(id, dueOn);
      Map<String, Object> local = new java.util.HashMap<>(answerDue(id, dueOn));
      local.remove(APPEAL_ID);
      local.put(ANSWER_DOCUMENT, "答辩状");
      local.put(ANSWER_TEXT, null);
      local.put(EVIDENCE_LIST, null);
      local.put(ANSWER_APPROVAL, null);
      local.put(ANSWER_APPROVAL_COMMENT, null);
      local.put(SUBMITTED_ON, null);
      // The agents and parties block is this 答辩状's own (ADR 0073): a start the drafter may
      // change, never written back to the 行政上诉状's variables.
      java.util.List<AppealRegister.Agent> agents = appeals.agents(id);
      String[][] agentFields = {{AGENT_1_NAME, AGENT_1_POSITION}, {AGENT_2_NAME, AGENT_2_POSITION}};
      for (int i = 0; i < agentFields.length; i++) {
        local.put(agentFields[i][0], i < agents.size() ? agents.get(i).name() : null);
        local.put(agentFields[i][1], i < agents.size() ? agents.get(i).position() : null);
      }
      AppealParties.Parties further = parties.of(id);
      local.put(CO_APPELLANTS, String.join("\n", further.coAppellants()));
      local.put(THIRD_PARTIES, String.join("\n", further.thirdParties()));
      AppealRegister.Appeal first = appeals.firstInstanceOf(id).orElseThrow();
      String plaintiff = second.appellant() == Appellant.THIRD_PARTY ? second.appellantName()
          : cases.get(second.trackingNumber()).applicantName();
      showToDrafter(local, AppealSteps.PLAINTIFF_CO_APPELLANT + plaintiff + "不服"
          + firstInstanceAct(first, appeals) + "，提起上诉（本机关亦已上诉，由同一二审一并审理）",
          joined.warning());
      execution.setVariablesLocal(local);
    };
  }

  /** 审批答辩状 of the joined plaintiff's appeal: kept apart from the 行政上诉状's (ADR 0066). */
  @Bean
  ExecutionListener recordJoinedDefenceApprovalListener(AppealRegister appeals,
      AppealParties parties, PleadingBlocks blocks) {
    return new AppealDecisionDelegates.AnswerApprovalCheck(appeals, parties, blocks, true);
  }

  /**
   * 记录答辩 of the joined plaintiff's appeal (ADR 0066): submitted not before its copy was
   * served; only the text and evidence list leadership approved (the register's) are issued, as
   * a 答辩状 naming both sides as 上诉人; the agency's 行政上诉状 is a document of its own.
   */
  @Bean
  JavaDelegate recordJoinedDefenceDelegate(AppealRegister appeals, AppealParties parties,
      PleadingBlocks blocks, Letters letters, CaseRegister cases, AgencyProperties agency) {
    return execution -> {
      long id = appealId(execution);
      AppealRegister.JoinedPlaintiffAppeal joined = appeals.joinedPlaintiffAppeal(id)
          .orElseThrow(() -> new AppealConflict("Appeal " + id + " has no plaintiff's appeal"
              + " recorded into it（该二审未登记原告上诉，无需答辩）"));
      if (joined.answerSubmittedOn() != null) {
        throw new AppealConflict("Appeal " + id + ": the defence was submitted already（答辩状"
            + "已提交）");
      }
      LocalDate submittedOn = AppealWindow.notInFuture(
          Vars.requiredDate(execution, SUBMITTED_ON, "提交日期"), SUBMITTED_ON, "提交日期");
      if (submittedOn.isBefore(joined.servedOn())) {
        throw new InvalidInput(SUBMITTED_ON + " lies before the appeal was served on "
            + joined.servedOn() + "（提交日期不能早于收到上诉状副本日期"
            + CaseLetters.chinese(joined.servedOn()) + "）");
      }
      AppealSteps.notBeforeApproval(submittedOn,
          appeals.joinedDefenceApprovedOn(id).orElse(null), "答辩状");
      String answer = Vars.requiredProse(execution, ANSWER_TEXT, "答辩状");
      String evidence = Vars.text(execution, EVIDENCE_LIST);
      AppealRegister.ApprovedAnswer approved = appeals.approvedJoinedDefence(id).orElseThrow(() ->
          new InvalidInput(ANSWER_TEXT + ": not approved（答辩状尚未经领导审批，不能提交）"));
      // The engine holds both masked (ADR 0129): compared as shown, printed from the copy.
      if (!AnswerDrafts.sameShown(ANSWER_TEXT, approved.text(), answer)
          || !AnswerDrafts.sameShown(EVIDENCE_LIST, approved.evidence(), evidence)) {
        throw new InvalidInput(ANSWER_TEXT + ": differs from the answer leadership approved"
            + "（答辩状或证据清单与领导审批通过的内容不一致，不能提交）");
      }
      AppealRegister.Appeal second = appeals.get(id);
      // Built first: an opening that cannot be written refuses the submission, nothing recorded.
      // Its agents and parties as approved with it (ADR 0073), not the 行政上诉状's.
      String opening = joinedDefenceOpening(second,
          cases.get(second.trackingNumber()).applicantName(), approvedBlock(id,
              PleadingBlocks.Document.JOINED_DEFENCE, appeals, parties, blocks), appeals, agency);
      appeals.recordJoinedDefenceSubmission(id, submittedOn);
      issueAnswer(second, LetterKind.LITIGATION_DEFENCE, opening + approved.text(),
          approved.evidence(), letters);
    };
  }

  /**
   * 进入二审: the suit goes on at the higher court. The plaintiff appealed: a 答辩状 due 15 days
   * after its petition was served (recorded today). The agency appealed: its 行政上诉状 is due on
   * the last day of its appeal period (ALL Art. 85), from the register.
   */
  @Bean
  JavaDelegate startSecondInstanceDelegate(AppealRegister appeals, AppealParties parties,
      WorkingDayCalendar calendar) {
    return execution -> {
      AppealRegister.Appeal first = appeals.get(appealId(execution));
      // Recorded through 登记原告上诉: the 答辩状 counts from the copy's service (ADR 0049).
      LocalDate plaintiffAppealServedOn = Vars.date(execution, PLAINTIFF_APPEAL_SERVED_ON);
      boolean recordedPlaintiffAppeal = plaintiffAppealServedOn != null
          && AppealedBy.APPLICANT.name().equals(first.appealedBy());
      LocalDate servedOn = recordedPlaintiffAppeal ? plaintiffAppealServedOn : OfficeTime.today();
      LocalDate dueOn = defenceDueOn(calendar, servedOn);
      if (AppealedBy.AGENCY.name().equals(first.appealedBy())) {
        dueOn = appeals.judgmentService(first.id()).map(s -> appealPeriodLastDay(calendar, s))
            .orElse(dueOn);
        if (dueOn.isBefore(servedOn)) {
          dueOn = servedOn;
        }
      }
      long id = appeals.insertSecondInstance(appealId(execution),
          execution.getProcessInstanceId(), Vars.text(execution, DOCKET_NO),
          Vars.requiredText(execution, APPEAL_BODY, "二审法院"), servedOn, dueOn);
      // The same parties go on at the higher court (ADR 0063); the drafting task may amend them.
      parties.copy(first.id(), id);
      if (recordedPlaintiffAppeal) {
        recordWarning(appeals, id, Vars.text(execution, FILING_WARNING_NOTE));
      }
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
