package io.github.ogiworkflow.review;

import io.github.ogiworkflow.process.InvalidInput;
import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Review;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the secrecy review (保密审查): one written review per item, 先审查、后公开. */
@Configuration
public class ReviewDelegates {

  static final String TASK_REVIEW_ITEM = "Task_ReviewItem";
  static final String TASK_RECORD_SECRECY_ANSWER = "Task_RecordSecrecyAnswer";

  /** 提请保密行政管理部门确定: the reviewer cannot decide; the item waits for the answer. */
  @Bean
  JavaDelegate referToSecrecyAdministrationDelegate(CaseLetters letters, ItemRegister items) {
    return execution -> {
      Long itemId = (Long) execution.getVariable(ITEM_ID);
      letters.send(items.caseRefOf(itemId), LetterKind.SECRECY_REFERRAL,
          Map.of("itemTitle", items.title(itemId)));
    };
  }

  /**
   * 记录审查结果: the item's one review, with the reviewer and the ground and legal basis of a
   * withholding. It runs in the reviewer's transaction so an incomplete review is refused.
   */
  @Bean
  JavaDelegate recordSecrecyReviewDelegate(ItemRegister items) {
    return execution -> {
      Long itemId = (Long) execution.getVariable(ITEM_ID);
      ReviewConclusion conclusion = Vars.choice(execution, REVIEW_CONCLUSION,
          ReviewConclusion.class, "审查结论");
      if (conclusion == ReviewConclusion.REFER) {
        throw new InvalidInput("reviewConclusion: the secrecy administration's answer "
            + "must be a conclusion（保密行政管理部门的答复须为明确结论）");
      }
      boolean referred = execution.hasVariable(SECRECY_ANSWER_ON);
      WithholdingGround ground = null;
      String legalBasis = Vars.text(execution, LEGAL_BASIS);
      if (conclusion == ReviewConclusion.WITHHOLD) {
        ground = Vars.choice(execution, WITHHOLDING_GROUND, WithholdingGround.class, "不予公开理由");
        if (legalBasis == null) {
          throw new InvalidInput("legalBasis is required to withhold（不予公开须写明法律依据）");
        }
      }
      String reviewer = CompletedBy.lastTask(execution,
          referred ? TASK_RECORD_SECRECY_ANSWER : TASK_REVIEW_ITEM);
      items.recordReview(itemId, new Review(reviewer, conclusion, ground, legalBasis,
          Vars.text(execution, REDACTION_NOTE), Vars.text(execution, REVIEW_COMMENT), referred,
          referred ? Vars.requiredDate(execution, SECRECY_ANSWER_ON, "答复日期") : null));
    };
  }

  /** 核对每项均已审查: no reply without one completed review per held item (a bug otherwise). */
  @Bean
  JavaDelegate verifyReviewsDelegate(ItemRegister items) {
    return execution -> {
      List<Long> missing = items.heldItemsWithoutReview(execution.getProcessBusinessKey());
      if (!missing.isEmpty()) {
        throw new IllegalStateException("Held items without a secrecy review: " + missing
            + "（以下信息项尚未完成保密审查，不得答复）");
      }
    };
  }
}
