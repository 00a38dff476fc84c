package io.github.ogiworkflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The seed's 附表, written out by hand from the seed report (泉州市工商局2018年度政府信息公开工作
 * 年度报告, section 六 "（二）附表"): its four columns and its fifteen rows, each with the report's
 * row id, the label exactly as the seed prints it, and its 计量单位.
 *
 * <p>The seed's text copy prints the 计量单位 cells blank (the copy lost characters elsewhere too:
 * "2018年1月1日" became "201811日", "4.统计类信息4条;" became "4.统计类信息4"). The units here are
 * the ones the seed's own text gives the same figures: "主动公开政府信息83条", "通过政府公报主动公开
 * 政府信息0条" (条); "受理依申请公开14件……其中0件当面申请,8件网上受理,6件信函受理", "已答复14件,
 * ……“同意公开”8件,“部分公开”2件,“不予公开”2件", "行政复议1件,被提起行政诉讼0件,接受行政申诉、
 * 举报2件" (件). The copy also turned full-width punctuation into ASCII ("(二)", ","); the report
 * prints "其中：" with the full-width colon like all its other labels.
 */
final class LegacySeed {

  /** One row of the seed's 附表: the report's row id, the seed's label and unit. */
  record SeedRow(String id, String label, String unit) {}

  static final String NAME = "指标名称";
  static final String UNIT = "计量单位";

  private static final List<SeedRow> ROWS = List.of(
      new SeedRow("proactive", "主动公开信息数", "条"),
      new SeedRow("proactive.website", "1.网站公开", "条"),
      new SeedRow("proactive.gazette", "2.政府公报公开", "条"),
      new SeedRow("received", "受理依申请公开信息总数", "件"),
      new SeedRow("received.inPerson", "其中：1.当面申请数", "件"),
      new SeedRow("received.online", "2.网上申请数", "件"),
      new SeedRow("received.postFax", "3.信函传真申请数", "件"),
      new SeedRow("replied", "对申请的答复总数", "件"),
      new SeedRow("replied.disclosed", "其中：1.同意公开答复数", "件"),
      new SeedRow("replied.partial", "2.同意部分公开答复数", "件"),
      new SeedRow("replied.withheld", "3.不予公开答复总数", "件"),
      new SeedRow("replied.other", "4.其他类型答复数", "件"),
      new SeedRow("reconsideration", "行政复议数", "件"),
      new SeedRow("litigation", "行政诉讼数", "件"),
      new SeedRow("complaints", "接受行政申诉、举报数", "件"));

  private LegacySeed() {}

  /** The seed's rows, guarded: a check over an empty list would pass on anything. */
  static List<SeedRow> rows() {
    assertThat(ROWS).as("the seed's 附表 has 15 rows").hasSize(15)
        .allSatisfy(r -> assertThat(r.label()).isNotBlank())
        .allSatisfy(r -> assertThat(r.unit()).isNotBlank());
    return ROWS;
  }

  /** The seed's header row, "指标名称 | 计量单位 | 2018年度 | 2014年—2018年累计", for a year. */
  static List<String> headers(int year, int cumulativeSince) {
    return List.of(NAME, UNIT, year + "年度", cumulativeSince + "年—" + year + "年累计");
  }
}
