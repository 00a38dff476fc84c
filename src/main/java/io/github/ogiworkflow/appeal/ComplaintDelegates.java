package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.appeal.AppealSteps.*;

import io.github.ogiworkflow.appeal.AppealRegister.NewAppeal;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.letter.AgencyProperties;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of Complaint (申诉、举报). */
@Configuration(proxyBeanMethods = false)
public class ComplaintDelegates {

  /** The agency's own standard for answering a complaint: there is no statutory limit. */
  static final int COMPLAINT_ANSWER_WORKING_DAYS = 15;

  /** Prefix of a complaint's own number (SSJB-2026-000001) when it is not about a request. */
  public static final String COMPLAINT_NUMBER_PREFIX = "SSJB";
  /** The longest reference a complaint may name. */
  static final int MAX_REFERENCE = 100;

  /**
   * 登记申诉举报 (Art. 51): about a request (its tracking number, which must exist), or about
   * proactive disclosure (a publication batch, ZDGK-…, which must exist) or the agency's OGI
   * work in general (no number): such a complaint gets its own number (SSJB-…) as business key.
   * The same body's docket number (来文编号) is registered once: a complaint passed on once is
   * counted once.
   */
  @Bean
  JavaDelegate registerComplaintDelegate(AppealWindow window, AppealRegister appeals,
      WorkingDayCalendar calendar, PublishedYearGuard publishedYears, AgencyProperties agency) {
    return execution -> {
      String trackingNumber = Vars.text(execution, TRACKING_NUMBER);
      String reference = Vars.text(execution, COMPLAINT_REFERENCE);
      // A publication batch's number entered as the tracking number is what it is about.
      if (trackingNumber != null && isBatch(trackingNumber)) {
        if (reference == null) {
          reference = trackingNumber;
        }
        trackingNumber = null;
      }
      CaseRegister.CaseRecord record = null;
      if (trackingNumber != null) {
        // Locked as every filing on the case is (ADR 0059).
        record = window.lockCase(trackingNumber);
        if (execution.getProcessBusinessKey() == null) {
          execution.setProcessBusinessKey(trackingNumber);
        }
      }
      if (reference != null) {
        checkReference(reference, appeals);
      }
      ComplaintKind kind = Vars.choice(execution, COMPLAINT_KIND, ComplaintKind.class, "类别");
      String text = Vars.requiredText(execution, COMPLAINT_TEXT, "申诉举报内容");
      LocalDate servedOn = servedOn(execution, null, publishedYears, "收到日期");
      if (record != null) {
        AppealWindow.notBeforeRequest(record, servedOn, SERVED_ON, "收到日期");
      }
      // The higher authority or the OGI competent department that passed it on (Art. 51),
      // never the agency complained of (audit round 30, F1).
      String body = appealBody(execution, "转办机关", agency.name());
      String docketNo = AppealSteps.docketText(execution, DOCKET_NO, "来文编号", false);
      if (docketNo != null) {
        appeals.complaintWithDocket(body, docketNo).ifPresent(existing -> {
          throw docketTaken(body, docketNo, existing);
        });
      }
      // Without a docket number: the same body, request or reference, day and text is the same
      // complaint unless the office confirms another (audit 30b F5, ADR 0119).
      String sameKey = docketNo != null || confirmedAnother(execution) ? null
          : AppealRegister.complaintSameKey(body, trackingNumber != null ? trackingNumber
              : reference, servedOn, text);
      if (sameKey != null) {
        appeals.complaintWithSameKey(sameKey).ifPresent(existing -> {
          throw sameComplaint(existing);
        });
      }
      LocalDate dueOn = calendar.addWorkingDays(servedOn, COMPLAINT_ANSWER_WORKING_DAYS);
      long id;
      try {
        id = appeals.insert(new NewAppeal(trackingNumber, execution.getProcessInstanceId(),
            AppealKind.COMPLAINT, 1, false, docketNo, body, kind.name(), null, servedOn, dueOn));
      } catch (AppealRegister.DocketTaken taken) {
        // The same complaint registered at the same moment (the unique key decided, V40).
        throw docketTaken(body, docketNo, taken.existing());
      }
      String complaintNo = null;
      if (trackingNumber == null) {
        // Numbered by the register's row: unique, rising, no counter of another package.
        complaintNo = String.format("%s-%d-%06d", COMPLAINT_NUMBER_PREFIX, servedOn.getYear(), id);
        execution.setProcessBusinessKey(complaintNo);
      }
      appeals.recordComplaintIdentity(id, complaintNo, reference);
      // In full in the register only: the variable is stored masked (audit 30b F4), and this
      // step, in the command that submitted it, is the last to read it whole.
      appeals.recordComplaintText(id, text);
      if (sameKey != null) {
        try {
          appeals.claimComplaintSameKey(id, sameKey);
        } catch (AppealRegister.DocketTaken taken) {
          // Registered by another clerk at the same moment (the unique key decided, V83).
          throw sameComplaint(taken.existing());
        }
      }
      Map<String, Object> variables = answerDue(id, dueOn);
      variables.put(COMPLAINT_NO, complaintNo);
      variables.put(COMPLAINT_REFERENCE, reference);
      String about = trackingNumber != null ? "" : reference != null ? "所涉：" + reference + "；"
          : "所涉：本机关政府信息公开工作；";
      showToDrafter(variables, about + kind.label() + "内容：" + text, null);
      execution.setVariables(variables);
    };
  }

