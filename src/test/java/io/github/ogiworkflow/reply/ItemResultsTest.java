package io.github.ogiworkflow.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Audit 35a F2: leadership approving a 部分公开 reads per item the review, the third party's
 * objection and any override, and the result the register holds, not only the outcome's kind.
 */
class ItemResultsTest {

  private static Item item(long id, String title, boolean thirdParty, ReviewConclusion conclusion,
      WithholdingGround ground) {
    return new Item(id, "YSQ", (int) id, title, ItemFinding.HELD, null, null, null, thirdParty,
        false, new Review("legal", conclusion, ground, null, null, null, false, null));
  }

  private final List<Item> items = List.of(
      item(1, "甲公司产品检验报告", true, ReviewConclusion.RELEASABLE, null),
      item(2, "乙公司产品检验报告", true, ReviewConclusion.RELEASABLE, null),
      item(3, "2025年第3次局务会议纪要", false, ReviewConclusion.WITHHOLD,
          WithholdingGround.PROCESS_INFO),
      new Item(4, "YSQ", 4, "全市统计公报", ItemFinding.NOT_HELD, null, "示范市统计局", null, false,
          false, null));

  @Test
  void anObjectionWithoutOverrideWithholdsTheObjectedItemsAndTheTableSaysSo() {
    List<Item> oneParty = List.of(items.get(0), items.get(2), items.get(3));
    assertThat(ItemResults.table(oneParty, Set.of(1L), true, false).lines().toList()).containsExactly(
        "1. 甲公司产品检验报告｜保密审查：可以公开｜第三方意见：不同意公开；未批准因公共利益公开，不予公开｜答复：不予公开（"
            + WithholdingGround.THIRD_PARTY.label() + "）",
        "2. 2025年第3次局务会议纪要｜保密审查：不予公开（" + WithholdingGround.PROCESS_INFO.label()
            + "）｜第三方意见：不涉及｜答复：不予公开（" + WithholdingGround.PROCESS_INFO.label() + "）",
        "3. 全市统计公报｜保密审查：无需审查（检索结论：本机关不掌握）｜第三方意见：不涉及｜答复：不属于本机关负责公开");
  }

  /** Audit 36a F1: leadership reads the objection's ground, not the passage's (ADR 0178). */
  @Test
  void anObjectedItemWhoseReviewCutAPassageIsWithheldForTheThirdParty() {
    Item report = ItemSummaryTest.redactedAndObjected(1, "甲公司环评验收材料",
        WithholdingGround.INTERNAL_AFFAIRS);
    assertThat(ItemResults.table(List.of(report), Set.of(1L), true, false)).endsWith(
        "｜第三方意见：不同意公开；未批准因公共利益公开，不予公开｜答复：不予公开（"
            + WithholdingGround.THIRD_PARTY.label() + "）");
  }

  @Test
  void anApprovedOverrideReleasesAndNamesTheNotice() {
    assertThat(ItemResults.table(items, Set.of(1L, 2L), false, true).lines().toList())
        .startsWith("1. 甲公司产品检验报告｜保密审查：可以公开｜第三方意见：不同意公开；领导已批准因公共利益予以公开"
            + "（须送达公开决定告知书）｜答复：予以公开");
  }
}
