package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Audit of "review first, publish later" straight from the register: every item that was ever
 * published (withdrawn ones included) with its review, and the violations, which must be none.
 */
@Component
public class PublicationAudit {

  /** A published item and its review (reviewer, time, conclusion); null review = none. */
  public record AuditRow(long itemId, String batchRef, String title, LocalDate firstPublishedOn,
      String reviewer, Instant reviewedAt, String conclusion, Boolean approvalRequired,
      String approvalDecision) {}

  private static final String SELECT = """
      SELECT p.item_id, p.batch_ref, p.title, p.first_published_on, r.reviewer, r.reviewed_at,
        r.conclusion, p.approval_required, p.approval_decision
      FROM ogi_publication_item p LEFT JOIN ogi_item_review r ON r.item_id = p.item_id
      WHERE EXISTS (SELECT 1 FROM ogi_publication_channel c WHERE c.publication_id = p.id)""";

  private final JdbcTemplate jdbc;

  public PublicationAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<AuditRow> publishedItems() {
    return jdbc.query(SELECT + " ORDER BY p.id", (rs, i) -> row(rs));
  }

  /**
   * Published items without a releasing review, published on a day before their review, or
   * without the approval the rules required.
   */
  public List<AuditRow> publishedWithoutReview() {
    return jdbc.query(SELECT + """
         AND (r.id IS NULL OR r.conclusion NOT IN ('RELEASABLE', 'RELEASABLE_REDACTED')
          OR p.approval_required IS NULL
          OR (p.approval_required = TRUE AND (p.approval_decision IS NULL
            OR p.approval_decision <> 'APPROVE'))
          OR EXISTS (SELECT 1 FROM ogi_publication_channel c WHERE c.publication_id = p.id
            AND c.recorded_at < r.reviewed_at))
        ORDER BY p.id""", (rs, i) -> row(rs));
  }

  /**
   * An item published under Art. 44 that still stands published although the reply it came from
   * was corrected (纠正) since: the request's items of that round were superseded on
   * {@code supersededOn} when it was reopened (ADR 0118).
   */
  public record PublishedOnCorrectedReply(String batchRef, long itemId, String title,
      String sourceRequest, LocalDate supersededOn) {}

  /** Those superseded on or before {@code to}, until withdrawn (ADR 0118). */
  public List<PublishedOnCorrectedReply> publishedOnCorrectedReplies(LocalDate to) {
    return jdbc.query("""
        SELECT p.batch_ref, p.item_id, p.title, p.source_request, i.superseded_on
        FROM ogi_publication_item p JOIN ogi_info_item i ON i.id = p.item_id
        WHERE p.source_request IS NOT NULL AND p.status = 'PUBLISHED'
          AND i.superseded_on IS NOT NULL AND i.superseded_on <= ?
        ORDER BY p.batch_ref, p.item_id""", (rs, i) -> new PublishedOnCorrectedReply(
            rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getDate(5).toLocalDate()), java.sql.Date.valueOf(to));
  }

  /**
   * A planned line (item, channel) of a releasable, approved item that is not published: marked
   * 未发布 with a reason by the office ({@code reason}, {@code recordedOn}), or not accounted for
   * at all (both null: recorded before every line had to be).
   */
  public record UnpublishedLine(String batchRef, long itemId, String title,
      PublicationChannel channel, String reason, LocalDate recordedOn) {}

  /**
   * Art. 26: an item due on {@code dueOn}, published later ({@code publishedOn}) or not yet;
   * {@code period} is the one that set the date (Art. 26, a law's for its category or its own,
   * ADR 0151).
   */
  public record LatePublication(String batchRef, long itemId, String title, LocalDate dueOn,
      LocalDate publishedOn, Art26DueDates.Period period) {

    /** The period for the compliance list: 2个工作日（《…》第四十三条）. */
    public String periodText() {
      return period.length() + "（" + period.basis() + "）";
    }
  }

  /** Lines marked 未发布 by the office on a day from {@code from} to {@code to}. */
  public List<UnpublishedLine> linesMarkedUnpublished(LocalDate from, LocalDate to) {
    return jdbc.query("""
        SELECT p.batch_ref, p.item_id, p.title, s.channel, s.reason, s.recorded_at
        FROM ogi_publication_skip s JOIN ogi_publication_item p ON p.id = s.publication_id
        WHERE s.recorded_at >= ? AND s.recorded_at < ?
        ORDER BY p.batch_ref, p.id, s.id""", (rs, i) -> new UnpublishedLine(rs.getString(1),
            rs.getLong(2), rs.getString(3), PublicationChannel.valueOf(rs.getString(4)),
            rs.getString(5), LocalDate.ofInstant(rs.getTimestamp(6).toInstant(), OfficeTime.ZONE)),
        Timestamp.from(from.atStartOfDay(OfficeTime.ZONE).toInstant()),
        Timestamp.from(to.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant()));
  }

