package io.github.ogiworkflow.register;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ActingStaff;
import io.github.ogiworkflow.process.InvalidInput;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The case register (办件登记簿): one row per disclosure request, the record reports read. */
@Repository
public class CaseRegister {

  /**
   * Where a case stands; reports and the public status page read it. The label is what every
   * staff page says (ledger, case page, audit trail).
   */
  public enum Status {
    REGISTERED("已登记受理"), AWAITING_CORRECTION("等待补正"), IN_PROGRESS("办理中"),
    DELIVERED("已送达"), CLOSED("已办结（未答复）"),
    /** Submitted online, receipt not yet confirmed by the office (Art. 31: no receipt date yet). */
    SUBMITTED("网上提交待确认收到"),
    /**
     * A registration made in error, voided with leadership's approval before anything went to
     * the applicant (ADR 0119): its number stays used, no report counts it.
     */
    VOIDED("已作废（登记错误）"),
    /**
     * Submitted online and not confirmed by the office (不予确认, ADR 0158): not an application
     * or a repeat of one. Never received (Art. 31): no receipt date, no clock, no report counts it.
     */
    NOT_CONFIRMED("网上提交不予确认（未收到申请）");

    /** The statuses of a row that is not a received request: no report or count reads them. */
    public static final java.util.List<String> NOT_RECEIVED = java.util.List.of(
        "SUBMITTED", "VOIDED", "NOT_CONFIRMED");

    /** SQL list of {@link #NOT_RECEIVED}, for {@code status NOT IN (...)}. */
    public static final String NOT_RECEIVED_SQL = "('SUBMITTED', 'VOIDED', 'NOT_CONFIRMED')";

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The label of a status as stored, or the stored text itself. */
    public static String labelOf(String status) {
      for (Status known : values()) {
        if (known.name().equals(status)) {
          return known.label;
        }
      }
      return status;
    }
  }

  /** What registration knows about a new case. */
  public record NewCase(
      String trackingNumber, String processInstanceId, String channel, String applicantType,
      String applicantName, String idType, String idNumber, String contactPhone,
      String contactEmail, String contactAddress, String description, String deliveryForm,
      String deliveryMethod, LocalDate receivedOn, LocalDate dueOn) {}

  /** A case as letters and forms need it. */
  public record CaseRecord(
      String trackingNumber, String applicantName, String applicantType, String description,
      LocalDate firstReceivedOn, LocalDate clockStartedOn, LocalDate dueOn, int extensionDays,
      String status, String outcomeCode) {}

  /**
   * The earliest receipt date a case may be given today: 1 January of the previous year. A
   * request found late is still registered before that year's annual report (due 31 January,
   * Art. 49); an older date would be a typing error that rewrites reports long published.
   */
  public static LocalDate earliestReceiptDate(LocalDate today) {
    return LocalDate.of(today.getYear() - 1, 1, 1);
  }

  /** Refuses a receipt date before {@link #earliestReceiptDate} (HTTP 400, in Chinese). */
  public static LocalDate requireRecentReceipt(LocalDate receivedOn, String field,
      String chineseName) {
    LocalDate earliest = earliestReceiptDate(OfficeTime.today());
    if (receivedOn.isBefore(earliest)) {
      throw new InvalidInput(field + " lies before " + earliest
          + "（" + chineseName + "不能早于" + earliest.getYear() + "年1月1日）");
    }
    return receivedOn;
  }

  private final JdbcTemplate jdbc;
  private final ObjectProvider<IdentityService> identity;

  /** A register that records no one's name where no engine runs the write (tests). */
  public CaseRegister(JdbcTemplate jdbc) {
    this(jdbc, null);
  }

  @Autowired
  public CaseRegister(JdbcTemplate jdbc, ObjectProvider<IdentityService> identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /**
   * Who registered the request (a counter, post or fax registration; the confirmation of an
   * online one) and who recorded its latest delivery, with their names at the act and the
   * moment of the delivery's recording, and who first recorded the termination notice's service
   * (V116, ADR 0161). Each null for rows recorded before and for acts nobody authenticated did.
   * {@code deliveredBy}: the reply's 送达方式 (as {@link #deliveredBy(String)}), read with them
   * for the trail.
   */
  public record ActsRecordedBy(String registeredBy, String registeredByName,
      String deliveryRecordedBy, String deliveryRecordedByName,
      java.time.Instant deliveryRecordedAt, String deliveredBy, String terminationRecordedBy,
      String terminationRecordedByName) {}

  public Optional<ActsRecordedBy> actsRecordedBy(String trackingNumber) {
    return jdbc.query("SELECT registered_by, registered_by_name, delivery_recorded_by,"
        + " delivery_recorded_by_name, delivery_recorded_at, delivered_by,"
        + " termination_recorded_by, termination_recorded_by_name FROM ogi_case"
        + " WHERE tracking_number = ?", (rs, i) -> {
          Timestamp at = rs.getTimestamp(5);
          return new ActsRecordedBy(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), at == null ? null : at.toInstant(), rs.getString(6),
              rs.getString(7), rs.getString(8));
        }, trackingNumber).stream().findFirst();
  }

  public void insert(NewCase c) {
    insert(c, Status.REGISTERED);
  }

  /**
   * An online application as submitted: receipt and due dates are provisional (from the day of
   * submission) until the office confirms receipt, see {@link #confirmReceipt}.
   */
  public void insertSubmitted(NewCase c) {
    insert(c, Status.SUBMITTED);
  }

  /**
   * The day (Beijing time) an online application was submitted, for a request that came through
   * the public page: its receipt, confirmed by the office (Art. 31), cannot be earlier.
   */
  public Optional<LocalDate> onlineSubmittedOn(String trackingNumber) {
    return jdbc.queryForList("SELECT submitted_at FROM ogi_online_access WHERE tracking_number = ?",
        Timestamp.class, trackingNumber).stream().findFirst()
        .map(t -> t.toInstant().atZone(OfficeTime.ZONE).toLocalDate());
  }

  /**
   * Refuses a receipt date before the online submission (Art. 31: an online application is
   * received on the day the office confirms it, which is never before it was sent).
   */
  public void requireNotBeforeSubmission(String trackingNumber, LocalDate receivedOn,
      String field, String label) {
    onlineSubmittedOn(trackingNumber).filter(receivedOn::isBefore).ifPresent(submitted -> {
      throw new InvalidInput(field + ": before the online submission on " + submitted + "（" + label
          + "不得早于网上提交申请的日期" + ChineseDateText.of(submitted) + "）");
    });
  }

  /**
   * The day (Beijing time) the case was registered in the system: a counter, post or fax
   * application's 登记受理 (its row's creation). Empty for an online application, whose
   * registration is the office's confirmation of receipt (a completed task), not its submission.
   * Audit round 31a, F4: a receipt date can never lie after it (ADR 0124).
   */
  public Optional<LocalDate> registeredOn(String trackingNumber) {
    if (onlineSubmittedOn(trackingNumber).isPresent()) {
      return Optional.empty();
    }
    return jdbc.queryForList("SELECT created_at FROM ogi_case WHERE tracking_number = ?",
        Timestamp.class, trackingNumber).stream().findFirst()
        .map(t -> t.toInstant().atZone(OfficeTime.ZONE).toLocalDate());
  }

  /** The office confirmed an online application: that day is the receipt date (Art. 31). */
  public void confirmReceipt(String trackingNumber, String processInstanceId,
      LocalDate receivedOn, LocalDate dueOn) {
    // The registration of an online application is this confirmation: its maker (ADR 0161).
    ActingStaff registrar = acting();
    update("process_instance_id = ?, first_received_on = ?, clock_started_on = ?, due_on = ?,"
        + " status = ?, registered_by = ?, registered_by_name = ?", trackingNumber,
        processInstanceId, Date.valueOf(receivedOn), Date.valueOf(receivedOn),
        Date.valueOf(dueOn), Status.REGISTERED.name(), registrar.userId(), registrar.name());
  }

