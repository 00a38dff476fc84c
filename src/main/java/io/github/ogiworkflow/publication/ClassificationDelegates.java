package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code SecrecyReview} that concern a proactive-disclosure batch's item only
 * (audit 33a F11, ADR 0151): the review form shows the drafted line and legal confirms or
 * corrects its 类别 and 文件类型 ({@link ItemClassification}). A request's item passes through
 * them untouched. Execution listeners, so a refusal reaches the client as a 400.
 */
@Configuration(proxyBeanMethods = false)
public class ClassificationDelegates {

  /** 收到审查请求: the drafted line and the values to confirm, for a batch item. */
  @Bean
  ExecutionListener batchItemLineListener(ItemClassification classification) {
    return classification::showLine;
  }

  /** Leaving 保密审查: legal's 类别 and 文件类型 of a batch item are checked (400 on the field). */
  @Bean
  ExecutionListener classificationCheck(ItemClassification classification) {
    return execution -> {
      if (!execution.isCanceled()) {
        classification.check(execution);
      }
    };
  }

  /**
   * After 记录审查结果, in its transaction: legal's classification recorded with the review, by
   * the reviewer who completed 保密审查.
   */
  @Bean
  ExecutionListener recordClassificationListener(ItemClassification classification) {
    return execution -> {
      if (!execution.isCanceled() && classification.batchItem(execution).isPresent()) {
        // After a referral the answer's recorder is authenticated now; the classification is
        // the 保密审查 reviewer's, completed in an earlier transaction (session 37).
        classification.record(execution,
            CompletedBy.inEarlierTransaction(execution, ElementIds.TASK_REVIEW_ITEM)
                .orElseGet(() -> CompletedBy.lastTask(execution, ElementIds.TASK_REVIEW_ITEM)));
      }
    };
  }
}
