package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.ANSWER_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_ID;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLAINT_DECISION;
import static io.github.ogiworkflow.process.ProcessVariables.EVIDENCE_LIST;

import io.github.ogiworkflow.appeal.AppealRegister.ApprovedAnswer;
import io.github.ogiworkflow.appeal.PleadingBlocks.Document;
import io.github.ogiworkflow.logging.PersonalDataMasker;
import io.github.ogiworkflow.privacy.FullTextKeeper;
import io.github.ogiworkflow.privacy.PersonalVariables;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.UserTaskParsing;
import io.github.ogiworkflow.process.Vars;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The appeal answer or pleading and its evidence list are stored masked in the engine and kept
 * whole, as drafted, in the register (ADR 0129). Completing a drafting task keeps the submitted
 * text (a built-in complete listener, so cases on every deployed version of the models keep it;
 * it runs in the completing command, where the submitted value is still whole). After a
 * send-back Tasklist shows the drafter the masked text: submitted back unchanged, the full draft
 * stays; changed but still carrying what the mask left (***), it is refused, since the letter
 * would print the mask; the drafter copies the full draft from {@code /cases/{n}/answer-draft}
 * (the task's assignee only, logged) and edits that. Leadership approves the register's draft
 * of the shown text, and the submission prints the approved copy.
 */
@Component
public class AnswerDrafts extends AbstractProcessEnginePlugin implements FullTextKeeper {

  /** The drafting tasks of the appeal models, and the document each drafts. */
  static final Map<String, Document> DRAFT_TASKS = Map.of(
      ElementIds.TASK_DRAFT_ANSWER, Document.ANSWER,
      ElementIds.TASK_DRAFT_DEFENCE, Document.ANSWER,
      ElementIds.TASK_DRAFT_COMPLAINT_ANSWER, Document.ANSWER,
      ElementIds.TASK_DRAFT_JOINED_DEFENCE, Document.JOINED_DEFENCE);

  private final ObjectProvider<AppealRegister> appeals;
  private final ObjectProvider<RuntimeService> runtime;

  public AnswerDrafts(ObjectProvider<AppealRegister> appeals,
      ObjectProvider<RuntimeService> runtime) {
    this.appeals = appeals;
    this.runtime = runtime;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParsing.onEveryUserTask(configuration, (element, activity, task) -> {
      Document document = DRAFT_TASKS.get(activity.getId());
      if (document != null) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
            delegate -> keep(delegate, document));
      }
    });
  }

  private void keep(DelegateTask task, Document document) {
    if (ComplaintDecision.VOID.name().equals(task.getVariable(COMPLAINT_DECISION))) {
      // 登记错误，报请作废 (ADR 0138): no answer is submitted; a draft kept before stays.
      return;
    }
    AppealRegister register = appeals.getObject();
    long id = AppealSteps.appealId(task.getExecution());
    ApprovedAnswer previous = register.draft(id, document).orElse(null);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    // Required here, whatever the path: the form hides the text for a complaint's 报请作废, so
    // the engine API's guard no longer requires it on every appeal (ADR 0138).
    String text = errors.check(() -> whole(ANSWER_TEXT, "正文",
        Vars.requiredProse(task, ANSWER_TEXT, "正文"), previous == null ? null : previous.text()));
    String evidence = errors.check(() -> whole(EVIDENCE_LIST, "证据及依据清单",
        Vars.text(task, EVIDENCE_LIST), previous == null ? null : previous.evidence()));
    errors.throwIfAny();
    register.recordDraft(id, document, text, evidence);
  }

  /**
   * The full text of what the drafter submitted: the kept draft where the form sent back its
   * masked form unchanged; refused where the form showed a masked draft and the text sent still
   * carries what the mask left.
   */
  static String whole(String name, String label, String submitted, String kept) {
    if (submitted == null || kept == null || submitted.equals(kept)) {
      return submitted;
    }
    // Sent back as shown: what the mask left, and no ID or phone number typed in anew.
    if (PersonalVariables.showsMasked(submitted)
        && PersonalDataMasker.mask(submitted).equals(submitted)
        && shown(name, submitted).equals(shown(name, kept))) {
      return kept;
    }
    if (!PersonalVariables.mask(name, kept).equals(kept)
        && PersonalVariables.showsMasked(submitted)) {
      throw new InvalidInput(name + ": still shows masked data（" + label
          + "中仍有脱敏显示的内容（***、[ID-MASKED]、[PHONE-MASKED]），答复中不能出现。请通过表单上的链接"
          + "查看完整草稿，复制后修改，或补全被脱敏的内容后再提交）");
    }
    return submitted;
  }

  /**
   * The text and evidence list leadership approves: the register's draft of what the approval
   * form showed, else (a draft from before V92 with no copy, or values written otherwise) the
   * variables.
   */
  static ApprovedAnswer approved(AppealRegister register, long id, Document document,
      VariableScope scope) {
    String text = Vars.requiredProse(scope, ANSWER_TEXT, "答复书或答辩状");
    String evidence = Vars.text(scope, EVIDENCE_LIST);
    return register.draft(id, document)
        .filter(draft -> sameShown(ANSWER_TEXT, draft.text(), text)
            && sameShown(EVIDENCE_LIST, draft.evidence(), evidence))
        .orElse(new ApprovedAnswer(text, evidence));
  }

  /** Whether two texts, either of them whole or masked, read the same once masked. */
  static boolean sameShown(String name, String one, String other) {
    return Objects.equals(one == null ? null : shown(name, one),
        other == null ? null : shown(name, other));
  }

  /**
   * A text as the engine ends up showing it: masking a masked free text again may cut more of
   * an address (示范市鼓楼区*** → 示范市***, 楼 reads as a building), and a text sent back from a
   * form is masked again when stored, so both sides are masked until nothing changes.
   */
  static String shown(String name, String text) {
    String current = text;
    for (int pass = 0; pass < 5; pass++) {
      String next = PersonalVariables.mask(name, current);
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /**
   * Drafts of running appeals from before V92 are whole only in their variables: kept in the
   * register before the backfill masks them.
   */
  @Override
  public int keepFullTexts() {
    RuntimeService engine = runtime.getObject();
    AppealRegister register = appeals.getObject();
    return FullTextKeeper.keepEach(engine, ANSWER_TEXT, (variable, text) -> {
      if (!(engine.getVariable(variable.getExecutionId(), APPEAL_ID) instanceof Number id)) {
        return false;
      }
      // The joined 答辩状's variables are local to its sub-process (ADR 0066).
      Document document = variable.getExecutionId().equals(variable.getProcessInstanceId())
          ? Document.ANSWER : Document.JOINED_DEFENCE;
      if (register.draft(id.longValue(), document).isPresent()) {
        return false;
      }
      Object evidence = engine.getVariableLocal(variable.getExecutionId(), EVIDENCE_LIST);
      register.recordDraft(id.longValue(), document, text,
          evidence instanceof String list ? list : null);
      return true;
    });
  }
}
