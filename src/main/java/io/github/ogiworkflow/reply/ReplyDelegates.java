package io.github.ogiworkflow.reply;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.DecisionRegister.Kind;
import io.github.ogiworkflow.register.ItemRegister;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps from the reviewed items to the delivered reply (答复、送达). */
@Configuration
public class ReplyDelegates {

  /** 汇总信息项结论: the inputs of the ReplyOutcome decision table. */
  @Bean
  JavaDelegate summariseItemsDelegate(ItemRegister items) {
    return execution -> {
      ItemSummary summary = ItemSummary.of(items.of(execution.getProcessBusinessKey()),
          objectionUpheld(execution));
      Map<String, Object> inputs = new HashMap<>();
      inputs.put(ITEM_COUNT, summary.itemCount());
      inputs.put(RELEASED_COUNT, summary.releasedCount());
      inputs.put(REDACTED_COUNT, summary.redactedCount());
      inputs.put(WITHHELD_COUNT, summary.withheldCount());
      inputs.put(WITHHELD_GROUND,
          summary.withheldGround() == null ? null : summary.withheldGround().name());
      inputs.put(NOT_HELD_COUNT, summary.notHeldCount());
      inputs.put(NEEDS_PROCESSING_COUNT, summary.needsProcessingCount());
      inputs.put(NOT_GOVERNMENT_INFO_COUNT, summary.notGovernmentInfoCount());
      execution.setVariables(inputs);
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
      execution.setVariable(OUTCOME_LABEL, outcome.label());
      execution.setVariable(REPLY_LETTER_TEXT,
          replyLetter.draft(trackingNumber, outcome, objectionUpheld(execution)));
    };
  }

  /** 登记送达: the letter as sent is kept, and the case is replied. */
  @Bean
  JavaDelegate recordDeliveryDelegate(CaseLetters letters, CaseRegister register) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      letters.keep(trackingNumber, LetterKind.REPLY,
          Vars.requiredText(execution, REPLY_LETTER_TEXT, "答复书"));
      register.recordDelivery(trackingNumber,
          Vars.requiredText(execution, DELIVERED_BY, "送达方式"),
          Vars.requiredDate(execution, DELIVERED_ON, "送达日期"));
    };
  }

  /** Leadership's decisions on the reply and on a public-interest override, for the audit. */
  @Bean
  TaskListener recordLeadershipDecisionListener(DecisionRegister decisions) {
    return task -> {
      boolean override = "Task_ApproveOverride".equals(task.getTaskDefinitionKey());
      String decidedBy = task.getProcessEngineServices().getIdentityService()
          .getCurrentAuthentication() != null
          ? task.getProcessEngineServices().getIdentityService().getCurrentAuthentication()
              .getUserId()
          : task.getAssignee();
      decisions.record(task.getExecution().getProcessBusinessKey(),
          override ? Kind.OVERRIDE : Kind.REPLY,
          Vars.requiredText(task, override ? OVERRIDE_APPROVAL : REPLY_APPROVAL, "审批意见"),
          Vars.text(task, override ? OVERRIDE_COMMENT : REPLY_APPROVAL_COMMENT), decidedBy);
    };
  }

  /** A third party objected and leadership did not approve disclosure over it. */
  static boolean objectionUpheld(DelegateExecution execution) {
    return Vars.flag(execution, THIRD_PARTY_OBJECTED)
        && !"APPROVE".equals(Vars.text(execution, OVERRIDE_APPROVAL));
  }
}
