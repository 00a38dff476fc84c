package io.github.ogiworkflow.fee;

import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import java.util.List;

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

  /**
   * Whether the agency itself provides an item: one it holds whose review releases it, in full
   * or redacted. Telling where published information is (已主动公开) provides nothing to charge
   * for.
   */
  public static boolean providesHeldInformation(List<Item> items) {
    return items.stream().anyMatch(item -> item.finding() == ItemFinding.HELD
        && item.review() != null && item.review().conclusion().releases());
  }
}
