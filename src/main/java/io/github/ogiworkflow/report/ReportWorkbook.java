package io.github.ogiworkflow.report;

import io.github.ogiworkflow.report.ReportLayout.Grid;
import io.github.ogiworkflow.report.ReportLayout.Placed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import io.github.ogiworkflow.letter.LetterDocuments;

/**
 * The annual report as an Excel workbook: first 报告正文 (published with its dates, or draft;
 * the six sections of Art. 50 in order with the office's text), then one sheet per table laid out like the 2021 national
 * template ({@link ReportLayout}: merged header cells, Chinese labels), the legacy 附表 as the
 * seed prints it (指标名称 | 计量单位 | the year | the cumulative total) and a
 * sheet of the invariants. Figures are numeric cells, so offices can go on calculating.
 */
final class ReportWorkbook {

  /** Sheet names by table id (Excel allows 31 characters and no ":"). */
  static final Map<String, String> SHEETS = Map.of("t2", "二、主动公开", "t3", "三、依申请公开",
      "t4", "四、复议诉讼", "fees", "六、信息处理费", "legacy", "附表");
  static final String INVARIANT_SHEET = "校验";
  /** The first sheet: the edition (published or draft) and the six sections with their text. */
  static final String TEXT_SHEET = "报告正文";
  /** Rows above a table: its title and an empty line. */
  static final int TOP = 2;

  private ReportWorkbook() {}

  static void write(AnnualReport report, String author, OutputStream out) {
    write(ReportEdition.draft(report, null), author, out);
  }

  static void write(ReportEdition edition, String author, OutputStream out) {
    AnnualReport report = edition.report();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      // Excel shows these as the file's author (作者); POI would name itself.
      book.getProperties().getCoreProperties().setCreator(author);
      book.getProperties().getExtendedProperties().getUnderlyingProperties()
          .setApplication(LetterDocuments.APPLICATION);
      Styles styles = new Styles(book);
      text(book, styles, edition);
      for (ReportTable table : report.tables()) {
        Grid grid = ReportLayout.of(table);
        Sheet sheet = book.createSheet(SHEETS.getOrDefault(table.id(), table.id()));
        // A title naming its year already (the 附表's) is not given it twice.
        String year = report.year() + "年";
        title(sheet, styles, table.title().contains(year) ? table.title()
            : year + " " + table.title(), grid.cols());
        for (Placed p : grid.cells()) {
          Cell cell = cell(sheet, TOP + p.row(), p.col());
          if (p.isValue()) {
            cell.setCellValue(p.value().value() == null ? 0 : p.value().value().doubleValue());
            cell.setCellStyle(styles.number);
          } else {
            cell.setCellValue(p.text());
            cell.setCellStyle(p.header() ? styles.header : p.isUnit() ? styles.unit : styles.label);
          }
          if (p.rowSpan() > 1 || p.colSpan() > 1) {
            CellRangeAddress region = new CellRangeAddress(TOP + p.row(),
                TOP + p.row() + p.rowSpan() - 1, p.col(), p.col() + p.colSpan() - 1);
            sheet.addMergedRegion(region);
            RegionUtil.setBorderTop(BorderStyle.THIN, region, sheet);
            RegionUtil.setBorderBottom(BorderStyle.THIN, region, sheet);
            RegionUtil.setBorderLeft(BorderStyle.THIN, region, sheet);
            RegionUtil.setBorderRight(BorderStyle.THIN, region, sheet);
          }
        }
        widths(sheet, table.id(), grid.cols());
      }
      invariants(book, styles, report);
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * 报告正文: the title, whether published (with the dates) or a draft, then one row per section
   * of Art. 50 in order: its title and the office's text, or where its table is.
   */
  private static void text(XSSFWorkbook book, Styles styles, ReportEdition edition) {
    Sheet sheet = book.createSheet(TEXT_SHEET);
    int year = edition.report().year();
    title(sheet, styles, year + "年政府信息公开工作年度报告"
        + (edition.published() ? "" : "（草稿）"), 2);
    cell(sheet, 1, 0).setCellValue(edition.statusLabel());
    cell(sheet, 1, 1).setCellValue(edition.statusNote());
    int r = TOP;
    for (ReportEdition.Section section : edition.sections()) {
      Cell heading = cell(sheet, r, 0);
      heading.setCellValue(section.title());
      heading.setCellStyle(styles.label);
      StringBuilder content = new StringBuilder(section.text() == null ? "" : section.text());
      for (String tableId : section.tableIds()) {
        if (!content.isEmpty()) {
          content.append('\n');
        }
        content.append("见工作表“").append(SHEETS.getOrDefault(tableId, tableId)).append("”");
      }
      Cell body = cell(sheet, r, 1);
      body.setCellValue(content.toString());
      body.setCellStyle(styles.label);
      r++;
    }
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, 100 * 256);
  }