  /**
   * Planned lines of releasable, approved items (publishable or published) with neither a
   * publication nor a reason: for the caller to keep those of batches whose recording is over.
   */
  public List<UnpublishedLine> linesNotAccountedFor() {
    record Candidate(long id, String batchRef, long itemId, String title, String channels) {}
    List<Candidate> candidates = jdbc.query("""
        SELECT p.id, p.batch_ref, p.item_id, p.title, p.channels FROM ogi_publication_item p
        WHERE p.status IN ('PUBLISHABLE', 'PUBLISHED')
          AND (SELECT COUNT(*) FROM ogi_publication_channel c WHERE c.publication_id = p.id)
            + (SELECT COUNT(*) FROM ogi_publication_skip s WHERE s.publication_id = p.id)
            < LENGTH(p.channels) - LENGTH(REPLACE(p.channels, ',', '')) + 1
        ORDER BY p.batch_ref, p.id""", (rs, i) -> new Candidate(rs.getLong(1), rs.getString(2),
            rs.getLong(3), rs.getString(4), rs.getString(5)));
    List<UnpublishedLine> lines = new java.util.ArrayList<>();
    for (Candidate c : candidates) {
      java.util.Set<String> done = new java.util.HashSet<>(jdbc.queryForList(
          "SELECT channel FROM ogi_publication_channel WHERE publication_id = ? UNION"
              + " SELECT channel FROM ogi_publication_skip WHERE publication_id = ?",
          String.class, c.id(), c.id()));
      for (String channel : c.channels().split(",")) {
        if (!done.contains(channel)) {
          lines.add(new UnpublishedLine(c.batchRef(), c.itemId(), c.title(),
              PublicationChannel.valueOf(channel), null, null));
        }
      }
    }
    return lines;
  }

  /**
   * Art. 26 (published within 20 working days of the day the information was formed or
   * changed, or the period a law sets, ADR 0151): items first published from {@code from} to {@code to} after their due date, and
   * items due from {@code from} to {@code lastDueDay} not published yet (drafted or publishable).
   */
  public List<LatePublication> latePublications(LocalDate from, LocalDate to,
      LocalDate lastDueDay) {
    List<LatePublication> late = new java.util.ArrayList<>(jdbc.query("""
        SELECT batch_ref, item_id, title, due_on, first_published_on, category,
          period_working_days, period_basis, period_calendar_days FROM ogi_publication_item
        WHERE due_on IS NOT NULL AND first_published_on > due_on
          AND first_published_on >= ? AND first_published_on <= ?
        ORDER BY batch_ref, id""", (rs, i) -> late(rs), java.sql.Date.valueOf(from),
        java.sql.Date.valueOf(to)));
    if (!lastDueDay.isBefore(from)) {
      late.addAll(jdbc.query("""
          SELECT batch_ref, item_id, title, due_on, first_published_on, category,
          period_working_days, period_basis, period_calendar_days FROM ogi_publication_item
          WHERE status IN ('DRAFTED', 'PUBLISHABLE') AND due_on >= ? AND due_on <= ?
          ORDER BY batch_ref, id""", (rs, i) -> late(rs), java.sql.Date.valueOf(from),
          java.sql.Date.valueOf(lastDueDay)));
    }
    return late;
  }

  /**
   * The 逾期原因 the office gave on 登记发布情况 for an item's lines published after its Art. 26
   * date (ADR 0144), read from the batch's recorded lines ({@code publications}, the value the
   * history keeps): one text per line that has one, in the lines' order, the same reason once.
   * Empty for a batch recorded before the field or a value that is no list of lines.
   */
  public static List<String> lateReasons(Object recordedLines, long itemId) {
    List<com.fasterxml.jackson.databind.JsonNode> lines;
    try {
      lines = PublicationDrafts.rows(recordedLines, "publications");
    } catch (io.github.ogiworkflow.process.InvalidInput e) {
      return List.of();
    }
    return lines.stream()
        .filter(line -> line.path("itemId").asText("").equals(Long.toString(itemId)))
        .map(line -> PublicationDrafts.text(line, "lateReason"))
        .filter(java.util.Objects::nonNull).distinct().toList();
  }

  private static LatePublication late(java.sql.ResultSet rs) throws java.sql.SQLException {
    java.sql.Date published = rs.getDate(5);
    Object days = rs.getObject(7);
    return new LatePublication(rs.getString(1), rs.getLong(2), rs.getString(3),
        rs.getDate(4).toLocalDate(), published == null ? null : published.toLocalDate(),
        Art26DueDates.periodOf(PublicationCategory.valueOf(rs.getString(6)), days == null ? null
            : Art26DueDates.Period.given(rs.getInt(7), rs.getBoolean(9), rs.getString(8))));
  }

  private static AuditRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp reviewedAt = rs.getTimestamp(6);
    Object required = rs.getObject(8);
    return new AuditRow(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5),
        reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString(7),
        required == null ? null : rs.getBoolean(8), rs.getString(9));
  }
}
