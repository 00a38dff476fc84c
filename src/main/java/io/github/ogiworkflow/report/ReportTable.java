package io.github.ogiworkflow.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/** One table of the annual report as printed: columns, rows of cells. */
public record ReportTable(String id, String title, List<Column> columns, List<Row> rows) {

  public record Column(String id, String label) {}

  /** A cell; {@code drillable} when the API lists the tracking numbers behind it. */
  public record Cell(String id, Number value, boolean drillable) {}

  /**
   * A row; {@code unit} is its 计量单位 where the table prints one (the legacy 附表: 条, 件),
   * otherwise null.
   */
  public record Row(String id, String label, @JsonInclude(JsonInclude.Include.NON_NULL) String unit,
      List<Cell> cells) {

    public Row(String id, String label, List<Cell> cells) {
      this(id, label, null, cells);
    }

    public Cell cell(String columnId) {
      return cells.stream().filter(c -> c.id().endsWith("." + columnId)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No column " + columnId + " in " + id));
    }
  }

  ReportTable(String id, String title, List<Column> columns) {
    this(id, title, columns, new ArrayList<>());
  }

  public Row row(String rowId) {
    return rows.stream().filter(r -> r.id().equals(rowId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No row " + rowId + " in " + id));
  }

  /** The column of a cell of this table, e.g. {@code NATURAL_PERSON} of {@code t3.new.NATURAL_PERSON}. */
  public String columnOf(Row row, Cell cell) {
    return cell.id().substring((id + "." + row.id() + ".").length());
  }

  /** The cell of a row and column, if that row has one (rows of table 二 fill some columns). */
  public java.util.Optional<Cell> find(String rowId, String columnId) {
    return rows.stream().filter(r -> r.id().equals(rowId)).findFirst()
        .flatMap(r -> r.cells().stream().filter(c -> columnOf(r, c).equals(columnId))
            .findFirst());
  }

  public java.util.Optional<Column> column(String columnId) {
    return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
  }

  /** The value of a cell as a long (counts). */
  public long count(String rowId, String columnId) {
    return row(rowId).cell(columnId).value().longValue();
  }
}
