package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.publication.PublicationAudit;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compliance checks over the cases of a period, straight from the register (SQL), each listing
 * the offending tracking numbers. A case belongs to the period by the day of the act checked:
 * the delivery of the reply for (a)–(c), the receipt for (d), the correction notice for (e), the
 * first publication for published items.
 */
@Component
public class ComplianceQueries {

  /** One rule and what breaks it. */
  public record Rule(String id, String title, String rule, List<Violation> violations) {}

  /** An offending case (or publication batch) with what is wrong. */
  public record Violation(String trackingNumber, String detail) {}

  public record Report(LocalDate from, LocalDate to, List<Rule> rules) {
    public int total() {
      return rules.stream().mapToInt(r -> r.violations().size()).sum();
    }
  }

  static final String LATE_REPLY = "lateReply";
  static final String RELEASED_WITHOUT_REVIEW = "releasedWithoutReview";
  static final String WITHHELD_WITHOUT_APPROVAL = "withheldWithoutApproval";
  static final String EXTENDED_WITHOUT_APPROVAL = "extendedWithoutApproval";
  static final String LATE_CORRECTION_NOTICE = "lateCorrectionNotice";

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;
  private final PublicationAudit publications;

  public ComplianceQueries(JdbcTemplate jdbc, WorkingDayCalendar calendar,
      DeadlineProperties limits, PublicationAudit publications) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.limits = limits;
    this.publications = publications;
  }

  public Report check(LocalDate from, LocalDate to) {
    Date start = Date.valueOf(from);
    Date end = Date.valueOf(to);
    List<Rule> rules = new ArrayList<>();

    // (a) due_on is kept current by the process: receipt (or correction) + 20 working days,
    // + the extension, + paused working days (consultation, fee).
    rules.add(new Rule(LATE_REPLY, "逾期答复", "答复书送达日期晚于答复期限（已计入延期和中止期间）",
        jdbc.query("SELECT tracking_number, delivered_on, due_on, extension_days FROM ogi_case"
            + " WHERE delivered_on >= ? AND delivered_on <= ? AND delivered_on > due_on"
            + " ORDER BY tracking_number", (rs, i) -> new Violation(rs.getString(1),
                rs.getDate(2) + " 送达，期限 " + rs.getDate(3)
                    + (rs.getInt(4) > 0 ? "（含延期 " + rs.getInt(4) + " 个工作日）" : "")),
            start, end)));

    // (b) 先审查、后公开: every held item of a delivered reply has its review; published items
    // have a releasing review (and approval where required) before publication.
    List<Violation> unreviewed = new ArrayList<>(jdbc.query("""
        SELECT c.tracking_number, i.seq, i.title FROM ogi_case c
        JOIN ogi_info_item i ON i.case_ref = c.tracking_number
        WHERE c.delivered_on >= ? AND c.delivered_on <= ? AND i.finding = 'HELD'
          AND i.superseded_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM ogi_item_review r WHERE r.item_id = i.id)
        ORDER BY c.tracking_number, i.seq""", (rs, i) -> new Violation(rs.getString(1),
            "信息项 " + rs.getInt(2) + "「" + rs.getString(3) + "」无审查记录即已答复"), start, end));
    publications.publishedWithoutReview().stream()
        .filter(p -> p.firstPublishedOn() != null && !p.firstPublishedOn().isBefore(from)
            && !p.firstPublishedOn().isAfter(to))
        .forEach(p -> unreviewed.add(new Violation(p.batchRef(), "主动公开信息「" + p.title()
            + "」" + (p.reviewer() == null ? "无审查记录" : "审查结论 " + p.conclusion())
            + "，已于 " + p.firstPublishedOn() + " 发布")));
    rules.add(new Rule(RELEASED_WITHOUT_REVIEW, "未经保密审查即公开",
        "公开或发布的信息项均须有一条完成的保密审查记录（应为0）", unreviewed));

    // (c) withholding anything (部分公开, 不予公开) needs leadership's approval of the reply.
    rules.add(new Rule(WITHHELD_WITHOUT_APPROVAL, "不予公开或部分公开未经领导审批",
        "答复类型为部分公开或不予公开的，须有领导小组同意答复的审批记录",
        jdbc.query("""
            SELECT c.tracking_number, c.outcome_code FROM ogi_case c
            WHERE c.delivered_on >= ? AND c.delivered_on <= ?
              AND (c.outcome_code = '2' OR c.outcome_code LIKE '3.%')
              AND NOT EXISTS (SELECT 1 FROM ogi_approval a WHERE a.tracking_number = c.tracking_number
                AND a.kind = 'REPLY' AND a.decision = 'APPROVE')
            ORDER BY c.tracking_number""", (rs, i) -> new Violation(rs.getString(1),
                "答复类型 " + rs.getString(2) + "，无领导同意记录"), start, end)));

    // (d) an extension (Art. 33) needs the consent of the head of the OGI body.
    rules.add(new Rule(EXTENDED_WITHOUT_APPROVAL, "延期答复未经批准",
        "延长答复期限的，须有领导小组同意延期的审批记录",
        jdbc.query("""
            SELECT c.tracking_number, c.extension_days FROM ogi_case c
            WHERE c.first_received_on >= ? AND c.first_received_on <= ? AND c.extension_days > 0
              AND NOT EXISTS (SELECT 1 FROM ogi_approval a WHERE a.tracking_number = c.tracking_number
                AND a.kind = 'EXTENSION' AND a.decision = 'APPROVE')
            ORDER BY c.tracking_number""", (rs, i) -> new Violation(rs.getString(1),
                "延期 " + rs.getInt(2) + " 个工作日，无领导同意记录"), start, end)));

    // (e) one correction notice within 7 working days of receipt (Art. 30); working days need
    // the holiday calendar, so the rows are filtered here.
    int allowed = limits.correctionNoticeWorkingDays();
    List<Violation> late = new ArrayList<>();
    jdbc.query("""
        SELECT c.tracking_number, c.first_received_on, l.issued_on FROM ogi_letter l
        JOIN ogi_case c ON c.tracking_number = l.case_ref
        WHERE l.kind = 'CORRECTION_NOTICE' AND l.issued_on >= ? AND l.issued_on <= ?
        ORDER BY c.tracking_number, l.issued_on""", rs -> {
          LocalDate received = rs.getDate(2).toLocalDate();
          LocalDate issued = rs.getDate(3).toLocalDate();
          int days = calendar.workingDaysBetween(received, issued);
          if (days > allowed) {
            late.add(new Violation(rs.getString(1), received + " 收到申请，" + issued
                + " 发出补正告知书，相隔 " + days + " 个工作日（限 " + allowed + " 个）"));
          }
        }, start, end);
    rules.add(new Rule(LATE_CORRECTION_NOTICE, "补正告知逾期",
        "补正告知书应在收到申请之日起" + allowed + "个工作日内发出", late));
    return new Report(from, to, List.copyOf(rules));
  }
}