  /** The refusal of the same complaint without a docket number (audit 30b F5, ADR 0119). */
  static InvalidInput sameComplaint(String existing) {
    return new InvalidInput(COMPLAINT_TEXT + ": the same complaint as " + existing
        + ", already registered（与已登记的申诉举报" + existing + "（同一转办机关、同一所涉申请或编号、"
        + "同日收到、内容相同）重复；如确为另一件申诉举报，请勾选“确认为另一件申诉举报”后重新提交）");
  }

  /** 确认为另一件申诉举报: a check box, true or false; not sent is false. */
  private static boolean confirmedAnother(DelegateExecution execution) {
    Object confirmed = execution.getVariable(COMPLAINT_DUPLICATE_CONFIRMED);
    if (confirmed == null) {
      return false;
    }
    if (confirmed instanceof Boolean flag) {
      return flag;
    }
    if ("true".equals(confirmed.toString()) || "false".equals(confirmed.toString())) {
      return Boolean.parseBoolean(confirmed.toString());
    }
    throw new InvalidInput(COMPLAINT_DUPLICATE_CONFIRMED + ": not true or false"
        + "（确认为另一件申诉举报：应为是或否）");
  }

  /** The refusal of a docket number registered before, checked or found by the unique key. */
  static InvalidInput docketTaken(String body, String docketNo, String existing) {
    return new InvalidInput(DOCKET_NO + ": a complaint from this body with this docket"
        + " number is already registered as " + existing + "（" + body + "来文编号" + docketNo
        + "的申诉举报已登记（" + existing + "），不能重复登记）");
  }

  /** A publication batch's number: ZDGK-… (publication/PublicationDelegates.BATCH_PREFIX). */
  static boolean isBatch(String number) {
    return number.toUpperCase(java.util.Locale.ROOT).startsWith("ZDGK-");
  }

  /** A publication batch's number must exist; any other reference is kept as written. */
  private static void checkReference(String reference, AppealRegister appeals) {
    if (reference.length() > MAX_REFERENCE) {
      throw new InvalidInput(COMPLAINT_REFERENCE + ": at most " + MAX_REFERENCE
          + " characters（所涉编号不能超过" + MAX_REFERENCE + "个字）");
    }
    if (isBatch(reference) && !appeals.publicationBatchExists(reference)) {
      throw new InvalidInput(COMPLAINT_REFERENCE + ": no publication batch " + reference
          + "（主动公开批次号" + reference + "不存在）");
    }
  }

  /** The longest reason for voiding a complaint the form takes (ogi_appeal.void_reason). */
  static final int MAX_VOID_REASON = 2000;

  /**
   * Why the complaint can no longer be voided, read from the register, or null when it can
   * (ADR 0138): it is still unanswered (no answer recorded: nothing went to the body that passed
   * it on) and not voided.
   */
  static String voidRefusal(AppealRegister.Appeal complaint, AppealRegister appeals) {
    if (complaint.kind() != AppealKind.COMPLAINT) {
      return "只有申诉举报可以按登记错误作废";
    }
    if (appeals.voiding(complaint.id()).isPresent()) {
      return "本申诉举报已作废";
    }
    if (!complaint.pending() || complaint.result() != null) {
      return "本申诉举报已于" + complaint.decidedOn() + "答复，答复已送转办机关，不能作废";
    }
    return null;
  }

