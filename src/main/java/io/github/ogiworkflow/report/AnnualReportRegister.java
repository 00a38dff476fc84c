package io.github.ogiworkflow.report;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.UniqueKeyWrites;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ogi_annual_report}: one row per reported year with the snapshot of its tables, the
 * narrative sections and the approval and publication written by the {@code AnnualReport}
 * process, and {@code ogi_annual_report_run}: which run prepares each year (ADR 0059). Redoing
 * a year replaces its row, unless its report is published: a published year cannot be started
 * again ({@link AnnualReportRuns}), and no write touches a published row. Every write is the
 * owning run's: two runs of one year started at once register one of them.
 */
@Component
public class AnnualReportRegister {

  /** The row of one year. */
  public record Entry(int reportYear, String processInstanceId, String status,
      Instant computedAt, boolean consistent, String tablesJson, String overview,
      String problems, String other, String submittedBy, String returnComment,
      String approvedBy, Instant approvedAt, LocalDate publishedOn, boolean cellsStored) {

    /** Approved and published: final, served as approved (ADR 0035). */
    public boolean published() {
      return "PUBLISHED".equals(status) && publishedOn != null;
    }
  }

  private final JdbcTemplate jdbc;

  public AnnualReportRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The run that prepares {@code year}'s report ({@code ogi_annual_report_run}), its row locked
   * until the transaction ends; empty when no run registered the year yet (ADR 0059).
   */
  public Optional<String> lockRun(int year) {
    return jdbc.queryForList("SELECT process_instance_id FROM ogi_annual_report_run"
        + " WHERE report_year = ? FOR UPDATE", String.class, year).stream().findFirst();
  }

  /**
   * Registers the first run of {@code year}; false when another run registered it at the same
   * moment (the primary key decides, on every node; only this insert is undone).
   */
  public boolean insertRun(int year, String processInstanceId, Instant now) {
    return UniqueKeyWrites.unlessTaken(jdbc, connection -> {
      try (PreparedStatement statement = connection.prepareStatement("INSERT INTO"
          + " ogi_annual_report_run (report_year, process_instance_id, started_at)"
          + " VALUES (?, ?, ?)")) {
        statement.setInt(1, year);
        statement.setString(2, processInstanceId);
        statement.setTimestamp(3, Timestamp.from(now));
        return statement.executeUpdate();
      }
    }).isPresent();
  }

  /** A later run takes over {@code year} (its row locked by {@link #lockRun}). */
  public void takeOverRun(int year, String processInstanceId, Instant now) {
    jdbc.update("UPDATE ogi_annual_report_run SET process_instance_id = ?, started_at = ?"
        + " WHERE report_year = ?", processInstanceId, Timestamp.from(now), year);
  }

  /**
   * Stores a fresh computation of the run that owns the year; the narrative stays (a
   * recomputation keeps the text). Refused when the year is published or another run owns it.
   */
  public void saveComputed(int year, String processInstanceId, boolean consistent,
      String tablesJson, Instant now) {
    requireOwner(year, processInstanceId, now);
    Timestamp at = Timestamp.from(now);
    int updated = jdbc.update("UPDATE ogi_annual_report SET process_instance_id = ?,"
        + " status = 'COMPUTED', computed_at = ?, consistent = ?, tables_json = ?,"
        + " approved_by = NULL, approved_at = NULL, published_on = NULL, updated_at = ?"
        + " WHERE report_year = ? AND status <> 'PUBLISHED'", processInstanceId, at, consistent,
        tablesJson, at, year);
    if (updated == 0 && of(year).isPresent()) {
      throw new InvalidInput("reportYear: the report on " + year + " is published and final（"
          + year + "年度报告已发布，不能重新计算）");
    }
    if (updated == 0) {
      // No other run can insert it meanwhile: the run's row is locked (requireOwner).
      jdbc.update("INSERT INTO ogi_annual_report (report_year, process_instance_id, status,"
          + " computed_at, consistent, tables_json, updated_at) VALUES (?, ?, 'COMPUTED', ?, ?, ?, ?)",
          year, processInstanceId, at, consistent, tablesJson, at);
    }
  }

  /**
   * The run's row locked and owned by {@code processInstanceId}; a run started before the
   * registration existed (V40) registers itself here. Another owner: refused (正在编制中).
   */
  private void requireOwner(int year, String processInstanceId, Instant now) {
    Optional<String> owner = lockRun(year);
    if (owner.isEmpty() && insertRun(year, processInstanceId, now)) {
      return;
    }
    if (!processInstanceId.equals(owner.orElse(null))) {
      throw notTheRun(year);
    }
  }

