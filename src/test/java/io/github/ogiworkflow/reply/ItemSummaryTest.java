package io.github.ogiworkflow.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refusal on several grounds counts in the first row of table 三 among its grounds, in the
 * table's order 3.1 → 3.8, whatever the order of the items (ADR 0064). Vectors computed by hand
 * from the row labels of handbook §4.
 */
class ItemSummaryTest {

  @Test
  void minutesAndAppointmentsCountAsInternalAffairsInEitherOrder() {
    Item minutes = withheld(1, "会议纪要", WithholdingGround.PROCESS_INFO);       // 3.6
    Item appointments = withheld(2, "人事任免文件", WithholdingGround.INTERNAL_AFFAIRS); // 3.5
    // 3.5 comes before 3.6 in the table: 3.5 both ways (the old code gave 3.6 for this order).
    assertThat(ItemSummary.of(List.of(minutes, appointments), false).withheldGround())
        .isEqualTo(WithholdingGround.INTERNAL_AFFAIRS);
    assertThat(ItemSummary.of(List.of(appointments, minutes), false).withheldGround())
        .isEqualTo(WithholdingGround.INTERNAL_AFFAIRS);
    assertThat(WithholdingGround.INTERNAL_AFFAIRS.outcome().code()).isEqualTo("3.5");
  }

  @Test
  void everyOrderOfTheItemsGivesTheSameRow() {
    // 3.7 执法案卷, 3.8 查询事项, 3.4 third party (an objection upheld over a releasable review),
    // 3.6 过程信息: the first in row order is 3.4.
    List<Item> items = new ArrayList<>(List.of(
        withheld(1, "行政处罚案卷", WithholdingGround.ENFORCEMENT_FILE),
        withheld(2, "企业登记档案", WithholdingGround.QUERY_PROCEDURE),
        new Item(3, "YSQ", 3, "某企业年度检查材料", ItemFinding.HELD, null, null, null, true, false,
            new Review("legal", ReviewConclusion.RELEASABLE, null, null, null, null, false, null)),
        withheld(4, "请示", WithholdingGround.PROCESS_INFO)));
    for (int i = 0; i < 8; i++) {
      Collections.rotate(items, 1);
      if (i == 4) {
        Collections.reverse(items);
      }
      ItemSummary summary = ItemSummary.of(items, true);
      assertThat(summary.withheldCount()).isEqualTo(4);
      assertThat(summary.withheldGround()).isEqualTo(WithholdingGround.THIRD_PARTY);
    }
    // Without the objection upheld item 3 is released: 3.6 comes first of 3.6, 3.7, 3.8.
    assertThat(ItemSummary.of(items, false).withheldGround())
        .isEqualTo(WithholdingGround.PROCESS_INFO);
  }

  @Test
  void aStateSecretAlwaysCountsAsTheFirstRow() {
    assertThat(ItemSummary.of(List.of(
        withheld(1, "内部管理制度", WithholdingGround.INTERNAL_AFFAIRS),
        withheld(2, "涉密文件", WithholdingGround.STATE_SECRET)), false).withheldGround())
        .isEqualTo(WithholdingGround.STATE_SECRET);
  }

  /**
   * Audit 36a F1 (ADR 0178): the third party objected, leadership did not decide otherwise
   * (Art. 32), and legal's review would release the item after cutting a passage on some ground.
   * The whole item is withheld for the third party: 3.4 (the old code counted the redaction's
   * ground: 3.5 here, 3.1 … 3.8 as the passage happened to be). Counted by hand: 1 item,
   * 0 released, 0 redacted, 1 withheld, ground 3.4; without the objection upheld 1 redacted,
   * nothing withheld, no ground.
   */
  @Test
  void anUpheldObjectionOverARedactionCountsAsThirdPartyWhateverThePassagesGround() {
    for (WithholdingGround passage : WithholdingGround.values()) {
      Item report = redactedAndObjected(1, "甲公司环评验收材料", passage);
      ItemSummary upheld = ItemSummary.of(List.of(report), true);
      assertThat(List.of(upheld.itemCount(), upheld.releasedCount(), upheld.redactedCount(),
          upheld.withheldCount())).as("passage cut as %s", passage).containsExactly(1, 0, 0, 1);
      assertThat(upheld.withheldGround()).as("passage cut as %s", passage)
          .isEqualTo(WithholdingGround.THIRD_PARTY);
      assertThat(upheld.withheldGround().outcome().code()).isEqualTo("3.4");
      ItemSummary overridden = ItemSummary.of(List.of(report), false);
      assertThat(List.of(overridden.redactedCount(), overridden.withheldCount()))
          .containsExactly(1, 0);
      assertThat(overridden.withheldGround()).isNull();
    }
    // Beside a 3.6 item: 3.4 comes first (the old code gave 3.5, the passage's ground).
    assertThat(ItemSummary.of(List.of(withheld(1, "请示", WithholdingGround.PROCESS_INFO),
        redactedAndObjected(2, "甲公司环评验收材料", WithholdingGround.INTERNAL_AFFAIRS)), true)
        .withheldGround()).isEqualTo(WithholdingGround.THIRD_PARTY);
    // A review that withholds the item itself keeps its own ground: the objection changes nothing.
    Item withheldByReview = new Item(1, "YSQ", 1, "甲公司内部人事材料", ItemFinding.HELD, null, null,
        null, true, false, new Review("legal", ReviewConclusion.WITHHOLD,
            WithholdingGround.INTERNAL_AFFAIRS, "《中华人民共和国政府信息公开条例》第十六条第一款",
            null, null, false, null));
    assertThat(ItemSummary.of(List.of(withheldByReview), true).withheldGround())
        .isEqualTo(WithholdingGround.INTERNAL_AFFAIRS);
  }

  static Item redactedAndObjected(int seq, String title, WithholdingGround passage) {
    return new Item(seq, "YSQ", seq, title, ItemFinding.HELD, null, null, null, true, false,
        new Review("legal", ReviewConclusion.RELEASABLE_REDACTED, passage,
            "《中华人民共和国政府信息公开条例》" + passage.regulationArticle(),
            "删除材料中本机关内部人事安排部分", null, false, null));
  }

  private static Item withheld(int seq, String title, WithholdingGround ground) {
    return new Item(seq, "YSQ", seq, title, ItemFinding.HELD, null, null, null, false, false,
        new Review("legal", ReviewConclusion.WITHHOLD, ground, "《中华人民共和国政府信息公开条例》"
            + ground.regulationArticle(), null, null, false, null));
  }
}
