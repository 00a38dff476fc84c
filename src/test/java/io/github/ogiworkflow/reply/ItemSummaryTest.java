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

  private static Item withheld(int seq, String title, WithholdingGround ground) {
    return new Item(seq, "YSQ", seq, title, ItemFinding.HELD, null, null, null, false, false,
        new Review("legal", ReviewConclusion.WITHHOLD, ground, "《中华人民共和国政府信息公开条例》"
            + ground.regulationArticle(), null, null, false, null));
  }
}
