package io.github.ogiworkflow.report;

import java.util.ArrayList;
import java.util.List;

/** One table of the annual report as printed: columns, rows of cells. */
public record ReportTable(String id, String title, List<Column> columns, List<Row> rows) {

  public record Column(String id, String label) {}

  /** A cell; {@code drillable} when the API lists the tracking numbers behind it. */
  public record Cell(String id, Number value, boolean drillable) {}

  public record Row(String id, String label, List<Cell> cells) {
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

  /** The value of a cell as a long (counts). */
  public long count(String rowId, String columnId) {
    return row(rowId).cell(columnId).value().longValue();
  }
}
