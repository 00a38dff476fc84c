package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.vocabulary.DeliveryMethod;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.DecisionRegister.Kind;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.PublishedYearGuard.CountedDate;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister.FrozenLetter;
import io.github.ogiworkflow.process.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import io.github.ogiworkflow.consultation.ThirdPartySilence;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps from the reviewed items to the delivered reply (答复、送达). */
@Configuration(proxyBeanMethods = false)
public class ReplyDelegates {

  /**
   * 汇总信息项结论: the inputs of the ReplyOutcome decision table, transient (ADR 0022). The
   * business rule task reads them in the same transaction, its decision history keeps them, and
   * the register holds the items they are counted from; stored, they were eight more variables
   * with their history in every case that no form, query or later step read.
   */
  @Bean
  JavaDelegate summariseItemsDelegate(ItemRegister items, ReleaseChecks checks,
      ThirdPartySilence thirdPartySilence) {
    return execution -> {
      // Art. 32 (audit 35a F4, ADR 0172): 审核答复书 and 领导审批答复 show a silent party's items
      // with their reviews' conclusions (what the reply releases) and any late answer.
      thirdPartySilence.text(execution.getProcessBusinessKey()).ifPresentOrElse(
          text -> execution.setVariable(THIRD_PARTY_SILENCE, text),
          () -> execution.removeVariable(THIRD_PARTY_SILENCE));
      // ADR 0171, 0179: a notice's disclosure day after the reply deadline: 审核答复书 warns
      // (the office asks for the extension, Art. 33(2)).
      checks.disclosureAfterDeadline(execution.getProcessBusinessKey()).ifPresentOrElse(
          text -> execution.setVariable(DISCLOSURE_AFTER_DEADLINE, text),
          () -> execution.removeVariable(DISCLOSURE_AFTER_DEADLINE));
      List<ItemRegister.Item> caseItems = items.of(execution.getProcessBusinessKey());
      ItemSummary summary = ItemSummary.of(caseItems, objectionUpheld(execution));
      execution.setVariables(Variables.createVariables()
          // ApprovalRequired (Art. 34; audit 35a F3, ADR 0169): releasing over a co-producing
          // agency's objection is leadership's decision. Always set: the table reads it.
          .putValueTyped(RELEASED_OVER_AGENCY_OBJECTION, Variables.booleanValue(
              ItemSummary.releasesOverAgencyObjection(caseItems, objectionUpheld(execution),
                  checks.agencyObjected(execution.getProcessBusinessKey())), true))
          // Art. 32 (ADR 0179): so is releasing over a third party's objection made after its
          // period, kept beside the silence (ADR 0172). Always set.
          .putValueTyped(RELEASED_OVER_LATE_OBJECTION, Variables.booleanValue(
              checks.releasedOverLateObjection(execution.getProcessBusinessKey()), true))
          .putValueTyped(ITEM_COUNT, Variables.integerValue(summary.itemCount(), true))
          .putValueTyped(RELEASED_COUNT, Variables.integerValue(summary.releasedCount(), true))
          .putValueTyped(REDACTED_COUNT, Variables.integerValue(summary.redactedCount(), true))
          .putValueTyped(WITHHELD_COUNT, Variables.integerValue(summary.withheldCount(), true))
          .putValueTyped(WITHHELD_GROUND, Variables.stringValue(
              summary.withheldGround() == null ? null : summary.withheldGround().name(), true))
          .putValueTyped(NOT_HELD_COUNT, Variables.integerValue(summary.notHeldCount(), true))
          .putValueTyped(NEEDS_PROCESSING_COUNT,
              Variables.integerValue(summary.needsProcessingCount(), true))
          .putValueTyped(NOT_GOVERNMENT_INFO_COUNT,
              Variables.integerValue(summary.notGovernmentInfoCount(), true)));
    };
  }

