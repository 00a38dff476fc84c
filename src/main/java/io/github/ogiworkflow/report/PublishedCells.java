package io.github.ogiworkflow.report;

import io.github.ogiworkflow.publication.PublicationRegister.CountedItem;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ogi_annual_report_cell} (V113, ADR 0157): the cases, and for the proactive cells the
 * published items, behind each drillable cell of a published report, written once in the
 * publication's transaction (登记发布日期) from the same computation whose figures the snapshot
 * froze. A published year's drill-downs are read from here, never recomputed; the row of
 * {@code ogi_annual_report} says whether a year has them ({@code cells_stored}).
 */
@Component
public class PublishedCells {

  private final JdbcTemplate jdbc;

  public PublishedCells(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores every list of {@code report}: its case lists sorted, its item lists as counted. */
  public void store(AnnualReport report) {
    List<Object[]> rows = new ArrayList<>();
    report.drillDowns().keySet().stream().sorted().forEach(cellId -> {
      List<String> numbers = report.drillDown(cellId).orElse(List.of());
      for (int i = 0; i < numbers.size(); i++) {
        rows.add(new Object[] {report.year(), cellId, i + 1, numbers.get(i), null, null, null,
            null, null, null, null, null});
      }
    });
    Map<String, ?> itemCells = report.itemDrillDowns() == null ? Map.of()
        : report.itemDrillDowns();
    itemCells.keySet().stream().sorted().forEach(cellId -> {
      List<CountedItem> items = report.itemDrillDown(cellId).orElse(List.of());
      for (int i = 0; i < items.size(); i++) {
        CountedItem item = items.get(i);
        rows.add(new Object[] {report.year(), cellId, i + 1, item.batchNumber(), item.itemId(),
            item.seq(), item.title(), item.docNumber(), date(item.publishedOn()),
            date(item.withdrawnOn()), item.figure(), item.note()});
      }
    });
    jdbc.batchUpdate("INSERT INTO ogi_annual_report_cell (report_year, cell_id, seq,"
        + " tracking_number, item_id, item_seq, item_title, doc_number, published_on,"
        + " withdrawn_on, figure, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
        new int[] {Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.BIGINT,
            Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
            Types.DECIMAL, Types.VARCHAR});
  }

  /** The cases stored for a cell of a case list, in order (empty: none counted). */
  public List<String> numbers(int year, String cellId) {
    return jdbc.queryForList("SELECT tracking_number FROM ogi_annual_report_cell"
        + " WHERE report_year = ? AND cell_id = ? ORDER BY seq", String.class, year, cellId);
  }

  /** The items stored for a cell of table 二 or 主动公开信息数, as they were counted. */
  public List<CountedItem> items(int year, String cellId) {
    return jdbc.query("SELECT tracking_number, item_seq, item_id, item_title, doc_number,"
        + " published_on, withdrawn_on, figure, note FROM ogi_annual_report_cell"
        + " WHERE report_year = ? AND cell_id = ? ORDER BY seq", (rs, i) -> new CountedItem(
            rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5),
            day(rs.getDate(6)), day(rs.getDate(7)), rs.getBigDecimal(8), rs.getString(9)),
        year, cellId);
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