  static InvalidInput notTheRun(int year) {
    return new InvalidInput("reportYear: another run prepares the report on " + year + " or it"
        + " was published; nothing was saved（" + year + "年度报告正在由另一编制流程编制中或已发布，"
        + "本次提交未保存）");
  }

  public void saveNarrative(int year, String processInstanceId, String overview,
      String problems, String other, String submittedBy, Instant now) {
    owned(jdbc.update("UPDATE ogi_annual_report SET status = 'SUBMITTED', narrative_overview = ?,"
        + " narrative_problems = ?, narrative_other = ?, submitted_by = ?, updated_at = ?"
        + OWNED, overview, problems, other, submittedBy, Timestamp.from(now), year,
        processInstanceId), year);
  }

  public void returned(int year, String processInstanceId, String comment, Instant now) {
    owned(jdbc.update("UPDATE ogi_annual_report SET status = 'RETURNED', return_comment = ?,"
        + " updated_at = ?" + OWNED, comment, Timestamp.from(now), year, processInstanceId), year);
  }

  public void approved(int year, String processInstanceId, String approvedBy, Instant now) {
    owned(jdbc.update("UPDATE ogi_annual_report SET status = 'APPROVED', approved_by = ?,"
        + " approved_at = ?, updated_at = ?" + OWNED, approvedBy, Timestamp.from(now),
        Timestamp.from(now), year, processInstanceId), year);
  }

  public void published(int year, String processInstanceId, LocalDate on, Instant now) {
    // Only an approved report (the approval step's state, not a path around it).
    // The caller stores the cells' lists in the same transaction (PublishedCells, ADR 0157).
    owned(jdbc.update("UPDATE ogi_annual_report SET status = 'PUBLISHED', published_on = ?,"
        + " cells_stored = TRUE, updated_at = ?" + OWNED + " AND status = 'APPROVED'", java.sql.Date.valueOf(on), Timestamp.from(now), year,
        processInstanceId), year);
  }

  /**
   * Only the run that computed the year's row writes it, and never once it is published (a
   * published report never changes, ADR 0035, 0059).
   */
  private static final String OWNED = " WHERE report_year = ? AND process_instance_id = ?"
      + " AND status <> 'PUBLISHED'";

  private static void owned(int updated, int year) {
    if (updated != 1) {
      throw notTheRun(year);
    }
  }

  /**
   * Locks {@code year}'s row until the transaction ends (nothing when the year has none yet):
   * the publication takes it before it recomputes, so a date being recorded in the year either
   * commits first and is seen, or waits and is refused (ADR 0142; audit 33b, F4).
   */
  public void lockYear(int year) {
    jdbc.queryForList("SELECT report_year FROM ogi_annual_report WHERE report_year = ?"
        + " FOR UPDATE", Integer.class, year);
  }

  /**
   * The years from {@code fromYear} to {@code toYear} whose report is published, in order, with
   * the rows of those years locked until the transaction ends, whatever their status: what the
   * published-year guard reads before its caller writes. Every
   * row is selected and the status read in Java, as PostgreSQL re-checks after a lock wait only
   * rows that matched the condition when the statement began (a report being published would
   * not be waited for). No row, no lock: a year without a report row (the current year) is not
   * serialized (ADR 0142).
   */
  public List<Integer> lockedPublishedBetween(int fromYear, int toYear) {
    return jdbc.query("SELECT report_year, status, published_on FROM ogi_annual_report"
        + " WHERE report_year >= ? AND report_year <= ? ORDER BY report_year FOR UPDATE",
        (rs, i) -> "PUBLISHED".equals(rs.getString(2)) && rs.getDate(3) != null
            ? rs.getInt(1) : null, fromYear, toYear)
        .stream().filter(java.util.Objects::nonNull).toList();
  }

  public Optional<Entry> of(int year) {
    List<Entry> rows = jdbc.query("SELECT report_year, process_instance_id, status, computed_at,"
        + " consistent, tables_json, narrative_overview, narrative_problems, narrative_other,"
        + " submitted_by, return_comment, approved_by, approved_at, published_on, cells_stored"
        + " FROM ogi_annual_report WHERE report_year = ?", (rs, i) -> new Entry(rs.getInt(1),
            rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getBoolean(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11), rs.getString(12),
            rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant(),
            rs.getDate(14) == null ? null : rs.getDate(14).toLocalDate(), rs.getBoolean(15)),
        year);
    return rows.stream().findFirst();
  }
}
