package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.appeal.ComplaintKind;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.CorrectionWait;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.intake.Channel;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.overview.DeadlineOverview.CaseDeadline;
import io.github.ogiworkflow.overview.DeadlineOverview;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.register.SqlLike;
import io.github.ogiworkflow.security.StaffAccess;
import io.github.ogiworkflow.vocabulary.ApplicantType;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 办件台账: every request in the register with where it stands now, and beside them the
 * office's other numbered work: complaints and reports registered without a request (申诉、举报,
 * Art. 51, SSJB-…, ADR 0037) and proactive-disclosure batches (主动公开, ZDGK-…, Art. 26).
 * Read-only: the register (ogi_case and its tables; complaints through {@link AppealRegister},
 * batches through {@link PublicationRegister}) for the record, the engine's public task and
 * variable queries for the open steps, the correction and fee deadlines and whether the reply
 * date was computed provisionally (暂算). A page costs a
 * fixed number of queries (counts, page keys, one task query per staff group and kind, one
 * variable query, one user query, one history query for the batches' instances), however many
 * lines it shows. Callers check the group first; the lookups run without the caller's task
 * grants, as in 期限监控, because a manager sees every group's cases.
 */
@Service
public class CaseLedger {

  /** The report's closing date and outcome (first closing), see report/AnnualReports. */
  static final String CLOSED = "COALESCE(c.first_closed_on, c.closed_on, c.delivered_on)";
  static final String OUTCOME =
      "(CASE WHEN c.first_closed_on IS NULL THEN c.outcome_code ELSE c.first_outcome_code END)";

  /** A request's line: the columns {@link #rows} reads, in its order. */
  static final String REQUEST_LINES = "SELECT c.tracking_number, c.process_instance_id,"
      + " c.channel, c.applicant_type, c.applicant_name, c.status, c.first_received_on,"
      + " c.due_on, " + OUTCOME + ", " + CLOSED + ", c.fee_amount, c.fee_paid_on,"
      + " c.correction_notice_late, (SELECT f.due_on FROM ogi_fee_notice f WHERE f.id ="
      + " (SELECT MAX(n.id) FROM ogi_fee_notice n WHERE n.tracking_number = c.tracking_number))"
      + ", c.correction_due_on, c.withdrawn_on, c.withdrawal_due_on, c.withdrawal_late"
      + ", c.withdrawal_set_aside_on, c.ordered_due_on FROM ogi_case c";

  /** 审查申请内容是否明确 (the model's id; as intake/CorrectionDelegates names it). */
  static final String CHECK_COMPLETENESS = ElementIds.TASK_CHECK_COMPLETENESS;

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final PauseLedger pauses;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;
  private final DeadlineOverview overview;
  private final StaffAccess access;
  private final AppealRegister appeals;
  private final PublicationRegister publications;

  public CaseLedger(JdbcTemplate jdbc, RuntimeService runtime, HistoryService history,
      PauseLedger pauses, WorkingDayCalendar calendar,
      DeadlineProperties limits, DeadlineOverview overview, StaffAccess access,
      AppealRegister appeals, PublicationRegister publications) {
    this.history = history;
    this.appeals = appeals;
    this.publications = publications;
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

  /**
   * A line of the ledger. {@code dueOn} is the line's own due date, named by
   * {@link #dueLabel()}: a request's reply deadline (答复期限; null while the clock waits for
   * the applicant's correction, Art. 30), a complaint's answer deadline (答复期限) or a batch's
   * Art. 26 date (发布期限, the earliest item's). For a request as before ({@code statusText},
   * {@code subject} unset; {@code late} only for a withdrawn one: its reply deadline had passed
   * when the withdrawal was recorded, ADR 0097). For a complaint without a request: its number,
   * served on ({@code receivedOn}) and answer day ({@code closedOn}); {@code subject} names
   * 申诉/举报, the body that passed it on and what it is about. For a publication batch: its
   * number, its ProactiveDisclosure instance, registration day, the day it was last published
   * ({@code closedOn}, once done) and the items by status ({@code subject}). {@code late}: a
   * complaint answered after, or still open past, its deadline; a batch with an item published
   * after its due date or due and not yet published. {@code dueProvisional}: a request's or a
   * complaint's {@code dueOn} is 暂算 (a year it counts over has no holiday notice), by 期限监控's
   * rule ({@link DeadlineOverview#replyDueProvisional}); a batch's Art. 26 date never is here.
   */
  public record Row(LedgerKind kind, String trackingNumber, String processInstanceId,
      String channel, String applicantType, String applicantName, String status,
      String statusText, LocalDate receivedOn, String outcomeCode, LocalDate closedOn,
      Deadline deadline, List<Step> steps, String subject, LocalDate dueOn, Boolean late,
      boolean dueProvisional) {

    /**
     * An online application the office has not yet confirmed (Art. 31(3); audit 31b F5): it has
     * no receipt date and no reply deadline yet, both count from the confirmation.
     * {@code receivedOn} is then the day it was submitted (the ledger's order).
     */
    public boolean receiptPending() {
      return kind == LedgerKind.REQUEST && Status.SUBMITTED.name().equals(status);
    }

    /** What {@code dueOn} is: 发布期限 of a batch (Art. 26), else 答复期限. */
    public String dueLabel() {
      return kind == LedgerKind.PUBLICATION ? "发布期限" : "答复期限";
    }

    public String channelLabel() {
      return Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst()
          .map(Channel::label).orElse(channel);
    }

    public String applicantTypeLabel() {
      return Arrays.stream(ApplicantType.values()).filter(c -> c.name().equals(applicantType))
          .findFirst().map(ApplicantType::label).orElse(applicantType);
    }

    public String statusLabel() {
      return statusText != null ? statusText : Status.labelOf(status);
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
    return access.withoutAuthorizations(() -> q.includes(LedgerKind.COMPLAINT)
        || q.includes(LedgerKind.PUBLICATION) ? searchAllKinds(q) : searchRequests(q));
  }

  /** Requests only: counted and paged by the database. */
  private Page searchRequests(LedgerQuery q) {
    List<String> where = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (!q.includes(LedgerKind.REQUEST) || !conditions(q, where, args)) {
      return new Page(List.of(), 0, q.page(), q.size());
    }
    String sqlWhere = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case c" + sqlWhere, Long.class,
        args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(q.size());
    pageArgs.add((long) (q.page() - 1) * q.size());
    List<Row> rows = rows(REQUEST_LINES + sqlWhere
        + " ORDER BY c.first_received_on DESC, c.tracking_number DESC LIMIT ? OFFSET ?",
        pageArgs.toArray());
    return new Page(rows, total == null ? 0 : total, q.page(), q.size());
  }

  /** A line's place in the ledger: newest receipt first, then the number (descending). */
  private record Key(LedgerKind kind, String number, LocalDate receivedOn) {}

  private static final java.util.Comparator<Key> NEWEST_FIRST = java.util.Comparator
      .comparing(Key::receivedOn).thenComparing(Key::number).reversed();

  /**
   * Requests, complaints and batches together: each kind counted and its first (page × size)
   * keys read in the ledger's order by its owner, merged here, the page's lines then read per
   * kind. Only the number and the receipt period filter the other kinds.
   */
  private Page searchAllKinds(LedgerQuery q) {
    int upTo = q.page() * q.size();
    long total = 0;
    List<Key> keys = new ArrayList<>();
    List<String> where = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (q.includes(LedgerKind.REQUEST) && conditions(q, where, args)) {
      String sqlWhere = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
      Long requests = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case c" + sqlWhere,
          Long.class, args.toArray());
      total += requests == null ? 0 : requests;
      List<Object> keyArgs = new ArrayList<>(args);
      keyArgs.add(upTo);
      keys.addAll(jdbc.query("SELECT c.tracking_number, c.first_received_on FROM ogi_case c"
          + sqlWhere + " ORDER BY c.first_received_on DESC, c.tracking_number DESC LIMIT ?",
          (rs, i) -> new Key(LedgerKind.REQUEST, rs.getString(1), rs.getDate(2).toLocalDate()),
          keyArgs.toArray()));
    }
    String number = q.trackingNumber();
    if (q.includes(LedgerKind.COMPLAINT)) {
      total += appeals.countStandaloneComplaints(number, q.receivedFrom(), q.receivedTo());
      appeals.standaloneComplaintKeys(number, q.receivedFrom(), q.receivedTo(), upTo)
          .forEach(k -> keys.add(new Key(LedgerKind.COMPLAINT, k.complaintNo(), k.servedOn())));
    }
    if (q.includes(LedgerKind.PUBLICATION)) {
      total += publications.countBatches(number, q.receivedFrom(), q.receivedTo());
      publications.batchKeys(number, q.receivedFrom(), q.receivedTo(), upTo)
          .forEach(k -> keys.add(new Key(LedgerKind.PUBLICATION, k.batchRef(),
              k.registeredOn())));
    }
    keys.sort(NEWEST_FIRST);
    List<Key> page = keys.subList(Math.min(keys.size(), upTo - q.size()),
        Math.min(keys.size(), upTo));
    Map<String, Row> lines = new HashMap<>();
    List<String> requests = numbers(page, LedgerKind.REQUEST);
    if (!requests.isEmpty()) {
      rows(REQUEST_LINES + " WHERE c.tracking_number IN ("
          + String.join(",", requests.stream().map(n -> "?").toList()) + ")",
          requests.toArray()).forEach(r -> lines.put(r.trackingNumber(), r));
    }
    otherRows(numbers(page, LedgerKind.COMPLAINT), numbers(page, LedgerKind.PUBLICATION))
        .forEach(r -> lines.put(r.trackingNumber(), r));
    List<Row> rows = page.stream().map(k -> lines.get(k.number())).filter(Objects::nonNull)
        .toList();
    return new Page(rows, total, q.page(), q.size());
  }

  private static List<String> numbers(List<Key> keys, LedgerKind kind) {
    return keys.stream().filter(k -> k.kind() == kind).map(Key::number).toList();
  }

  /** The lines of complaints without a request and of publication batches. */
  private List<Row> otherRows(List<String> complaintNumbers, List<String> batchNumbers) {
    if (complaintNumbers.isEmpty() && batchNumbers.isEmpty()) {
      return List.of();
    }
    List<String> all = new ArrayList<>(complaintNumbers);
    all.addAll(batchNumbers);
    Map<String, List<Step>> steps = openSteps(all.toArray(String[]::new),
        ProcessKeys.COMPLAINT, ProcessKeys.PROACTIVE_DISCLOSURE, ProcessKeys.SECRECY_REVIEW);
    LocalDate today = OfficeTime.today();
    Map<String, String> batchInstances = batchInstances(batchNumbers);
    List<Row> rows = new ArrayList<>();
    for (AppealRegister.StandaloneComplaint c : appeals.standaloneComplaints(complaintNumbers)) {
      LocalDate due = c.answerDueOn();
      // A voided complaint (ADR 0138) was never to be answered: neither late nor in time.
      Boolean late = due == null || VOIDED.equals(c.result()) ? null
          : c.pending() ? due.isBefore(today) : c.decidedOn() != null && c.decidedOn().isAfter(due);
      rows.add(new Row(LedgerKind.COMPLAINT, c.complaintNo(), c.processInstanceId(), null, null,
          null, complaintStatus(c), complaintStatusLabel(complaintStatus(c)),
          c.servedOn(), null, c.pending() ? null : c.decidedOn(),
          c.pending() && due != null ? light("答复期限", due, today, false) : null,
          steps.getOrDefault(c.complaintNo(), List.of()), complaintSubject(c), due, late,
          overview.replyDueProvisional(false, c.servedOn() == null ? due : c.servedOn(), due,
              null)));
    }
    for (PublicationRegister.BatchSummary b : publications.batchSummaries(batchNumbers, today)) {
      boolean done = b.status().equals("DONE");
      rows.add(new Row(LedgerKind.PUBLICATION, b.batchRef(),
          batchInstances.get(b.batchRef()), null, null, null, b.status(), b.statusLabel(),
          b.registeredOn(), null, done ? b.lastPublishedOn() : null,
          !done && b.dueOn() != null ? light("发布期限", b.dueOn(), today, false) : null,
          steps.getOrDefault(b.batchRef(), List.of()), batchSubject(b), b.dueOn(),
          b.dueOn() == null ? null : b.lateItems() > 0, false));
    }
    return rows;
  }

  /**
   * The ProactiveDisclosure instance of each batch (its business key is the batch number; the
   * register keeps no instance id for a batch), running or ended, in one history query: the
   * line's Cockpit link, as a request's from {@code ogi_case.process_instance_id}. A batch
   * started again under its number (an administrator's restart) links its latest instance.
   */
  private Map<String, String> batchInstances(List<String> batchNumbers) {
    if (batchNumbers.isEmpty()) {
      return Map.of();
    }
    Map<String, String> byBatch = new HashMap<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE)
        .processInstanceBusinessKeyIn(batchNumbers.toArray(String[]::new))
        .orderByProcessInstanceStartTime().asc().list()) {
      byBatch.put(instance.getBusinessKey(), instance.getId());
    }
    return byBatch;
  }

  /** 申诉（示范市人民政府办公室转办，来文编号 …）；所涉：ZDGK-… or the agency's OGI work. */
  private static String complaintSubject(AppealRegister.StandaloneComplaint c) {
    String kind = Arrays.stream(ComplaintKind.values())
        .filter(k -> k.name().equals(c.procedureKind())).findFirst().map(ComplaintKind::label)
        .orElse(LedgerKind.COMPLAINT.label());
    return kind + "（" + (c.bodyOrCourt() == null ? "" : c.bodyOrCourt() + "转办")
        + (c.docketNo() == null ? "" : "，来文编号 " + c.docketNo()) + "）；所涉："
        + (c.reference() == null ? "本机关政府信息公开工作" : c.reference());
  }

  /** 共 3 项：已发布 2 项，不予发布 1 项 (only the statuses it has). */
  private static String batchSubject(PublicationRegister.BatchSummary b) {
    List<String> parts = new ArrayList<>();
    if (b.drafted() > 0) {
      parts.add("待审查或审批 " + b.drafted() + " 项");
    }
    if (b.publishable() > 0) {
      parts.add("待发布 " + b.publishable() + " 项");
    }
    if (b.published() > 0) {
      parts.add("已发布 " + b.published() + " 项");
    }
    if (b.notPublished() > 0) {
      parts.add("不予发布 " + b.notPublished() + " 项");
    }
    if (b.withdrawn() > 0) {
      parts.add("已撤回 " + b.withdrawn() + " 项");
    }
    return "共 " + b.items() + " 项：" + String.join("，", parts)
        + (b.lateItems() > 0 ? "；逾期 " + b.lateItems() + " 项（第二十六条）" : "");
  }

  /** One case as the ledger shows it, or null. */
  /**
   * Which of these rows' process instances still run: Cockpit (CE) shows running instances only,
   * and for an ended one silently opens the definition's page instead (audit round 27, F7), so
   * the ledger links only these. One query for a page of rows.
   */
  public Set<String> running(List<Row> rows) {
    String[] ids = rows.stream().map(Row::processInstanceId).filter(Objects::nonNull)
        .distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Set.of();
    }
    return access.withoutAuthorizations(() -> runtime.createProcessInstanceQuery()
        .processInstanceIds(Set.of(ids)).list().stream().map(p -> p.getId())
        .collect(Collectors.toSet()));
  }

  public Row one(String trackingNumber) {
    return access.withoutAuthorizations(() -> rows(REQUEST_LINES
        + " WHERE c.tracking_number = ?", trackingNumber).stream().findFirst().orElse(null));
  }

  /** Adds the query's conditions; false when a filter on open tasks already leaves nothing. */
  private boolean conditions(LedgerQuery q, List<String> where, List<Object> args) {
    if (q.trackingNumber() != null) {
      where.add("UPPER(c.tracking_number) LIKE ? ESCAPE '\\'");
      args.add(SqlLike.containingUpperCase(q.trackingNumber()));
    }
    if (q.applicant() != null) {
      where.add("c.applicant_name LIKE ? ESCAPE '\\'");
      args.add(SqlLike.containing(q.applicant()));
    }
    if (q.status() != null) {
      where.add("c.status = ?");
      args.add(q.status().name());
    }
    if (q.receivedFrom() != null || q.receivedTo() != null) {
      // An online submission has no receipt date until the office confirms it (Art. 31).
      where.add("c.status NOT IN ('SUBMITTED', 'NOT_CONFIRMED')");
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
      where.add("c.status NOT IN ('SUBMITTED', 'NOT_CONFIRMED') AND " + CLOSED + " >= ? AND " + CLOSED + " <= ?");
      args.add(Date.valueOf(LocalDate.of(q.closedYear(), 1, 1)));
      args.add(Date.valueOf(LocalDate.of(q.closedYear(), 12, 31)));
    }
    if (q.outcome() != null) {
      where.add(OUTCOME + " = ?");
      args.add(q.outcome().code());
    }
    if (q.appealKind() != null) {
      StringBuilder appeal = new StringBuilder("EXISTS (SELECT 1 FROM ogi_appeal a WHERE"
          + " a.tracking_number = c.tracking_number AND a.instance_no = 1 AND a.kind = ?"
          // A complaint voided as registered in error is no appeal (ADR 0138).
          + " AND a.voided_on IS NULL");
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

  private record Registered(String trackingNumber, String processInstanceId, String channel,
      String applicantType, String applicantName, String status, LocalDate receivedOn,
      LocalDate dueOn, String outcomeCode, LocalDate closedOn, boolean feeUnpaid,
      boolean correctionNoticeLate, LocalDate feeDueOn, LocalDate correctionDueOn,
      LocalDate withdrawnOn, LocalDate withdrawalDueOn, Boolean withdrawalLate,
      LocalDate withdrawalSetAsideOn, LocalDate orderedDueOn) {}

  private List<Row> rows(String sql, Object... args) {
    List<Registered> cases = jdbc.query(sql, (rs, i) -> new Registered(rs.getString(1),
        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(), rs.getString(9),
        rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
        rs.getBigDecimal(11) != null && rs.getDate(12) == null, rs.getBoolean(13),
        rs.getDate(14) == null ? null : rs.getDate(14).toLocalDate(),
        rs.getDate(15) == null ? null : rs.getDate(15).toLocalDate(),
        rs.getDate(16) == null ? null : rs.getDate(16).toLocalDate(),
        rs.getDate(17) == null ? null : rs.getDate(17).toLocalDate(),
        (Boolean) rs.getObject(18),
        rs.getDate(19) == null ? null : rs.getDate(19).toLocalDate(),
        rs.getDate(20) == null ? null : rs.getDate(20).toLocalDate()), args);
    if (cases.isEmpty()) {
      return List.of();
    }
    String[] numbers = cases.stream().map(Registered::trackingNumber).toArray(String[]::new);
    Map<String, List<Step>> steps = openSteps(numbers);
    Map<String, Map<String, Object>> variables = deadlineVariables(cases.stream()
        .map(Registered::processInstanceId).filter(Objects::nonNull).toList());
    Set<String> paused = pauses.pausedCases();
    Map<String, String> earlier = earlierWithdrawals(numbers);
    LocalDate today = OfficeTime.today();
    return cases.stream().map(c -> {
      Map<String, Object> own = c.processInstanceId() == null ? Map.of()
          : variables.getOrDefault(c.processInstanceId(), Map.of());
      List<Step> open = steps.getOrDefault(c.trackingNumber(), List.of());
      // A withdrawn request says so where a case's state is read (ADR 0085).
      // With the deadline state at the withdrawal (ADR 0097): an overdue case stays marked late.
      // Read as intake/Withdrawals judged and stored it (V68), not judged again here.
      boolean lateAtWithdrawal = c.withdrawnOn() != null && c.withdrawalDueOn() != null
          && Boolean.TRUE.equals(c.withdrawalLate());
      String statusText = c.withdrawnOn() == null ? null
          : "申请人撤回申请（" + CaseLetters.chinese(c.withdrawnOn()) + "），已终止办理"
              + (lateAtWithdrawal ? "；撤回前答复期限（" + CaseLetters.chinese(c.withdrawalDueOn())
                  + "）已过，未答复" : "");
      if (c.withdrawnOn() != null && c.withdrawalSetAsideOn() != null) {
        // Set aside by a correction (ADR 0099): handled anew, the earlier lateness still shown.
        statusText = "申请人撤回申请（" + CaseLetters.chinese(c.withdrawnOn()) + "）已因"
            + CaseLetters.chinese(c.withdrawalSetAsideOn()) + "的复议决定或判决纠正，重新办理"
            + (lateAtWithdrawal ? "；撤回前答复期限（" + CaseLetters.chinese(c.withdrawalDueOn())
                + "）已过，未答复" : "");
      }
      if (statusText != null && earlier.containsKey(c.trackingNumber())) {
        // Withdrawn again in a round a correction opened (ADR 0105): the earlier ones first.
        statusText = earlier.get(c.trackingNumber()) + "；" + statusText;
      }
      // 暂算 as 期限监控 and the task forms mark it (audit round 30): one rule, one source.
      // A voided registration (ADR 0119) has no reply to give.
      // Nor has an online application the office has not confirmed (Art. 31(3), audit 31b
      // F5): no receipt yet, so no clock (Row#receiptPending).
      LocalDate replyDue = clockWaits(c) || Status.VOIDED.name().equals(c.status())
          || Status.SUBMITTED.name().equals(c.status())
          || Status.NOT_CONFIRMED.name().equals(c.status()) ? null : c.dueOn();
      boolean provisional = replyDue != null && overview.replyDueProvisional(
          Boolean.TRUE.equals(own.get(ProcessVariables.REPLY_DUE_PROVISIONAL)), c.receivedOn(),
          replyDue, c.orderedDueOn());
      return new Row(LedgerKind.REQUEST, c.trackingNumber(), c.processInstanceId(), c.channel(),
          c.applicantType(), c.applicantName(), c.status(), statusText, c.receivedOn(),
          c.outcomeCode(), c.closedOn(), deadline(c, today, paused.contains(c.trackingNumber()),
              own, open, provisional), open, null, replyDue,
          c.withdrawnOn() == null || c.withdrawalLate() == null ? null : lateAtWithdrawal,
          provisional);
    }).toList();
  }

  /**
   * The earlier withdrawals of the page's cases, each set aside by a correction (V73, ADR 0105),
   * as the ledger names them, by tracking number: one query per page.
   */
  private Map<String, String> earlierWithdrawals(String[] numbers) {
    Map<String, String> texts = new HashMap<>();
    jdbc.query("SELECT tracking_number, withdrawn_on, set_aside_on FROM ogi_earlier_withdrawal"
        + " WHERE tracking_number IN (" + String.join(",", Collections.nCopies(numbers.length, "?"))
        + ") ORDER BY tracking_number, withdrawn_on, id", rs -> {
          String text = "申请人撤回申请（" + CaseLetters.chinese(rs.getDate(2).toLocalDate()) + "）已因"
              + CaseLetters.chinese(rs.getDate(3).toLocalDate()) + "的复议决定或判决纠正，重新办理";
          texts.merge(rs.getString(1), text, (a, b) -> a + "；" + b);
        }, (Object[]) numbers);
    return texts;
  }

  /**
   * Art. 30: the reply clock waits for the corrected application, which restarts it, unless the
   * correction notice went out after the 7 working days: then the reply date stands (ADR 0036);
   * nor in a round bound by an ordered reply date, whose deadline is that date (ADR 0111).
   */
  private static boolean clockWaits(Registered c) {
    return CorrectionWait.clockWaits(c.status(), c.correctionNoticeLate(), c.orderedDueOn());
  }

  private Deadline deadline(Registered c, LocalDate today, boolean paused,
      Map<String, Object> variables, List<Step> steps, boolean replyProvisional) {
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
      return light("答复期限", c.dueOn(), today, paused, replyProvisional);
    }
    if (status.equals(Status.AWAITING_CORRECTION.name())) {
      // The last day to correct from the register (ADR 0071); a notice sent before V51 has
      // it only in the variable.
      Object due = c.correctionDueOn() != null ? c.correctionDueOn()
          : variables.get(ProcessVariables.CORRECTION_DEADLINE);
      return due == null ? null : light("补正期限", OfficeTime.toLocalDate(due), today, false);
    }
    if (status.equals(Status.REGISTERED.name()) || status.equals(Status.IN_PROGRESS.name())) {
      // The last day to pay from the register (ADR 0065); a notice served before V45 has it
      // only in the variable.
      Object feeDue = c.feeDueOn() != null ? c.feeDueOn()
          : variables.get(ProcessVariables.FEE_DUE_AT);
      if (c.feeUnpaid() && feeDue != null) {
        // The applicant's time to pay (Art. 42); the reply clock is paused meanwhile.
        return light("缴费期限", OfficeTime.toLocalDate(feeDue), today, false);
      }
      return light("答复期限", c.dueOn(), today, paused, replyProvisional);
    }
    return null;
  }

  private Deadline light(String kind, LocalDate due, LocalDate today, boolean paused) {
    return light(kind, due, today, paused,
        calendar.isProvisional(due.isBefore(today) ? due : today, due));
  }

  /** As above; {@code provisional} as the caller knows it (a request's 答复期限: the row's). */
  private Deadline light(String kind, LocalDate due, LocalDate today, boolean paused,
      boolean provisional) {
    int left = calendar.workingDaysBetween(today, due);
    String light = paused ? "none" : due.isBefore(today) ? "red"
        : left <= limits.reminderWorkingDaysBefore() ? "yellow" : "green";
    return new Deadline(kind, due, left, light, paused, provisional);
  }

  private Map<String, Map<String, Object>> deadlineVariables(List<String> instanceIds) {
    if (instanceIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (VariableInstance v : runtime.createVariableInstanceQuery()
        .variableNameIn(ProcessVariables.CORRECTION_DEADLINE, ProcessVariables.FEE_DUE_AT,
            ProcessVariables.REPLY_DUE_PROVISIONAL)
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
    return openSteps(trackingNumbers, ProcessKeys.DISCLOSURE_REQUEST,
        ProcessKeys.SECRECY_REVIEW);
  }

  /** Open tasks of the processes {@code processKeys} with these business keys. */
  private Map<String, List<Step>> openSteps(String[] trackingNumbers, String... processKeys) {
    Map<String, List<DeadlineOverview.CaseTask>> open =
        overview.openTasksOf(trackingNumbers, processKeys);
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

  /** A complaint's result as the register gives it (ADR 0138: VOIDED). */
  static final String VOIDED = "VOIDED";

  /** PENDING (待答复), ANSWERED (已答复) or VOIDED (已作废): a complaint's line status. */
  static String complaintStatus(AppealRegister.StandaloneComplaint c) {
    return VOIDED.equals(c.result()) ? VOIDED : c.pending() ? "PENDING" : "ANSWERED";
  }

  static String complaintStatusLabel(String status) {
    return switch (status) {
      case VOIDED -> "已作废";
      case "PENDING" -> "待答复";
      default -> "已答复";
    };
  }
}
