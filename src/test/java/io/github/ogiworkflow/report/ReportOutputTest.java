package io.github.ogiworkflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.report.ReportTable.Cell;
import io.github.ogiworkflow.report.ReportTable.Column;
import io.github.ogiworkflow.report.ReportTable.Row;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A report that breaks an invariant is shown loudly in both outputs (it is a bug, never
 * hidden), and the legacy 附表 keeps its labels and figures; no database needed.
 */
class ReportOutputTest {

  @Test
  void aFailedInvariantIsARedBannerOnThePageAndInTheWorkbook() throws Exception {
    AnnualReport report = report(List.of(
        new Invariant("附表 受理依申请公开信息总数（2025年度）= 分项之和", false, "3 = 2"),
        new Invariant("表四 行政复议：总计 = 维持 + 纠正 + 其他 + 尚未审结", true, "0 = 0")));

    String html = ReportPage.report(report);
    assertThat(html).contains("class=\"failed\"", "统计数据校验未通过（1 项）", "请勿发布",
        "附表 受理依申请公开信息总数（2025年度）= 分项之和：3 = 2")
        .doesNotContain("校验通过");
    // Figures with a case list link to it; sub-items are indented, units centred.
    assertThat(html).contains("<a href=\"/reports/2025/cells?table=legacy&amp;row=received"
        + "&amp;column=year\">3</a>", "<td class=\"l sub\">其中：1.当面申请数</td>",
        "<td class=\"l\">受理依申请公开信息总数</td><td class=\"u\">件</td>");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWorkbook.write(report, "示范市市场监督管理局", out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      // Excel's 作者 is the agency, not the library that wrote the file.
      assertThat(book.getProperties().getCoreProperties().getCreator())
          .isEqualTo("示范市市场监督管理局");
      Sheet invariants = book.getSheet(ReportWorkbook.INVARIANT_SHEET);
      assertThat(invariants.getRow(0).getCell(0).getStringCellValue()).contains("未通过 1 项");
      assertThat(invariants.getRow(ReportWorkbook.TOP + 1).getCell(1).getStringCellValue())
          .isEqualTo("未通过");
      assertThat(invariants.getRow(ReportWorkbook.TOP + 2).getCell(1).getStringCellValue())
          .isEqualTo("通过");
      Sheet legacy = book.getSheet("附表");
      // Its title names the year once.
      assertThat(legacy.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("附表：政府信息公开情况统计表（2025年）");
      assertThat(legacy.getRow(ReportWorkbook.TOP).getCell(1).getStringCellValue())
          .isEqualTo("计量单位");
      assertThat(legacy.getRow(ReportWorkbook.TOP).getCell(3).getStringCellValue())
          .isEqualTo("2008年—2025年累计");
      assertThat(legacy.getRow(ReportWorkbook.TOP + 2).getCell(0).getStringCellValue())
          .isEqualTo("其中：1.当面申请数");
      assertThat(legacy.getRow(ReportWorkbook.TOP + 2).getCell(1).getStringCellValue())
          .isEqualTo("件");
      assertThat(legacy.getRow(ReportWorkbook.TOP + 1).getCell(3).getNumericCellValue())
          .isEqualTo(40);
    }
  }

  @Test
  void aReportThatHoldsSaysSo() {
    String html = ReportPage.report(report(List.of(new Invariant("规则", true, "1 = 1"))));
    assertThat(html).contains("校验通过：全部 1 项").doesNotContain("class=\"failed\"");
  }

  @Test
  void amountsArePrintedWithoutTrailingZeros() {
    assertThat(ReportLayout.format(new BigDecimal("20.00"))).isEqualTo("20");
    assertThat(ReportLayout.format(new BigDecimal("1.2500"))).isEqualTo("1.25");
    assertThat(ReportLayout.format(new BigDecimal("0.0000"))).isEqualTo("0");
    assertThat(ReportLayout.format(7L)).isEqualTo("7");
  }

  private static AnnualReport report(List<Invariant> invariants) {
    ReportTable legacy = new ReportTable("legacy", "附表：政府信息公开情况统计表（2025年）",
        List.of(new Column("year", "2025年度"), new Column("cumulative", "2008年—2025年累计")),
        new ArrayList<>());
    legacy.rows().add(new Row("received", "受理依申请公开信息总数", "件", List.of(
        new Cell("legacy.received.year", 3L, true), new Cell("legacy.received.cumulative", 40L,
            true))));
    legacy.rows().add(new Row("received.inPerson", "其中：1.当面申请数", "件", List.of(
        new Cell("legacy.received.inPerson.year", 2L, true),
        new Cell("legacy.received.inPerson.cumulative", 30L, true))));
    Map<String, Supplier<List<String>>> drills = Map.of();
    return new AnnualReport(2025, 2008, List.of(legacy), BigDecimal.ZERO, 0, 0, BigDecimal.ZERO,
        invariants, List.of(), drills);
  }
}