  /**
   * Leaving 起草申诉举报答复 (an end listener of the task, ADR 0138): the office's decision, ANSWER
   * (the draft goes to leadership; also when not sent, the form's default, so clients of the
   * engine API that only send the answer go on as before) or VOID (登记错误，报请作废). A VOID is
   * refused on the form (HTTP 400, nothing written) unless the register allows it and a reason
   * is given and no year the complaint is counted in has its report published (audit 36a F3);
   * the proposing officer is kept. Fields the decision hides are dropped (ADR 0079), also those
   * a refused proposal left. A cancelled task is not checked.
   */
  @Bean
  ExecutionListener complaintDecisionCheck(AppealRegister appeals,
      PublishedYearGuard publishedYears) {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      ComplaintDecision decision = execution.getVariable(COMPLAINT_DECISION) == null
          ? ComplaintDecision.ANSWER
          : Vars.choice(execution, COMPLAINT_DECISION, ComplaintDecision.class, "办理方式");
      if (decision == ComplaintDecision.VOID) {
        AppealRegister.Appeal complaint = appeals.get(appealId(execution));
        String refusal = voidRefusal(complaint, appeals);
        if (refusal != null) {
          throw new InvalidInput(COMPLAINT_DECISION + ": the complaint cannot be voided（"
              + refusal + "）");
        }
        // Counted in a published year's 附表: final, as for a request's void (audit 36a F3).
        publishedYears.requireComplaintRemovable(complaint.servedOn(), COMPLAINT_DECISION);
        String reason = Vars.requiredText(execution, VOID_REASON, "作废理由");
        if (reason.length() > MAX_VOID_REASON) {
          throw new InvalidInput(VOID_REASON + " is at most " + MAX_VOID_REASON
              + " characters（作废理由不超过" + MAX_VOID_REASON + "字）");
        }
        execution.setVariable(VOID_PROPOSED_BY,
            CompletedBy.lastTask(execution, ElementIds.TASK_DRAFT_COMPLAINT_ANSWER));
      } else {
        Vars.dropHidden(execution, VOID_REASON);
        Vars.dropHidden(execution, VOID_PROPOSED_BY);
        Vars.dropHidden(execution, VOID_APPROVAL);
        Vars.dropHidden(execution, VOID_APPROVAL_COMMENT);
      }
      execution.setVariable(COMPLAINT_DECISION, decision.name());
    };
  }

  /**
   * 申诉举报作废 (ADR 0138): runs in leadership's transaction (synchronous), so a refusal here
   * refuses the approval itself (HTTP 400, nothing written). Checks the register again (answered
   * or voided since the proposal, a year it is counted in published since, audit 36a F3) and
   * that the approver is not the officer who proposed it, then marks the row VOIDED with who,
   * why and when and releases its duplicate keys.
   */
  @Bean
  JavaDelegate voidComplaintDelegate(AppealRegister appeals, PublishedYearGuard publishedYears) {
    return execution -> {
      long id = appealId(execution);
      AppealRegister.Appeal complaint = appeals.get(id);
      String refusal = voidRefusal(complaint, appeals);
      if (refusal != null) {
        throw new InvalidInput(VOID_APPROVAL + ": the complaint cannot be voided（" + refusal
            + "）");
      }
      // The years' report rows locked until the void commits: a publication meanwhile waits
      // and no longer counts the complaint, or was first and refuses it here (ADR 0142, 0157).
      publishedYears.requireComplaintRemovable(complaint.servedOn(), VOID_APPROVAL);
      CompletedBy.VoidSignOff signOff = CompletedBy.voidSignOff(execution,
          ElementIds.TASK_APPROVE_COMPLAINT_VOID);
      String proposedBy = signOff.proposedBy();
      String approvedBy = signOff.approvedBy();
      if (!appeals.voidComplaint(id, OfficeTime.today(),
          Vars.requiredText(execution, VOID_REASON, "作废理由"), proposedBy, approvedBy)) {
        throw new InvalidInput(VOID_APPROVAL + ": the complaint is no longer unanswered"
            + "（本申诉举报已答复或已作废，不能作废）");
      }
    };
  }

  /** 记录申诉举报答复: the approved answer is sent; the complaint is answered. */
  @Bean
  JavaDelegate recordComplaintAnswerDelegate(AppealRegister appeals, Letters letters,
      CaseRegister cases, AgencyProperties agency) {
    return execution -> {
      long id = appealId(execution);
      // As approved, whole from the register (the variables are masked, ADR 0129; approval
      // kept the copy); an answer approved before that was kept is taken as it stands.
      AppealRegister.ApprovedAnswer answer = appeals.approvedAnswer(id)
          .filter(approved -> AnswerDrafts.sameShown(ANSWER_TEXT, approved.text(),
              Vars.requiredText(execution, ANSWER_TEXT, "答复内容")))
          .orElseGet(() -> new AppealRegister.ApprovedAnswer(
              Vars.requiredText(execution, ANSWER_TEXT, "答复内容"),
              Vars.text(execution, EVIDENCE_LIST)));
      appeals.recordAnswer(id, answer.text(), answer.evidence());
      AppealRegister.Appeal appeal = appeals.get(id);
      // Which complaint it answers (Art. 51), then the staff's text.
      // The text as entered, from the register (the variable is masked, audit 30b F4); a
      // complaint registered before V81 kept it has only the variable.
      String complaintText = appeals.complaintText(id)
          .orElseGet(() -> Vars.text(execution, COMPLAINT_TEXT));
      String opening = opening(appeal, appeal.trackingNumber() == null ? null
          : cases.get(appeal.trackingNumber()), complaintText, letters,
          appeals, PleadingBlocks.Block.NONE, agency);
      // About a request: kept with its letters; else under the complaint's own number.
      issueAnswer(appeal.trackingNumber() != null ? appeal.trackingNumber()
          : execution.getProcessBusinessKey(), appeal, documentKind(appeal, appeals),
          opening + answer.text(), answer.evidence(), letters);
      appeals.recordSubmission(id, OfficeTime.today());
      appeals.recordResult(id, "ANSWERED", null, OfficeTime.today(), null);
    };
  }
}
