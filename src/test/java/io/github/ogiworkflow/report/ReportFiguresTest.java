package io.github.ogiworkflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.process.InvalidInput;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which counts and amounts a report text states, and which of them its tables contain. */
class ReportFiguresTest {

  private static final JsonNode SNAPSHOT = ReportFigures.parse("""
      {"year":2025,"tables":[
       {"id":"t3","title":"三、收到和处理政府信息公开申请情况",
        "columns":[{"id":"TOTAL","label":"总计"}],
        "rows":[{"id":"new","label":"一、本年新收政府信息公开申请数量",
                 "cells":[{"id":"t3.new.TOTAL","value":70,"drillable":true}]},
                {"id":"closed","label":"三、本年度办理结果 （七）总计",
                 "cells":[{"id":"t3.closed.TOTAL","value":14,"drillable":true}]}]},
       {"id":"fees","title":"六、其他需要报告的事项：信息处理费",
        "columns":[{"id":"amount","label":"金额（元）"}],
        "rows":[{"id":"collected","label":"本年收取信息处理费",
                 "cells":[{"id":"fees.collected.amount","value":1200.00,"drillable":true}]}]}]}
      """);

  @Test
  void readsDigitsChineseNumeralsAndUnitsButNotArticlesOrVagueAmounts() {
    assertThat(ReportFigures.stated("收到申请70件，办结十四件，收费0.12万元、1,200元，１２０件"))
        .extracting(s -> s.value().stripTrailingZeros().toPlainString() + s.unit())
        .containsExactly("70件", "14件", "0.12万元", "1200元", "120件");
    assertThat(ReportFigures.stated("依据《条例》第二十条、第36条，数十件、几件、每一件、条例2条款"))
        .isEmpty();
    assertThat(ReportFigures.chinese("两千零五")).isEqualTo(BigDecimal.valueOf(2005));
    assertThat(ReportFigures.chinese("三万")).isEqualTo(BigDecimal.valueOf(30000));
  }

  @Test
  void theSeedsSixtyNineAgainstSeventyIsRefusedAndTheTablesFiguresAccepted() {
    assertThat(ReportFigures.requireStatedInTables(SNAPSHOT, "narrativeOverview", "一、总体情况",
        "累计收到申请70件，办结14件，收取信息处理费0.12万元（1200元）。")).isTrue();
    assertThatThrownBy(() -> ReportFigures.requireStatedInTables(SNAPSHOT, "narrativeOverview",
        "一、总体情况", "累计收到申请69件，办结十三件。"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("narrativeOverview")
        .hasMessageContaining("“69件”“十三件”")
        .hasMessageContaining("本年新收申请70件、本年办结14件、收取信息处理费1200元");
  }

  @Test
  void namesTheCellsThatChanged() {
    JsonNode later = ReportFigures.parse(SNAPSHOT.toString().replace("\"value\":70", "\"value\":71"));
    assertThat(ReportFigures.changes(SNAPSHOT, later)).containsExactly(
        "三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 总计 由70变为71");
    assertThat(ReportFigures.changes(SNAPSHOT, SNAPSHOT)).isEmpty();
  }
}
