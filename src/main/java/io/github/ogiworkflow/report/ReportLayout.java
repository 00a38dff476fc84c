package io.github.ogiworkflow.report;

import io.github.ogiworkflow.report.ReportTable.Cell;
import io.github.ogiworkflow.report.ReportTable.Column;
import io.github.ogiworkflow.report.ReportTable.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report table placed as the 2021 national template prints it: header rows with merged cells
 * for the column groups, label columns with merged groups (三、本年度办理结果 → （三）不予公开 → 1.…),
 * then the figures; the legacy 附表 as the seed prints it (指标名称 | 计量单位 | the year | the
 * cumulative total). The HTML page and the xlsx workbook both draw this one layout.
 *
 * <p>Labels carry their hierarchy as space-separated parts ("法人或其他组织 商业企业",
 * "三、本年度办理结果 （三）不予公开 1.属于国家秘密"): one part per level of the printed header.
 */
public final class ReportLayout {

  /** Corner note of table 三 in the template. */
  static final String T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  /** The column id of a placed unit (计量单位 of the 附表: a text, not a figure). */
  static final String UNIT_COLUMN = "unit";

  /**
   * One placed cell: a text (header, label, or a row's unit with {@code columnId}
   * {@link #UNIT_COLUMN}) or a figure of the report.
   */
  public record Placed(int row, int col, int rowSpan, int colSpan, String text, boolean header,
      String rowId, String columnId, Cell value) {

    public boolean isValue() {
      return value != null;
    }

    public boolean isUnit() {
      return value == null && UNIT_COLUMN.equals(columnId);
    }
  }

  /** A table as a grid of {@code rows} × {@code cols} with its placed cells. */
  public record Grid(String tableId, String title, int rows, int cols, List<Placed> cells) {}

  private ReportLayout() {}

  public static Grid of(ReportTable table) {
    return switch (table.id()) {
      case "t2" -> table2(table);
      case "t3" -> table3(table);
      case "t4" -> table4(table);
      case "legacy" -> legacy(table);
      default -> plain(table);
    };
  }

