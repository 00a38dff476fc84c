package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.overview.DeadlineOverview;
import io.github.ogiworkflow.overview.DeadlineOverview.CaseDeadline;
import io.github.ogiworkflow.overview.DeadlineOverview.OpenTask;
import io.github.ogiworkflow.overview.PublicationDeadlines;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.security.StaffAccess;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 领导视图: the figures of a year for leadership and the office, each with the ledger filter
 * that lists its cases. Received and closed are counted as the annual report counts them
 * (report/AnnualReports: receipt by first_received_on without unconfirmed online submissions,
 * closing by the FIRST closing and its outcome), so the outcome mix equals table 三 of the
 * report for the same year. Overdue and due soon are 期限监控's own figures (reply deadline).
 */
@Service
public class LeadershipFigures {

  /** An appeal's result, PENDING while undecided (same expression for counts and the ledger). */
  static final String APPEAL_RESULT = "COALESCE(a.result, 'PENDING')";

  static final Map<String, String> APPEAL_RESULT_LABELS = Map.of("MAINTAINED", "维持",
      "CORRECTED", "纠正", "OTHER", "其他结果", "ANSWERED", "已答复", "PENDING", "尚未审结",
      "VOIDED", "已作废");

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final DeadlineOverview overview;
  private final PublicationDeadlines publications;
  private final io.github.ogiworkflow.overview.AppealAnswerDeadlines appealAnswers;
  private final StaffAccess access;

  public LeadershipFigures(JdbcTemplate jdbc, WorkingDayCalendar calendar,
      DeadlineOverview overview, PublicationDeadlines publications,
      io.github.ogiworkflow.overview.AppealAnswerDeadlines appealAnswers, StaffAccess access) {
    this.appealAnswers = appealAnswers;
    this.publications = publications;
    this.access = access;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.overview = overview;
  }

  /** One figure: a label, its count and the ledger query string that lists its cases. */
  public record Figure(String key, String label, long count, String ledgerQuery) {}

  public record HandlingTime(long closedCases, Double averageWorkingDays, Integer worstWorkingDays,
      String worstTrackingNumber, String ledgerQuery) {}

  public record Figures(int year, List<Figure> intakeByMonth, List<Figure> outcomes,
      HandlingTime handlingTime, List<Figure> overdueByGroup, List<Figure> dueSoonByGroup,
      List<Figure> overdueByPerson, List<Figure> dueSoonByPerson, List<Figure> appeals,
      int dueSoonWorkingDays, List<BatchFigure> publicationDeadlines) {}

  /**
   * A proactive-disclosure batch overdue or due soon by its earliest open item's Art. 26 date,
   * as 期限监控 lists it (audit 33a F13, ADR 0144): 批次编号, 发布期限 (暂算 marked), 已超期 /
   * 今日到期 / 剩余N个工作日, the items still open, and the ledger query that finds it.
   */
  public record BatchFigure(String batchNumber, String dueText, String status, boolean overdue,
      int openItems, String ledgerQuery) {}

  public Figures of(int year) {
    Date start = Date.valueOf(LocalDate.of(year, 1, 1));
    Date end = Date.valueOf(LocalDate.of(year, 12, 31));
    Figures counted = new Figures(year, intake(year, start, end), outcomes(year, start, end),
        handlingTime(year, start, end), null, null, null, null, appeals(year, start, end), 0,
        List.of());
    // Names of every assignee, not only of users the caller may read (checked group first).
    Figures withRequests = withDeadlines(counted, overview.now(), access::namesOf,
        appealAnswers.now());
    return new Figures(withRequests.year(), withRequests.intakeByMonth(),
        withRequests.outcomes(), withRequests.handlingTime(), withRequests.overdueByGroup(),
        withRequests.dueSoonByGroup(), withRequests.overdueByPerson(),
        withRequests.dueSoonByPerson(), withRequests.appeals(),
        withRequests.dueSoonWorkingDays(), publications.now().stream()
            .filter(b -> b.overdue() || b.dueSoon())
            .map(b -> new BatchFigure(b.batchNumber(), b.dueText(), b.status(), b.overdue(),
                b.openItems(), "trackingNumber=" + b.batchNumber()))
            .toList());
  }