  private static void invariants(XSSFWorkbook book, Styles styles, AnnualReport report) {
    Sheet sheet = book.createSheet(INVARIANT_SHEET);
    title(sheet, styles, report.year() + "年度报告 勾稽关系校验："
        + (report.consistent() ? "全部通过" : "未通过 " + report.failedInvariants().size()
            + " 项（系统错误，请勿发布）"), 3);
    String[] headers = {"校验规则", "结果", "明细"};
    for (int c = 0; c < headers.length; c++) {
      Cell cell = cell(sheet, TOP, c);
      cell.setCellValue(headers[c]);
      cell.setCellStyle(styles.header);
    }
    int r = TOP + 1;
    for (Invariant i : report.invariants()) {
      cell(sheet, r, 0).setCellValue(i.rule());
      Cell result = cell(sheet, r, 1);
      result.setCellValue(i.holds() ? "通过" : "未通过");
      result.setCellStyle(i.holds() ? styles.label : styles.failed);
      cell(sheet, r, 2).setCellValue(i.detail());
      r++;
    }
    // Warnings do not block the report (ADR 0096), listed after the invariants.
    for (String warning : report.warnings()) {
      cell(sheet, r, 0).setCellValue("提示（不影响校验）");
      Cell result = cell(sheet, r, 1);
      result.setCellValue("提示");
      result.setCellStyle(styles.failed);
      cell(sheet, r, 2).setCellValue(warning);
      r++;
    }
    sheet.setColumnWidth(0, 70 * 256);
    sheet.setColumnWidth(1, 10 * 256);
    sheet.setColumnWidth(2, 20 * 256);
  }

  private static void title(Sheet sheet, Styles styles, String text, int cols) {
    Cell cell = cell(sheet, 0, 0);
    cell.setCellValue(text);
    cell.setCellStyle(styles.title);
    if (cols > 1) {
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, cols - 1));
    }
  }

  private static void widths(Sheet sheet, String tableId, int cols) {
    for (int c = 0; c < cols; c++) {
      int chars = switch (tableId) {
        case "t3" -> c < 2 ? 12 : c == 2 ? 34 : 11;
        case "t2" -> c == 0 ? 18 : 14;
        case "t4" -> 9;
        case "legacy" -> c == 0 ? 26 : c == 1 ? 10 : 18;
        default -> c == 0 ? 26 : 16;
      };
      sheet.setColumnWidth(c, chars * 256);
    }
  }

  private static Cell cell(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle unit;
    final CellStyle number;
    final CellStyle failed;

    Styles(XSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      title = book.createCellStyle();
      title.setFont(bold);
      header = bordered(book);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      label = bordered(book);
      unit = bordered(book);
      unit.setAlignment(HorizontalAlignment.CENTER);
      number = bordered(book);
      number.setAlignment(HorizontalAlignment.RIGHT);
      failed = bordered(book);
      Font red = book.createFont();
      red.setBold(true);
      red.setColor(IndexedColors.RED.getIndex());
      failed.setFont(red);
    }

    private static CellStyle bordered(XSSFWorkbook book) {
      CellStyle style = book.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setVerticalAlignment(VerticalAlignment.CENTER);
      style.setWrapText(true);
      return style;
    }
  }
}
