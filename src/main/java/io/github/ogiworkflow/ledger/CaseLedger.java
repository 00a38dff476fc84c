package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.CorrectionWait;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.vocabulary.ApplicantType;
import io.github.ogiworkflow.intake.Channel;
import io.github.ogiworkflow.overview.DeadlineOverview;
import io.github.ogiworkflow.overview.DeadlineOverview.CaseDeadline;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.security.StaffAccess;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 办件台账: every request in the register with where it stands now. Read-only: the register
 * (ogi_case and its tables) for the record, the engine's public task and variable queries for
 * the open steps and the correction and fee deadlines. A page costs a fixed number of queries
 * (count, page, one task query per staff group, one variable query, one user query), however
 * many cases it shows. Callers check the group first; the lookups run without the caller's
 * task grants, as in 期限监控, because a manager sees every group's cases.
 */
@Service
public class CaseLedger {

  /** The report's closing date and outcome (first closing), see report/AnnualReports. */
  static final String CLOSED = "COALESCE(c.first_closed_on, c.closed_on, c.delivered_on)";
  static final String OUTCOME =
      "(CASE WHEN c.first_closed_on IS NULL THEN c.outcome_code ELSE c.first_outcome_code END)";

  /** 审查申请内容是否明确 (the model's id; as intake/CorrectionDelegates names it). */
  static final String CHECK_COMPLETENESS = ElementIds.TASK_CHECK_COMPLETENESS;

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final PauseLedger pauses;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;
  private final DeadlineOverview overview;
  private final StaffAccess access;