  private void insert(NewCase c, Status status) {
    Timestamp now = Timestamp.from(OfficeTime.now());
    // The clerk who registers it (ADR 0161); an online submission is the applicant's, and its
    // registration is the office's confirmation (confirmReceipt).
    ActingStaff registrar = status == Status.REGISTERED ? acting() : new ActingStaff(null, null);
    jdbc.update("""
        INSERT INTO ogi_case (tracking_number, process_instance_id, channel, applicant_type,
          applicant_name, id_type, id_number, contact_phone, contact_email, contact_address,
          description, delivery_form, delivery_method, first_received_on, clock_started_on,
          due_on, status, created_at, updated_at, registered_by, registered_by_name)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        c.trackingNumber(), c.processInstanceId(), c.channel(), c.applicantType(),
        c.applicantName(), c.idType(), c.idNumber(), c.contactPhone(), c.contactEmail(),
        c.contactAddress(), c.description(), c.deliveryForm(), c.deliveryMethod(),
        Date.valueOf(c.receivedOn()), Date.valueOf(c.receivedOn()), Date.valueOf(c.dueOn()),
        status.name(), now, now, registrar.userId(), registrar.name());
  }

  /** The authenticated staff member acting now, with his name (ADR 0161). */
  private ActingStaff acting() {
    return ActingStaff.now(identity);
  }

  /** Another online submission of the same identity that was never received (ADR 0163). */
  public record UnreceivedSubmission(String trackingNumber, LocalDate submittedOn, String status,
      String description) {}

  /**
   * The other online submissions of the identity document {@code idType}/{@code idNumber} (as
   * stored) that were never received — still awaiting confirmation or not confirmed — newest
   * first, at most {@code limit}: what the office weighs before confirming a submission that may
   * repeat one of them (audit 34a F7, ADR 0158's open point).
   */
  public List<UnreceivedSubmission> unreceivedOnlineSubmissionsOf(String idType, String idNumber,
      String except, int limit) {
    if (idNumber == null) {
      return List.of();
    }
    return jdbc.query("SELECT tracking_number, created_at, status, description FROM ogi_case"
        + " WHERE id_type = ? AND id_number = ? AND channel = 'ONLINE' AND tracking_number <> ?"
        + " AND status IN ('SUBMITTED', 'NOT_CONFIRMED')"
        + " ORDER BY created_at DESC, tracking_number DESC FETCH FIRST " + Math.max(1, limit)
        + " ROWS ONLY", (rs, i) -> new UnreceivedSubmission(rs.getString(1),
            rs.getTimestamp(2).toInstant().atZone(OfficeTime.ZONE).toLocalDate(),
            rs.getString(3), rs.getString(4)), idType, idNumber, except);
  }

  /** A registered case as the duplicate check at registration compares it. */
  public record SameDayApplication(String trackingNumber, String description) {}

  /**
   * Every case, in any status but VOIDED, of the identity number {@code idNumber} (as stored,
   * normalized) received on {@code receivedOn}, oldest first: what a counter registration
   * compares its request with (audit 30b F3, ADR 0116). A voided registration was never an
   * application (ADR 0119): registering the application again, correctly, after its erroneous
   * copy was voided is no duplicate (ADR 0184).
   */
  public List<SameDayApplication> sameApplicantSameDay(String idNumber, LocalDate receivedOn) {
    return jdbc.query("""
        SELECT tracking_number, description FROM ogi_case
        WHERE id_number = ? AND first_received_on = ? AND status <> 'VOIDED'
        ORDER BY tracking_number""",
        (rs, i) -> new SameDayApplication(rs.getString(1), rs.getString(2)),
        idNumber, Date.valueOf(receivedOn));
  }

  /**
   * Locks the case's register row until the transaction ends, and says whether the case exists:
   * what reads the case's facts and then writes on them (an appeal filing, a date correction, a
   * delivery) takes it first, so two such writes of one case run one after the other, also on
   * two nodes sharing the database, and the second sees what the first wrote (ADR 0059). Outside
   * a transaction it locks nothing.
   */
  public boolean lock(String trackingNumber) {
    return !jdbc.queryForList("SELECT tracking_number FROM ogi_case WHERE tracking_number = ?"
        + " FOR UPDATE", String.class, trackingNumber).isEmpty();
  }

  public Optional<CaseRecord> find(String trackingNumber) {
    return jdbc.query("""
        SELECT tracking_number, applicant_name, applicant_type, description, first_received_on,
          clock_started_on, due_on, extension_days, status, outcome_code
        FROM ogi_case WHERE tracking_number = ?""",
        (rs, i) -> new CaseRecord(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
            rs.getDate(7).toLocalDate(), rs.getInt(8), rs.getString(9), rs.getString(10)),
        trackingNumber).stream().findFirst();
  }

  /**
   * What the applicant's status page shows of a case, from one read of its row: the case; whether
   * its correction notice was late and the round's ordered reply date (whether the clock waits,
   * {@code deadline/CorrectionWait}); the correction period's last day; the 不予确认, the delivery
   * and the latest withdrawal, each null when there is none.
   */
  public record ApplicantStatus(CaseRecord record, boolean correctionNoticeLate,
      LocalDate orderedDueOn, LocalDate correctionDueOn, NotConfirmation notConfirmation,
      LocalDate deliveredOn, String deliveredBy, Withdrawal withdrawal) {}

  /** The case as the status page shows it ({@link ApplicantStatus}), in one query. */
  public Optional<ApplicantStatus> applicantStatus(String trackingNumber) {
    return jdbc.query("""
        SELECT tracking_number, applicant_name, applicant_type, description, first_received_on,
          clock_started_on, due_on, extension_days, status, outcome_code,
          correction_notice_late, ordered_due_on, correction_due_on,
          not_confirmed_on, not_confirmed_kind, not_confirmed_reason, not_confirmed_duplicate_of,
          not_confirmed_by, delivered_on, delivered_by,
          withdrawn_on, withdrawal_form, withdrawal_reason, withdrawal_recorded_by,
          withdrawal_recorded_at, withdrawal_round_started_on, withdrawal_set_aside_by,
          withdrawal_set_aside_on, withdrawal_recorded_by_name
        FROM ogi_case WHERE tracking_number = ?""",
        (rs, i) -> new ApplicantStatus(
            new CaseRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
                rs.getDate(7).toLocalDate(), rs.getInt(8), rs.getString(9), rs.getString(10)),
            rs.getBoolean(11), day(rs.getDate(12)), day(rs.getDate(13)),
            rs.getDate(14) == null ? null : new NotConfirmation(day(rs.getDate(14)),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18)),
            day(rs.getDate(19)), rs.getString(20),
            rs.getDate(21) == null ? null : new Withdrawal(day(rs.getDate(21)), rs.getString(22),
                rs.getString(23), rs.getString(24),
                rs.getTimestamp(25) == null ? null : rs.getTimestamp(25).toInstant(),
                day(rs.getDate(26)), (Long) rs.getObject(27, Long.class), day(rs.getDate(28)),
                rs.getString(29))),
        trackingNumber).stream().findFirst();
  }

  /**
   * The applicant's identity and contact data in full. Only the register holds it (process
   * variables and history hold masked values): for the office's page and server-side letters.
   */
  public record ApplicantContact(String trackingNumber, String applicantName, String idType,
      String idNumber, String contactPhone, String contactEmail, String contactAddress,
      String deliveryMethod) {}

  public Optional<ApplicantContact> applicantContact(String trackingNumber) {
    return jdbc.query("""
        SELECT tracking_number, applicant_name, id_type, id_number, contact_phone, contact_email,
          contact_address, delivery_method
        FROM ogi_case WHERE tracking_number = ?""",
        (rs, i) -> new ApplicantContact(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
        trackingNumber).stream().findFirst();
  }

  // ---- deadline overview (issue 9)

  /** A case whose reply clock runs, as the deadline overview lists it. */
  public record RunningCase(String trackingNumber, String processInstanceId, String applicantType,
      LocalDate firstReceivedOn, LocalDate dueOn, LocalDate orderedDueOn) {}

  /**
   * Whether the reply clock of {@code ogi_case c} runs, in SQL: registered, in progress, or
   * awaiting a correction that does not stop it (asked for too late, Art. 30, ADR 0036; or in a
   * round bound by an ordered reply date, ADR 0111), as {@code deadline/CorrectionWait} answers
   * it in Java. Bind REGISTERED, IN_PROGRESS, AWAITING_CORRECTION to its three parameters.
   */
  public static final String CLOCK_RUNS_SQL = "(c.status IN (?, ?) OR (c.status = ?"
      + " AND (c.correction_notice_late OR c.ordered_due_on IS NOT NULL)))";

  /**
   * Cases whose reply clock runs: registered or in progress (not waiting for a correction, not
   * yet submitted online, not delivered or closed), or waiting for a correction asked for too
   * late to restart the clock (Art. 30) or in a round bound by an ordered reply date (ADR 0111),
   * earliest due date first.
   */
  public List<RunningCase> withRunningClock() {
    return runningCases("");
  }

  /**
   * The running cases whose round is bound by a date a decision or judgment ordered (ADR 0108):
   * {@link #withRunningClock()} narrowed in SQL to {@code ordered_due_on IS NOT NULL}, so a check
   * at every start reads the few bound rounds, not every open case.
   */
  public List<RunningCase> withRunningClockBoundByOrderedDate() {
    return runningCases(" AND c.ordered_due_on IS NOT NULL");
  }

  private List<RunningCase> runningCases(String narrowedBy) {
    return jdbc.query("SELECT tracking_number, process_instance_id, applicant_type,"
        + " first_received_on, due_on, ordered_due_on FROM ogi_case c WHERE " + CLOCK_RUNS_SQL
        + narrowedBy + " ORDER BY due_on, tracking_number",
        (rs, i) -> new RunningCase(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), day(rs.getDate(6))),
        Status.REGISTERED.name(), Status.IN_PROGRESS.name(), Status.AWAITING_CORRECTION.name());
  }

  /**
   * The correction notice went out after 7 working days of receipt (Art. 30): the reply clock
   * keeps running while the case waits for the correction (ADR 0036).
   */
  public void markCorrectionNoticeLate(String trackingNumber) {
    update("correction_notice_late = ?", trackingNumber, true);
  }

  /** Whether the case's correction notice went out after the 7 working days (ADR 0036). */
  public boolean correctionNoticeLate(String trackingNumber) {
    return jdbc.queryForList("SELECT correction_notice_late FROM ogi_case"
        + " WHERE tracking_number = ?", Boolean.class, trackingNumber).stream()
        .anyMatch(Boolean.TRUE::equals);
  }

  /**
   * The correction notice went out: the applicant's last day to correct is {@code dueOn} (Art.
   * 30, ADR 0071). A new notice starts its period afresh, without an earlier extension.
   */
  public void setCorrectionDue(String trackingNumber, LocalDate dueOn) {
    update("correction_due_on = ?, correction_extended_on = NULL, correction_extended_by = NULL,"
        + " correction_extension_reason = NULL", trackingNumber, Date.valueOf(dueOn));
  }

  /**
   * The office gave more time to correct (延长补正期限): the new last day, the day it was
   * granted, who granted it and the good reason (ADR 0071). A later extension replaces the
   * earlier one on the case.
   */
  /**
   * The points of the 补正申请告知书 as the office entered them (V81): the engine keeps the
   * variable masked (audit 30b F4), and the notice is issued later, asynchronously.
   */
  public void recordCorrectionPoints(String trackingNumber, String points) {
    update("correction_points = ?", trackingNumber, points);
  }

  /** The points kept by {@link #recordCorrectionPoints}; empty for a case from before V81. */
  public Optional<String> correctionPoints(String trackingNumber) {
    return keptText("correction_points", trackingNumber);
  }

  /**
   * The applicant's online correction as sent (V92, ADR 0129): the engine keeps the variable
   * masked; the office reads the full text on the applicant page. A later correction replaces it.
   */
  public void recordSupplementText(String trackingNumber, String text) {
    update("supplement_text = ?", trackingNumber, text);
  }

  /** The correction kept by {@link #recordSupplementText}; empty when none came online. */
  public Optional<String> supplementText(String trackingNumber) {
    return keptText("supplement_text", trackingNumber);
  }

  /** A text column kept whole for the office ({@code column} is ours, never a caller's). */
  private Optional<String> keptText(String column, String trackingNumber) {
    return jdbc.queryForList("SELECT " + column + " FROM ogi_case WHERE tracking_number = ?"
        + " AND " + column + " IS NOT NULL", String.class, trackingNumber).stream().findFirst();
  }

  public void extendCorrection(String trackingNumber, LocalDate dueOn, LocalDate extendedOn,
      String extendedBy, String reason) {
    update("correction_due_on = ?, correction_extended_on = ?, correction_extended_by = ?,"
        + " correction_extension_reason = ?", trackingNumber, Date.valueOf(dueOn),
        Date.valueOf(extendedOn), extendedBy, reason);
  }

  /** The last day to correct, counted again (a year's holiday notice). */
  public void moveCorrectionDue(String trackingNumber, LocalDate dueOn) {
    update("correction_due_on = ?", trackingNumber, Date.valueOf(dueOn));
  }

  /**
   * The correction period as the register holds it: the last day to correct (null: no notice,
   * or a notice sent before the register kept it, V51) and the latest extension (null fields:
   * never extended).
   */
  public record CorrectionPeriod(LocalDate dueOn, LocalDate extendedOn, String extendedBy,
      String extensionReason) {}

  /** The case's correction period, if the case is registered. */
  public Optional<CorrectionPeriod> correctionPeriod(String trackingNumber) {
    return jdbc.query("SELECT correction_due_on, correction_extended_on, correction_extended_by,"
        + " correction_extension_reason FROM ogi_case WHERE tracking_number = ?",
        (rs, i) -> new CorrectionPeriod(day(rs.getDate(1)), day(rs.getDate(2)), rs.getString(3),
            rs.getString(4)), trackingNumber).stream().findFirst();
  }

  public CaseRecord get(String trackingNumber) {
    return find(trackingNumber).orElseThrow(
        () -> new IllegalStateException("No case " + trackingNumber + " in the register"));
  }

  public void setStatus(String trackingNumber, Status status) {
    update("status = ?", trackingNumber, status.name());
  }

  public void setDueOn(String trackingNumber, LocalDate dueOn) {
    update("due_on = ?", trackingNumber, Date.valueOf(dueOn));
  }

  /**
   * The reply date a decision or judgment ordered for the running round (责令限期答复, ADR 0096,
   * 0101), or empty: a calendar date the body or court fixed, which no pause moves the deadline
   * past.
   */
  public Optional<LocalDate> orderedDueOn(String trackingNumber) {
    return jdbc.queryForList("SELECT ordered_due_on FROM ogi_case WHERE tracking_number = ?",
        Date.class, trackingNumber).stream().filter(java.util.Objects::nonNull)
        .map(Date::toLocalDate).findFirst();
  }

  /** Records the round's ordered reply date; null: the round has none (a reopening without). */
  public void setOrderedDueOn(String trackingNumber, LocalDate orderedDueOn) {
    update("ordered_due_on = ?", trackingNumber,
        orderedDueOn == null ? null : Date.valueOf(orderedDueOn));
  }

  /** The reply clock starts again on the day the correction arrived (handbook 2.3). */
  public void restartClock(String trackingNumber, LocalDate startedOn, LocalDate dueOn) {
    update("clock_started_on = ?, due_on = ?, status = ?", trackingNumber,
        Date.valueOf(startedOn), Date.valueOf(dueOn), Status.IN_PROGRESS.name());
  }

  /**
   * The extension (Art. 33) moves the deadline; the deadline it replaced is kept, so the
   * compliance queries can tell an extension approved after the deadline had passed.
   */
  public void extend(String trackingNumber, int days, LocalDate dueOn, LocalDate dueBefore) {
    update("due_before_extension = ?, extension_days = ?, due_on = ?", trackingNumber,
        Date.valueOf(dueBefore), days, Date.valueOf(dueOn));
  }

  public void setOutcome(String trackingNumber, String outcomeCode) {
    update("outcome_code = ?", trackingNumber, outcomeCode);
  }

  /**
   * A fee notice was issued today: the amount asked on the case, and the notice in the fee-notice
   * register, which section 六 of the annual report counts (a reopened case may get a second).
   */
  public void setFee(String trackingNumber, BigDecimal amount) {
    setFee(trackingNumber, amount, null, null, null);
  }

  /**
   * As {@link #setFee(String, BigDecimal)}, with how the amount was reached (scheme, the
   * request's number in its month or the pages) and the leader who approved it (null: no
   * approval was required), as the notice states them (ADR 0086).
   */
  public void setFee(String trackingNumber, BigDecimal amount, String scheme, Integer counted,
      String approvedBy) {
    update("fee_amount = ?", trackingNumber, amount);
    insertFeeNotice(trackingNumber, amount, scheme, counted, approvedBy);
  }

  private long insertFeeNotice(String trackingNumber, BigDecimal amount, String scheme,
      Integer counted, String approvedBy) {
    jdbc.update("INSERT INTO ogi_fee_notice (tracking_number, issued_on, amount, created_at,"
        + " scheme, counted, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?)", trackingNumber,
        Date.valueOf(OfficeTime.today()), amount, Timestamp.from(OfficeTime.now()), scheme,
        counted, approvedBy);
    return jdbc.queryForObject("SELECT MAX(id) FROM ogi_fee_notice WHERE tracking_number = ?",
        Long.class, trackingNumber);
  }

  /**
   * A fee notice as the register holds it. In force while neither superseded by a corrected
   * notice nor withdrawn (ADR 0086).
   */
  public record FeeNotice(long id, String trackingNumber, LocalDate issuedOn, BigDecimal amount,
      String scheme, Integer counted, String approvedBy, LocalDate servedOn, LocalDate dueOn,
      LocalDate paidOn, Long supersededBy, LocalDate withdrawnOn, String correctionReason) {

    public boolean inForce() {
      return supersededBy == null && withdrawnOn == null;
    }
  }

  private static final String FEE_NOTICE_COLUMNS = "id, tracking_number, issued_on, amount,"
      + " scheme, counted, approved_by, served_on, due_on, paid_on, superseded_by, withdrawn_on,"
      + " correction_reason";

  private static FeeNotice feeNotice(java.sql.ResultSet rs) throws java.sql.SQLException {
    long supersededBy = rs.getLong(11);
    boolean noSuccessor = rs.wasNull();
    int counted = rs.getInt(6);
    boolean noCount = rs.wasNull();
    return new FeeNotice(rs.getLong(1), rs.getString(2), day(rs.getDate(3)),
        rs.getBigDecimal(4), rs.getString(5), noCount ? null : counted, rs.getString(7),
        day(rs.getDate(8)), day(rs.getDate(9)), day(rs.getDate(10)),
        noSuccessor ? null : supersededBy, day(rs.getDate(12)), rs.getString(13));
  }

  /** The case's latest fee notice (the one a correction would replace), if it has one. */
  public Optional<FeeNotice> latestFeeNotice(String trackingNumber) {
    return jdbc.query("SELECT " + FEE_NOTICE_COLUMNS + " FROM ogi_fee_notice WHERE id ="
        + " (SELECT MAX(id) FROM ogi_fee_notice WHERE tracking_number = ?)",
        (rs, i) -> feeNotice(rs), trackingNumber).stream().findFirst();
  }

  /** The case's fee notices, oldest first. */
  public List<FeeNotice> feeNotices(String trackingNumber) {
    return jdbc.query("SELECT " + FEE_NOTICE_COLUMNS + " FROM ogi_fee_notice"
        + " WHERE tracking_number = ? ORDER BY id", (rs, i) -> feeNotice(rs), trackingNumber);
  }

  /**
   * 更正收费通知 (ADR 0086): a new notice for the lower amount, issued today, replaces {@code old};
   * its payment period starts when the applicant receives it. The case's amount is the new one.
   */
  public long supersedeFeeNotice(FeeNotice old, BigDecimal amount, Integer counted,
      String reason, String correctedBy) {
    update("fee_amount = ?", old.trackingNumber(), amount);
    long id = insertFeeNotice(old.trackingNumber(), amount, old.scheme(), counted, null);
    jdbc.update("UPDATE ogi_fee_notice SET superseded_by = ?, correction_reason = ?,"
        + " corrected_by = ? WHERE id = ?", id, reason, correctedBy, old.id());
    return id;
  }

  /** 撤销收费 (ADR 0086): the notice is withdrawn today; the case asks no fee any more. */
  public void withdrawFeeNotice(FeeNotice notice, LocalDate on, String reason,
      String correctedBy) {
    update("fee_amount = NULL", notice.trackingNumber());
    jdbc.update("UPDATE ogi_fee_notice SET withdrawn_on = ?, correction_reason = ?,"
        + " corrected_by = ? WHERE id = ?", Date.valueOf(on), reason, correctedBy, notice.id());
  }

  /**
   * The other cases of the same applicant as this one (the identity the per-request count of
   * {@link #requestNumberInMonth} uses), received in the given months, received ones only (not
   * an online submission unconfirmed or not confirmed, not a voided registration: audit 36a F2).
   */
  public List<String> sameApplicantCases(String trackingNumber, List<YearMonth> months) {
    List<String> found = new java.util.ArrayList<>();
    for (YearMonth month : months.stream().distinct().toList()) {
      found.addAll(jdbc.queryForList("""
          SELECT c.tracking_number FROM ogi_case c JOIN ogi_case mine ON mine.tracking_number = ?
          WHERE c.first_received_on >= ? AND c.first_received_on <= ?
            AND c.status NOT IN %s
            AND c.tracking_number <> mine.tracking_number
            AND ((mine.id_number IS NOT NULL AND c.id_type = mine.id_type
                  AND c.id_number = mine.id_number)
              OR (mine.id_number IS NULL AND c.id_number IS NULL
                  AND c.applicant_name = mine.applicant_name))
          ORDER BY c.tracking_number""".formatted(Status.NOT_RECEIVED_SQL), String.class,
          trackingNumber, Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth())));
    }
    return found.stream().distinct().sorted().toList();
  }

  /**
   * The fee was paid: on the case, and on the notice paid (the latest), whose amount section 六
   * of the annual report counts as collected (audit round 25 F3).
   */
  public void setFeePaid(String trackingNumber, LocalDate paidOn) {
    update("fee_paid_on = ?", trackingNumber, Date.valueOf(paidOn));
    jdbc.update("UPDATE ogi_fee_notice SET paid_on = ? WHERE id = (SELECT MAX(id)"
        + " FROM ogi_fee_notice WHERE tracking_number = ?)", Date.valueOf(paidOn), trackingNumber);
  }

  /**
   * The recorded payment date corrected: on the case and on the notice it paid (the latest paid
   * one; a case reopened before V56 may have a later, unpaid notice).
   */
  public void correctFeePaid(String trackingNumber, LocalDate paidOn) {
    update("fee_paid_on = ?", trackingNumber, Date.valueOf(paidOn));
    jdbc.update("UPDATE ogi_fee_notice SET paid_on = ? WHERE id = (SELECT MAX(id)"
        + " FROM ogi_fee_notice WHERE tracking_number = ? AND paid_on IS NOT NULL)",
        Date.valueOf(paidOn), trackingNumber);
  }

  /**
   * The reply was delivered. The first delivery or closing is also kept as the case's first
   * closing, which the annual report counts; a delivery after a reopening leaves it as it was.
   * The outcome recorded with it is the one the reply was drafted with ({@link #setOutcome}).
   */
  public void recordDelivery(String trackingNumber, String deliveredBy, LocalDate deliveredOn) {
    // Who recorded it and when (ADR 0161): the register names him after the history is gone.
    ActingStaff recorder = acting();
    update("delivered_by = ?, delivered_on = ?, closed_on = ?, status = ?,"
        + " delivery_recorded_by = ?, delivery_recorded_by_name = ?, delivery_recorded_at = ?, "
        + FIRST_CLOSING, trackingNumber, deliveredBy, Date.valueOf(deliveredOn),
        Date.valueOf(deliveredOn), Status.DELIVERED.name(), recorder.userId(), recorder.name(),
        Timestamp.from(OfficeTime.now()), null, Date.valueOf(deliveredOn));
  }

  /**
   * Closes a case without a reply (abandoned, fee unpaid); the first closing as above. The
   * termination notice's service is then to be recorded (送达终止告知书, ADR 0067): what an
   * earlier closing of the case recorded of it is cleared.
   */
  public void close(String trackingNumber, String outcomeCode, LocalDate closedOn) {
    update("outcome_code = ?, closed_on = ?, status = ?, termination_service_due = TRUE,"
        + " termination_served_by = NULL, termination_served_on = NULL,"
        + " termination_signed_for_on = NULL, termination_recorded_by = NULL,"
        + " termination_recorded_by_name = NULL, " + FIRST_CLOSING, trackingNumber,
        outcomeCode, Date.valueOf(closedOn), Status.CLOSED.name(), outcomeCode,
        Date.valueOf(closedOn));
  }

  /**
   * The service of the termination notice of a case closed without a reply (ADR 0067): 送达方式
   * (the reply's vocabulary), the day it was handed over, sent or posted, and the day the
   * applicant signed for it (null: not known yet). {@code due}: the case was closed after this
   * was recorded at all (V48); false for cases closed before, whose periods count from the
   * closing day.
   */
  public record TerminationService(LocalDate closedOn, boolean due, String servedBy,
      LocalDate servedOn, LocalDate signedForOn) {

    /**
     * The day the applicant's appeal periods run from (handbook §2.13, ARL Art. 20, ALL
     * Art. 46): the closing day for a case closed before V48; else, as for a reply, the usable
     * signed-for day, the day served (in person, e-mail, online), or none (null) while the
     * service is not recorded or, by post, the signed-for day is not
     * ({@link CaseRegister#awaitsSignedFor(String, LocalDate, LocalDate)}).
     */
    public LocalDate receivedOn() {
      if (!due) {
        return closedOn;
      }
      if (servedOn == null) {
        return null;
      }
      LocalDate signedFor = usableSignedFor(servedOn, signedForOn);
      if (signedFor != null) {
        return signedFor;
      }
      return awaitsSignedFor(servedBy, servedOn, null) ? null : servedOn;
    }

    /** The earliest day the periods can run from: the posting or hand-over, else the closing. */
    public LocalDate earliestReceipt() {
      LocalDate received = receivedOn();
      return received != null ? received : servedOn != null ? servedOn : closedOn;
    }
  }

  /** The termination notice's service of a closed case, as recorded (ADR 0067). */
  public Optional<TerminationService> terminationService(String trackingNumber) {
    return jdbc.query("SELECT closed_on, termination_service_due, termination_served_by,"
        + " termination_served_on, termination_signed_for_on FROM ogi_case"
        + " WHERE tracking_number = ? AND status = ?", (rs, i) -> new TerminationService(
            day(rs.getDate(1)), rs.getBoolean(2), rs.getString(3), day(rs.getDate(4)),
            day(rs.getDate(5))), trackingNumber, Status.CLOSED.name()).stream().findFirst();
  }

  /**
   * Whether the case was closed without a reply after V48 (its termination notice's service to
   * be recorded, ADR 0067) and is no longer closed: a correction (纠正) reopened it, setting the
   * closing aside. What was recorded of that notice's service stays in the row (ADR 0069).
   */
  public boolean terminationSuperseded(String trackingNumber) {
    return !jdbc.queryForList("SELECT tracking_number FROM ogi_case WHERE tracking_number = ?"
        + " AND termination_service_due = TRUE AND status <> ?", String.class, trackingNumber,
        Status.CLOSED.name()).isEmpty();
  }

  /**
   * Records the termination notice's service (送达终止告知书, ADR 0067), checked by the caller;
   * a later round of the task (the signed-for day of a posted notice) writes all three again.
   */
  public void recordTerminationService(String trackingNumber, String servedBy,
      LocalDate servedOn, LocalDate signedForOn) {
    update("termination_served_by = ?, termination_served_on = ?, termination_signed_for_on = ?",
        trackingNumber, servedBy, Date.valueOf(servedOn),
        signedForOn == null ? null : Date.valueOf(signedForOn));
  }

  /**
   * Records the authenticated staff member as the one who recorded the termination notice's
   * service (ADR 0161), at its first recording; a later round (the signed-for day) or a date
   * correction leaves him.
   */
  public void recordTerminationServiceRecorder(String trackingNumber) {
    ActingStaff recorder = acting();
    update("termination_recorded_by = ?, termination_recorded_by_name = ?", trackingNumber,
        recorder.userId(), recorder.name());
  }

  /**
   * Whether a case closed without a reply waits for the applicant's receipt of its termination
   * notice: the service is not recorded, or it was posted and the signed-for day is not; its
   * appeal periods are then not running as far as the register knows (待确认签收).
   */
  public boolean awaitsTerminationReceipt(String trackingNumber) {
    return terminationService(trackingNumber).map(s -> s.receivedOn() == null).orElse(false);
  }

  /**
   * The applicant's withdrawal of the request (撤回申请, ADR 0085) as recorded: the day it reached
   * the office, how it was made ({@code vocabulary/WithdrawalForm}), the reason given (null:
   * none), who recorded it ({@code recordedByName}: his name at the time, V109, ADR 0153; null
   * for a withdrawal recorded before) and when.
   */
  public record Withdrawal(LocalDate withdrawnOn, String form, String reason, String recordedBy,
      java.time.Instant recordedAt, LocalDate roundStartedOn, Long setAsideBy,
      LocalDate setAsideOn, String recordedByName) {

    /**
     * Whether the withdrawal still ends the case: not set aside by a correction (纠正) that
     * reopened the request (ADR 0099). A withdrawal set aside stays recorded (its day is the
     * case's first closing), but the case is handled again.
     */
    public boolean inForce() {
      return setAsideBy == null;
    }
  }

  /**
   * A voided registration (ADR 0119): when, why, the case it duplicates, who and who approved;
   * their names at the act (V116, ADR 0161; null for a void recorded before).
   */
  public record Voiding(LocalDate voidedOn, String reason, String duplicateOf, String proposedBy,
      String approvedBy, String proposedByName, String approvedByName) {

    /**
     * What the applicant is told on the status page and in place of a 受理回执 when the office
     * gave them a query code for the number before it was voided (ADR 0170, 0177; audit 36a F5):
     * the day, that it was an error, no reply under the number, and the number a duplicate's
     * application is handled under. Not the staff's reason: it is an internal note and may name
     * another applicant whose paper was mistaken for this one.
     */
    public String applicantText() {
      return "本次登记已作废：本机关于" + ChineseDateText.of(voidedOn) + "经审批，将本受理编号的登记"
          + "作为登记错误作废" + (duplicateOf == null ? "" : "（与受理编号" + duplicateOf
              + "为同一份申请的重复登记）")
          + "。本受理编号不再办理，不作答复" + (duplicateOf == null
              ? "；如有疑问，请与本机关政府信息公开工作机构联系。"
              : "；该申请按受理编号" + duplicateOf + "办理。");
    }
  }

  /**
   * Voids a counter registration made in error (ADR 0119): only a case still 已登记受理 (the
   * caller has checked the rest under the case's row lock). False when the case is no longer so.
   */
  public boolean voidRegistration(String trackingNumber, LocalDate voidedOn, String reason,
      String duplicateOf, String proposedBy, String approvedBy) {
    return jdbc.update("UPDATE ogi_case SET status = ?, voided_on = ?, void_reason = ?,"
        + " void_duplicate_of = ?, void_proposed_by = ?, void_approved_by = ?,"
        + " void_proposed_by_name = ?, void_approved_by_name = ?, updated_at = ?"
        + " WHERE tracking_number = ? AND status = ?", Status.VOIDED.name(),
        Date.valueOf(voidedOn), reason, duplicateOf, proposedBy, approvedBy,
        ActingStaff.nameOf(identity, proposedBy), ActingStaff.nameOf(identity, approvedBy),
        Timestamp.from(OfficeTime.now()), trackingNumber, Status.REGISTERED.name()) == 1;
  }

  /**
   * An online submission the office did not confirm (不予确认, ADR 0158): when, the kind (a
   * {@code NotConfirmedKind} name), why, the application it repeats, who.
   */
  public record NotConfirmation(LocalDate on, String kind, String reason, String duplicateOf,
      String by) {

    /**
     * What the applicant is told (status page, in place of a 受理回执): the day, the kind, the
     * reason, and for a duplicate the number under which the application is handled.
     */
    public String applicantText() {
      return "本机关于" + ChineseDateText.of(on) + "对本次网上提交不予确认（"
          + io.github.ogiworkflow.vocabulary.NotConfirmedKind.labelOf(kind)
          + (duplicateOf == null ? "" : "，与" + duplicateOf + "为同一申请") + "）：" + reason
          + "。本次提交不作为政府信息公开申请受理，不出具受理回执，也不予答复"
          + (duplicateOf == null ? "；如需申请政府信息公开，请重新提交申请。"
              : "；该申请按受理编号" + duplicateOf + "办理。");
    }
  }

  /**
   * Records 不予确认 on an online submission still SUBMITTED (the caller has checked the rest):
   * false when it is no longer so.
   */
  public boolean notConfirm(String trackingNumber, NotConfirmation n) {
    return jdbc.update("UPDATE ogi_case SET status = ?, not_confirmed_on = ?,"
        + " not_confirmed_kind = ?, not_confirmed_reason = ?, not_confirmed_duplicate_of = ?,"
        + " not_confirmed_by = ?, updated_at = ? WHERE tracking_number = ? AND status = ?",
        Status.NOT_CONFIRMED.name(), Date.valueOf(n.on()), n.kind(), n.reason(), n.duplicateOf(),
        n.by(), Timestamp.from(OfficeTime.now()), trackingNumber, Status.SUBMITTED.name()) == 1;
  }

  /** The submission's 不予确认, if the office recorded one (ADR 0158). */
  public Optional<NotConfirmation> notConfirmation(String trackingNumber) {
    return jdbc.query("SELECT not_confirmed_on, not_confirmed_kind, not_confirmed_reason,"
        + " not_confirmed_duplicate_of, not_confirmed_by FROM ogi_case"
        + " WHERE tracking_number = ? AND not_confirmed_on IS NOT NULL",
        (rs, i) -> new NotConfirmation(day(rs.getDate(1)), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5)), trackingNumber).stream().findFirst();
  }

  /** Whether two cases name the same applicant (same identity document, or same name without). */
  public boolean sameApplicant(String one, String other) {
    Integer n = jdbc.queryForObject("""
        SELECT COUNT(*) FROM ogi_case a JOIN ogi_case b ON b.tracking_number = ?
        WHERE a.tracking_number = ?
          AND ((a.id_number IS NOT NULL AND a.id_type = b.id_type AND a.id_number = b.id_number)
            OR (a.id_number IS NULL AND b.id_number IS NULL
              AND a.applicant_name = b.applicant_name))""", Integer.class, other, one);
    return n != null && n > 0;
  }

  /** The case's voiding, if it was voided (ADR 0119). */
  public Optional<Voiding> voiding(String trackingNumber) {
    return jdbc.query("SELECT voided_on, void_reason, void_duplicate_of, void_proposed_by,"
        + " void_approved_by, void_proposed_by_name, void_approved_by_name FROM ogi_case"
        + " WHERE tracking_number = ? AND voided_on IS NOT NULL",
        (rs, i) -> new Voiding(day(rs.getDate(1)), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), trackingNumber)
        .stream().findFirst();
  }

  /**
   * Refuses {@code what} (a Chinese phrase, e.g. 更正日期) on a voided registration (ADR 0119,
   * 0128): 400 on {@code field} naming the voiding's day and that it was an error. Nothing under such a number
   * went to the applicant, so there is no date of the case to correct and no act to appeal; the
   * number stays used and no report reads its dates. Callers check it before writing anything.
   */
  public void requireNotVoided(String trackingNumber, String field, String what) {
    voiding(trackingNumber).ifPresent(v -> {
      throw new InvalidInput(field + ": the registration was voided on " + v.voidedOn()
          + " as made in error（本案已于" + ChineseDateText.of(v.voidedOn())
          + "经领导审批作为登记错误作废，未向申请人出具任何文书，该编号不再办理，不能" + what + "）");
    });
  }

  /** The channel a case came in by (ONLINE, IN_PERSON, …), if the case exists. */
  public Optional<String> channel(String trackingNumber) {
    return jdbc.queryForList("SELECT channel FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber).stream().findFirst();
  }

  /**
   * The case's withdrawal, if one is recorded, in force or set aside by a correction ({@link
   * Withdrawal#inForce}).
   */
  public Optional<Withdrawal> withdrawal(String trackingNumber) {
    return jdbc.query("SELECT withdrawn_on, withdrawal_form, withdrawal_reason,"
        + " withdrawal_recorded_by, withdrawal_recorded_at, withdrawal_round_started_on,"
        + " withdrawal_set_aside_by, withdrawal_set_aside_on, withdrawal_recorded_by_name"
        + " FROM ogi_case"
        + " WHERE tracking_number = ? AND withdrawn_on IS NOT NULL", (rs, i) -> new Withdrawal(
            day(rs.getDate(1)), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
            day(rs.getDate(6)), (Long) rs.getObject(7, Long.class), day(rs.getDate(8)),
            rs.getString(9)),
        trackingNumber).stream().findFirst();
  }

  /**
   * The case's earlier withdrawals, oldest first: each set aside by a correction (纠正) that
   * reopened the request and followed by a later withdrawal in the new round (ADR 0105; V73).
   * The first of them (when there is one) is the case's first closing, 6.3. {@link #withdrawal}
   * is the latest.
   */
  public List<Withdrawal> earlierWithdrawals(String trackingNumber) {
    return jdbc.query("SELECT withdrawn_on, withdrawal_form, withdrawal_reason, recorded_by,"
        + " recorded_at, round_started_on, set_aside_by, set_aside_on, recorded_by_name"
        + " FROM ogi_earlier_withdrawal"
        + " WHERE tracking_number = ? ORDER BY withdrawn_on, id", (rs, i) -> new Withdrawal(
            day(rs.getDate(1)), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
            day(rs.getDate(6)), rs.getLong(7), day(rs.getDate(8)), rs.getString(9)),
        trackingNumber);
  }

  /**
   * The appeals whose correction set one of the case's withdrawals aside and reopened the
   * request (ADR 0099, 0105), whatever act they challenged: an order to reply on a withdrawn
   * request reopens it as a correction of its termination does.
   */
  public List<Long> withdrawalsSetAsideBy(String trackingNumber) {
    return jdbc.queryForList("SELECT withdrawal_set_aside_by FROM ogi_case WHERE"
        + " tracking_number = ? AND withdrawal_set_aside_by IS NOT NULL UNION SELECT set_aside_by"
        + " FROM ogi_earlier_withdrawal WHERE tracking_number = ?", Long.class, trackingNumber,
        trackingNumber);
  }

  /** The case's withdrawal while it ends the case (not set aside, ADR 0099). */
  public Optional<Withdrawal> withdrawalInForce(String trackingNumber) {
    return withdrawal(trackingNumber).filter(Withdrawal::inForce);
  }

  /**
   * A correction (纠正) of the withdrawn case reopened it (ADR 0099, handbook §3): the withdrawal
   * is set aside by appeal {@code appealId}, decided on {@code decidedOn}; the new round runs in
   * {@code processInstanceId}. The withdrawal, the closing day and the first closing (6.3, which
   * the annual report counts) stay as recorded; the new round restarts the clock
   * (intake/ReopenDelegates). The caller holds the row lock ({@link #lock}).
   *
   * <p>The request returns to where the withdrawal found it, {@code foundAt} (ADR 0109, 0120):
   * the completeness check ({@link Status#REGISTERED}), the applicant's correction
   * ({@link Status#AWAITING_CORRECTION}) or handling; the new round's 重新办理 reads this status
   * to decide where it goes on.
   */
  public void setWithdrawalAside(String trackingNumber, long appealId, LocalDate decidedOn,
      String processInstanceId, Status foundAt) {
    update("withdrawal_set_aside_by = ?, withdrawal_set_aside_on = ?, process_instance_id = ?,"
        + " status = ?", trackingNumber, appealId, Date.valueOf(decidedOn), processInstanceId,
        foundAt.name());
  }

  /**
   * The case's status when its latest withdrawal was entered (V74), which the closing
   * overwrote; empty for a withdrawal entered before V74 or none.
   */
  public Optional<String> withdrawalStatus(String trackingNumber) {
    return jdbc.queryForList("SELECT withdrawal_status FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  /**
   * Records the withdrawal, checked by the caller (intake/Withdrawals) under the case's row lock;
   * the closing follows in the same transaction ({@link #closeWithdrawn}). {@code dueOn}: the
   * reply deadline in force on the recording day (null: the clock did not run), {@code late}:
   * it had passed by then. {@code recordedByName}: the recorder's name at the act (V109, ADR
   * 0153), null if unknown.
   */
  public void recordWithdrawal(String trackingNumber, LocalDate withdrawnOn, String form,
      String reason, String recordedBy, String recordedByName, LocalDate dueOn, boolean late) {
    // A withdrawal in the round a correction opened (ADR 0105): the earlier one, set aside by
    // that correction, moves to ogi_earlier_withdrawal as it is (V73), and the case's columns
    // take the new one. Only a set-aside withdrawal moves: one in force refuses a second
    // (intake/Withdrawals), and the caller holds the row lock.
    jdbc.update("INSERT INTO ogi_earlier_withdrawal (tracking_number, withdrawn_on,"
        + " withdrawal_form, withdrawal_reason, recorded_by, recorded_at, due_on, late,"
        + " round_started_on, set_aside_by, set_aside_on, status, moved_at, recorded_by_name)"
        + " SELECT tracking_number, withdrawn_on, withdrawal_form, withdrawal_reason,"
        + " withdrawal_recorded_by, withdrawal_recorded_at, withdrawal_due_on, withdrawal_late,"
        + " withdrawal_round_started_on, withdrawal_set_aside_by, withdrawal_set_aside_on,"
        + " withdrawal_status, ?, withdrawal_recorded_by_name"
        + " FROM ogi_case WHERE tracking_number = ? AND withdrawn_on IS NOT NULL"
        + " AND withdrawal_set_aside_by IS NOT NULL", Timestamp.from(OfficeTime.now()),
        trackingNumber);
    // The deadline state at the withdrawal (V68, ADR 0097): the closing must not erase it.
    update("withdrawn_on = ?, withdrawal_form = ?, withdrawal_reason = ?,"
        + " withdrawal_recorded_by = ?, withdrawal_recorded_by_name = ?,"
        + " withdrawal_recorded_at = ?, withdrawal_due_on = ?,"
        // The start of the round the withdrawal ends (V69): a reopening overwrites the clock.
        + " withdrawal_late = ?, withdrawal_round_started_on = clock_started_on,"
        // Where the withdrawal found the request (V74, ADR 0109): a correction that sets it
        // aside returns the request there; the closing overwrites the status.
        + " withdrawal_status = status,"
        + " withdrawal_set_aside_by = NULL, withdrawal_set_aside_on = NULL", trackingNumber,
        Date.valueOf(withdrawnOn), form, reason, recordedBy, recordedByName,
        Timestamp.from(OfficeTime.now()), dueOn == null ? null : Date.valueOf(dueOn), late);
  }

  /**
   * Closes a withdrawn case: outcome 6.3 (（六）其他处理 3.其他, handbook §4), closed on the day the
   * withdrawal reached the office, the first closing as for any other. The confirming 终止办理告知书
   * starts no appeal period (the applicant asked for the end; ADR 0085), so no service is to be
   * recorded: termination_service_due stays FALSE, and any period counts from the closing.
   */
  public void closeWithdrawn(String trackingNumber, String outcomeCode, LocalDate closedOn) {
    update("outcome_code = ?, closed_on = ?, status = ?, termination_service_due = FALSE,"
        + " termination_served_by = NULL, termination_served_on = NULL,"
        + " termination_signed_for_on = NULL, " + FIRST_CLOSING, trackingNumber,
        outcomeCode, Date.valueOf(closedOn), Status.CLOSED.name(), outcomeCode,
        Date.valueOf(closedOn));
  }

  /**
   * Sets first_outcome_code and first_closed_on once (parameters: the outcome, or null for the
   * one already on the case, then the closing date). Both read the row's old first_closed_on,
   * so a later closing changes neither.
   */
  private static final String FIRST_CLOSING = """
      first_outcome_code = CASE WHEN first_closed_on IS NULL
        THEN COALESCE(CAST(? AS VARCHAR(8)), outcome_code) ELSE first_outcome_code END,
      first_closed_on = COALESCE(first_closed_on, ?)""";

  /**
   * This request's number among the requests of its applicant in the calendar month of its
   * receipt, counted by receipt date and only up to and including this one (the fee scale per
   * request of 109号, handbook 2.12): requests received later in the month do not count, nor do
   * online submissions not yet received (Art. 31) or not confirmed (ADR 0158), nor registrations
   * voided as made in error (ADR 0119: never an application; audit 36a F2). Requests received on
   * the same day count in the order they were registered (tracking number). The same applicant
   * is the same identity document, or, for applicants registered without one, the same name.
   * Read from the register, where the identity number lives (it is kept out of process
   * variables).
   */
  public int requestNumberInMonth(String trackingNumber) {
    CaseRecord mine = get(trackingNumber);
    YearMonth month = YearMonth.from(mine.firstReceivedOn());
    Integer count = jdbc.queryForObject("""
        SELECT COUNT(*) FROM ogi_case c JOIN ogi_case mine ON mine.tracking_number = ?
        WHERE c.first_received_on >= ? AND c.first_received_on <= ?
          AND c.status NOT IN %s
          AND (c.first_received_on < mine.first_received_on
            OR (c.first_received_on = mine.first_received_on
                AND c.tracking_number <= mine.tracking_number))
          AND ((mine.id_number IS NOT NULL AND c.id_type = mine.id_type
                AND c.id_number = mine.id_number)
            OR (mine.id_number IS NULL AND c.id_number IS NULL
                AND c.applicant_name = mine.applicant_name))""".formatted(Status.NOT_RECEIVED_SQL),
        Integer.class, trackingNumber, Date.valueOf(month.atDay(1)),
        Date.valueOf(mine.firstReceivedOn()));
    return count == null ? 0 : count;
  }

  // ---- dates corrected by the office (issue 14, point 11)

  /** The dates of a case the office may correct, as the register holds them (null: none yet). */
  public record CaseDates(String trackingNumber, String processInstanceId, String status,
      LocalDate firstReceivedOn, LocalDate clockStartedOn, LocalDate dueOn,
      LocalDate deliveredOn, LocalDate closedOn, LocalDate firstClosedOn, LocalDate feePaidOn,
      LocalDate replyReceivedOn) {}

  public Optional<CaseDates> dates(String trackingNumber) {
    return jdbc.query("""
        SELECT tracking_number, process_instance_id, status, first_received_on,
          clock_started_on, due_on, delivered_on, closed_on, first_closed_on, fee_paid_on,
          reply_received_on
        FROM ogi_case WHERE tracking_number = ?""",
        (rs, i) -> new CaseDates(rs.getString(1), rs.getString(2), rs.getString(3),
            day(rs.getDate(4)), day(rs.getDate(5)), day(rs.getDate(6)), day(rs.getDate(7)),
            day(rs.getDate(8)), day(rs.getDate(9)), day(rs.getDate(10)), day(rs.getDate(11))),
        trackingNumber).stream().findFirst();
  }

  /**
   * The applicant received the case's latest fee notice on this day: the 20 working days to pay
   * run from it (Art. 42, 国办函〔2020〕109号) and end on {@code dueOn}, the last day to pay.
   */
  public void setFeeNoticeServed(String trackingNumber, LocalDate servedOn, LocalDate dueOn) {
    jdbc.update("UPDATE ogi_fee_notice SET served_on = ?, due_on = ? WHERE id = (SELECT MAX(id)"
        + " FROM ogi_fee_notice WHERE tracking_number = ?)", Date.valueOf(servedOn),
        Date.valueOf(dueOn), trackingNumber);
  }

  /**
   * The office gave more time to pay the case's latest fee notice (延长缴费期限): the new last day
   * to pay, the day it was granted, who granted it and the good reason (ADR 0065). A later
   * extension replaces the earlier one on the notice.
   */
  public void extendFeePayment(String trackingNumber, LocalDate dueOn, LocalDate extendedOn,
      String extendedBy, String reason) {
    jdbc.update("UPDATE ogi_fee_notice SET due_on = ?, extended_on = ?, extended_by = ?,"
        + " extension_reason = ? WHERE id = (SELECT MAX(id) FROM ogi_fee_notice"
        + " WHERE tracking_number = ?)", Date.valueOf(dueOn), Date.valueOf(extendedOn),
        extendedBy, reason, trackingNumber);
  }

  /** The last day to pay the latest fee notice, counted again (a year's holiday notice). */
  public void moveFeeDue(String trackingNumber, LocalDate dueOn) {
    jdbc.update("UPDATE ogi_fee_notice SET due_on = ? WHERE id = (SELECT MAX(id)"
        + " FROM ogi_fee_notice WHERE tracking_number = ?)", Date.valueOf(dueOn), trackingNumber);
  }

  /**
   * The payment period of a fee notice as the register holds it: served (null: not recorded),
   * the last day to pay (null: not served, or served before the register kept it, V45), and
   * the latest extension (null fields: never extended).
   */
  public record FeePeriod(LocalDate servedOn, LocalDate dueOn, LocalDate extendedOn,
      String extendedBy, String extensionReason) {}

  /** The payment period of the case's latest fee notice, if the case has one. */
  public Optional<FeePeriod> latestFeePeriod(String trackingNumber) {
    return jdbc.query("SELECT served_on, due_on, extended_on, extended_by, extension_reason"
        + " FROM ogi_fee_notice WHERE id = (SELECT MAX(id) FROM ogi_fee_notice"
        + " WHERE tracking_number = ?)", (rs, i) -> new FeePeriod(day(rs.getDate(1)),
            day(rs.getDate(2)), day(rs.getDate(3)), rs.getString(4), rs.getString(5)),
        trackingNumber).stream().findFirst();
  }

  /** The day the applicant received the case's latest fee notice, if recorded. */
  public Optional<LocalDate> latestFeeNoticeServedOn(String trackingNumber) {
    return jdbc.queryForList("SELECT served_on FROM ogi_fee_notice WHERE id = (SELECT MAX(id)"
        + " FROM ogi_fee_notice WHERE tracking_number = ?)", Date.class, trackingNumber).stream()
        .filter(java.util.Objects::nonNull).map(Date::toLocalDate).findFirst();
  }

  /** The day the latest fee notice of the case was issued, if any. */
  public Optional<LocalDate> latestFeeNoticeIssuedOn(String trackingNumber) {
    return jdbc.queryForList("SELECT MAX(issued_on) FROM ogi_fee_notice WHERE tracking_number = ?",
        Date.class, trackingNumber).stream().filter(java.util.Objects::nonNull)
        .map(Date::toLocalDate).findFirst();
  }

  /** Cases waiting for the applicant's correction (补正), for their correction period. */
  public List<CaseDates> awaitingCorrection() {
    return jdbc.queryForList("SELECT tracking_number FROM ogi_case WHERE status = ?"
        + " ORDER BY tracking_number", String.class, Status.AWAITING_CORRECTION.name()).stream()
        .map(tn -> dates(tn).orElseThrow()).toList();
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  /**
   * A delivery date entered wrongly: the delivery, and the closing and first closing that were
   * recorded with it (the same day), move to the corrected day; the annual report counts the
   * case by its first closing.
   */
  public void correctDeliveredOn(String trackingNumber, LocalDate oldDay, LocalDate newDay) {
    Date old = Date.valueOf(oldDay);
    Date corrected = Date.valueOf(newDay);
    update("delivered_on = ?, closed_on = CASE WHEN closed_on = ? THEN ? ELSE closed_on END,"
        + " first_closed_on = CASE WHEN first_closed_on = ? THEN ? ELSE first_closed_on END",
        trackingNumber, corrected, old, corrected, old, corrected);
  }

  /**
   * A receipt date entered wrongly: the receipt, and the clock's start when it ran from the
   * receipt (no correction received since), with the due date counted again by the caller.
   */
  public void correctReceivedOn(String trackingNumber, LocalDate oldDay, LocalDate newDay,
      LocalDate dueOn) {
    Date old = Date.valueOf(oldDay);
    Date corrected = Date.valueOf(newDay);
    // The start of the round a withdrawal ended (V69) moves with the clock it was taken from.
    update("first_received_on = ?, clock_started_on = CASE WHEN clock_started_on = ? THEN ?"
        + " ELSE clock_started_on END, withdrawal_round_started_on = CASE WHEN"
        + " withdrawal_round_started_on = ? THEN ? ELSE withdrawal_round_started_on END,"
        + " due_on = ?", trackingNumber, corrected, old, corrected, old, corrected,
        Date.valueOf(dueOn));
  }

  /**
   * A corrected withdrawal date (ADR 0097): the withdrawal, and the closing and first closing
   * it made (those still on the old day; a later closing is not the withdrawal's). A withdrawal
   * after an earlier one was set aside (ADR 0105) never made the first closing: that stays.
   */
  public void correctWithdrawnOn(String trackingNumber, LocalDate oldDay, LocalDate newDay) {
    Date old = Date.valueOf(oldDay);
    Date corrected = Date.valueOf(newDay);
    update("withdrawn_on = ?, closed_on = CASE WHEN closed_on = ? THEN ? ELSE closed_on END,"
        + " first_closed_on = CASE WHEN first_closed_on = ? AND NOT EXISTS (SELECT 1 FROM"
        + " ogi_earlier_withdrawal e WHERE e.tracking_number = ogi_case.tracking_number) THEN ?"
        + " ELSE first_closed_on END",
        trackingNumber, corrected, old, corrected, old, corrected);
  }

  // ---- appeals (issue 14) and the audit trail (issue 17: the register's only writer)

  /** The case is closed for good: every appeal window has passed (终结). */
  public void markFinal(String trackingNumber, LocalDate finalOn) {
    update("final_on = ?", trackingNumber, Date.valueOf(finalOn));
  }

  /**
   * A correction reopened the case after its handling had ended (audit 37a F1): the new round's
   * instance, and no 终结归档 day until that round's window runs out.
   */
  public void reopenEnded(String trackingNumber, String processInstanceId) {
    update("process_instance_id = ?, final_on = NULL", trackingNumber, processInstanceId);
  }

  /** The day the case was closed for good, or null while an appeal is still possible. */
  public LocalDate finalOn(String trackingNumber) {
    return jdbc.queryForList("SELECT final_on FROM ogi_case WHERE tracking_number = ?",
        Date.class, trackingNumber).stream().filter(java.util.Objects::nonNull)
        .map(Date::toLocalDate).findFirst().orElse(null);
  }

  /**
   * 5.3 (要求提供公开出版物): where and how the applicant can obtain the publication, which the
   * reply tells them (Art. 39(2)); null clears it.
   */
  public void setPublicationSource(String trackingNumber, String source) {
    update("publication_source = ?", trackingNumber, source);
  }

  /** The publication's 获取途径 entered for a 5.3 case, or null. */
  public String publicationSource(String trackingNumber) {
    return jdbc.queryForList("SELECT publication_source FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber).stream().filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
  }

  /**
   * What the applicant asked for (Art. 29): 载体形式 (PAPER, ELECTRONIC) and 获取方式 (PICK_UP,
   * POST, EMAIL, ONLINE) as registered, and whether the request has a query code (submitted
   * online), with which the public page offers the released files after delivery.
   */
  public record RequestedDelivery(String deliveryForm, String deliveryMethod,
      boolean queryCode, boolean emailOnRecord, boolean addressOnRecord) {

    /**
     * Whether the register holds what the way asked for needs (an e-mail, an address, a query
     * code): a case registered before the counter checked it may not.
     */
    public boolean reachable() {
      return reaches(deliveryMethod);
    }

    /**
     * Whether the applicant asked to get the reply online (网上获取 or 电子邮件): only then does
     * the public page offer the reply and the released files for download, so only then can a
     * reply be served online (audit 34a F2).
     */
    public boolean asksOnline() {
      return "ONLINE".equals(deliveryMethod) || "EMAIL".equals(deliveryMethod);
    }

    /** Whether the register holds what serving a letter by {@code method} needs. */
    public boolean reaches(String method) {
      return switch (method == null ? "" : method) {
        case "EMAIL" -> emailOnRecord;
        case BY_POST -> addressOnRecord;
        case "ONLINE" -> queryCode;
        default -> true;
      };
    }
  }

  public Optional<RequestedDelivery> requestedDelivery(String trackingNumber) {
    return jdbc.query("""
        SELECT c.delivery_form, c.delivery_method,
          (SELECT COUNT(*) FROM ogi_online_access a WHERE a.tracking_number = c.tracking_number),
          c.contact_email, c.contact_address
        FROM ogi_case c WHERE c.tracking_number = ?""",
        (rs, i) -> new RequestedDelivery(rs.getString(1), rs.getString(2), rs.getInt(3) > 0,
            !isBlank(rs.getString(4)), !isBlank(rs.getString(5))),
        trackingNumber).stream().findFirst();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * 5.2 (重复申请): the same applicant's earlier, answered request this case repeats (Art.
   * 36(六)), which the reply names; null clears it.
   */
  public void setRepeatOf(String trackingNumber, String earlierTrackingNumber) {
    update("repeat_of = ?", trackingNumber, earlierTrackingNumber);
  }

  /**
   * 5.5: which fact the reply states, ANSWERED (the earlier request in repeat_of) or OBTAINED;
   * null clears it, and on replies drafted before the choice existed (ADR 0064).
   */
  public void setConfirmationBasis(String trackingNumber, String basis) {
    update("confirmation_basis = ?", trackingNumber, basis);
  }

  /** The fact a 5.5 reply states, or null. */
  public String confirmationBasis(String trackingNumber) {
    return jdbc.queryForList("SELECT confirmation_basis FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber).stream().filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
  }

  /** The earlier request a 5.2 case repeats, or a 5.5 case's earlier answer, or null. */
  public String repeatOf(String trackingNumber) {
    return jdbc.queryForList("SELECT repeat_of FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber).stream().filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
  }

  /**
   * What a repeat is compared by (Art. 36(六)): who asked, when it was received, and when the
   * reply was delivered (null: not answered).
   */
  /**
   * What an earlier request's register says for 5.2 and 5.5 (Art. 36(六)): who asked, when it
   * was answered, with which outcome (the latest round's), the request a 5.2 or 5.5 named, and
   * the status (a reopened round is IN_PROGRESS).
   */
  public record RequestAnswer(String trackingNumber, String applicantName, String idType,
      String idNumber, LocalDate firstReceivedOn, LocalDate deliveredOn, String outcomeCode,
      String repeatOf, String status) {}

  public Optional<RequestAnswer> requestAnswer(String trackingNumber) {
    return jdbc.query("""
        SELECT tracking_number, applicant_name, id_type, id_number, first_received_on,
          delivered_on, outcome_code, repeat_of, status
        FROM ogi_case WHERE tracking_number = ?""",
        (rs, i) -> new RequestAnswer(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getDate(5).toLocalDate(),
            rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7),
            rs.getString(8), rs.getString(9)),
        trackingNumber).stream().findFirst();
  }

  /** The applicant received the reply on this day (post: signed for); periods run from it. */
  public void recordReplyReceipt(String trackingNumber, LocalDate receivedOn) {
    update("reply_received_on = ?", trackingNumber,
        receivedOn == null ? null : Date.valueOf(receivedOn));
  }

  /** 送达方式 of a reply sent by post (邮寄送达): served on the day the applicant signs for it. */
  public static final String BY_POST = "POST";

  /**
   * Calendar days a posted reply's return receipt may take: after them without a signed-for
   * date the office gets the task 跟进邮寄回执 (ADR 0061) and the compliance list shows the case
   * (邮寄送达未登记签收).
   */
  public static final int SIGNED_FOR_FOLLOW_UP_DAYS = 30;

  /** What the office reported of a posted reply's missing return receipt (V42, ADR 0061). */
  public enum PostReceiptMissing {
    LOST("回执遗失"), RETURNED("邮件被退回");

    private final String label;

    PostReceiptMissing(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The office reports the posted reply's return receipt lost or the letter returned: recorded
   * with the day; the case still waits for a signed-for date (the handbook gives no rule that
   * would serve the reply otherwise).
   */
  public void recordPostReceiptMissing(String trackingNumber, PostReceiptMissing what,
      LocalDate reportedOn) {
    update("post_receipt_missing = ?, post_receipt_reported_on = ?", trackingNumber,
        what == null ? null : what.name(), reportedOn == null ? null : Date.valueOf(reportedOn));
  }

  /** What was reported of the posted reply's return receipt, or empty. */
  public Optional<PostReceiptMissing> postReceiptMissing(String trackingNumber) {
    return jdbc.queryForList("SELECT post_receipt_missing FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber).stream().filter(java.util.Objects::nonNull)
        .map(PostReceiptMissing::valueOf).findFirst();
  }

  /**
   * The day the applicant's appeal periods run from (ARL Art. 20, ALL Art. 46: from the day the
   * applicant knew of the act, i.e. received the reply): the date signed for when recorded (and
   * usable, {@link #usableSignedFor}); for a reply sent by post (邮寄送达) without one, none
   * (null, {@link #awaitsSignedFor(String, LocalDate, LocalDate)}): service by post takes effect
   * on the day signed for, so the periods are not running yet as far as the register knows
   * (待确认签收, never the posting date); otherwise the delivery date (in person: the day signed
   * for on the spot; e-mail or online: the day sent), else (a termination notice) the closing
   * date; null before either. A case closed without a reply after V48 counts from its
   * termination notice's receipt instead ({@link TerminationService#receivedOn}, ADR 0067).
   */
  public LocalDate replyReceivedOn(String trackingNumber) {
    Optional<TerminationService> termination = terminationService(trackingNumber)
        .filter(TerminationService::due);
    if (termination.isPresent()) {
      // Closed without a reply after V48: from the termination notice's receipt (ADR 0067).
      return termination.get().receivedOn();
    }
    return jdbc.query("SELECT delivered_by, delivered_on, reply_received_on, closed_on"
        + " FROM ogi_case WHERE tracking_number = ?", (rs, i) -> {
          LocalDate deliveredOn = day(rs.getDate(2));
          LocalDate signedFor = usableSignedFor(deliveredOn, day(rs.getDate(3)));
          if (signedFor != null) {
            return Optional.of(signedFor);
          }
          if (awaitsSignedFor(rs.getString(1), deliveredOn, signedFor)) {
            return Optional.<LocalDate>empty();
          }
          return Optional.ofNullable(deliveredOn != null ? deliveredOn : day(rs.getDate(4)));
        }, trackingNumber).stream().flatMap(Optional::stream).findFirst().orElse(null);
  }

  /**
   * The applicant's signed-for date as the appeal periods count it: none before the delivery or
   * in the future (a date the delivery's asynchronous step could only refuse as an incident).
   */
  public static LocalDate usableSignedFor(LocalDate deliveredOn, LocalDate signedForOn) {
    return signedForOn == null || deliveredOn != null && signedForOn.isBefore(deliveredOn)
        || signedForOn.isAfter(OfficeTime.today()) ? null : signedForOn;
  }

  /**
   * The one statement of 待确认签收: a reply that went out by post (邮寄送达) is served on the
   * day the applicant signs for it (handbook §2.13, ARL Art. 20), so without a usable signed-for
   * date its appeal periods are not running as far as the register knows. The register's
   * {@link #replyReceivedOn}, {@link #awaitsSignedFor(String)} and the appeal window all ask it.
   */
  public static boolean awaitsSignedFor(String deliveredBy, LocalDate deliveredOn,
      LocalDate signedForOn) {
    return BY_POST.equals(deliveredBy) && deliveredOn != null
        && usableSignedFor(deliveredOn, signedForOn) == null;
  }

  /**
   * The cases whose posted reply awaits its signed-for date (status DELIVERED, not closed for
   * good, {@link #awaitsSignedFor(String, LocalDate, LocalDate)}), whose request process still
   * runs (waiting out its appeal window) and that never had a process
   * instance of {@code processKey} in the engine's history (which, with history on, records
   * every instance from its start): the posted replies of before ADR 0061. One query, so a
   * start with nothing to do costs one look.
   */
  public List<String> awaitingSignedForWithout(String processKey) {
    return jdbc.query("""
        SELECT c.tracking_number, c.delivered_by, c.delivered_on, c.reply_received_on
        FROM ogi_case c
        WHERE c.status = ? AND c.delivered_by = ? AND c.final_on IS NULL
          AND EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.ID_ = c.process_instance_id)
          AND NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p
            WHERE p.BUSINESS_KEY_ = c.tracking_number AND p.PROC_DEF_KEY_ = ?)
        ORDER BY c.tracking_number""",
        (rs, i) -> awaitsSignedFor(rs.getString(2), day(rs.getDate(3)), day(rs.getDate(4)))
            ? rs.getString(1) : null, Status.DELIVERED.name(), BY_POST, processKey)
        .stream().filter(java.util.Objects::nonNull).toList();
  }

  /** The day the reply was delivered (for a posted reply, the posting), or null before. */
  public LocalDate deliveredOn(String trackingNumber) {
    return jdbc.queryForList("SELECT delivered_on FROM ogi_case WHERE tracking_number = ?",
        java.sql.Date.class, trackingNumber).stream().filter(java.util.Objects::nonNull)
        .map(java.sql.Date::toLocalDate).findFirst().orElse(null);
  }

  /** The 送达方式 the reply was delivered by (IN_PERSON, POST, EMAIL, ONLINE), or null. */
  public String deliveredBy(String trackingNumber) {
    return jdbc.queryForList("SELECT delivered_by FROM ogi_case WHERE tracking_number = ?",
        String.class, trackingNumber).stream().filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
  }

  /**
   * Whether the case's reply went out by post (邮寄送达) and the date the applicant signed for it
   * is not recorded yet: its appeal periods are not running as far as the register knows
   * (待确认签收, {@link #awaitsSignedFor(String, LocalDate, LocalDate)}); the window stays open
   * (looked at again every 30 days) until it is.
   */
  public boolean awaitsSignedFor(String trackingNumber) {
    return jdbc.query("SELECT status, delivered_by, delivered_on, reply_received_on FROM ogi_case"
        + " WHERE tracking_number = ?", (rs, i) -> Status.DELIVERED.name().equals(rs.getString(1))
            && awaitsSignedFor(rs.getString(2), day(rs.getDate(3)), day(rs.getDate(4))),
        trackingNumber).stream().findFirst().orElse(false);
  }

  /**
   * What the audit trail shows of a case: its dates and outcome, first closing included, and
   * whether the correction notice was late (ADR 0036: then the reply clock does not wait), so
   * one read tells whether the due date stands.
   */
  public record CaseSummary(String trackingNumber, String status, LocalDate firstReceivedOn,
      LocalDate dueOn, int extensionDays, String outcomeCode, LocalDate deliveredOn,
      LocalDate closedOn, LocalDate firstClosedOn, String firstOutcomeCode,
      boolean correctionNoticeLate, LocalDate orderedDueOn) {}

  public Optional<CaseSummary> summary(String trackingNumber) {
    return jdbc.query("""
        SELECT tracking_number, status, first_received_on, due_on, extension_days, outcome_code,
          delivered_on, closed_on, first_closed_on, first_outcome_code, correction_notice_late,
          ordered_due_on
        FROM ogi_case WHERE tracking_number = ?""",
        (rs, i) -> new CaseSummary(rs.getString(1), rs.getString(2), day(rs.getDate(3)),
            day(rs.getDate(4)), rs.getInt(5), rs.getString(6), day(rs.getDate(7)),
            day(rs.getDate(8)), day(rs.getDate(9)), rs.getString(10), rs.getBoolean(11),
            day(rs.getDate(12))),
        trackingNumber).stream().findFirst();
  }

  private void update(String assignments, String trackingNumber, Object... values) {
    Object[] args = new Object[values.length + 2];
    System.arraycopy(values, 0, args, 0, values.length);
    args[values.length] = Timestamp.from(OfficeTime.now());
    args[values.length + 1] = trackingNumber;
    int rows = jdbc.update(
        "UPDATE ogi_case SET " + assignments + ", updated_at = ? WHERE tracking_number = ?", args);
    if (rows != 1) {
      throw new IllegalStateException("No case " + trackingNumber + " in the register");
    }
  }
}
