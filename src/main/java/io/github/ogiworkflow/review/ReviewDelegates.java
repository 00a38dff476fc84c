package io.github.ogiworkflow.review;

import io.github.ogiworkflow.vocabulary.WithholdingGround;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.StepRefused;
import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.consultation.AgencyObjection;
import io.github.ogiworkflow.consultation.ThirdPartySilence;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ModelVersions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the secrecy review (保密审查): one written review per item, 先审查、后公开. */
@Configuration(proxyBeanMethods = false)
public class ReviewDelegates {

  static final String TASK_REVIEW_ITEM = ElementIds.TASK_REVIEW_ITEM;
  static final String TASK_RECORD_SECRECY_ANSWER = ElementIds.TASK_RECORD_SECRECY_ANSWER;

  static final String ITEM_CHANGED = "itemId no longer matches the item of this review task"
      + "（审查任务的信息项已被更改，审查结果未登记）";

  /**
   * Before 逐项保密审查 of a request: its held items, one review each, from the register.
   * Transient: the multi-instance reads it at once and it is derivable.
   */
  @Bean
  ExecutionListener heldItemsToReviewListener(ItemRegister items) {
    return execution -> execution.setVariable(ITEMS_TO_REVIEW, Variables.untypedValue(
        items.heldItemIds((String) execution.getVariable(TRACKING_NUMBER)), true));
  }

  /**
   * 收到审查请求: a review needs its item, and names it for the reviewer (itemTitle). Callers
   * always pass the item; only an administrator starting a review by hand could forget it, and
   * gets a 400 here (an execution listener's validation error reaches the client as such; a task
   * listener's is wrapped into a 500).
   */
  @Bean(ElementIds.REVIEW_REQUESTED_LISTENER)
  ExecutionListener reviewRequestedListener(ItemRegister items, AgencyObjection agencyObjection,
      ThirdPartySilence thirdPartySilence) {
    return execution -> {
      Long item = itemIdOf(execution.getVariable(ITEM_ID));
      if (item == null) {
        throw new InvalidInput("itemId: a secrecy review needs the item it reviews"
            + "（保密审查须指明所审查的信息项）");
      }
      execution.setVariable(ITEM_TITLE, items.title(item));
      // Art. 34 (audit 35a F3, ADR 0169): the reviewer of an item made with another agency
      // weighs that agency's objection; the reviews of other items do not show it.
      String trackingNumber = execution.getProcessBusinessKey();
      if (trackingNumber != null && items.of(trackingNumber).stream()
          .anyMatch(i -> i.id() == item && agencyObjection.concerns(trackingNumber, i))) {
        agencyObjection.text(trackingNumber)
            .ifPresent(text -> execution.setVariable(AGENCY_OBJECTION, text));
      }
      // Art. 32 (audit 35a F4, ADR 0172): the reviewer of a silent party's item decides for the
      // agency, with the silence (and any late answer) in view.
      if (trackingNumber != null) {
        thirdPartySilence.textForItem(trackingNumber, item)
            .ifPresent(text -> execution.setVariable(THIRD_PARTY_SILENCE, text));
      }
    };
  }