  /** 生成答复书草稿: the decided outcome goes into the register and the draft to the office. */
  @Bean
  JavaDelegate draftReplyDelegate(ReplyLetter replyLetter, CaseRegister register) {
    return execution -> {
      OutcomeCode outcome = OutcomeCode.ofCode(
          Vars.requiredText(execution, OUTCOME_CODE, "答复类型"));
      String trackingNumber = execution.getProcessBusinessKey();
      register.setOutcome(trackingNumber, outcome.code());
      // 5.3: the 获取途径 entered at the completeness check goes into the register, which the
      // letter reads (Art. 39(2)); any other outcome keeps none.
      register.setPublicationSource(trackingNumber,
          outcome == OutcomeCode.NOT_PROCESSED_PUBLICATION
              ? Vars.text(execution, PUBLICATION_SOURCE) : null);
      // 5.2: the earlier request the completeness check named and verified (Art. 36(六)).
      // 5.5: which fact the reply states, and for an earlier answer that request (ADR 0064).
      String confirmationBasis = outcome == OutcomeCode.NOT_PROCESSED_CONFIRMATION
          ? Vars.text(execution, CONFIRMATION_BASIS) : null;
      register.setConfirmationBasis(trackingNumber, confirmationBasis);
      register.setRepeatOf(trackingNumber, outcome == OutcomeCode.NOT_PROCESSED_REPEAT
          || "ANSWERED".equals(confirmationBasis) ? Vars.text(execution, EARLIER_REQUEST) : null);
      execution.setVariable(OUTCOME_LABEL, outcome.label());
      execution.setVariable(REPLY_LETTER_TEXT,
          replyLetter.draft(trackingNumber, outcome, objectionUpheld(execution)));
    };
  }

  /**
   * 审核答复书 completed: the office's final letter is frozen in the register with its SHA-256,
   * for the outcome the register holds. Leadership approves this copy; delivery hands it out.
   * Where the ApprovalRequired table (evaluated here from the register) asks for no approval,
   * the letter is final now and is issued: numbered and stored as a document. A send-back's
   * reason was for this round of the office's edit (its form shows it): it leaves the case
   * here, so the next approval starts without one and a later send-back must give its own
   * (audit round 24, F5; ADR 0079). The decision register keeps every send-back's reason.
   */
  @Bean
  TaskListener freezeReplyLetterListener(ReplyLetterRegister letters, CaseRegister register,
      ReleaseChecks checks, ReplyDocument document, ReplyLetter replyLetter, ItemRegister items) {
    return task -> {
      String trackingNumber = task.getExecution().getProcessBusinessKey();
      String outcome = register.get(trackingNumber).outcomeCode();
      if (outcome == null) {
        throw new IllegalStateException("No outcome registered for " + trackingNumber);
      }
      // The case's letter, as replyLetterPartsCheck and delivery read it, never a task-local
      // copy (ADR 0052).
      String text = Vars.requiredText(task.getExecution(), REPLY_LETTER_TEXT, "答复书");
      if (!checkedOnLeaving(task)) {
        // A case on a model without replyLetterPartsCheck: refused here all the same.
        replyLetter.requireLegalParts(trackingNumber, OutcomeCode.ofCode(outcome),
            objectionUpheld(task.getExecution()), text);
      }
      letters.freeze(trackingNumber, outcome, text, completedBy(task));
      // What leadership reads beside the letter: per item the review, the objection and any
      // override, and the result the register holds (audit 35a F2).
      Set<Long> objected = new HashSet<>();
      items.objectedItems(trackingNumber).stream().filter(item -> item.supersededOn() == null)
          .forEach(item -> objected.add(item.id()));
      task.getExecution().setVariable(ITEM_RESULTS_TEXT, ItemResults.table(
          items.of(trackingNumber), objected, objectionUpheld(task.getExecution()),
          "APPROVE".equals(Vars.text(task.getExecution(), OVERRIDE_APPROVAL))));
      Vars.dropHidden(task.getExecution(), REPLY_APPROVAL_COMMENT);
      if (!checks.approvalRequired(task.getProcessEngineServices(), trackingNumber, outcome)) {
        document.issue(trackingNumber);
      }
    };
  }

