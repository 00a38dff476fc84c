package io.github.ogiworkflow.report;

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
 * process. Redoing a year replaces its row, unless its report is published: a published year
 * cannot be started again ({@link AnnualReportRuns}), and {@link #saveComputed} does not touch
 * a published row either.
 */
@Component
public class AnnualReportRegister {

  /** The row of one year. */
  public record Entry(int reportYear, String processInstanceId, String status,
      Instant computedAt, boolean consistent, String tablesJson, String overview,
      String problems, String other, String submittedBy, String returnComment,
      String approvedBy, Instant approvedAt, LocalDate publishedOn) {

    /** Approved and published: final, served as approved (ADR 0035). */
    public boolean published() {
      return "PUBLISHED".equals(status) && publishedOn != null;
    }
  }

  private final JdbcTemplate jdbc;

  public AnnualReportRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a fresh computation; the narrative stays (a recomputation keeps the text). */
  public void saveComputed(int year, String processInstanceId, boolean consistent,
      String tablesJson, Instant now) {
    Timestamp at = Timestamp.from(now);
    int updated = jdbc.update("UPDATE ogi_annual_report SET process_instance_id = ?,"
        + " status = 'COMPUTED', computed_at = ?, consistent = ?, tables_json = ?,"
        + " approved_by = NULL, approved_at = NULL, published_on = NULL, updated_at = ?"
        + " WHERE report_year = ? AND status <> 'PUBLISHED'", processInstanceId, at, consistent,
        tablesJson, at, year);
    if (updated == 0 && of(year).isPresent()) {
      throw new IllegalStateException("The report on " + year + " is published and final");
    }
    if (updated == 0) {
      jdbc.update("INSERT INTO ogi_annual_report (report_year, process_instance_id, status,"
          + " computed_at, consistent, tables_json, updated_at) VALUES (?, ?, 'COMPUTED', ?, ?, ?, ?)",
          year, processInstanceId, at, consistent, tablesJson, at);
    }
  }

  public void saveNarrative(int year, String overview, String problems, String other,
      String submittedBy, Instant now) {
    jdbc.update("UPDATE ogi_annual_report SET status = 'SUBMITTED', narrative_overview = ?,"
        + " narrative_problems = ?, narrative_other = ?, submitted_by = ?, updated_at = ?"
        + " WHERE report_year = ?", overview, problems, other, submittedBy, Timestamp.from(now),
        year);
  }

  public void returned(int year, String comment, Instant now) {
    jdbc.update("UPDATE ogi_annual_report SET status = 'RETURNED', return_comment = ?,"
        + " updated_at = ? WHERE report_year = ?", comment, Timestamp.from(now), year);
  }

  public void approved(int year, String approvedBy, Instant now) {
    jdbc.update("UPDATE ogi_annual_report SET status = 'APPROVED', approved_by = ?,"
        + " approved_at = ?, updated_at = ? WHERE report_year = ?", approvedBy,
        Timestamp.from(now), Timestamp.from(now), year);
  }

  public void published(int year, LocalDate on, Instant now) {
    jdbc.update("UPDATE ogi_annual_report SET status = 'PUBLISHED', published_on = ?,"
        + " updated_at = ? WHERE report_year = ?", java.sql.Date.valueOf(on),
        Timestamp.from(now), year);
  }

  public Optional<Entry> of(int year) {
    List<Entry> rows = jdbc.query("SELECT report_year, process_instance_id, status, computed_at,"
        + " consistent, tables_json, narrative_overview, narrative_problems, narrative_other,"
        + " submitted_by, return_comment, approved_by, approved_at, published_on"
        + " FROM ogi_annual_report WHERE report_year = ?", (rs, i) -> new Entry(rs.getInt(1),
            rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getBoolean(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11), rs.getString(12),
            rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant(),
            rs.getDate(14) == null ? null : rs.getDate(14).toLocalDate()), year);
    return rows.stream().findFirst();
  }
}