  /** The figure as printed: counts as integers, amounts without trailing zeros. */
  public static String format(Number value) {
    if (value == null) {
      return "0";
    }
    if (value instanceof BigDecimal amount) {
      return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  static List<String> parts(String label) {
    return Arrays.asList(label.trim().split(" +"));
  }

  // ---- table 二: one block per article item, each with its own header row ------------------

  private static Grid table2(ReportTable t) {
    Builder b = new Builder();
    int width = 4;
    Map<String, List<Row>> blocks = new LinkedHashMap<>();
    for (Row row : t.rows()) {
      blocks.computeIfAbsent(parts(row.label()).get(0), k -> new ArrayList<>()).add(row);
    }
    int r = 0;
    for (var block : blocks.entrySet()) {
      b.text(r++, 0, 1, width, block.getKey(), true);
      List<String> used = new ArrayList<>();
      block.getValue().forEach(row -> row.cells().forEach(cell -> {
        String column = t.columnOf(row, cell);
        if (!used.contains(column)) {
          used.add(column);
        }
      }));
      int span = (width - 1) / used.size();
      b.text(r, 0, 1, 1, "信息内容", true);
      for (int i = 0; i < used.size(); i++) {
        b.text(r, 1 + i * span, 1, span, t.column(used.get(i)).map(Column::label).orElseThrow(),
            true);
      }
      r++;
      for (Row row : block.getValue()) {
        List<String> p = parts(row.label());
        b.text(r, 0, 1, 1, p.get(p.size() - 1), false);
        for (Cell cell : row.cells()) {
          String column = t.columnOf(row, cell);
          b.value(r, 1 + used.indexOf(column) * span, 1, span, row.id(), column, cell);
        }
        r++;
      }
    }
    return b.grid(t, r, width);
  }

  // ---- table 三: applicant types across, outcome rows down -------------------------------

  private static Grid table3(ReportTable t) {
    Builder b = new Builder();
    int depth = t.rows().stream().mapToInt(r -> parts(r.label()).size()).max().orElse(1);
    int cols = depth + t.columns().size();
    b.text(0, 0, 3, depth, T3_CORNER, true);
    b.text(0, depth, 1, t.columns().size(), "申请人情况", true);
    columnHeaders(b, 1, depth, t.columns());
    rowLabels(b, 3, depth, t.rows());
    values(b, t, 3, depth);
    return b.grid(t, 3 + t.rows().size(), cols);
  }

  // ---- table 四: one line of 15 figures under 行政复议 | 行政诉讼 (direct, after reconsideration)

  private static Grid table4(ReportTable t) {
    Builder b = new Builder();
    int n = t.columns().size();
    int c = 0;
    String group = null;
    int groupStart = 0;
    for (Row row : t.rows()) {
      List<String> p = parts(row.label());
      if (!p.get(0).equals(group)) {
        if (group != null) {
          b.text(0, groupStart, 1, c - groupStart, group, true);
        }
        group = p.get(0);
        groupStart = c;
      }
      if (p.size() == 1) {
        for (int i = 0; i < n; i++) {
          b.text(1, c + i, 2, 1, t.columns().get(i).label(), true);
        }
      } else {
        b.text(1, c, 1, n, p.get(1), true);
        for (int i = 0; i < n; i++) {
          b.text(2, c + i, 1, 1, t.columns().get(i).label(), true);
        }
      }
      for (int i = 0; i < n; i++) {
        Column column = t.columns().get(i);
        b.value(3, c + i, 1, 1, row.id(), column.id(), row.cell(column.id()));
      }
      c += n;
    }
    if (group != null) {
      b.text(0, groupStart, 1, c - groupStart, group, true);
    }
    return b.grid(t, 4, c);
  }

  // ---- fees: a label column and one column per figure -----------------------------------

  private static Grid plain(ReportTable t) {
    return labelled(t, List.of("项目"));
  }

  // ---- legacy 附表: 指标名称 | 计量单位 | the year | the cumulative total, as the seed prints it

  private static final String LEGACY_NAME = "指标名称";
  private static final String LEGACY_UNIT = "计量单位";

  private static Grid legacy(ReportTable t) {
    return labelled(t, List.of(LEGACY_NAME, LEGACY_UNIT));
  }

  /**
   * One header row: the text columns ({@code texts}: the label, then the unit if any), then one
   * column per figure; each row its label, its unit and its figures.
   */
  private static Grid labelled(ReportTable t, List<String> texts) {
    Builder b = new Builder();
    int left = texts.size();
    for (int i = 0; i < left; i++) {
      b.text(0, i, 1, 1, texts.get(i), true);
    }
    for (int i = 0; i < t.columns().size(); i++) {
      b.text(0, left + i, 1, 1, t.columns().get(i).label(), true);
    }
    int r = 1;
    for (Row row : t.rows()) {
      b.text(r, 0, 1, 1, row.label(), false);
      if (left > 1) {
        b.unit(r, 1, row.id(), row.unit() == null ? "" : row.unit());
      }
      for (Cell cell : row.cells()) {
        String column = t.columnOf(row, cell);
        int i = t.columns().indexOf(t.column(column).orElseThrow());
        b.value(r, left + i, 1, 1, row.id(), column, cell);
      }
      r++;
    }
    return b.grid(t, r, left + t.columns().size());
  }

  // ---- shared pieces ---------------------------------------------------------------------

  /** Two header rows: a column alone spans both, a group (法人或其他组织) spans its members. */
  private static void columnHeaders(Builder b, int top, int left, List<Column> columns) {
    int i = 0;
    while (i < columns.size()) {
      List<String> p = parts(columns.get(i).label());
      if (p.size() == 1) {
        b.text(top, left + i, 2, 1, p.get(0), true);
        i++;
        continue;
      }
      int j = i;
      while (j < columns.size() && parts(columns.get(j).label()).size() > 1
          && parts(columns.get(j).label()).get(0).equals(p.get(0))) {
        b.text(top + 1, left + j, 1, 1, parts(columns.get(j).label()).get(1), true);
        j++;
      }
      b.text(top, left + i, 1, j - i, p.get(0), true);
      i = j;
    }
  }

  /** Label columns: the last part of a label spans the rest; a shared prefix spans its rows. */
  private static void rowLabels(Builder b, int top, int depth, List<Row> rows) {
    List<List<String>> labels = rows.stream().map(r -> parts(r.label())).toList();
    for (int i = 0; i < labels.size(); i++) {
      List<String> p = labels.get(i);
      for (int k = 0; k < p.size(); k++) {
        if (k == p.size() - 1) {
          b.text(top + i, k, 1, depth - k, p.get(k), false);
          break;
        }
        if (i > 0 && sharesPrefix(labels.get(i - 1), p, k)) {
          continue;
        }
        int span = 1;
        while (i + span < labels.size() && sharesPrefix(labels.get(i + span), p, k)) {
          span++;
        }
        b.text(top + i, k, span, 1, p.get(k), false);
      }
    }
  }

  /** Both labels go deeper than level k and agree on levels 0..k. */
  private static boolean sharesPrefix(List<String> a, List<String> b, int k) {
    return a.size() > k + 1 && b.size() > k + 1 && a.subList(0, k + 1).equals(b.subList(0, k + 1));
  }

  private static void values(Builder b, ReportTable t, int top, int left) {
    for (int i = 0; i < t.rows().size(); i++) {
      Row row = t.rows().get(i);
      for (int c = 0; c < t.columns().size(); c++) {
        Column column = t.columns().get(c);
        b.value(top + i, left + c, 1, 1, row.id(), column.id(), row.cell(column.id()));
      }
    }
  }

  private static final class Builder {
    final List<Placed> cells = new ArrayList<>();

    void text(int row, int col, int rowSpan, int colSpan, String text, boolean header) {
      cells.add(new Placed(row, col, rowSpan, colSpan, text, header, null, null, null));
    }

    void unit(int row, int col, String rowId, String unit) {
      cells.add(new Placed(row, col, 1, 1, unit, false, rowId, UNIT_COLUMN, null));
    }

    void value(int row, int col, int rowSpan, int colSpan, String rowId, String columnId,
        Cell cell) {
      cells.add(new Placed(row, col, rowSpan, colSpan, format(cell.value()), false, rowId,
          columnId, cell));
    }

    Grid grid(ReportTable t, int rows, int cols) {
      return new Grid(t.id(), t.title(), rows, cols, List.copyOf(cells));
    }
  }
}