  /**
   * Leaving 审核答复书并确定是否收费 and, on approval, 领导审批答复: the letter must keep what
   * the law requires of the one the server drafts for the case now (ReplyLetter#requireLegalParts:
   * the addressee, the decision's articles, the remedies: Art. 36–39 of the Regulation, ARL Art.
   * 23(1)(四) and 23(2)). The office may edit the draft, not drop these. On the edit the submitted
   * text is checked; on approval the frozen letter being signed off (frozen before this check, or
   * by any other path). An end listener, so a refusal is a 400 on replyLetterText (a task
   * listener's exception reaches the REST API as a 500); the task listeners that froze, approved
   * or issued the letter in the same transaction are rolled back with it.
   */
  @Bean
  ExecutionListener replyLetterPartsCheck(ReplyLetter replyLetter, CaseRegister register,
      ReplyLetterRegister letters) {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      String trackingNumber = execution.getProcessBusinessKey();
      if (ElementIds.TASK_APPROVE_REPLY.equals(execution.getCurrentActivityId())) {
        FrozenLetter letter = "APPROVE".equals(Vars.text(execution, REPLY_APPROVAL))
            ? letters.latest(trackingNumber).orElse(null) : null;
        if (letter != null) {
          replyLetter.requireLegalParts(trackingNumber,
              OutcomeCode.ofCode(letter.outcomeCode()), objectionUpheld(execution),
              letter.body());
        }
        return;
      }
      String outcome = register.get(trackingNumber).outcomeCode();
      if (outcome != null) {
        replyLetter.requireLegalParts(trackingNumber, OutcomeCode.ofCode(outcome),
            objectionUpheld(execution), Vars.text(execution, REPLY_LETTER_TEXT));
      }
    };
  }

  /** Whether the task's model element has {@link #replyLetterPartsCheck} as a listener. */
  private static boolean checkedOnLeaving(DelegateTask task) {
    org.camunda.bpm.model.bpmn.instance.ExtensionElements extensions =
        task.getBpmnModelElementInstance().getExtensionElements();
    return extensions != null && extensions.getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)
        .list().stream().anyMatch(listener ->
            "${replyLetterPartsCheck}".equals(listener.getCamundaDelegateExpression()));
  }

  /**
   * Leaving 送达答复书: the delivery date is checked while the office is still on the form
   * ({@link DeliveryDates#checkDeliveredOn}). 登记送达 itself runs in the same transaction (ADR
   * 0127) and refuses there, on the form, what {@link ReleaseChecks#checkDelivery} finds; on an
   * earlier model where 登记送达 runs asynchronously, a refusal there would be only an incident
   * that an administrator retries, so this listener runs those checks first (audit 31a, F6). The delivery is the case's first closing, counted in its year's table 三:
   * not in a year whose report is published (ADR 0080), e.g. a letter approved on 30 December
   * whose delivery is registered after that year's report was published.
   */
  @Bean
  ExecutionListener deliveryDateCheck(DeliveryDates dates, PublishedYearGuard publishedYears,
      ReleaseChecks checks) {
    return execution -> {
      dates.lockCase(execution.getProcessBusinessKey());
      InvalidInput.Collector errors = new InvalidInput.Collector();
      DeliveryMethod deliveredBy = errors.check(() -> {
        DeliveryMethod by = Vars.choice(execution, DELIVERED_BY, DeliveryMethod.class, "送达方式");
        dates.checkDeliveredBy(execution.getProcessBusinessKey(), by.name());
        return by;
      });
      LocalDate deliveredOn = errors.check(() -> {
        LocalDate date = Vars.requiredDate(execution, DELIVERED_ON, "送达日期");
        dates.checkDeliveredOn(execution.getProcessBusinessKey(), date);
        publishedYears.requireRecordable(execution.getProcessBusinessKey(), CountedDate.CLOSING,
            date, DELIVERED_ON, "送达日期");
        return date;
      });
      errors.check(() -> {
        LocalDate receivedOn = Vars.date(execution, REPLY_RECEIVED_ON);
        if (receivedOn != null) {
          DeliveryDates.checkReplyReceivedOn(receivedOn, deliveredOn,
              deliveredBy == null ? null : deliveredBy.name());
        }
        return receivedOn;
      });
      errors.throwIfAny();
      // An earlier model's 登记送达 runs after an asynchronous boundary, where a refusal is an
      // incident the office neither sees nor may retry: its checks run here, on the form (audit
      // 31a, F6; ADR 0123). The current model's 登记送达 runs in this transaction and refuses
      // on the form itself (ADR 0127).
      if (deliveryRunsLater(execution)) {
        refuseOnTheForm(checks.checkDelivery(execution.getProcessEngineServices(),
            execution.getProcessBusinessKey(), Vars.text(execution, REPLY_LETTER_TEXT),
            deliveredOn, completeness(execution)).problems());
      }
    };
  }

  /** Whether the flow being taken leads to a step after an asynchronous boundary. */
  private static boolean deliveryRunsLater(DelegateExecution execution) {
    return execution.getBpmnModelElementInstance()
        instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow flow
        && flow.getTarget() instanceof org.camunda.bpm.model.bpmn.instance.ServiceTask step
        && step.isCamundaAsyncBefore();
  }

  /**
   * The failed checks of 登记送达 as a 400 on the form naming every problem: the office keeps
   * 送达答复书 and nothing is written (audit 31a, F6; ADR 0127).
   */
  private static void refuseOnTheForm(List<String> problems) {
    if (!problems.isEmpty()) {
      List<String> all = new ArrayList<>();
      all.add("the reply cannot be delivered（答复书不能送达，请先处理以下问题后再登记送达）");
      all.addAll(problems);
      throw new InvalidInput(ReleaseChecks.bilingual("replyDelivery", all));
    }
  }

  /** The intake decisions that decide the outcome of a case without items. */
  private static Map<String, Object> completeness(DelegateExecution execution) {
    Map<String, Object> completeness = new HashMap<>();
    for (String name : new String[] {COMPLETENESS_DECISION, NOT_A_REQUEST_KIND,
        SUPPLEMENT_STILL_UNCLEAR}) {
      completeness.put(name, execution.getVariable(name));
    }
    return completeness;
  }

  /**
   * 登记送达: the point of no return. Everything is verified again from the register
   * ({@link ReleaseChecks}). It runs in the office's transaction of 送达答复书 (ADR 0127): a
   * failed check is a 400 on the form naming every problem, the office keeps the task and
   * nothing is written; there is no moment between the form and the step in which the register
   * could change. On an earlier model, where it runs after an asynchronous boundary, a failed
   * check stops the case with an incident (no retries). The letter kept and shown to the
   * applicant is the register's frozen copy.
   */
  @Bean
  JavaDelegate recordDeliveryDelegate(Letters letters, CaseRegister register,
      ReleaseChecks checks) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      // Checked and recorded with the case's row locked, as a date correction takes it.
      register.lock(trackingNumber);
      LocalDate deliveredOn;
      try {
        deliveredOn = Vars.date(execution, DELIVERED_ON);
      } catch (InvalidInput e) {
        deliveredOn = null;
      }
      FrozenLetter letter;
      if (execution.getBpmnModelElementInstance()
          instanceof org.camunda.bpm.model.bpmn.instance.ServiceTask step
          && step.isCamundaAsyncBefore()) {
        letter = checks.verifyDelivery(execution.getProcessEngineServices(), trackingNumber,
            Vars.text(execution, REPLY_LETTER_TEXT), deliveredOn, completeness(execution));
      } else {
        ReleaseChecks.DeliveryVerdict verdict = checks.checkDelivery(
            execution.getProcessEngineServices(), trackingNumber,
            Vars.text(execution, REPLY_LETTER_TEXT), deliveredOn, completeness(execution));
        refuseOnTheForm(verdict.problems());
        letter = verdict.letter();
      }
      // Exactly the document issued on approval (or on finalising): never rendered again.
      letters.keepIssued(trackingNumber, LetterKind.REPLY, letter.body(),
          letter.documentNumber(), letter.docx(), letter.issuedOn());
      register.recordDelivery(trackingNumber,
          Vars.requiredText(execution, DELIVERED_BY, "送达方式"), deliveredOn);
    };
  }

  /**
   * Leadership's decisions on the reply and on a public-interest override, for the audit. An
   * approval of the reply covers exactly the frozen letter: if the letter changed after the
   * office finalised it, the approval is refused (send it back instead).
   */
  @Bean
  TaskListener recordLeadershipDecisionListener(DecisionRegister decisions,
      ReplyLetterRegister letters, ReplyDocument document, ReplyLetter replyLetter) {
    return task -> {
      boolean override = ElementIds.TASK_APPROVE_OVERRIDE.equals(task.getTaskDefinitionKey());
      String trackingNumber = task.getExecution().getProcessBusinessKey();
      // The decision the gateway reads: the case's value, never a task-local copy (ADR 0052).
      DelegateExecution execution = task.getExecution();
      String decision = Vars.requiredText(execution,
          override ? OVERRIDE_APPROVAL : REPLY_APPROVAL, "审批意见");
      FrozenLetter letter = null;
      if (!override && "APPROVE".equals(decision)) {
        letter = letters.latest(trackingNumber).orElse(null);
        String shown = Vars.text(execution, REPLY_LETTER_TEXT);
        if (letter == null || shown == null
            || !letter.sha256().equals(ReplyLetterRegister.sha256(shown))) {
          throw new InvalidInput("replyLetterText: the letter changed after the office"
              + " finalised it; send it back（答复书在办公室定稿后被修改，请退回修改）");
        }
        if (!checkedOnLeaving(task)) {
          // A case on a model without replyLetterPartsCheck: refused here all the same.
          replyLetter.requireLegalParts(trackingNumber,
              OutcomeCode.ofCode(letter.outcomeCode()), objectionUpheld(task.getExecution()),
              letter.body());
        }
      }
      // The reply form asks for 退回修改意见 only to send back, and requires it there: with an
      // approval a comment sent past the form is dropped, not recorded as the approval's; a
      // send-back without one is refused (audit 24, F5; ADR 0079).
      String comment;
      if (override) {
        comment = Vars.text(execution, OVERRIDE_COMMENT);
      } else if (SEND_BACK.equals(decision)) {
        // Its own reason: an earlier round's left the case when the office finished its edit
        // (freezeReplyLetterListener), so none here means none was given now.
        comment = Vars.requiredText(execution, REPLY_APPROVAL_COMMENT, "退回修改意见");
      } else {
        comment = null;
        Vars.dropHidden(execution, REPLY_APPROVAL_COMMENT);
      }
      long id = decisions.record(trackingNumber, override ? Kind.OVERRIDE : Kind.REPLY, decision,
          comment, completedBy(task));
      if (letter != null) {
        letters.approve(letter.id(), id);
        // Signed off: the letter gets its 文号 and its document is stored (先签发、后编号).
        document.issue(trackingNumber);
      }
    };
  }

  /** The reply approval's decision that returns the letter to the office, with its reason. */
  static final String SEND_BACK = "SEND_BACK";

  /** The user completing the task: the authenticated one, else (no session) the assignee. */
  private static String completedBy(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "（未知）";
  }

  /** A third party objected and leadership did not approve disclosure over it. */
  static boolean objectionUpheld(DelegateExecution execution) {
    return Vars.flag(execution, THIRD_PARTY_OBJECTED)
        && !"APPROVE".equals(Vars.text(execution, OVERRIDE_APPROVAL));
  }
}
