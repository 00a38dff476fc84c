package io.github.ogiworkflow.fee;

import io.github.ogiworkflow.vocabulary.OutcomeCode;

/**
 * Which replies may carry a fee: only one that provides information (handbook 2.12, 109号).
 * 不予公开 (3.x), 无法提供 (4.x), 不予处理 (5.x) and 其他处理 (6.x) give the applicant nothing, so
 * there is nothing to process and nothing to charge for.
 */
public final class ChargeableOutcome {

  private ChargeableOutcome() {}

  /** 予以公开 (1) and 部分公开 (2): the reply provides information. */
  public static boolean providesInformation(OutcomeCode outcome) {
    return outcome == OutcomeCode.DISCLOSED || outcome == OutcomeCode.PARTIAL;
  }
}