  private List<Figure> intake(int year, Date start, Date end) {
    long[] perMonth = new long[13];
    jdbc.query("SELECT EXTRACT(MONTH FROM c.first_received_on), COUNT(*) FROM ogi_case c"
        + " WHERE c.status NOT IN " + Status.NOT_RECEIVED_SQL + " AND c.first_received_on >= ?"
        + " AND c.first_received_on <= ? GROUP BY EXTRACT(MONTH FROM c.first_received_on)",
        rs -> {
          perMonth[rs.getInt(1)] = rs.getLong(2);
        }, start, end);
    List<Figure> figures = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      LocalDate first = LocalDate.of(year, month, 1);
      figures.add(new Figure(String.format("%d-%02d", year, month), month + "月", perMonth[month],
          "kind=REQUEST&receivedFrom=" + first + "&receivedTo="
              + first.plusMonths(1).minusDays(1)));
    }
    return figures;
  }

  private List<Figure> outcomes(int year, Date start, Date end) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query("SELECT " + CaseLedger.OUTCOME + ", COUNT(*) FROM ogi_case c WHERE"
        + " c.status NOT IN " + Status.NOT_RECEIVED_SQL + " AND " + CaseLedger.CLOSED + " >= ? AND "
        + CaseLedger.CLOSED + " <= ? GROUP BY " + CaseLedger.OUTCOME,
        rs -> {
          if (rs.getString(1) != null) {
            counts.put(rs.getString(1), rs.getLong(2));
          }
        }, start, end);
    return Arrays.stream(OutcomeCode.values()).map(o -> new Figure(o.code(), o.label(),
        counts.getOrDefault(o.code(), 0L), "closedYear=" + year + "&outcome=" + o.code()))
        .toList();
  }

  /**
   * The agency's own time, for the cases first closed in the year: working days on the reply
   * clock (from receipt, or from the corrected application, Art. 30) to the first closing, less
   * the working days it stood still (consultation, fee: Art. 32, 33, 109号). Cases closed because
   * the applicant did not correct or pay (6.1, 6.2) are counted but not timed: their days are
   * the applicant's. So are withdrawn ones (6.3, ADR 0085): the agency never answered, the
   * applicant ended the case, and the closing is a date the office typed (ADR 0097); timing it
   * would count an overdue case as handled in time. A deadline missed before the withdrawal is
   * listed by 合规检查 (撤回前已逾期未答复) instead.
   */
  private HandlingTime handlingTime(int year, Date start, Date end) {
    long[] sum = {0};
    long[] timed = {0};
    long[] n = {0};
    int[] worst = {-1};
    String[] worstCase = {null};
    jdbc.query("SELECT c.tracking_number, c.clock_started_on, " + CaseLedger.CLOSED + ", "
        + CaseLedger.OUTCOME + ", (SELECT COALESCE(SUM(p.working_days), 0) FROM ogi_case_pause p"
        + " WHERE p.tracking_number = c.tracking_number AND p.ended_on IS NOT NULL),"
        + " c.withdrawn_on FROM ogi_case c WHERE c.status NOT IN " + Status.NOT_RECEIVED_SQL + " AND " + CaseLedger.CLOSED
        + " >= ? AND " + CaseLedger.CLOSED + " <= ? ORDER BY c.tracking_number", rs -> {
          n[0]++;
          String outcome = rs.getString(4);
          if (OutcomeCode.OTHER_NO_CORRECTION.code().equals(outcome)
              || OutcomeCode.OTHER_FEE_UNPAID.code().equals(outcome)
              // the first closing was the withdrawal (a reopened round keeps it first)
              || OutcomeCode.OTHER.code().equals(outcome) && rs.getDate(6) != null) {
            return;
          }
          int days = Math.max(0, calendar.workingDaysBetween(rs.getDate(2).toLocalDate(),
              rs.getDate(3).toLocalDate()) - rs.getInt(5));
          sum[0] += days;
          timed[0]++;
          if (days > worst[0]) {
            worst[0] = days;
            worstCase[0] = rs.getString(1);
          }
        }, start, end);
    return new HandlingTime(n[0], timed[0] == 0 ? null
        : Math.round(10.0 * sum[0] / timed[0]) / 10.0, timed[0] == 0 ? null : worst[0],
        worstCase[0], "closedYear=" + year);
  }

  private List<Figure> appeals(int year, Date start, Date end) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query("SELECT a.kind, " + APPEAL_RESULT + ", COUNT(*) FROM ogi_appeal a"
        + " WHERE a.instance_no = 1 AND a.served_on >= ? AND a.served_on <= ?"
        + " AND a.voided_on IS NULL" // registered in error, no appeal (ADR 0138)
        + " GROUP BY a.kind, " + APPEAL_RESULT,
        rs -> {
          counts.put(rs.getString(1) + "." + rs.getString(2), rs.getLong(3));
        }, start, end);
    List<Figure> figures = new ArrayList<>();
    for (AppealKind kind : AppealKind.values()) {
      List<String> results = kind == AppealKind.COMPLAINT ? List.of("ANSWERED", "PENDING")
          : List.of("MAINTAINED", "CORRECTED", "OTHER", "PENDING");
      for (String result : results) {
        figures.add(new Figure(kind.name() + "." + result, kind.label() + " "
            + APPEAL_RESULT_LABELS.get(result), counts.getOrDefault(kind.name() + "." + result,
            0L), "appealKind=" + kind.name() + "&appealResult=" + result + "&appealYear="
            + year));
      }
    }
    return figures;
  }

  private static List<Figure> byGroup(List<CaseDeadline> cases, String deadline,
      List<String> legalAnswers) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> byGroup = new LinkedHashMap<>();
    for (io.github.ogiworkflow.security.Groups g
        : io.github.ogiworkflow.security.Groups.taskGroups()) {
      names.put(g.id(), g.chineseName());
      byGroup.put(g.id(), new HashSet<>());
    }
    for (CaseDeadline c : cases) {
      for (OpenTask t : c.tasks()) {
        byGroup.get(t.group()).add(c.trackingNumber());
      }
    }
    // The 答复书 / 答辩状 legal owes (audit 37a, F6): its own deadline, whatever the request's.
    byGroup.get(io.github.ogiworkflow.security.Groups.LEGAL.id()).addAll(legalAnswers);
    return byGroup.entrySet().stream().map(e -> new Figure(e.getKey(), names.get(e.getKey()),
        e.getValue().size(), "deadline=" + deadline + "&group=" + e.getKey())).toList();
  }

  private static List<Figure> byPerson(List<CaseDeadline> cases, String deadline,
      Function<Set<String>, Map<String, String>> names) {
    Map<String, Set<String>> byPerson = new TreeMap<>();
    for (CaseDeadline c : cases) {
      for (OpenTask t : c.tasks()) {
        if (t.assignee() != null) {
          byPerson.computeIfAbsent(t.assignee(), k -> new HashSet<>()).add(c.trackingNumber());
        }
      }
    }
    Map<String, String> label = names.apply(byPerson.keySet());
    return byPerson.entrySet().stream().map(e -> new Figure(e.getKey(),
        label.getOrDefault(e.getKey(), e.getKey()), e.getValue().size(),
        "deadline=" + deadline + "&assignee=" + e.getKey())).toList();
  }

  /** The deadline figures of 期限监控 as of today. */
  static Figures withDeadlines(Figures f, DeadlineOverview.Overview now,
      Function<Set<String>, Map<String, String>> names) {
    return withDeadlines(f, now, names, List.of());
  }

  /**
   * As above, legal's count also holding the cases whose 答复书 or 答辩状 is overdue or due soon
   * ({@code answers}, audit 37a F6).
   */
  static Figures withDeadlines(Figures f, DeadlineOverview.Overview now,
      Function<Set<String>, Map<String, String>> names,
      List<io.github.ogiworkflow.overview.AppealAnswerDeadlines.AnswerDeadline> answers) {
    List<String> overdueAnswers = answers.stream().filter(a -> a.overdue())
        .map(a -> a.trackingNumber()).toList();
    List<String> dueSoonAnswers = answers.stream().filter(a -> a.dueSoon())
        .map(a -> a.trackingNumber()).toList();
    return new Figures(f.year(), f.intakeByMonth(), f.outcomes(), f.handlingTime(),
        byGroup(now.overdue(), "overdue", overdueAnswers),
        byGroup(now.dueSoon(), "dueSoon", dueSoonAnswers),
        byPerson(now.overdue(), "overdue", names), byPerson(now.dueSoon(), "dueSoon", names),
        f.appeals(),
        now.dueSoonWorkingDays(), f.publicationDeadlines());
  }
}
