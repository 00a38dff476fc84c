package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.letter.CaseLetters.chinese;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.deadline.LetterServiceFollowUp;
import io.github.ogiworkflow.publication.PublicationAudit;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.security.Groups;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compliance checks over the cases of a period, straight from the register (SQL), each listing
 * the offending tracking numbers. A case belongs to the period by the day of the act checked:
 * the delivery of the reply for (a)–(c), (f) and (g), the receipt for (d), the correction notice
 * for (e), the first publication for published items, the review for (h), the start of the
 * case for (i); for proactive disclosure (k) the day a line was marked 未发布 or the batch ended,
 * (l) the first publication or, not yet published, the Art. 26 due date; (q) the day a date
 * correction was made. Rules (c), (h) and (i) also ask the engine (decision table, history).
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
  static final String EXTENDED_AFTER_DEADLINE = "extendedAfterDeadline";
  static final String LATE_CORRECTION_NOTICE = "lateCorrectionNotice";
  static final String DELIVERED_WITHOUT_OUTCOME = "deliveredWithoutOutcome";
  static final String LETTER_CHANGED_AFTER_APPROVAL = "letterChangedAfterApproval";
  static final String REVIEW_OF_OTHER_CASE = "reviewOfOtherCase";
  public static final String NOT_STARTED_AT_START_EVENT = "notStartedAtStartEvent";
  static final String OVERDUE_OPEN = "overdueOpen";
  public static final String OVERDUE_BEFORE_WITHDRAWAL = "overdueBeforeWithdrawal";
  static final String POSTED_NOT_SIGNED_FOR = "postedNotSignedFor";
  static final String TERMINATION_NOT_SERVED = "terminationNotServed";
  static final String LETTER_NOT_SERVED = "letterNotServed";
  static final String DEADLINE_MOVED_BY_CORRECTION = "deadlineMovedByCorrection";
  static final String LATE_APPEAL_ANSWER = "lateAppealAnswer";
  /** Calendar days a posted reply's return receipt may take before the case is listed. */
  static final int SIGNED_FOR_FOLLOW_UP_DAYS = CaseRegister.SIGNED_FOR_FOLLOW_UP_DAYS;
  public static final String PLANNED_NOT_PUBLISHED = "plannedNotPublished";
  public static final String LATE_PUBLICATION = "latePublication";
  public static final String PUBLISHED_ON_CORRECTED_REPLY = "publishedOnCorrectedReply";

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;
  private final PublicationAudit publications;
  private final ProcessEngine engine;
  private final ReleaseChecks releaseChecks;
  private final ReplyLetterRegister replyLetters;

  public ComplianceQueries(JdbcTemplate jdbc, WorkingDayCalendar calendar,
      DeadlineProperties limits, PublicationAudit publications, ProcessEngine engine,
      ReleaseChecks releaseChecks, ReplyLetterRegister replyLetters) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.limits = limits;
    this.publications = publications;
    this.engine = engine;
    this.releaseChecks = releaseChecks;
    this.replyLetters = replyLetters;
  }

  /** SecrecyReview instances whose item (variable itemId) belongs to another case. */
  private List<Violation> reviewsPointedAtOtherCases(LocalDate from, LocalDate to) {
    HistoryService history = engine.getHistoryService();
    List<Violation> found = new ArrayList<>();
    for (HistoricProcessInstance review : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SECRECY_REVIEW).startedAfter(startOf(from))
        .startedBefore(startOf(to.plusDays(1))).list()) {
      for (HistoricVariableInstance item : history.createHistoricVariableInstanceQuery()
          .processInstanceId(review.getId()).variableName(ProcessVariables.ITEM_ID).list()) {
        if (!(item.getValue() instanceof Number id)) {
          continue;
        }
        List<String> owner = jdbc.queryForList("SELECT case_ref FROM ogi_info_item WHERE id = ?",
            String.class, id.longValue());
        if (!owner.isEmpty() && !owner.get(0).equals(review.getBusinessKey())) {
          found.add(new Violation(review.getBusinessKey(), "保密审查流程指向案件 " + owner.get(0)
              + " 的信息项（编号 " + id + "）"));
        }
      }
    }
    return found;
  }

  /** Requests whose history does not begin at a start event of the process. */
  private List<Violation> notStartedAtStartEvent(LocalDate from, LocalDate to) {
    HistoryService history = engine.getHistoryService();
    Map<String, Set<String>> startEvents = new HashMap<>();
    List<Violation> found = new ArrayList<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).startedAfter(startOf(from))
        .startedBefore(startOf(to.plusDays(1))).list()) {
      Set<String> allowed = startEvents.computeIfAbsent(instance.getProcessDefinitionId(),
          id -> engine.getRepositoryService().getBpmnModelInstance(id)
              .getModelElementsByType(StartEvent.class).stream()
              .filter(e -> e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
              .map(StartEvent::getId).collect(Collectors.toSet()));
      List<HistoricActivityInstance> first = history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
          .orderPartiallyByOccurrence().asc().listPage(0, 1);
      String firstActivity = first.isEmpty() ? null : first.get(0).getActivityId();
      if (allowed.contains(instance.getStartActivityId()) && allowed.contains(firstActivity)
          || reopenedAfterWithdrawal(instance, firstActivity)) {
        continue;
      }
      // The step's name, as staff know it; an engine id never reaches the page (audit 29, F2).
      String name = first.isEmpty() ? null : first.get(0).getActivityName();
      found.add(new Violation(instance.getBusinessKey() == null ? "（无受理编号）"
          : instance.getBusinessKey(), "从“" + (name == null ? "非开始事件的环节" : name)
              + "”开始，而非开始事件"));
    }
    return found;
  }

  /**
   * ADR 0099, 0105: the round the server starts at 重新办理 when a decision sets a withdrawal
   * aside (WithdrawnCaseReopening) is legitimate. Each withdrawal set aside in the register (the
   * case's latest, and the earlier ones of ogi_earlier_withdrawal) starts one such round, so the
   * case's rounds started there may number no more than those; a start there beyond them (an
   * administrator's) lists them all (audit 29, F2).
   */
  private boolean reopenedAfterWithdrawal(HistoricProcessInstance instance, String firstActivity) {
    if (!ElementIds.SERVICE_REOPEN_REQUEST.equals(firstActivity)
        || instance.getBusinessKey() == null) {
      return false;
    }
    String trackingNumber = instance.getBusinessKey();
    int setAside = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ogi_case WHERE"
        + " tracking_number = ? AND withdrawal_set_aside_by IS NOT NULL)"
        + " + (SELECT COUNT(*) FROM ogi_earlier_withdrawal WHERE tracking_number = ?)",
        Integer.class, trackingNumber, trackingNumber);
    HistoryService history = engine.getHistoryService();
    long startedThere = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).list().stream()
        .filter(round -> history.createHistoricActivityInstanceQuery()
            .processInstanceId(round.getId()).orderByHistoricActivityInstanceStartTime().asc()
            .orderPartiallyByOccurrence().asc().listPage(0, 1).stream()
            .anyMatch(a -> ElementIds.SERVICE_REOPEN_REQUEST.equals(a.getActivityId())))
        .count();
    return startedThere <= setAside;
  }

  private static java.util.Date startOf(LocalDate day) {
    return java.util.Date.from(day.atStartOfDay(OfficeTime.ZONE).toInstant());
  }

  /**
   * The report. The engine lookups (group membership, history, decision table) run without the
   * caller's engine authorizations: the caller's group was checked at the endpoint.
   */
  public Report check(LocalDate from, LocalDate to) {
    return io.github.ogiworkflow.process.WithoutAuthorizations.call(engine.getIdentityService(),
        () -> checkAll(from, to));
  }

  private Report checkAll(LocalDate from, LocalDate to) {
    Date start = Date.valueOf(from);
    Date end = Date.valueOf(to);
    List<Rule> rules = new ArrayList<>();

    // (a) due_on is kept current by the process: receipt (or correction) + 20 working days,
    // + the extension, + paused working days (consultation, fee).
    rules.add(new Rule(LATE_REPLY, "逾期答复", "答复书送达日期晚于答复期限（已计入延期和中止期间）",
        jdbc.query("SELECT tracking_number, delivered_on, due_on, extension_days FROM ogi_case"
            + " WHERE delivered_on >= ? AND delivered_on <= ? AND delivered_on > due_on"
            + " ORDER BY tracking_number", (rs, i) -> new Violation(rs.getString(1),
                chinese(rs.getDate(2).toLocalDate()) + "送达，期限为"
                    + chinese(rs.getDate(3).toLocalDate())
                    + (rs.getInt(4) > 0 ? "（含延期 " + rs.getInt(4) + " 个工作日）" : "")),
            start, end)));

    // (b) 先审查、后公开: every held item of a delivered reply has its review; published items
    // have a releasing review (and approval where required) before publication.
    Map<String, String> reviewers = new HashMap<>();
    List<Violation> unreviewed = new ArrayList<>(jdbc.query("""
        SELECT c.tracking_number, i.seq, i.title FROM ogi_case c
        JOIN ogi_info_item i ON i.case_ref = c.tracking_number
        WHERE c.delivered_on >= ? AND c.delivered_on <= ? AND i.finding = 'HELD'
          AND i.superseded_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM ogi_item_review r WHERE r.item_id = i.id)
        ORDER BY c.tracking_number, i.seq""", (rs, i) -> new Violation(rs.getString(1),
            "信息项 " + rs.getInt(2) + "「" + rs.getString(3) + "」无审查记录即已答复"), start, end));
    jdbc.query("""
        SELECT c.tracking_number, i.seq, i.title, r.reviewer, r.reviewer_groups, r.reviewer_name
        FROM ogi_case c
        JOIN ogi_info_item i ON i.case_ref = c.tracking_number
        JOIN ogi_item_review r ON r.item_id = i.id
        WHERE c.delivered_on >= ? AND c.delivered_on <= ? AND i.finding = 'HELD'
          AND i.superseded_on IS NULL
        ORDER BY c.tracking_number, i.seq""", rs -> {
          // A member of legal when reviewing, as the register recorded (ADR 0123); the reviewer
          // by the name recorded with the review (V86), else as named now (ADR 0137).
          if (!ReleaseChecks.wasMember(engine, rs.getString(4), rs.getString(5), Groups.LEGAL)) {
            unreviewed.add(new Violation(rs.getString(1), "信息项 " + rs.getInt(2) + "「"
                + rs.getString(3) + "」的审查人 " + staff(reviewers, rs.getString(4),
                    rs.getString(6)) + " 审查时不是法规科成员"));
          }
        }, start, end);
    publications.publishedWithoutReview().stream()
        .filter(p -> p.firstPublishedOn() != null && !p.firstPublishedOn().isBefore(from)
            && !p.firstPublishedOn().isAfter(to))
        .forEach(p -> unreviewed.add(new Violation(p.batchRef(), "主动公开信息「" + p.title()
            + "」" + (p.reviewer() == null ? "无审查记录" : "审查结论 " + p.conclusion())
            + "，已于" + chinese(p.firstPublishedOn()) + "发布")));
    rules.add(new Rule(RELEASED_WITHOUT_REVIEW, "未经保密审查即公开",
        "公开或发布的信息项均须有一条完成的保密审查记录（应为0）", unreviewed));

    // (c) the ApprovalRequired table (evaluated again from the register: the outcome and the
    // public-interest decision) requires leadership's approval: withholding anything (部分公开,
    // 不予公开), disclosing over a third party's objection or over a co-producing agency's (ADR 0169).
    List<Violation> unapproved = new ArrayList<>();
    ReleaseChecks.ApprovalRule approvalRule = releaseChecks.approvalRule(engine);
    jdbc.query("""
        SELECT c.tracking_number, c.outcome_code FROM ogi_case c
        WHERE c.delivered_on >= ? AND c.delivered_on <= ? AND c.outcome_code IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ogi_approval a WHERE a.tracking_number = c.tracking_number
            AND a.kind = 'REPLY' AND a.decision = 'APPROVE')
        ORDER BY c.tracking_number""", rs -> {
          if (approvalRule.requiredFor(rs.getString(1), rs.getString(2))) {
            unapproved.add(new Violation(rs.getString(1), "答复类型 " + rs.getString(2)
                + "，按审批规则须经领导审批，无领导同意记录"));
          }
        }, start, end);
    rules.add(new Rule(WITHHELD_WITHOUT_APPROVAL, "须经领导审批的答复未经审批",
        "部分公开、不予公开、因公共利益公开或公开其他机关不同意公开的信息的答复，须有领导小组同意答复的审批记录", unapproved));

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

    // (d2) an extension must be approved before the reply deadline has passed (Art. 33: the
    // deadline "may be extended", not revived): the approval's day against the deadline the
    // extension replaced (recorded since issue 14; older extensions have none and are skipped).
    rules.add(new Rule(EXTENDED_AFTER_DEADLINE, "答复期限届满后才批准延期",
        "延长答复期限应在答复期限届满前经批准",
        jdbc.query("""
            SELECT c.tracking_number, c.due_before_extension, MAX(a.decided_at) FROM ogi_case c
            JOIN ogi_approval a ON a.tracking_number = c.tracking_number
              AND a.kind = 'EXTENSION' AND a.decision = 'APPROVE'
            WHERE c.first_received_on >= ? AND c.first_received_on <= ? AND c.extension_days > 0
              AND c.due_before_extension IS NOT NULL
            GROUP BY c.tracking_number, c.due_before_extension
            ORDER BY c.tracking_number""", (rs, i) -> {
              LocalDate dueBefore = rs.getDate(2).toLocalDate();
              LocalDate approvedOn = LocalDate.ofInstant(rs.getTimestamp(3).toInstant(),
                  OfficeTime.ZONE);
              return approvedOn.isAfter(dueBefore) ? new Violation(rs.getString(1),
                  "原答复期限为" + chinese(dueBefore) + "，" + chinese(approvedOn)
                      + "才批准延期") : null;
            }, start, end).stream().filter(java.util.Objects::nonNull).toList()));

    // (e) one correction notice within 7 working days of receipt (Art. 30); working days need
    // the holiday calendar, so the rows are filtered here. A notice sent in a round a correction
    // (纠正) reopened at the completeness check counts from that decision, as the round's window
    // does (ADR 0120, 0128): the case's one notice went out on or after a withdrawal's set-aside
    // day only in such a round (a round reopened at the correction wait has its notice already;
    // one reopened in handling never sends one).
    int allowed = limits.correctionNoticeWorkingDays();
    List<Violation> late = new ArrayList<>();
    jdbc.query("""
        SELECT c.tracking_number, c.first_received_on, l.issued_on, c.withdrawal_set_aside_on,
          (SELECT MAX(e.set_aside_on) FROM ogi_earlier_withdrawal e
            WHERE e.tracking_number = c.tracking_number AND e.set_aside_on <= l.issued_on)
        FROM ogi_letter l
        JOIN ogi_case c ON c.tracking_number = l.case_ref
        WHERE l.kind = 'CORRECTION_NOTICE' AND l.issued_on >= ? AND l.issued_on <= ?
        ORDER BY c.tracking_number, l.issued_on""", rs -> {
          LocalDate received = rs.getDate(2).toLocalDate();
          LocalDate issued = rs.getDate(3).toLocalDate();
          LocalDate reopened = null;
          for (int column : new int[] {4, 5}) {
            LocalDate setAside = rs.getDate(column) == null ? null
                : rs.getDate(column).toLocalDate();
            if (setAside != null && !setAside.isAfter(issued) && setAside.isAfter(received)
                && (reopened == null || setAside.isAfter(reopened))) {
              reopened = setAside;
            }
          }
          LocalDate windowFrom = reopened == null ? received : reopened;
          int days = calendar.workingDaysBetween(windowFrom, issued);
          if (days > allowed) {
            late.add(new Violation(rs.getString(1), (reopened == null
                ? chinese(received) + "收到申请，"
                : chinese(reopened) + "经复议决定或判决纠正撤回、重新办理，") + chinese(issued)
                + "发出补正告知书，相隔 " + days + " 个工作日（限 " + allowed + " 个）"));
          }
        }, start, end);
    rules.add(new Rule(LATE_CORRECTION_NOTICE, "补正告知逾期",
        "补正告知书应在收到申请之日（撤回被纠正、重新审查的，自纠正决定之日）起" + allowed
            + "个工作日内发出", late));

    // (f) no reply leaves without its outcome (答复类型) on record.
    rules.add(new Rule(DELIVERED_WITHOUT_OUTCOME, "已送达但无答复类型",
        "送达答复书的案件须登记答复类型（应为0）",
        jdbc.query("SELECT tracking_number, delivered_on FROM ogi_case WHERE delivered_on >= ?"
            + " AND delivered_on <= ? AND outcome_code IS NULL ORDER BY tracking_number",
            (rs, i) -> new Violation(rs.getString(1),
                chinese(rs.getDate(2).toLocalDate()) + "送达，未登记答复类型"),
            start, end)));

    // (g) the letter delivered is byte for byte the one the office finalised and leadership
    // approved: SHA-256 of the kept reply against the frozen copy's.
    List<Violation> changedLetters = new ArrayList<>();
    jdbc.query("""
        SELECT c.tracking_number, l.body FROM ogi_case c
        JOIN ogi_letter l ON l.case_ref = c.tracking_number AND l.kind = 'REPLY'
        WHERE c.delivered_on >= ? AND c.delivered_on <= ?
          AND l.id = (SELECT MAX(m.id) FROM ogi_letter m WHERE m.case_ref = c.tracking_number
            AND m.kind = 'REPLY')
        ORDER BY c.tracking_number""", rs -> {
          String tn = rs.getString(1);
          replyLetters.latest(tn).ifPresent(frozen -> {
            try {
              if (!frozen.intact()) {
                changedLetters.add(new Violation(tn, "登记的定稿答复书与其摘要值不符（定稿后被改动）"));
              } else if (!frozen.sha256().equals(ReplyLetterRegister.sha256(rs.getString(2)))) {
                changedLetters.add(new Violation(tn, "送达的答复书与定稿（审批）时的答复书不一致"));
              }
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          });
        }, start, end);
    rules.add(new Rule(LETTER_CHANGED_AFTER_APPROVAL, "答复书在审批后被修改",
        "送达的答复书须与定稿、审批时的答复书逐字一致（应为0）", changedLetters));

    // (h) a review belongs to its item's own case: in the register (the case whose review
    // recorded it) and in the history (a review process pointed at another case's item).
    List<Violation> foreign = new ArrayList<>(jdbc.query("""
        SELECT r.reviewed_for, i.case_ref, i.seq, i.title FROM ogi_item_review r
        JOIN ogi_info_item i ON i.id = r.item_id
        WHERE r.reviewed_for IS NOT NULL AND r.reviewed_for <> i.case_ref
          AND r.reviewed_at >= ? AND r.reviewed_at < ?
        ORDER BY r.reviewed_for""", (rs, i) -> new Violation(rs.getString(1), "审查记录属于案件 "
            + rs.getString(2) + " 的信息项 " + rs.getInt(3) + "「" + rs.getString(4) + "」"),
        Timestamp.from(from.atStartOfDay(OfficeTime.ZONE).toInstant()),
        Timestamp.from(to.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant())));
    foreign.addAll(reviewsPointedAtOtherCases(from, to));
    rules.add(new Rule(REVIEW_OF_OTHER_CASE, "审查了其他案件的信息项",
        "保密审查只能审查本案件的信息项（应为0）", foreign));

    // (i) every request starts at one of its start events (收到申请, 收到网上申请): not in the
    // middle through start instructions or a modification.
    rules.add(new Rule(NOT_STARTED_AT_START_EVENT, "未从开始事件启动的案件",
        "依申请公开案件须从“收到申请”或“收到网上申请”开始办理（应为0）",
        notStartedAtStartEvent(from, to)));

    // (j) Art. 33 for cases still open: the reply deadline passed within the period (up to
    // yesterday) without a reply, and the clock is not paused now (consultation, fee) nor
    // waiting for the applicant's correction (unless the notice came too late to stop it,
    // Art. 30, ADR 0036); 期限监控 shows the same cases as 已超期.
    LocalDate lastDay = to.isBefore(OfficeTime.today()) ? to : OfficeTime.today().minusDays(1);
    rules.add(new Rule(OVERDUE_OPEN, "逾期未答复（仍在办理）",
        "答复期限已过而尚未答复的案件（不含按时告知补正、等待补正和计时中止的案件）",
        lastDay.isBefore(from) ? List.of() : jdbc.query("""
            SELECT c.tracking_number, c.due_on, c.extension_days FROM ogi_case c
            WHERE (c.status IN ('REGISTERED', 'IN_PROGRESS')
                OR (c.status = 'AWAITING_CORRECTION'
                  AND (c.correction_notice_late OR c.ordered_due_on IS NOT NULL)))
              AND c.due_on >= ? AND c.due_on <= ?
              AND NOT EXISTS (SELECT 1 FROM ogi_case_pause p
                WHERE p.tracking_number = c.tracking_number AND p.ended_on IS NULL)
            ORDER BY c.tracking_number""", (rs, i) -> new Violation(rs.getString(1),
                "答复期限" + chinese(rs.getDate(2).toLocalDate()) + "已过，尚未答复"
                    + (rs.getInt(3) > 0 ? "（含延期 " + rs.getInt(3) + " 个工作日）" : "")),
            start, Date.valueOf(lastDay))));

    // (j2) Art. 33, handbook §2.11: a withdrawal closes the case and takes it off (j), but not
    // the agency's failure: a case withdrawn (6.3, ADR 0085) after its reply deadline had passed,
    // judged on the day the office recorded the withdrawal (it learned of it then, whatever day
    // the withdrawal is dated) or on that date itself; by the closing (withdrawal) date (ADR 0097).
    // A withdrawal set aside by a correction and followed by another (ADR 0105) is listed too.
    rules.add(new Rule(OVERDUE_BEFORE_WITHDRAWAL, "撤回前已逾期未答复",
        "申请人撤回申请时（以办公室登记撤回之日计）答复期限已过而尚未答复的案件",
        jdbc.query("""
            SELECT c.tracking_number, c.withdrawal_due_on, c.withdrawn_on,
              c.withdrawal_recorded_at, c.withdrawal_set_aside_on, FALSE,
              c.status, c.due_on, c.closed_on, c.withdrawn_on, c.withdrawal_set_aside_on
            FROM ogi_case c
            WHERE c.withdrawn_on >= ? AND c.withdrawn_on <= ?
              AND (c.withdrawal_late = TRUE OR c.withdrawn_on > c.withdrawal_due_on)
            UNION ALL
            SELECT e.tracking_number, e.due_on, e.withdrawn_on, e.recorded_at, e.set_aside_on,
              TRUE, c.status, c.due_on, c.closed_on, c.withdrawn_on, c.withdrawal_set_aside_on
            FROM ogi_earlier_withdrawal e JOIN ogi_case c ON c.tracking_number = e.tracking_number
            WHERE e.withdrawn_on >= ? AND e.withdrawn_on <= ?
              AND (e.late = TRUE OR e.withdrawn_on > e.due_on)
            ORDER BY 1, 3""", (rs, i) -> {
              LocalDate withdrawn = rs.getDate(3).toLocalDate();
              LocalDate recorded = rs.getTimestamp(4) == null ? withdrawn
                  : LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), OfficeTime.ZONE);
              return new Violation(rs.getString(1), "答复期限" + chinese(rs.getDate(2)
                  .toLocalDate()) + "已过，尚未答复；申请人撤回申请（" + chinese(withdrawn) + "）"
                  + (recorded.equals(withdrawn) ? "" : "，" + chinese(recorded) + "登记")
                  + afterSetAside(rs));
            }, start, end, start, end)));

    // (k) 主动公开: every planned line (item, channel) of a releasable, approved item is
    // published, or the office recorded why not (listed here with its reason, by the day it was
    // recorded); a line with neither, in a batch whose recording is over (the batch's process
    // ended in the period), was left out silently.
    List<Violation> unpublished = new ArrayList<>();
    publications.linesMarkedUnpublished(from, to).forEach(l -> unpublished.add(new Violation(
        l.batchRef(), "主动公开信息「" + l.title() + "」计划在" + l.channel().label()
            + "发布，" + chinese(l.recordedOn()) + "登记未发布，原因：" + l.reason())));
    Map<String, LocalDate> endedOn = new HashMap<>();
    for (var line : publications.linesNotAccountedFor()) {
      LocalDate ended = endedOn.computeIfAbsent(line.batchRef(), this::batchEndedOn);
      if (ended != null && !ended.isBefore(from) && !ended.isAfter(to)) {
        unpublished.add(new Violation(line.batchRef(), "主动公开信息「" + line.title()
            + "」计划在" + line.channel().label() + "发布，未登记发布，也未说明原因"));
      }
    }
    rules.add(new Rule(PLANNED_NOT_PUBLISHED, "计划发布而未发布的主动公开信息",
        "经审查可以公开、经批准发布的信息，应在计划的每个渠道发布；未发布的须登记原因", unpublished));

    // (l) Art. 26: proactive information is published within 20 working days of the day it was
    // formed or changed, or the period a law sets (ADR 0151): items first published in the period after their due date, and items
    // due in the period (up to yesterday) not published yet.
    rules.add(new Rule(LATE_PUBLICATION, "主动公开逾期（第二十六条）",
        "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开；"
            + "法律、法规对政府信息公开的期限另有规定的，从其规定",
        publications.latePublications(from, to, lastDay).stream().map(l -> new Violation(
            l.batchRef(), "主动公开信息「" + l.title() + "」应于" + chinese(l.dueOn())
                + "前公开（期限" + l.periodText() + "），"
                + (l.publishedOn() == null ? "尚未公开" : chinese(l.publishedOn()) + "才公开"
                    + lateReasonQuoted(l.batchRef(), l.itemId()))))
            .toList()));
    // (m) a reply sent by post (邮寄送达) is served on the day the applicant signs for it, and
    // the appeal periods run from that day (ARL Art. 20, ALL Art. 46; handbook §2.13): while
    // the date is not recorded the case cannot close, so the office follows up the return
    // receipt; listed once it is overdue by SIGNED_FOR_FOLLOW_UP_DAYS.
    LocalDate postedBy = OfficeTime.today().minusDays(SIGNED_FOR_FOLLOW_UP_DAYS);
    LocalDate lastPosted = to.isBefore(postedBy) ? to : postedBy;
    rules.add(new Rule(POSTED_NOT_SIGNED_FOR, "邮寄送达未登记签收",
        "邮寄送达的答复书须登记申请人签收日期（复议、诉讼期限自签收之日起算）；交邮后超过"
            + SIGNED_FOR_FOLLOW_UP_DAYS + "日仍未登记的列出，请查询回执",
        lastPosted.isBefore(from) ? List.of() : jdbc.query("SELECT tracking_number, delivered_on,"
            + " post_receipt_missing, post_receipt_reported_on"
            + " FROM ogi_case WHERE delivered_by = ? AND reply_received_on IS NULL"
            + " AND delivered_on >= ? AND delivered_on <= ? ORDER BY tracking_number",
            (rs, i) -> new Violation(rs.getString(1), chinese(rs.getDate(2).toLocalDate())
                + "交邮送达，尚未登记申请人签收日期" + (rs.getString(3) == null ? ""
                : "（" + CaseRegister.PostReceiptMissing.valueOf(rs.getString(3)).label()
                    + "，" + chinese(rs.getDate(4).toLocalDate()) + "登记）")),
            CaseRegister.BY_POST, start, Date.valueOf(lastPosted))));

    // (n) the termination notice of a case closed without a reply (6.x, ADR 0067) cites the
    // remedies, whose periods run from the applicant's receipt (handbook §2.13): listed once its
    // service task is overdue with nothing recorded, or, posted, once its signed-for date is
    // missing SIGNED_FOR_FOLLOW_UP_DAYS after the posting, as a posted reply is (m).
    LocalDate today = OfficeTime.today();
    rules.add(new Rule(TERMINATION_NOT_SERVED, "终止办理告知书未登记送达",
        "终止办理的，终止办理告知书须登记送达情况（复议、诉讼期限自申请人收到之日起算）；送达任务逾期"
            + "仍未登记的，或交邮后超过" + SIGNED_FOR_FOLLOW_UP_DAYS + "日仍未登记签收的列出",
        jdbc.query("SELECT tracking_number, closed_on, termination_served_by,"
            + " termination_served_on FROM ogi_case WHERE termination_service_due = TRUE"
            // a case reopened since (纠正) no longer stands closed: its notice is moot (ADR 0069)
            + " AND status = ? AND closed_on >= ? AND closed_on <= ?"
            + " AND (termination_served_on IS NULL"
            + " OR termination_served_by = ? AND termination_signed_for_on IS NULL)"
            + " ORDER BY tracking_number",
            (rs, i) -> {
              LocalDate closedOn = rs.getDate(2).toLocalDate();
              java.sql.Date served = rs.getDate(4);
              if (served == null) {
                return OfficeTime.toLocalDate(DueSoonDates.confirmationDue(calendar, closedOn))
                    .isBefore(today) ? new Violation(rs.getString(1), chinese(closedOn)
                    + "终止办理，终止办理告知书尚未登记送达") : null;
              }
              LocalDate postedOn = served.toLocalDate();
              return postedOn.plusDays(SIGNED_FOR_FOLLOW_UP_DAYS).isAfter(today) ? null
                  : new Violation(rs.getString(1), chinese(postedOn)
                      + "交邮送达终止办理告知书，尚未登记申请人签收日期");
            }, CaseRegister.Status.CLOSED.name(), start, Date.valueOf(to), CaseRegister.BY_POST)
            .stream()
            .filter(java.util.Objects::nonNull).toList()));

    // (o) Art. 44 (ADR 0118): what was published from a request's reply rests on that reply; a
    // decision or judgment that corrected it (the round's items superseded by the reopening, by
    // the period's end) leaves the item listed until it is withdrawn (撤回主动公开信息).
    Set<Long> beingWithdrawn = withdrawalsRunning();
    rules.add(new Rule(PUBLISHED_ON_CORRECTED_REPLY, "依申请转为主动公开所依据的答复已被纠正",
        "依第四十四条转为主动公开的信息，所依据的答复被行政复议决定或判决纠正的，应当撤回",
        publications.publishedOnCorrectedReplies(to).stream().map(p -> new Violation(
            p.batchRef(), "信息项" + p.itemId() + "「" + p.title() + "」依申请 "
                + p.sourceRequest() + " 的答复转为主动公开，该答复已被纠正（" + chinese(
                    p.supersededOn()) + "重新办理），尚未撤回"
                + (beingWithdrawn.contains(p.itemId()) ? "（撤回申请正在审批）" : "")))
            .toList()));

    // (p) a consultation letter (Art. 32, 34) or fee notice (Art. 42, 109号) stops the reply
    // clock from its issue, and the addressee's period starts only at its recorded service: a
    // service not recorded within the office's standard (ogi.deadlines, ADR 0122) holds the
    // clock with no period running. Listed while the case's clock stands still for it, by the
    // day the recording was due (within the period, up to yesterday), as (j) lists by due date.
    rules.add(new Rule(LETTER_NOT_SERVED, "征求意见函、收费通知书未登记送达",
        "征求意见函、收费通知书发出之日起答复期限暂停计时，征求意见和缴费期限自收到之日起算；发出后"
            + limits.letterServiceWorkingDays() + "个工作日内仍未登记送达的列出",
        lastDay.isBefore(from) ? List.of() : unservedLetters(from, lastDay)));

    // (q) ADR 0124, 0127: a corrected receipt or payment date that moved the reply deadline
    // later, and a corrected delivery date that turned a late reply into a timely one, take time
    // from the applicant or a case out of 逾期答复; each is listed with who made it (leadership
    // where the deadline had passed or the reply was late), by the day it was made.
    rules.add(new Rule(DEADLINE_MOVED_BY_CORRECTION, "日期更正使答复期限后移或逾期答复变为按期",
        "更正收到申请日期、缴费日期使答复期限后移的，或更正送达日期使逾期答复变为按期答复的，列出更正人、"
            + "原日期和更正后日期（答复期限已届满或答复已逾期的，须由领导小组成员更正）",
        deadlineMovingCorrections(from, to)));

    // (r) ARL Art. 48, 54 and ALL Art. 67 (audit 37a, F6): the agency's 行政复议答复书 (5 or 10
    // working days) and 行政诉讼答辩状 (15 days) submitted after the last day, by the day
    // submitted; or still owed, pending, by the last day (within the period, up to yesterday).
    // Either counts as 没有证据 (ARL Art. 70, ALL Art. 34).
    rules.add(new Rule(LATE_APPEAL_ANSWER, "行政复议答复书、行政诉讼答辩状逾期提交",
        "《行政复议法》第四十八条、第五十四条和《行政诉讼法》第六十七条规定的期限内未提交答复书或答辩状的"
            + "（逾期视为没有证据，《行政复议法》第七十条、《行政诉讼法》第三十四条）",
        lateAppealAnswers(start, end, Date.valueOf(lastDay))));

    return new Report(from, to, List.copyOf(rules));
  }

  /**
   * Rule (r): late answers by the day submitted, owed ones by their last day (up to lastDay;
   * none when lastDay lies before the period).
   */
  private List<Violation> lateAppealAnswers(Date start, Date end, Date lastDay) {
    return jdbc.query("""
        SELECT tracking_number, kind, instance_no, answer_due_on, submitted_on, docket_no
        FROM ogi_appeal
        WHERE kind IN ('RECONSIDERATION', 'LITIGATION') AND answer_due_on IS NOT NULL
          AND ((submitted_on > answer_due_on AND submitted_on >= ? AND submitted_on <= ?)
            OR (submitted_on IS NULL AND pending = TRUE
              AND answer_due_on >= ? AND answer_due_on <= ?))
        ORDER BY tracking_number, id""", (rs, i) -> {
          String document = "RECONSIDERATION".equals(rs.getString(2)) ? "行政复议答复书"
              : "行政诉讼答辩状（" + (rs.getInt(3) >= 2 ? "二审" : "一审") + "）";
          String docket = rs.getString(6) == null ? "" : "（案号 " + rs.getString(6) + "）";
          LocalDate due = rs.getDate(4).toLocalDate();
          return new Violation(rs.getString(1), rs.getDate(5) == null
              ? document + docket + "提交期限" + chinese(due) + "已过，尚未提交"
              : document + docket + "于" + chinese(rs.getDate(5).toLocalDate()) + "提交，提交期限为"
                  + chinese(due));
        }, start, end, start, lastDay);
  }

  /**
   * Rule (q): the receipt and payment corrections whose recomputed reply deadline (the
   * {@code replyDueDate} row the correction recorded right after it, by 系统) lies later, and the
   * delivery corrections from after the reply deadline then in force (V90; the case's, for rows
   * recorded before) to a day within it; made in [from, to] (Beijing days).
   */
  private List<Violation> deadlineMovingCorrections(LocalDate from, LocalDate to) {
    Timestamp start = Timestamp.from(startOf(from).toInstant());
    Timestamp end = Timestamp.from(startOf(to.plusDays(1)).toInstant());
    Map<String, String> names = new HashMap<>();
    List<Violation> found = new ArrayList<>(jdbc.query("""
        SELECT d.tracking_number, d.field, d.old_date, d.new_date, d.reason, d.changed_by,
          d.changed_at, s.old_date, s.new_date, d.changed_by_name
        FROM ogi_date_change d JOIN ogi_date_change s ON s.tracking_number = d.tracking_number
          AND s.field = 'replyDueDate' AND s.kind = 'CORRECTED' AND s.changed_by = ?
          AND s.id > d.id AND s.new_date > s.old_date
          AND NOT EXISTS (SELECT 1 FROM ogi_date_change x
            WHERE x.tracking_number = d.tracking_number AND x.id > d.id AND x.id < s.id
              AND x.changed_by <> ?)
        WHERE d.kind = 'CORRECTED' AND d.field IN ('receivedOn', 'feePaidOn')
          AND d.changed_at >= ? AND d.changed_at < ?
        ORDER BY d.changed_at, d.id""", (rs, i) -> {
          LocalDate madeOn = LocalDate.ofInstant(rs.getTimestamp(7).toInstant(), OfficeTime.ZONE);
          LocalDate dueBefore = rs.getDate(8).toLocalDate();
          return new Violation(rs.getString(1), chinese(madeOn) + " "
              + staff(names, rs.getString(6), rs.getString(10)) + "将" + label(rs.getString(2))
              + "由"
              + dateText(rs.getDate(3)) + "更正为" + dateText(rs.getDate(4)) + "，答复期限由"
              + chinese(dueBefore) + "后移至" + chinese(rs.getDate(9).toLocalDate())
              + (dueBefore.isBefore(madeOn) ? "（更正时答复期限已届满）" : "") + "；更正理由："
              + rs.getString(5));
        }, io.github.ogiworkflow.register.DateChangeRegister.SYSTEM,
        io.github.ogiworkflow.register.DateChangeRegister.SYSTEM, start, end));
    found.addAll(jdbc.query("""
        SELECT d.tracking_number, d.old_date, d.new_date, d.reason, d.changed_by, d.changed_at,
          COALESCE(d.reply_due_on, c.due_on), d.changed_by_name
        FROM ogi_date_change d JOIN ogi_case c ON c.tracking_number = d.tracking_number
        WHERE d.kind = 'CORRECTED' AND d.field = 'deliveredOn'
          AND d.changed_at >= ? AND d.changed_at < ?
          AND d.old_date > COALESCE(d.reply_due_on, c.due_on)
          AND d.new_date <= COALESCE(d.reply_due_on, c.due_on)
        ORDER BY d.changed_at, d.id""", (rs, i) -> new Violation(rs.getString(1),
            chinese(LocalDate.ofInstant(rs.getTimestamp(6).toInstant(), OfficeTime.ZONE)) + " "
                + staff(names, rs.getString(5), rs.getString(8)) + "将送达日期由"
                + dateText(rs.getDate(2)) + "更正为" + dateText(rs.getDate(3)) + "，答复期限为"
                + chinese(rs.getDate(7).toLocalDate()) + "，逾期答复变为按期答复；更正理由："
                + rs.getString(4)), start, end));
    return found;
  }

  private static String label(String field) {
    return io.github.ogiworkflow.register.DateChangeRegister.label(field);
  }

  private static String dateText(java.sql.Date date) {
    return date == null ? "（无）" : chinese(date.toLocalDate());
  }

  /**
   * A staff member as the trail names him: 陈刚（chengang）, by the name recorded at the act
   * where the register has it (ADR 0137), else as the identity names him now, or the id the
   * identity lacks.
   */
  private String staff(Map<String, String> names, String userId, String recordedName) {
    if (recordedName != null && !recordedName.isBlank()) {
      return recordedName.equals(userId) ? userId : recordedName + "（" + userId + "）";
    }
    return names.computeIfAbsent(userId, id -> {
      org.camunda.bpm.engine.identity.User user = engine.getIdentityService()
          .createUserQuery().userId(id).singleResult();
      String name = user == null ? id : io.github.ogiworkflow.process.PersonNames.of(user);
      return name.equals(id) ? id : name + "（" + id + "）";
    });
  }

  /** The items whose withdrawal (撤回主动公开信息) runs, as their start forms named them. */
  private Set<Long> withdrawalsRunning() {
    var runtime = engine.getRuntimeService();
    Set<Long> items = new java.util.HashSet<>();
    for (var instance : runtime.createProcessInstanceQuery()
        .processDefinitionKey(io.github.ogiworkflow.process.ProcessKeys.PUBLICATION_WITHDRAWAL)
        .list()) {
      Object named = runtime.getVariable(instance.getId(),
          io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_ITEM_ID);
      if (named instanceof Number n) {
        items.add(n.longValue());
      } else if (named != null && named.toString().strip().matches("\\d{1,18}")) {
        items.add(Long.parseLong(named.toString().strip()));
      }
    }
    return items;
  }

  /** Rule (p): letters whose service is not recorded, due to be by a day in [from, lastDay]. */
  private List<Violation> unservedLetters(LocalDate from, LocalDate lastDay) {
    String clockHeld = " AND c.status IN ('REGISTERED', 'IN_PROGRESS') AND EXISTS (SELECT 1"
        + " FROM ogi_case_pause p WHERE p.tracking_number = c.tracking_number"
        + " AND p.ended_on IS NULL)";
    return jdbc.query("""
        SELECT c.tracking_number, k.kind, k.letter_sent_on FROM ogi_consultation k
          JOIN ogi_case c ON c.tracking_number = k.tracking_number
          WHERE k.served_on IS NULL AND k.answer IS NULL AND k.letter_sent_on <= ?"""
            + clockHeld + """

        UNION ALL
        SELECT c.tracking_number, 'FEE', f.issued_on FROM ogi_fee_notice f
          JOIN ogi_case c ON c.tracking_number = f.tracking_number
          WHERE f.served_on IS NULL AND f.superseded_by IS NULL AND f.withdrawn_on IS NULL
            AND f.paid_on IS NULL AND f.issued_on <= ?""" + clockHeld
            + " ORDER BY 1, 3", (rs, i) -> {
              LocalDate issuedOn = rs.getDate(3).toLocalDate();
              LocalDate dueOn = LetterServiceFollowUp.dueOn(calendar, limits, issuedOn);
              if (dueOn.isBefore(from) || dueOn.isAfter(lastDay)) {
                return null;
              }
              String letter = switch (rs.getString(2)) {
                case "THIRD_PARTY" -> "征求第三方意见函";
                case "FEE" -> "收费通知书";
                default -> "征求意见函";
              };
              return new Violation(rs.getString(1), chinese(issuedOn) + "发出" + letter + "，应于"
                  + chinese(dueOn) + "前登记送达，尚未登记，答复期限自发出之日起暂停计时");
            }, Date.valueOf(lastDay), Date.valueOf(lastDay)).stream()
        .filter(java.util.Objects::nonNull).toList();
  }

  /** The day a publication batch's process ended (Beijing time), null while it runs. */
  /**
   * 「；逾期原因：…」 with what the office gave for the item's late lines on 登记发布情况 (ADR
   * 0144), from the batch's recorded lines in the history; empty where none was asked or found.
   */
  private String lateReasonQuoted(String batchRef, long itemId) {
    List<String> reasons = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE)
        .processInstanceBusinessKey(batchRef).list().stream()
        .flatMap(batch -> engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(batch.getId()).variableName(ProcessVariables.PUBLICATIONS)
            .disableCustomObjectDeserialization().list().stream())
        .flatMap(v -> PublicationAudit.lateReasons(v.getValue(), itemId).stream())
        .distinct().toList();
    return reasons.isEmpty() ? "" : "；逾期原因：" + String.join("；", reasons);
  }

  private LocalDate batchEndedOn(String batchRef) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE)
        .processInstanceBusinessKey(batchRef).finished().list().stream()
        .map(HistoricProcessInstance::getEndTime).filter(java.util.Objects::nonNull)
        .map(t -> LocalDate.ofInstant(t.toInstant(), OfficeTime.ZONE))
        .max(LocalDate::compareTo).orElse(null);
  }

  /**
   * For a withdrawal a correction set aside (ADR 0099, 0105): the failure before it stays listed,
   * but the withdrawal no longer ends the case, so the line says so and where the case stands now
   * (audit round 29): handled anew with the round's deadline, answered or closed since, or
   * withdrawn again. Columns 5–11 of the query: the withdrawal's set-aside day, whether it is an
   * earlier one, and the case's status, deadline, closing day and latest withdrawal.
   */
  private static String afterSetAside(java.sql.ResultSet rs) throws java.sql.SQLException {
    java.sql.Date setAsideOn = rs.getDate(5);
    if (setAsideOn == null) {
      return "";
    }
    String text = "；该撤回已因" + chinese(setAsideOn.toLocalDate()) + "的复议决定或判决纠正，重新办理";
    boolean earlier = rs.getBoolean(6);
    String status = rs.getString(7);
    java.sql.Date latestWithdrawnOn = rs.getDate(10);
    if (earlier && latestWithdrawnOn != null && rs.getDate(11) == null) {
      return text + "；重新办理后申请人于" + chinese(latestWithdrawnOn.toLocalDate()) + "再次撤回申请";
    }
    if (("DELIVERED".equals(status) || "CLOSED".equals(status)) && rs.getDate(9) != null) {
      return text + "；重新办理后已于" + chinese(rs.getDate(9).toLocalDate()) + "办结";
    }
    return text + (rs.getDate(8) == null ? "；正在重新办理"
        : "；正在重新办理，本次答复期限" + chinese(rs.getDate(8).toLocalDate()));
  }
}