  public CaseLedger(JdbcTemplate jdbc, RuntimeService runtime, PauseLedger pauses,
      WorkingDayCalendar calendar,
      DeadlineProperties limits, DeadlineOverview overview, StaffAccess access) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.pauses = pauses;
    this.calendar = calendar;
    this.limits = limits;
    this.overview = overview;
    this.access = access;
  }

  /** An open step and who holds it: the assignee, else the group it is offered to. */
  public record Step(String taskId, String taskKey, String name, String group, String groupName,
      String assignee, String assigneeName) {
    public String holder() {
      return assignee != null ? (assigneeName == null ? assignee : assigneeName) : groupName;
    }
  }

  /**
   * The deadline that matters now: 补正告知期限 while the completeness check is open, 补正期限
   * while the applicant corrects, 缴费期限 while a fee is unpaid, else 答复期限. Lights in
   * working days: red once passed, yellow within the reminder's working days (as 期限监控),
   * green otherwise; a paused reply clock has no light. {@code provisional}: counted over a
   * year whose holiday notice is not out yet (暂算).
   */
  public record Deadline(String kind, LocalDate dueOn, Integer workingDaysLeft, String light,
      boolean paused, boolean provisional) {}

  public record Row(String trackingNumber, String processInstanceId, String channel,
      String applicantType, String applicantName, String status, LocalDate receivedOn,
      LocalDate replyDueOn, String outcomeCode, LocalDate closedOn, Deadline deadline,
      List<Step> steps) {

    public String channelLabel() {
      return Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst()
          .map(Channel::label).orElse(channel);
    }

    public String applicantTypeLabel() {
      return Arrays.stream(ApplicantType.values()).filter(c -> c.name().equals(applicantType))
          .findFirst().map(ApplicantType::label).orElse(applicantType);
    }

    public String statusLabel() {
      return Status.labelOf(status);
    }

    public String outcomeLabel() {
      return outcomeLabel(outcomeCode);
    }

    static String outcomeLabel(String code) {
      return code == null ? null : Arrays.stream(OutcomeCode.values())
          .filter(o -> o.code().equals(code)).findFirst().map(OutcomeCode::label).orElse(code);
    }
  }

  public record Page(List<Row> rows, long total, int page, int size) {}

  public Page search(LedgerQuery q) {
    return access.withoutAuthorizations(() -> {
      List<String> where = new ArrayList<>();
      List<Object> args = new ArrayList<>();
      if (!conditions(q, where, args)) {
        return new Page(List.of(), 0, q.page(), q.size());
      }
      String sqlWhere = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
      Long total = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case c" + sqlWhere, Long.class,
          args.toArray());
      List<Object> pageArgs = new ArrayList<>(args);
      pageArgs.add(q.size());
      pageArgs.add((long) (q.page() - 1) * q.size());
      List<Row> rows = rows("SELECT c.tracking_number, c.process_instance_id, c.channel,"
          + " c.applicant_type, c.applicant_name, c.status, c.first_received_on, c.due_on, "
          + OUTCOME + ", " + CLOSED + ", c.fee_amount, c.fee_paid_on, c.correction_notice_late"
          + " FROM ogi_case c" + sqlWhere
          + " ORDER BY c.first_received_on DESC, c.tracking_number DESC LIMIT ? OFFSET ?",
          pageArgs.toArray());
      return new Page(rows, total == null ? 0 : total, q.page(), q.size());
    });
  }

  /** One case as the ledger shows it, or null. */
  public Row one(String trackingNumber) {
    return access.withoutAuthorizations(() -> rows("SELECT c.tracking_number,"
        + " c.process_instance_id, c.channel, c.applicant_type, c.applicant_name, c.status,"
        + " c.first_received_on, c.due_on, " + OUTCOME + ", " + CLOSED + ", c.fee_amount,"
        + " c.fee_paid_on, c.correction_notice_late FROM ogi_case c WHERE c.tracking_number = ?",
        trackingNumber)
        .stream().findFirst().orElse(null));
  }

  /** Adds the query's conditions; false when a filter on open tasks already leaves nothing. */
  private boolean conditions(LedgerQuery q, List<String> where, List<Object> args) {
    if (q.trackingNumber() != null) {
      where.add("UPPER(c.tracking_number) LIKE ? ESCAPE '\\'");
      args.add("%" + like(q.trackingNumber().toUpperCase()) + "%");
    }
    if (q.applicant() != null) {
      where.add("c.applicant_name LIKE ? ESCAPE '\\'");
      args.add("%" + like(q.applicant()) + "%");
    }
    if (q.status() != null) {
      where.add("c.status = ?");
      args.add(q.status().name());
    }
    if (q.receivedFrom() != null || q.receivedTo() != null) {
      // An online submission has no receipt date until the office confirms it (Art. 31).
      where.add("c.status <> 'SUBMITTED'");
    }
    if (q.receivedFrom() != null) {
      where.add("c.first_received_on >= ?");
      args.add(Date.valueOf(q.receivedFrom()));
    }
    if (q.receivedTo() != null) {
      where.add("c.first_received_on <= ?");
      args.add(Date.valueOf(q.receivedTo()));
    }
    if (q.closedYear() != null) {
      where.add("c.status <> 'SUBMITTED' AND " + CLOSED + " >= ? AND " + CLOSED + " <= ?");
      args.add(Date.valueOf(LocalDate.of(q.closedYear(), 1, 1)));
      args.add(Date.valueOf(LocalDate.of(q.closedYear(), 12, 31)));
    }
    if (q.outcome() != null) {
      where.add(OUTCOME + " = ?");
      args.add(q.outcome().code());
    }
    if (q.appealKind() != null) {
      StringBuilder appeal = new StringBuilder("EXISTS (SELECT 1 FROM ogi_appeal a WHERE"
          + " a.tracking_number = c.tracking_number AND a.instance_no = 1 AND a.kind = ?");
      args.add(q.appealKind());
      if (q.appealYear() != null) {
        appeal.append(" AND a.served_on >= ? AND a.served_on <= ?");
        args.add(Date.valueOf(LocalDate.of(q.appealYear(), 1, 1)));
        args.add(Date.valueOf(LocalDate.of(q.appealYear(), 12, 31)));
      }
      if (q.appealResult() != null) {
        appeal.append(" AND ").append(LeadershipFigures.APPEAL_RESULT).append(" = ?");
        args.add(q.appealResult());
      }
      where.add(appeal.append(")").toString());
    }
    if (q.needsOpenTasks()) {
      Set<String> numbers = withOpenTasks(q);
      if (numbers.isEmpty()) {
        return false;
      }
      where.add("c.tracking_number IN (" + String.join(",", numbers.stream().map(n -> "?")
          .toList()) + ")");
      args.addAll(numbers);
    }
    return true;
  }

  /**
   * The cases 期限监控 lists as overdue or due soon (its own classification, so the leadership
   * view's counts and this list agree), with an open task of the group or the assignee.
   */
  private Set<String> withOpenTasks(LedgerQuery q) {
    DeadlineOverview.Overview now = overview.now();
    List<CaseDeadline> cases = q.deadline() == null
        ? concat(now.overdue(), now.dueSoon(), now.later())
        : q.deadline().equals("overdue") ? now.overdue() : now.dueSoon();
    return cases.stream().filter(c -> c.tasks().stream().anyMatch(t ->
            (q.group() == null || q.group().equals(t.group()))
                && (q.assignee() == null || q.assignee().equals(t.assignee()))))
        .map(CaseDeadline::trackingNumber).collect(Collectors.toCollection(HashSet::new));
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }

  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private record Registered(String trackingNumber, String processInstanceId, String channel,
      String applicantType, String applicantName, String status, LocalDate receivedOn,
      LocalDate dueOn, String outcomeCode, LocalDate closedOn, boolean feeUnpaid,
      boolean correctionNoticeLate) {}

  private List<Row> rows(String sql, Object... args) {
    List<Registered> cases = jdbc.query(sql, (rs, i) -> new Registered(rs.getString(1),
        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(), rs.getString(9),
        rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
        rs.getBigDecimal(11) != null && rs.getDate(12) == null, rs.getBoolean(13)), args);
    if (cases.isEmpty()) {
      return List.of();
    }
    String[] numbers = cases.stream().map(Registered::trackingNumber).toArray(String[]::new);
    Map<String, List<Step>> steps = openSteps(numbers);
    Map<String, Map<String, Object>> variables = deadlineVariables(cases.stream()
        .map(Registered::processInstanceId).filter(Objects::nonNull).toList());
    Set<String> paused = pauses.pausedCases();
    LocalDate today = OfficeTime.today();
    return cases.stream().map(c -> {
      Map<String, Object> own = c.processInstanceId() == null ? Map.of()
          : variables.getOrDefault(c.processInstanceId(), Map.of());
      return new Row(c.trackingNumber(), c.processInstanceId(), c.channel(), c.applicantType(),
          c.applicantName(), c.status(), c.receivedOn(), clockWaits(c) ? null : c.dueOn(),
          c.outcomeCode(), c.closedOn(), deadline(c, today, paused.contains(c.trackingNumber()),
              own, steps.getOrDefault(c.trackingNumber(), List.of())),
          steps.getOrDefault(c.trackingNumber(), List.of()));
    }).toList();
  }

  /**
   * Art. 30: the reply clock waits for the corrected application, which restarts it, unless the
   * correction notice went out after the 7 working days: then the reply date stands (ADR 0036).
   */
  private static boolean clockWaits(Registered c) {
    return CorrectionWait.clockWaits(c.status(), c.correctionNoticeLate());
  }

  private Deadline deadline(Registered c, LocalDate today, boolean paused,
      Map<String, Object> variables, List<Step> steps) {
    String status = c.status();
    boolean completenessOpen = steps.stream()
        .anyMatch(s -> CHECK_COMPLETENESS.equals(s.taskKey()));
    if (status.equals(Status.REGISTERED.name()) && completenessOpen) {
      // The correction notice must go out within 7 working days of receipt (Art. 30).
      LocalDate noticeDue = calendar.addWorkingDays(c.receivedOn(),
          limits.correctionNoticeWorkingDays());
      if (noticeDue.isBefore(c.dueOn())) {
        return light("补正告知期限", noticeDue, today, false);
      }
    }
    if (status.equals(Status.AWAITING_CORRECTION.name()) && !clockWaits(c)) {
      // A late correction notice did not stop the reply clock: its deadline is what is due.
      return light("答复期限", c.dueOn(), today, paused);
    }
    if (status.equals(Status.AWAITING_CORRECTION.name())) {
      Object due = variables.get(ProcessVariables.CORRECTION_DEADLINE);
      return due == null ? null : light("补正期限", OfficeTime.toLocalDate(due), today, false);
    }
    if (status.equals(Status.REGISTERED.name()) || status.equals(Status.IN_PROGRESS.name())) {
      Object feeDue = variables.get(ProcessVariables.FEE_DUE_AT);
      if (c.feeUnpaid() && feeDue != null) {
        // The applicant's time to pay (Art. 42); the reply clock is paused meanwhile.
        return light("缴费期限", OfficeTime.toLocalDate(feeDue), today, false);
      }
      return light("答复期限", c.dueOn(), today, paused);
    }
    return null;
  }

  private Deadline light(String kind, LocalDate due, LocalDate today, boolean paused) {
    int left = calendar.workingDaysBetween(today, due);
    String light = paused ? "none" : due.isBefore(today) ? "red"
        : left <= limits.reminderWorkingDaysBefore() ? "yellow" : "green";
    boolean provisional = calendar.isProvisional(due.isBefore(today) ? due : today, due);
    return new Deadline(kind, due, left, light, paused, provisional);
  }

  private Map<String, Map<String, Object>> deadlineVariables(List<String> instanceIds) {
    if (instanceIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (VariableInstance v : runtime.createVariableInstanceQuery()
        .variableNameIn(ProcessVariables.CORRECTION_DEADLINE, ProcessVariables.FEE_DUE_AT)
        .processInstanceIdIn(instanceIds.toArray(String[]::new)).list()) {
      if (v.getValue() != null) {
        byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
            .put(v.getName(), v.getValue());
      }
    }
    return byInstance;
  }

  /** Open tasks of the requests and their reviews, per tracking number (期限监控's own query). */
  private Map<String, List<Step>> openSteps(String[] trackingNumbers) {
    Map<String, List<DeadlineOverview.CaseTask>> open = overview.openTasksOf(trackingNumbers);
    Map<String, String> names = access.namesOf(open.values().stream().flatMap(List::stream)
        .map(t -> t.task().getAssignee()).filter(Objects::nonNull).collect(Collectors.toSet()));
    Map<String, List<Step>> byCase = new HashMap<>();
    open.forEach((trackingNumber, caseTasks) -> byCase.put(trackingNumber, caseTasks.stream()
        .map(t -> new Step(t.task().getId(), t.task().getTaskDefinitionKey(), t.task().getName(),
            t.offeredTo().id(), t.offeredTo().chineseName(), t.task().getAssignee(),
            t.task().getAssignee() == null ? null : names.get(t.task().getAssignee())))
        .toList()));
    return byCase;
  }
}