  /**
   * The review tasks' listener (H3). On create it fixes the task's item as the task-local
   * {@code reviewItemId}: for the first task the item the call activity passed in (nothing runs
   * between the start and this task), for the answer of the secrecy administration the item
   * fixed on the first task. On complete it refuses if the process variable {@code itemId} no
   * longer matches, and hands the fixed item to the record step as a transient variable.
   */
  @Bean(ElementIds.REVIEW_ITEM_LISTENER)
  TaskListener reviewItemListener() {
    return task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        Long item = TASK_REVIEW_ITEM.equals(task.getTaskDefinitionKey())
            ? itemIdOf(task.getExecution().getVariable(ITEM_ID))
            : fixedItemOfReview(task.getExecution());
        if (item == null) {
          // A review started without its item (only an administrator can start one by hand).
          throw new InvalidInput("itemId: a secrecy review needs the item it reviews"
              + "（保密审查须指明所审查的信息项）");
        }
        task.setVariableLocal(REVIEW_ITEM_ID, item);
        nameAfterItem(task);
        return;
      }
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        Long fixed = itemIdOf(task.getVariableLocal(REVIEW_ITEM_ID));
        Long current = itemIdOf(task.getExecution().getVariable(ITEM_ID));
        if (fixed == null || !fixed.equals(current)) {
          throw new InvalidInput(ITEM_CHANGED);
        }
        dropFieldsTheConclusionHides(task.getExecution());
        task.getExecution().setVariable(REVIEWED_ITEM_ID, Variables.longValue(fixed, true));
        task.getExecution().setVariable(REVIEW_TASK_ID,
            Variables.stringValue(task.getId(), true));
      }
    };
  }

  /**
   * The review forms (secrecy-review, secrecy-answer) show the ground and the legal basis only
   * for 不予公开 and 处理后公开, and the redaction note only for 处理后公开 (handbook 2.7: a
   * ground and basis only for withholding). On completing either task a value the conclusion
   * hides is dropped, whether sent past the form or left from the referral, so neither the one
   * written review nor the audit trail carries it (audit 24, F5; ADR 0079). An unknown
   * conclusion is left to {@link #reviewConclusionCheck} and the record step to refuse.
   */
  static void dropFieldsTheConclusionHides(DelegateExecution execution) {
    ReviewConclusion conclusion;
    try {
      conclusion = Vars.optionalChoice(execution, REVIEW_CONCLUSION, ReviewConclusion.class,
          "审查结论");
    } catch (InvalidInput e) {
      return;
    }
    if (conclusion == null) {
      return;
    }
    if (!usesGround(conclusion)) {
      Vars.dropHidden(execution, WITHHOLDING_GROUND);
      Vars.dropHidden(execution, LEGAL_BASIS);
    }
    if (conclusion != ReviewConclusion.RELEASABLE_REDACTED) {
      Vars.dropHidden(execution, REDACTION_NOTE);
    }
  }

  /** The conclusions that withhold something and so state a ground and its legal basis. */
  static boolean usesGround(ReviewConclusion conclusion) {
    return conclusion == ReviewConclusion.WITHHOLD
        || conclusion == ReviewConclusion.RELEASABLE_REDACTED;
  }

  /** Longest item title put into a task name (the engine's name column holds 255 characters). */
  static final int TITLE_IN_TASK_NAME = 100;

  /**
   * 保密审查：《title》 — two reviews of one case are told apart in Tasklist by their item (issue
   * 16). The title is the one {@code reviewRequestedListener} read from the register; the model's
   * name stays the plain step name, which the diagram and the audit trail show.
   */
  static void nameAfterItem(DelegateTask task) {
    Object title = task.getExecution().getVariable(ITEM_TITLE);
    if (title == null || title.toString().isBlank() || task.getName() == null) {
      return;
    }
    String text = title.toString().strip();
    if (text.length() > TITLE_IN_TASK_NAME) {
      text = text.substring(0, TITLE_IN_TASK_NAME - 1) + "…";
    }
    task.setName(task.getName() + "：" + text);
  }

  /**
   * Leaving 保密审查 (an end listener of the task, so the check sits on the step the diagram
   * shows): the gateway after it reads the conclusion as a plain variable, so a missing or
   * unknown one is refused here (HTTP 400, nothing written). A cancelled task is not checked.
   */
  @Bean
  ExecutionListener reviewConclusionCheck() {
    return execution -> {
      if (!execution.isCanceled()) {
        Vars.choice(execution, REVIEW_CONCLUSION, ReviewConclusion.class, "审查结论");
      }
    };
  }

  /** The item fixed on the (completed) first review task of this review, from history. */
  static Long fixedItemOfReview(DelegateExecution execution) {
    HistoryService history = execution.getProcessEngineServices().getHistoryService();
    List<HistoricTaskInstance> reviews = history.createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_REVIEW_ITEM)
        .orderByHistoricActivityInstanceStartTime().desc().list();
    for (HistoricTaskInstance review : reviews) {
      List<HistoricVariableInstance> fixed = history.createHistoricVariableInstanceQuery()
          .taskIdIn(review.getId()).variableName(REVIEW_ITEM_ID).list();
      if (!fixed.isEmpty()) {
        return itemIdOf(fixed.get(0).getValue());
      }
    }
    return null;
  }

  private static Long itemIdOf(Object value) {
    if (value instanceof Long id) {
      return id;
    }
    if (value instanceof Integer id) {
      return id.longValue();
    }
    return null;
  }

  /**
   * Leadership approved disclosing the case's third-party items over the objection (Art. 32),
   * and the third party is told so (only the objecting party's items, ADR 0166): this item's own review cannot then withhold it to protect
   * that same third party, or the two letters would contradict each other.
   */
  private static boolean disclosureOverObjectionApproved(DecisionRegister decisions,
      ItemRegister items, String caseRef, long itemId) {
    boolean thirdPartyItem = items.of(caseRef).stream()
        .anyMatch(item -> item.id() == itemId && item.thirdPartyObjected());
    return thirdPartyItem && decisions.latest(caseRef, DecisionRegister.Kind.OVERRIDE)
        .map(decision -> "APPROVE".equals(decision.decision())).orElse(false);
  }

  /** 提请保密行政管理部门确定: the reviewer cannot decide; the item waits for the answer. */
  @Bean
  JavaDelegate referToSecrecyAdministrationDelegate(CaseLetters letters, ItemRegister items) {
    return execution -> {
      Long itemId = fixedItemOfReview(execution);
      if (itemId == null || !itemId.equals(itemIdOf(execution.getVariable(ITEM_ID)))) {
        throw new IllegalStateException(ITEM_CHANGED);
      }
      letters.send(items.caseRefOf(itemId), LetterKind.SECRECY_REFERRAL,
          Map.of("itemTitle", items.title(itemId)));
    };
  }

  /**
   * 记录审查结果: the item's one review, with the reviewer and the ground and legal basis of a
   * withholding or redaction. It runs in the reviewer's transaction so an incomplete review is
   * refused.
   */
  @Bean
  JavaDelegate recordSecrecyReviewDelegate(ItemRegister items, Letters letters,
      DecisionRegister decisions) {
    return execution -> {
      // The item fixed on the task just completed, never the (writable) variable itemId.
      Long itemId = itemIdOf(execution.getVariable(REVIEWED_ITEM_ID));
      if (itemId == null || !itemId.equals(itemIdOf(execution.getVariable(ITEM_ID)))) {
        throw new InvalidInput(ITEM_CHANGED);
      }
      String caseRef = callingCase(execution);
      if (!caseRef.equals(items.findCaseRef(itemId).orElse(null))) {
        throw new InvalidInput("itemId: the item does not belong to case " + caseRef
            + "（该信息项不属于本案件 " + caseRef + "，审查结果未登记）");
      }
      if (items.hasReview(itemId)) {
        throw alreadyReviewed(execution, null);
      }
      ReviewConclusion conclusion = Vars.choice(execution, REVIEW_CONCLUSION,
          ReviewConclusion.class, "审查结论");
      if (conclusion == ReviewConclusion.REFER) {
        throw new InvalidInput("reviewConclusion: the secrecy administration's answer "
            + "must be a conclusion（保密行政管理部门的答复须为明确结论）");
      }
      boolean referred = execution.hasVariable(SECRECY_ANSWER_ON);
      WithholdingGround ground = null;
      // Only what the conclusion uses is read (the task's listener dropped the rest).
      String legalBasis = usesGround(conclusion) ? Vars.text(execution, LEGAL_BASIS) : null;
      String redactionNote = conclusion == ReviewConclusion.RELEASABLE_REDACTED
          ? Vars.text(execution, REDACTION_NOTE) : null;
      // A review opened on a SecrecyReview without a version tag (before 2026-12) has a form
      // that hides the ground and basis of a redaction: it keeps the rule it was opened under.
      if (conclusion == ReviewConclusion.WITHHOLD
          || (conclusion == ReviewConclusion.RELEASABLE_REDACTED
              && ModelVersions.tagged(execution))) {
        // Art. 37: what is cut from a redacted item is withheld, with its ground and basis.
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ground = errors.check(() -> Vars.choice(execution, WITHHOLDING_GROUND,
            WithholdingGround.class, "不予公开理由"));
        if (legalBasis == null) {
          errors.add(new InvalidInput(conclusion == ReviewConclusion.WITHHOLD
              ? "legalBasis is required to withhold（不予公开须写明法律依据）"
              : "legalBasis is required for the redacted content"
                  + "（删除或遮盖的内容不予公开，须写明法律依据）"));
        }
        if (legalBasis != null && !WithholdingGround.isCitation(legalBasis)) {
          errors.add(new InvalidInput(LEGAL_BASIS + ": the basis names no law and article"
              + "（法律依据应写明法律、法规的名称和条款，如《中华人民共和国政府信息公开条例》"
              + (ground == null ? "第十六条" : ground.regulationArticle())
              + "；“依法”“相关规定”等没有写明法律名称和条款的，不能作为法律依据）"));
        } else if (ground != null && legalBasis != null && !ground.fitsBasis(legalBasis)) {
          errors.add(new InvalidInput(LEGAL_BASIS + ": the basis cites the Regulation but not "
              + ground.regulationArticle() + "（法律依据与不予公开理由不符：“" + ground.label()
              + "”的依据是《中华人民共和国政府信息公开条例》" + ground.regulationArticle()
              + "，请核对）"));
        }
        if (conclusion == ReviewConclusion.RELEASABLE_REDACTED && redactionNote == null) {
          errors.add(new InvalidInput("redactionNote is required to redact"
              + "（处理后公开须写明删除或遮盖的内容）"));
        }
        if (ground == WithholdingGround.THIRD_PARTY
            && disclosureOverObjectionApproved(decisions, items, caseRef, itemId)) {
          errors.add(new InvalidInput(WITHHOLDING_GROUND + ": disclosure over the third party's"
              + " objection was approved（领导已批准因公共利益公开涉及第三方的信息，并告知第三方"
              + "（条例第三十二条），不能再以保护第三方合法权益为由不予公开；确有其他不予公开理由的，"
              + "请选择该理由）"));
        }
        errors.throwIfAny();
      }
      String reviewer = CompletedBy.lastTask(execution,
          referred ? TASK_RECORD_SECRECY_ANSWER : TASK_REVIEW_ITEM);
      try {
        items.recordReview(itemId, caseRef, new Review(reviewer, conclusion, ground, legalBasis,
            redactionNote, Vars.text(execution, REVIEW_COMMENT), referred,
            referred ? secrecyAnswerOn(execution, letters, caseRef) : null));
      } catch (DuplicateKeyException e) {
        // Two reviewers finishing at once: the unique key is the last word, in plain words.
        throw alreadyReviewed(execution, e);
      }
    };
  }

  /**
   * The day the secrecy administration answered: not in the future, and not before the referral
   * letter (提请确定的函) went out.
   */
  static LocalDate secrecyAnswerOn(DelegateExecution execution, Letters letters,
      String caseRef) {
    LocalDate answerOn = Vars.requiredDate(execution, SECRECY_ANSWER_ON, "答复日期");
    if (answerOn.isAfter(OfficeTime.today())) {
      throw new InvalidInput(SECRECY_ANSWER_ON + ": the answer date is in the future"
          + "（保密行政管理部门答复日期不得晚于今天）");
    }
    LocalDate referredOn = letters.latestIssuedOn(caseRef, LetterKind.SECRECY_REFERRAL);
    if (referredOn != null && answerOn.isBefore(referredOn)) {
      throw new InvalidInput(SECRECY_ANSWER_ON + ": the answer date is before the referral of "
          + referredOn + "（保密行政管理部门答复日期不得早于提请确定的函发出日期"
          + CaseLetters.chinese(referredOn) + "）");
    }
    return answerOn;
  }

  static final String ALREADY_REVIEWED = "the item already has its one secrecy review"
      + "（该信息项已有保密审查记录，一事一审，不能重复审查）";

  /**
   * The item has its review already. If the task just completed is gone from the database,
   * someone completed this same task a moment ago: a concurrent change (the REST API answers
   * 409/404, reload); otherwise a second review of the item: a plain 400.
   */
  static RuntimeException alreadyReviewed(DelegateExecution execution, Throwable cause) {
    Object taskId = execution.getVariable(REVIEW_TASK_ID);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    if (taskId != null && withoutAuthorizations(execution, () -> tasks.createTaskQuery()
        .taskId(taskId.toString()).count()) == 0) {
      return new OptimisticLockingException("The review task was completed by someone else at"
          + " the same time（该审查任务刚被他人同时办理完成，请刷新）");
    }
    return cause == null ? new InvalidInput(ALREADY_REVIEWED)
        : new InvalidInput(ALREADY_REVIEWED, cause);
  }

  /** A lookup without the caller's engine grants (legal cannot see the calling request). */
  static <T> T withoutAuthorizations(DelegateExecution execution, Supplier<T> lookup) {
    return WithoutAuthorizations.call(
        execution.getProcessEngineServices().getIdentityService(), lookup);
  }

  /**
   * The case the review is for: the business key of the calling DisclosureRequest or
   * ProactiveDisclosure (which the call passes on as this review's business key). The variable
   * trackingNumber must name the same case.
   */
  static String callingCase(DelegateExecution execution) {
    String own = execution.getProcessBusinessKey();
    // The engine's own link to the calling execution: no query, so no grants on the calling
    // instance are needed (legal has none on requests).
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    String caseRef = caller != null ? caller.getProcessBusinessKey() : own;
    if (caseRef == null || !caseRef.equals(own)
        || !caseRef.equals(Vars.text(execution, TRACKING_NUMBER))) {
      throw new InvalidInput("trackingNumber does not match the calling case"
          + "（案件编号与所属案件不符，审查结果未登记）");
    }
    return caseRef;
  }

  /**
   * 核对每项均已审查: no reply without one completed review per held item. An item without one
   * means its review was deleted (an administrator's deletion ends the called review, and the
   * case goes on as if it had completed): no retry can fix that, so the case stops at once with
   * an incident (no retries, {@link StepRefused}) that names the items by title, as Cockpit shows
   * it, and says what to do (README "Restarting a deleted secrecy review"; audit round 26, F9).
   */
  @Bean
  JavaDelegate verifyReviewsDelegate(ItemRegister items) {
    return execution -> {
      List<Long> missing = items.heldItemsWithoutReview(execution.getProcessBusinessKey());
      if (!missing.isEmpty()) {
        throw new StepRefused(missing.size() + " held item(s) without a secrecy review"
            + reviewsMissingText(missing.stream().map(items::title).toList()));
      }
    };
  }

  /** The incident's Chinese text: which items, why it stopped, and what the administrator does. */
  static String reviewsMissingText(List<String> titles) {
    return "（以下信息项没有保密审查记录，不得答复："
        + titles.stream().map(title -> "“" + title + "”")
            .collect(java.util.stream.Collectors.joining("、"))
        + "。其保密审查可能已被删除，重试本步骤不能解决。请系统管理员按运维说明“重新启动逐项保密审查”，"
        + "为所列各信息项重新启动逐项保密审查，并在同一操作中取消本步骤；法规科完成审查后，案件自动重新核对"
        + "并继续办理）";
  }
}
