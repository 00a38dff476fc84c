package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.deadline.OrderingDecisions;
import io.github.ogiworkflow.process.ActingStaff;
import io.github.ogiworkflow.register.SqlLike;
import io.github.ogiworkflow.register.UniqueKeyWrites;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The appeals of each case (ogi_appeal, its only writer): what annual-report table 四 and the
 * legacy counts read. The case's own dates (final, reply received) are CaseRegister's.
 */
@Repository("appealRegister")
public class AppealRegister implements OrderingDecisions {

  /**
   * What the event that starts an appeal tells; {@code appellant} who filed it (the applicant,
   * or a third party against the decision to disclose, Art. 32) and the third party's name.
   */
  public record NewAppeal(String trackingNumber, String processInstanceId, AppealKind kind,
      int instanceNo, boolean afterReconsideration, String docketNo, String bodyOrCourt,
      String procedureKind, LocalDate filedOn, LocalDate servedOn, LocalDate answerDueOn,
      Appellant appellant, String appellantName, ChallengedAct challenged) {

    /** An appeal against the act served on the appellant (ADR 0081: not a failure to reply). */
    public NewAppeal(String trackingNumber, String processInstanceId, AppealKind kind,
        int instanceNo, boolean afterReconsideration, String docketNo, String bodyOrCourt,
        String procedureKind, LocalDate filedOn, LocalDate servedOn, LocalDate answerDueOn,
        Appellant appellant, String appellantName) {
      this(trackingNumber, processInstanceId, kind, instanceNo, afterReconsideration, docketNo,
          bodyOrCourt, procedureKind, filedOn, servedOn, answerDueOn, appellant, appellantName,
          ChallengedAct.REPLY);
    }

    /** An appeal filed by the applicant. */
    public NewAppeal(String trackingNumber, String processInstanceId, AppealKind kind,
        int instanceNo, boolean afterReconsideration, String docketNo, String bodyOrCourt,
        String procedureKind, LocalDate filedOn, LocalDate servedOn, LocalDate answerDueOn) {
      this(trackingNumber, processInstanceId, kind, instanceNo, afterReconsideration, docketNo,
          bodyOrCourt, procedureKind, filedOn, servedOn, answerDueOn, Appellant.APPLICANT, null);
    }
  }

  /** One appeal as recorded. */
  public record Appeal(long id, String trackingNumber, AppealKind kind, int instanceNo,
      boolean afterReconsideration, String docketNo, String bodyOrCourt, String procedureKind,
      LocalDate servedOn, LocalDate answerDueOn, String approvedBy, LocalDate submittedOn,
      LocalDate hearingOn, String result, String resultDetail, LocalDate decidedOn,
      String appealedBy, boolean pending, String filingWarning, Appellant appellant,
      String appellantName, LocalDate correctedDueOn, ChallengedAct challenged) {

    /** A complaint voided as registered in error (ADR 0138): result VOIDED. */
    public boolean voided() {
      return "VOIDED".equals(result);
    }

    /** Against the agency's failure to reply in time (ADR 0081), not against an act served. */
    public boolean againstNonReply() {
      return challenged == ChallengedAct.NON_REPLY;
    }

    /** Filed by this appellant: the applicant, or the third party of that name. */
    public boolean filedBy(Appellant who, String name) {
      Appellant mine = appellant == null ? Appellant.APPLICANT : appellant;
      return mine == who
          && (who == Appellant.APPLICANT || java.util.Objects.equals(appellantName, name));
    }

    /** 提起人 as staff pages show it: 申请人本人, or 第三方（name）. */
    public String appellantLabel() {
      return appellant.describe(appellantName);
    }
  }

  /** One cell group of table 四: results of the appeals of one kind served in a year. */
  public record Counts(int maintained, int corrected, int other, int pending) {
    public int total() {
      return maintained + corrected + other + pending;
    }
  }

  private final JdbcTemplate jdbc;
  private final ObjectProvider<IdentityService> identity;

  /** A register that records no one's name where no engine runs the write (benchmarks). */
  public AppealRegister(JdbcTemplate jdbc) {
    this(jdbc, null);
  }

  @Autowired
  public AppealRegister(JdbcTemplate jdbc, ObjectProvider<IdentityService> identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /**
   * Who recorded the appeal (its filing, served on the agency) and who recorded its decision or
   * judgment (or a complaint's answer), with their names at the act (V116, ADR 0161); null for
   * rows recorded before and for acts nobody authenticated did.
   */
  public record RecordedBy(String recordedBy, String recordedByName, String decisionRecordedBy,
      String decisionRecordedByName) {}

  public RecordedBy recordedBy(long id) {
    return jdbc.query("SELECT recorded_by, recorded_by_name, decision_recorded_by,"
        + " decision_recorded_by_name FROM ogi_appeal WHERE id = ?", (rs, i) -> new RecordedBy(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id).stream()
        .findFirst().orElse(new RecordedBy(null, null, null, null));
  }

  /**
   * A complaint with a body and docket number (来文编号) registered meanwhile, found by the unique
   * key (V40, ADR 0059) when the same complaint is registered twice at the same moment:
   * {@code existing} is the other registration's number or tracking number. Nothing is written.
   */
  public static class DocketTaken extends RuntimeException {
    private final String existing;

    DocketTaken(String existing) {
      super("complaint already registered as " + existing);
      this.existing = existing;
    }

    public String existing() {
      return existing;
    }
  }

  /**
   * Records a new appeal and returns its id. A complaint whose body and docket number are
   * registered already (also by a transaction that committed meanwhile: the unique key decides,
   * on every node) throws {@link DocketTaken}; only this insert is undone (a savepoint), so the
   * caller can still read and refuse.
   */
  public long insert(NewAppeal a) {
    Timestamp now = Timestamp.from(OfficeTime.now());
    String docketKey = complaintDocketKey(a);
    // Who recorded it, by his name at the act (ADR 0161).
    ActingStaff recorder = ActingStaff.now(identity);
    Optional<Long> inserted = UniqueKeyWrites.unlessTaken(jdbc, connection -> {
      try (PreparedStatement statement = connection.prepareStatement("""
          INSERT INTO ogi_appeal (tracking_number, process_instance_id, kind, instance_no,
            after_reconsideration, docket_no, body_or_court, procedure_kind, filed_on, served_on,
            answer_due_on, pending, created_at, updated_at, appellant, appellant_name,
            complaint_docket_key, challenged_act, recorded_by, recorded_by_name)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?)""",
          new String[] {"id"})) {
        statement.setString(1, a.trackingNumber());
        statement.setString(2, a.processInstanceId());
        statement.setString(3, a.kind().name());
        statement.setInt(4, a.instanceNo());
        statement.setBoolean(5, a.afterReconsideration());
        statement.setString(6, a.docketNo());
        statement.setString(7, a.bodyOrCourt());
        statement.setString(8, a.procedureKind());
        statement.setDate(9, a.filedOn() == null ? null : Date.valueOf(a.filedOn()));
        statement.setDate(10, Date.valueOf(a.servedOn()));
        statement.setDate(11, a.answerDueOn() == null ? null : Date.valueOf(a.answerDueOn()));
        statement.setTimestamp(12, now);
        statement.setTimestamp(13, now);
        statement.setString(14, a.appellant().name());
        statement.setString(15, a.appellant() == Appellant.THIRD_PARTY ? a.appellantName() : null);
        statement.setString(16, docketKey);
        statement.setString(17, (a.challenged() == null ? ChallengedAct.REPLY : a.challenged())
            .name());
        statement.setString(18, recorder.userId());
        statement.setString(19, recorder.name());
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
    return inserted.orElseThrow(() -> new DocketTaken(
        complaintWithDocket(a.bodyOrCourt(), a.docketNo()).orElse("?")));
  }

  /**
   * The key of a complaint without a docket number (audit 30b F5, ADR 0119): the body, the
   * request's tracking number or the reference, the day served and the text, each {@link
   * #normalized}, hashed (SHA-256, hex) so that a long text fits the unique key.
   */
  static String complaintSameKey(String body, String about, LocalDate servedOn, String text) {
    String key = normalized(body == null ? "" : body) + "|" + normalized(about == null ? "" : about)
        + "|" + servedOn + "|" + normalized(text);
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The number (SSJB-… or the request's) of the complaint registered with this key, if any. */
  public Optional<String> complaintWithSameKey(String key) {
    return jdbc.queryForList("SELECT COALESCE(complaint_no, tracking_number) FROM ogi_appeal"
        + " WHERE complaint_same_key = ?", String.class, key).stream().findFirst();
  }

  /**
   * Gives the complaint its key. A complaint holding it already (also one committed meanwhile
   * by another clerk: the unique key decides, on every node) throws {@link DocketTaken} naming
   * it; only this update is undone (a savepoint), so the caller can still refuse in Chinese.
   */
  public void claimComplaintSameKey(long id, String key) {
    boolean claimed = UniqueKeyWrites.unlessTaken(jdbc, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "UPDATE ogi_appeal SET complaint_same_key = ? WHERE id = ?")) {
        statement.setString(1, key);
        statement.setLong(2, id);
        return statement.executeUpdate();
      }
    }).isPresent();
    if (!claimed) {
      throw new DocketTaken(complaintWithSameKey(key).orElse("?"));
    }
  }

  /**
   * The unique key of a complaint passed on by a body under a docket number: both without
   * blanks and in upper case, as {@link #complaintWithDocket} compares them (V40); null for
   * every other appeal.
   */
  static String complaintDocketKey(NewAppeal a) {
    if (a.kind() != AppealKind.COMPLAINT || a.docketNo() == null || a.bodyOrCourt() == null
        || normalized(a.docketNo()).isEmpty()) {
      return null;
    }
    return normalized(a.bodyOrCourt()) + "|" + normalized(a.docketNo());
  }

  public Appeal get(long id) {
    return jdbc.queryForObject(SELECT + " WHERE id = ?", (rs, i) -> appeal(rs), id);
  }

  /** The appeal, if recorded (a process instance's {@code appealId} may predate the row). */
  public Optional<Appeal> find(long id) {
    return jdbc.query(SELECT + " WHERE id = ?", (rs, i) -> appeal(rs), id).stream().findFirst();
  }

  /**
   * A 行政复议答复书 or 行政诉讼答辩状 the agency still owes (ARL Art. 48, 54; ALL Art. 67): the
   * appeal is pending, nothing submitted, {@code dueOn} its last day (audit 37a, F6).
   */
  public record AnswerDue(long id, String trackingNumber, AppealKind kind, int instanceNo,
      String docketNo, LocalDate dueOn) {

    /** 行政复议答复书 / 行政诉讼答辩状 (一审, 二审). */
    public String document() {
      return kind == AppealKind.RECONSIDERATION ? "行政复议答复书"
          : "行政诉讼答辩状（" + kind.instanceLabel(instanceNo) + "）";
    }
  }

  /** The answers and defences owed now, earliest due first (期限监控, 领导视图). */
  public List<AnswerDue> openAnswerDues() {
    return jdbc.query("SELECT id, tracking_number, kind, instance_no, docket_no, answer_due_on"
        + " FROM ogi_appeal WHERE pending = TRUE AND submitted_on IS NULL"
        + " AND answer_due_on IS NOT NULL AND kind IN ('RECONSIDERATION', 'LITIGATION')"
        + " ORDER BY answer_due_on, id", (rs, i) -> new AnswerDue(rs.getLong(1),
            rs.getString(2), AppealKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
            rs.getDate(6).toLocalDate()));
  }

  public List<Appeal> of(String trackingNumber) {
    return jdbc.query(SELECT + " WHERE tracking_number = ? ORDER BY id", (rs, i) -> appeal(rs),
        trackingNumber);
  }

  public List<Appeal> pending(String trackingNumber, AppealKind kind) {
    return jdbc.query(SELECT + " WHERE tracking_number = ? AND kind = ? AND pending = TRUE"
        + " ORDER BY id", (rs, i) -> appeal(rs), trackingNumber, kind.name());
  }

  /** The latest decided appeal that ordered a reply by {@code orderedBy}, named (ADR 0101). */
  @Override
  public Optional<String> named(String trackingNumber, LocalDate orderedBy) {
    return jdbc.query("SELECT kind, docket_no FROM ogi_appeal"
        + " WHERE tracking_number = ? AND corrected_due_on = ?"
        + " ORDER BY decided_on DESC, id DESC",
        (rs, i) -> ("LITIGATION".equals(rs.getString(1)) ? "判决" : "行政复议决定")
            + (rs.getString(2) == null ? "" : "（案号：" + rs.getString(2) + "）"),
        trackingNumber, Date.valueOf(orderedBy)).stream().findFirst();
  }

  /**
   * The latest decided reconsideration, whoever filed it: litigation after it is possible for
   * 15 days.
   */
  public Optional<Appeal> lastDecidedReconsideration(String trackingNumber) {
    return jdbc.query(SELECT + " WHERE tracking_number = ? AND kind = ? AND pending = FALSE"
        + " ORDER BY decided_on DESC, id DESC", (rs, i) -> appeal(rs), trackingNumber,
        AppealKind.RECONSIDERATION.name()).stream().findFirst();
  }

  /**
   * The latest decided reconsideration of one appellant (the applicant, or the named third
   * party): the decision a suit after reconsideration by that appellant follows (ALL Art. 45).
   */
  public Optional<Appeal> lastDecidedReconsideration(String trackingNumber, Appellant appellant,
      String appellantName) {
    return jdbc.query(SELECT + " WHERE tracking_number = ? AND kind = ? AND pending = FALSE"
        + " ORDER BY decided_on DESC, id DESC", (rs, i) -> appeal(rs), trackingNumber,
        AppealKind.RECONSIDERATION.name()).stream()
        .filter(a -> a.filedBy(appellant, appellantName)).findFirst();
  }

  /**
   * The correction (纠正) that reopened the request last, with the moment its appeal was
   * registered (a second instance's: its first instance's): the latest decided reconsideration
   * or judgment with the result CORRECTED that was not appealed to the higher court, and whose
   * detail orders a new act (not 变更 or 确认违法, audit 37a F4: {@link
   * AppealResult.Detail#reopens()}). Only such a
   * decision reopens the request (Service_ReopenRequest, in the transaction that records it: a
   * case that cannot be reopened keeps no result), so a request answered anew follows exactly
   * this one; empty for a request never corrected. A correction of the agency's failure to reply
   * (ADR 0081) reopens nothing: the request was still running toward its reply, unless the
   * applicant had withdrawn it: then the order to reply set the withdrawal aside and reopened
   * the request (ADR 0099); {@code reopenedWithdrawals} are those appeals (the register's
   * {@code withdrawal_set_aside_by}, ADR 0105), whatever act they challenged.
   */
  public record Reopening(Appeal appeal, java.time.Instant registeredAt) {}

  public Optional<Reopening> lastReopening(String trackingNumber) {
    return lastReopening(trackingNumber, List.of());
  }

  public Optional<Reopening> lastReopening(String trackingNumber,
      java.util.Collection<Long> reopenedWithdrawals) {
    List<Object> args = new java.util.ArrayList<>(List.of(trackingNumber,
        AppealKind.RECONSIDERATION.name(), AppealKind.LITIGATION.name(),
        AppealResult.CORRECTED.name(), AppealResult.Detail.CHANGED.name(),
        AppealResult.Detail.CONFIRMED_UNLAWFUL.name(), ChallengedAct.REPLY.name()));
    args.addAll(reopenedWithdrawals);
    return jdbc.query("""
        SELECT a.id, COALESCE(f.created_at, a.created_at) FROM ogi_appeal a
          LEFT JOIN ogi_appeal f ON f.id = a.first_instance_id
        WHERE a.tracking_number = ? AND a.kind IN (?, ?) AND a.result = ?
          AND a.pending = FALSE AND a.appealed_by IS NULL
          AND (a.result_detail IS NULL OR a.result_detail NOT IN (?, ?))
          AND (a.challenged_act = ?"""
        + (reopenedWithdrawals.isEmpty() ? "" : " OR a.id IN ("
            + String.join(",", java.util.Collections.nCopies(reopenedWithdrawals.size(), "?"))
            + ")") + """
        )
        ORDER BY a.decided_on DESC, a.id DESC""",
        (rs, i) -> java.util.Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()),
        args.toArray()).stream().findFirst()
        .map(row -> new Reopening(get(row.getKey()), row.getValue()));
  }

  public void recordAnswer(long id, String answerText, String evidence) {
    update(id, "answer_text = ?, evidence = ?", answerText, evidence);
  }

  /**
   * The agency's 委托代理人 for this appeal (ADR 0056): a name and a position or unit, printed in
   * the pleading's parties block after 法定代表人.
   */
  public record Agent(String name, String position) {}

  /** At most two agents per appeal row (ALL Art. 31); each instance has its own. */
  public static final int MAX_AGENTS = 2;

  /** Replaces the agents (none, one or two) legal named on the drafting task. */
  public void recordAgents(long id, List<Agent> agents) {
    if (agents.size() > MAX_AGENTS) {
      throw new IllegalArgumentException("At most " + MAX_AGENTS + " agents: " + agents);
    }
    Agent first = agents.isEmpty() ? null : agents.get(0);
    Agent second = agents.size() < 2 ? null : agents.get(1);
    update(id, "agent1_name = ?, agent1_position = ?, agent2_name = ?, agent2_position = ?",
        first == null ? null : first.name(), first == null ? null : first.position(),
        second == null ? null : second.name(), second == null ? null : second.position());
  }

  /** The agents recorded for an appeal, in the order legal entered them; empty when none. */
  public List<Agent> agents(long id) {
    return jdbc.query("SELECT agent1_name, agent1_position, agent2_name, agent2_position"
        + " FROM ogi_appeal WHERE id = ?", (rs, row) -> {
          List<Agent> agents = new java.util.ArrayList<>();
          for (int i = 1; i <= 3; i += 2) {
            if (rs.getString(i) != null) {
              agents.add(new Agent(rs.getString(i), rs.getString(i + 1)));
            }
          }
          return List.copyOf(agents);
        }, id).stream().findFirst().orElse(List.of());
  }

  public void recordApproval(long id, String approvedBy) {
    update(id, "approved_by = ?, approved_on = ?", approvedBy,
        Date.valueOf(io.github.ogiworkflow.calendar.OfficeTime.today()));
  }

  /**
   * The day leadership (last) approved the answer, or empty (not approved, or approved before
   * V87 kept the day): its submission cannot be dated earlier (audit 31a F2, ADR 0124).
   */
  public Optional<LocalDate> answerApprovedOn(long id) {
    return jdbc.query("SELECT approved_on FROM ogi_appeal WHERE id = ? AND approved_on IS NOT NULL",
        (rs, row) -> rs.getDate(1).toLocalDate(), id).stream().findFirst();
  }

  /** As {@link #answerApprovedOn}, for the 答辩状 to a joined plaintiff's appeal (ADR 0066). */
  public Optional<LocalDate> joinedDefenceApprovedOn(long secondInstanceId) {
    return jdbc.query("SELECT plaintiff_appeal_approved_on FROM ogi_appeal WHERE id = ?"
        + " AND plaintiff_appeal_approved_on IS NOT NULL",
        (rs, row) -> rs.getDate(1).toLocalDate(), secondInstanceId).stream().findFirst();
  }

  /** The answer and evidence list leadership approved: what alone may be submitted. */
  public record ApprovedAnswer(String text, String evidence) {}

  public Optional<ApprovedAnswer> approvedAnswer(long id) {
    return jdbc.query("SELECT answer_text, evidence FROM ogi_appeal WHERE id = ?"
        + " AND answer_text IS NOT NULL",
        (rs, row) -> new ApprovedAnswer(rs.getString(1), rs.getString(2)), id).stream()
        .findFirst();
  }

  /**
   * The answer (or the joined 答辩状, ADR 0066) and its evidence list as last drafted, kept whole
   * when the drafting task is completed (V92, ADR 0129): the engine stores both masked.
   */
  public void recordDraft(long id, PleadingBlocks.Document document, String answerText,
      String evidence) {
    update(id, document == PleadingBlocks.Document.JOINED_DEFENCE
        ? "plaintiff_appeal_draft_text = ?, plaintiff_appeal_draft_evidence = ?"
        : "draft_answer_text = ?, draft_evidence = ?", answerText, evidence);
  }

  /** The draft kept by {@link #recordDraft}; empty before one was kept. */
  public Optional<ApprovedAnswer> draft(long id, PleadingBlocks.Document document) {
    String columns = document == PleadingBlocks.Document.JOINED_DEFENCE
        ? "plaintiff_appeal_draft_text, plaintiff_appeal_draft_evidence"
        : "draft_answer_text, draft_evidence";
    return jdbc.query("SELECT " + columns + " FROM ogi_appeal WHERE id = ?"
        + " AND " + columns.substring(0, columns.indexOf(',')) + " IS NOT NULL",
        (rs, row) -> new ApprovedAnswer(rs.getString(1), rs.getString(2)), id).stream()
        .findFirst();
  }

  public void recordSubmission(long id, LocalDate submittedOn) {
    update(id, "submitted_on = ?", Date.valueOf(submittedOn));
  }

  public void recordHearing(long id, LocalDate hearingOn) {
    update(id, "hearing_on = ?", Date.valueOf(hearingOn));
  }

  /** The decision or judgment: the appeal is no longer pending. */
  public void recordResult(long id, String result, String detail, LocalDate decidedOn,
      String appealedBy) {
    recordResult(id, result, detail, decidedOn, appealedBy, null);
  }

  /**
   * As above, with the date by which a correction (纠正) ordered the agency to reply anew, when
   * it set one (null otherwise): the reply made anew cites it (ADR 0044, V31).
   */
  public void recordResult(long id, String result, String detail, LocalDate decidedOn,
      String appealedBy, LocalDate correctedDueOn) {
    ActingStaff recorder = ActingStaff.now(identity);
    update(id, "result = ?, result_detail = ?, decided_on = ?, appealed_by = ?,"
        + " corrected_due_on = ?, pending = FALSE, decision_recorded_by = ?,"
        + " decision_recorded_by_name = ?", result, detail, Date.valueOf(decidedOn),
        appealedBy, correctedDueOn == null ? null : Date.valueOf(correctedDueOn),
        recorder.userId(), recorder.name());
  }

  /**
   * A first-instance judgment's document and the day it was served (ALL Art. 85), kept with
   * the result: the agency's appeal period counts from here.
   */
  public void recordJudgmentService(long id, JudgmentKind kind, LocalDate servedOn) {
    update(id, "judgment_kind = ?, judgment_served_on = ?", kind.name(), Date.valueOf(servedOn));
  }

  /** The agency appeals a first-instance judgment it decided on after the result was recorded. */
  public void recordAgencyAppeal(long id) {
    update(id, "appealed_by = ?", AppealedBy.AGENCY.name());
  }

  /**
   * The 案号 a court assigned later (a second instance is registered before the higher court
   * numbers it, ADR 0049): the documents issued from then on and the audit trail show it.
   */
  public void recordDocketNo(long id, String docketNo) {
    update(id, "docket_no = ?", docketNo);
  }

  /**
   * The plaintiff (the applicant, or the third party that sued) appealed a first-instance
   * judgment, recorded after the result (ADR 0049).
   */
  public void recordPlaintiffAppeal(long id) {
    update(id, "appealed_by = ?", AppealedBy.APPLICANT.name());
  }

  /**
   * How the register knows when an appeal period started: the document (判决书 when not recorded)
   * and its service date, else the judgment date (appeals recorded before V30).
   */
  /**
   * The plaintiff's appeal recorded into a second instance the agency's own appeal started
   * (ADR 0060, V41): the higher court hears both in that one case.
   */
  public record JoinedPlaintiffAppeal(long secondInstanceId, LocalDate servedOn,
      LocalDate filedOn, String warning, LocalDate answerDueOn, LocalDate answerSubmittedOn) {}

  /** Records the plaintiff's appeal into the second instance {@code secondInstanceId}. */
  public void recordJoinedPlaintiffAppeal(long secondInstanceId, LocalDate servedOn,
      LocalDate filedOn, String warning) {
    update(secondInstanceId, "plaintiff_appeal_served_on = ?, plaintiff_appeal_filed_on = ?,"
        + " plaintiff_appeal_warning = ?", Date.valueOf(servedOn),
        filedOn == null ? null : Date.valueOf(filedOn), warning);
  }

  /** The plaintiff's appeal recorded into this second instance, if any (ADR 0060). */
  public Optional<JoinedPlaintiffAppeal> joinedPlaintiffAppeal(long secondInstanceId) {
    return jdbc.query("SELECT plaintiff_appeal_served_on, plaintiff_appeal_filed_on,"
        + " plaintiff_appeal_warning, plaintiff_appeal_answer_due_on,"
        + " plaintiff_appeal_submitted_on FROM ogi_appeal WHERE id = ?"
        + " AND plaintiff_appeal_served_on IS NOT NULL", (rs, i) -> new JoinedPlaintiffAppeal(
            secondInstanceId, date(rs.getDate(1)), date(rs.getDate(2)), rs.getString(3),
            date(rs.getDate(4)), date(rs.getDate(5))),
        secondInstanceId).stream().findFirst();
  }

  /**
   * A running second instance with a plaintiff's appeal recorded into it whose 答辩状 never began
   * (ADR 0070): recorded before ADR 0066, so no 答辩原告上诉 started. Its due day is what the
   * sub-process records first, so a row without it has had none.
   */
  public record JoinedWithoutDefence(long secondInstanceId, String trackingNumber) {}

  /** The second instances {@link JoinedWithoutDefence} names, in one query (ADR 0070). */
  public List<JoinedWithoutDefence> joinedWithoutDefence() {
    return jdbc.query("SELECT id, tracking_number FROM ogi_appeal WHERE kind = ?"
        + " AND instance_no = 2 AND pending = TRUE AND plaintiff_appeal_served_on IS NOT NULL"
        + " AND plaintiff_appeal_answer_due_on IS NULL AND plaintiff_appeal_submitted_on IS NULL"
        + " ORDER BY id", (rs, i) -> new JoinedWithoutDefence(rs.getLong(1), rs.getString(2)),
        AppealKind.LITIGATION.name());
  }

  /**
   * The 答辩状 to the plaintiff's appeal recorded into this second instance (ADR 0066, V47):
   * its last day, and what leadership approved, apart from the agency's own 行政上诉状.
   */
  public void recordJoinedDefenceDue(long secondInstanceId, LocalDate dueOn) {
    update(secondInstanceId, "plaintiff_appeal_answer_due_on = ?", Date.valueOf(dueOn));
  }

  /** Leadership approved this 答辩状 (ADR 0066): who, and the text and evidence list approved. */
  public void recordJoinedDefenceApproval(long secondInstanceId, String answerText,
      String evidence, String approvedBy) {
    update(secondInstanceId, "plaintiff_appeal_answer_text = ?, plaintiff_appeal_evidence = ?,"
        + " plaintiff_appeal_approved_by = ?, plaintiff_appeal_approved_on = ?", answerText,
        evidence, approvedBy, Date.valueOf(io.github.ogiworkflow.calendar.OfficeTime.today()));
  }

  /** The 答辩状 to the joined plaintiff's appeal leadership approved, if any (ADR 0066). */
  public Optional<ApprovedAnswer> approvedJoinedDefence(long secondInstanceId) {
    return jdbc.query("SELECT plaintiff_appeal_answer_text, plaintiff_appeal_evidence"
        + " FROM ogi_appeal WHERE id = ? AND plaintiff_appeal_answer_text IS NOT NULL",
        (rs, row) -> new ApprovedAnswer(rs.getString(1), rs.getString(2)), secondInstanceId)
        .stream().findFirst();
  }

  /** The 答辩状 to the joined plaintiff's appeal was submitted (ADR 0066). */
  public void recordJoinedDefenceSubmission(long secondInstanceId, LocalDate submittedOn) {
    update(secondInstanceId, "plaintiff_appeal_submitted_on = ?", Date.valueOf(submittedOn));
  }

  /** The second instance linked to this first instance, if one was registered. */
  public Optional<Appeal> secondInstanceOf(long firstInstanceId) {
    return jdbc.query(SELECT + " WHERE first_instance_id = ? ORDER BY id", (rs, i) -> appeal(rs),
        firstInstanceId).stream().findFirst();
  }

  public record JudgmentService(JudgmentKind kind, LocalDate servedOn) {}

  public Optional<JudgmentService> judgmentService(long id) {
    return jdbc.query("SELECT judgment_kind, judgment_served_on, decided_on FROM ogi_appeal"
        + " WHERE id = ? AND decided_on IS NOT NULL", (rs, row) -> new JudgmentService(
            rs.getString(1) == null ? JudgmentKind.JUDGMENT : JudgmentKind.valueOf(rs.getString(1)),
            rs.getDate(2) != null ? rs.getDate(2).toLocalDate() : rs.getDate(3).toLocalDate()),
        id).stream().findFirst();
  }

  /**
   * Results of the appeals of one kind served in {@code year} (table 四); for litigation split
   * by route when {@code afterReconsideration} is given. A suit appealed to the higher court
   * counts once, with the result of its second instance.
   */
  public Counts counts(AppealKind kind, int year, Boolean afterReconsideration) {
    Counts counts = new Counts(0, 0, 0, 0);
    for (Counted c : counted(kind, year, afterReconsideration)) {
      counts = add(counts, c.result(), c.pending());
    }
    return counts;
  }

  /**
   * One appeal as table 四 counts it: the case and the result of its last instance, as it stood
   * on 31 December of the report's year. A complaint without a request (Art. 51) is named by its
   * own number (SSJB-…) instead of a tracking number.
   */
  public record Counted(String trackingNumber, String result, boolean pending) {
    /** MAINTAINED, CORRECTED, OTHER or PENDING: the column of table 四. */
    public String column() {
      if (pending || result == null) {
        return "PENDING";
      }
      return "MAINTAINED".equals(result) || "CORRECTED".equals(result) ? result : "OTHER";
    }
  }

  /**
   * The appeals behind {@link #counts}, for the report's drill-down. One query: a suit's second
   * instance, if any, is joined to its first (no query per appeal, the report reads thousands).
   */
  public List<Counted> counted(AppealKind kind, int year, Boolean afterReconsideration) {
    return counted(kind, year, year, afterReconsideration);
  }

  /**
   * As {@link #counted(AppealKind, int, Boolean)}, served in the years {@code fromYear}–{@code
   * toYear}, each as it stood on 31 December of {@code toYear} (2021 template, table 四: 尚未审结
   * is pending on the last day of the report's year): an appeal decided after that day is
   * pending in that year's report however late the report is computed, and a second instance
   * served after that day does not count yet (the first instance's result stands).
   */
  public List<Counted> counted(AppealKind kind, int fromYear, int toYear,
      Boolean afterReconsideration) {
    LocalDate asOf = LocalDate.of(toYear, 12, 31);
    List<Object> args = new java.util.ArrayList<>(List.of(Date.valueOf(asOf), kind.name(),
        Date.valueOf(LocalDate.of(fromYear, 1, 1)), Date.valueOf(asOf)));
    String route = "";
    if (afterReconsideration != null) {
      route = " AND f.after_reconsideration = ?";
      args.add(afterReconsideration);
    }
    return jdbc.query("""
        SELECT COALESCE(f.tracking_number, f.complaint_no),
          CASE WHEN s.id IS NULL THEN f.result ELSE s.result END,
          CASE WHEN s.id IS NULL THEN f.pending ELSE s.pending END,
          CASE WHEN s.id IS NULL THEN f.decided_on ELSE s.decided_on END
        FROM ogi_appeal f LEFT JOIN ogi_appeal s ON s.first_instance_id = f.id
          AND s.served_on <= ?
        WHERE f.kind = ? AND f.instance_no = 1 AND f.served_on >= ? AND f.served_on <= ?
          AND f.voided_on IS NULL"""
        + route + " ORDER BY f.id", (rs, i) -> {
          LocalDate decidedOn = date(rs.getDate(4));
          boolean pendingOnLastDay = rs.getBoolean(3)
              || (decidedOn != null && decidedOn.isAfter(asOf));
          return new Counted(rs.getString(1), pendingOnLastDay ? null : rs.getString(2),
              pendingOnLastDay);
        }, args.toArray());
  }

  /** The first instance a second instance is linked to (empty for any other appeal). */
  public Optional<Appeal> firstInstanceOf(long id) {
    return jdbc.query(SELECT + " WHERE id = (SELECT first_instance_id FROM ogi_appeal"
        + " WHERE id = ?)", (rs, i) -> appeal(rs), id).stream().findFirst();
  }

  /**
   * What a complaint without a request is about, in words for its answer (no number: a
   * document carries no internal ids): the titles of the publication batch it names, a
   * reference written without Latin letters as written, else the agency's OGI work.
   */
  public String complaintSubject(long id) {
    String reference = jdbc.queryForList("SELECT complaint_reference FROM ogi_appeal"
        + " WHERE id = ?", String.class, id).stream().filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
    if (reference == null || reference.isBlank()) {
      return "本机关政府信息公开工作";
    }
    List<String> titles = jdbc.queryForList("SELECT DISTINCT title FROM ogi_publication_item"
        + " WHERE batch_ref = ? ORDER BY title", String.class, reference);
    if (!titles.isEmpty()) {
      return "本机关主动公开的政府信息《" + String.join("》《", titles) + "》";
    }
    return reference.matches(".*[A-Za-z].*") ? "本机关政府信息公开工作"
        : "本机关政府信息公开工作（" + reference.strip() + "）";
  }

  /** The second instance of a suit, linked to its first. */
  public long insertSecondInstance(long firstInstanceId, String processInstanceId,
      String docketNo, String court, LocalDate servedOn, LocalDate answerDueOn) {
    Appeal first = get(firstInstanceId);
    long id = insert(new NewAppeal(first.trackingNumber(), processInstanceId,
        AppealKind.LITIGATION, 2, first.afterReconsideration(), docketNo, court, null, null,
        servedOn, answerDueOn, first.appellant(), first.appellantName(), first.challenged()));
    update(id, "first_instance_id = ?", firstInstanceId);
    return id;
  }

  private static Counts add(Counts c, String result, boolean pending) {
    if (pending || result == null) {
      return new Counts(c.maintained(), c.corrected(), c.other(), c.pending() + 1);
    }
    return switch (result) {
      case "MAINTAINED" -> new Counts(c.maintained() + 1, c.corrected(), c.other(), c.pending());
      case "CORRECTED" -> new Counts(c.maintained(), c.corrected() + 1, c.other(), c.pending());
      default -> new Counts(c.maintained(), c.corrected(), c.other() + 1, c.pending());
    };
  }

  private void update(long id, String assignments, Object... values) {
    Object[] args = new Object[values.length + 2];
    System.arraycopy(values, 0, args, 0, values.length);
    args[values.length] = Timestamp.from(OfficeTime.now());
    args[values.length + 1] = id;
    if (jdbc.update("UPDATE ogi_appeal SET " + assignments + ", updated_at = ? WHERE id = ?",
        args) != 1) {
      throw new IllegalStateException("No appeal " + id + " in the register");
    }
  }

  private static final String SELECT = """
      SELECT id, tracking_number, kind, instance_no, after_reconsideration, docket_no,
        body_or_court, procedure_kind, served_on, answer_due_on, approved_by, submitted_on,
        hearing_on, result, result_detail, decided_on, appealed_by, pending, filing_warning,
        appellant, appellant_name, corrected_due_on, challenged_act
      FROM ogi_appeal""";

  private static Appeal appeal(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Appeal(rs.getLong(1), rs.getString(2), AppealKind.valueOf(rs.getString(3)),
        rs.getInt(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8),
        date(rs.getDate(9)), date(rs.getDate(10)), rs.getString(11), date(rs.getDate(12)),
        date(rs.getDate(13)), rs.getString(14), rs.getString(15), date(rs.getDate(16)),
        rs.getString(17), rs.getBoolean(18), rs.getString(19),
        Appellant.valueOf(rs.getString(20)), rs.getString(21), date(rs.getDate(22)),
        ChallengedAct.of(rs.getString(23)));
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  // ---- Complaints (申诉、举报, Art. 51) ----------------------------------------------------

  /**
   * A complaint without a request: its own number (SSJB-…, the business key of its process) and
   * what it is about (a publication batch or other reference, or null).
   */
  public void recordComplaintIdentity(long id, String complaintNo, String reference) {
    update(id, "complaint_no = ?, complaint_reference = ?", complaintNo, reference);
  }

  /**
   * A complaint's text as the office entered it (申诉举报内容, V81): the engine keeps it masked
   * (audit 30b F4), so the answer quotes it from here.
   */
  public void recordComplaintText(long id, String complaintText) {
    update(id, "complaint_text = ?", complaintText);
  }

  /**
   * The text of a complaint registered before V81, from its running instance's variable, where
   * the register has none yet (before that variable is masked, ADR 0117); whether one was kept.
   */
  public boolean keepComplaintTextOf(String processInstanceId, String complaintText) {
    return jdbc.update("UPDATE ogi_appeal SET complaint_text = ? WHERE process_instance_id = ?"
        + " AND kind = ? AND complaint_text IS NULL", complaintText, processInstanceId,
        AppealKind.COMPLAINT.name()) > 0;
  }

  /** The complaint's text kept with it; empty for one registered before V81 kept it. */
  public Optional<String> complaintText(long id) {
    return jdbc.queryForList("SELECT complaint_text FROM ogi_appeal WHERE id = ?"
        + " AND complaint_text IS NOT NULL", String.class, id).stream().findFirst();
  }

  /**
   * Whether a proactive publication batch (ZDGK-…) with this number was registered: read from
   * ogi_publication_item (publication/PublicationRegister writes it; read here, since the
   * publication package depends on the appeal package through the reply).
   */
  public boolean publicationBatchExists(String batchRef) {
    return !jdbc.queryForList("SELECT 1 FROM ogi_publication_item WHERE batch_ref = ?",
        Integer.class, batchRef).isEmpty();
  }

  /** A complaint's own number, or null for one about a request. */
  /** A complaint voided as registered in error (ADR 0138): when, why, who proposed, approved. */
  public record Voiding(LocalDate voidedOn, String reason, String proposedBy,
      String approvedBy) {}

  /**
   * Voids a complaint registered in error (ADR 0138): result VOIDED, no longer pending, the day,
   * the reason, who proposed and who approved it; its docket and same-complaint keys (V40, V83)
   * are released, so the complaint it was mistaken for, or the same one entered correctly, can
   * be registered. Only a complaint still unanswered and not voided is changed (one conditional
   * update, so an answer recorded meanwhile wins); returns whether it was.
   */
  public boolean voidComplaint(long id, LocalDate voidedOn, String reason, String proposedBy,
      String approvedBy) {
    return jdbc.update("""
        UPDATE ogi_appeal SET voided_on = ?, void_reason = ?, void_proposed_by = ?,
          void_approved_by = ?, result = 'VOIDED', pending = FALSE, decided_on = ?,
          complaint_docket_key = NULL, complaint_same_key = NULL, updated_at = ?
        WHERE id = ? AND kind = 'COMPLAINT' AND pending = TRUE AND result IS NULL
          AND voided_on IS NULL""", Date.valueOf(voidedOn), reason, proposedBy, approvedBy,
        Date.valueOf(voidedOn), Timestamp.from(OfficeTime.now()), id) == 1;
  }

  /** The voiding of a complaint registered in error, if it was voided (ADR 0138). */
  public Optional<Voiding> voiding(long id) {
    return jdbc.query("SELECT voided_on, void_reason, void_proposed_by, void_approved_by"
        + " FROM ogi_appeal WHERE id = ? AND voided_on IS NOT NULL",
        (rs, i) -> new Voiding(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
            rs.getString(4)), id).stream().findFirst();
  }

  public String complaintNo(long id) {
    return jdbc.queryForList("SELECT complaint_no FROM ogi_appeal WHERE id = ?", String.class,
        id).stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * The complaint already registered from {@code body} under {@code docketNo} (来文编号): its
   * number or tracking number; empty when there is none. Blanks and case do not tell two
   * docket numbers apart.
   */
  public Optional<String> complaintWithDocket(String body, String docketNo) {
    String key = normalized(body) + "|" + normalized(docketNo);
    // Compared here, not in SQL: the database cannot fold widths and brackets as people read
    // them, and a year brings a few dozen complaints.
    return jdbc.query("SELECT COALESCE(complaint_no, tracking_number), body_or_court, docket_no"
        + " FROM ogi_appeal WHERE kind = ? AND body_or_court IS NOT NULL AND docket_no IS NOT NULL"
        // A voided registration released its docket number (ADR 0138).
        + " AND voided_on IS NULL"
        + " ORDER BY id", (rs, i) -> (normalized(rs.getString(2)) + "|"
            + normalized(rs.getString(3))).equals(key) ? rs.getString(1) : null,
        AppealKind.COMPLAINT.name()).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  /**
   * A body's name or docket number as people read it (audit round 23, F7): full-width letters
   * and digits as half-width (NFKC), no blanks of any width, one kind of bracket for 〔〕 [] 【】
   * ［］ （） (), upper case. So 示政办转〔２０２６〕７号 and 示政办转[2026]7号 are one docket number.
   */
  static String normalized(String text) {
    String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
        .replaceAll("[\\s\\u3000\\u00A0]", "");
    StringBuilder key = new StringBuilder(folded.length());
    for (char c : folded.toCharArray()) {
      key.append("[【〔〖(".indexOf(c) >= 0 ? '〔' : "]】〕〗)".indexOf(c) >= 0 ? '〕' : c);
    }
    return key.toString().toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * A complaint without a request (its own number, ADR 0037) as the ledger and the audit trail
   * show it: what was registered (申诉 or 举报, the body that passed it on and its docket
   * number, what it is about), when it was served and is due, and its answer (approved by,
   * submitted, answered on). No complaint text: that stays in the process (it may name people).
   */
  public record StandaloneComplaint(long id, String complaintNo, String processInstanceId,
      String procedureKind, String bodyOrCourt, String docketNo, String reference,
      LocalDate servedOn, LocalDate answerDueOn, String approvedBy, LocalDate submittedOn,
      String result, LocalDate decidedOn, boolean pending) {}

  /** The ledger's sort key of a complaint without a request: its number and receipt. */
  public record ComplaintKey(String complaintNo, LocalDate servedOn) {}

  private static final String STANDALONE = """
      SELECT id, complaint_no, process_instance_id, procedure_kind, body_or_court, docket_no,
        complaint_reference, served_on, answer_due_on, approved_by, submitted_on, result,
        decided_on, pending
      FROM ogi_appeal WHERE kind = 'COMPLAINT' AND complaint_no IS NOT NULL""";

  /** The complaint without a request with this number (SSJB-…), if any. */
  public Optional<StandaloneComplaint> standaloneComplaint(String complaintNo) {
    return jdbc.query(STANDALONE + " AND complaint_no = ?", (rs, i) -> standalone(rs),
        complaintNo).stream().findFirst();
  }

  /**
   * The complaints without a request about {@code reference} (a publication batch, ZDGK-…),
   * oldest first, for that batch's audit trail (audit 33a, F15).
   */
  public List<StandaloneComplaint> complaintsAbout(String reference) {
    return jdbc.query(STANDALONE + " AND complaint_reference = ? ORDER BY served_on, complaint_no",
        (rs, i) -> standalone(rs), reference);
  }

  /** The complaints without a request with these numbers, in no particular order. */
  public List<StandaloneComplaint> standaloneComplaints(java.util.Collection<String> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    return jdbc.query(STANDALONE + " AND complaint_no IN ("
        + String.join(",", java.util.Collections.nCopies(numbers.size(), "?")) + ")",
        (rs, i) -> standalone(rs), numbers.toArray());
  }

  /**
   * The ledger's search over complaints without a request: how many have a number containing
   * {@code numberPart} (any case; null: all) and were served from {@code from} to {@code to}
   * (null: open), and the first {@code limit} of them, newest receipt first.
   */
  public long countStandaloneComplaints(String numberPart, LocalDate from, LocalDate to) {
    List<Object> args = new java.util.ArrayList<>();
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_appeal WHERE kind = 'COMPLAINT'"
        + " AND complaint_no IS NOT NULL" + keyConditions(numberPart, from, to, args),
        Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /** See {@link #countStandaloneComplaints}: the keys, newest receipt first. */
  public List<ComplaintKey> standaloneComplaintKeys(String numberPart, LocalDate from,
      LocalDate to, int limit) {
    List<Object> args = new java.util.ArrayList<>();
    String where = keyConditions(numberPart, from, to, args);
    args.add(limit);
    return jdbc.query("SELECT complaint_no, served_on FROM ogi_appeal WHERE kind = 'COMPLAINT'"
        + " AND complaint_no IS NOT NULL" + where
        + " ORDER BY served_on DESC, complaint_no DESC LIMIT ?",
        (rs, i) -> new ComplaintKey(rs.getString(1), rs.getDate(2).toLocalDate()),
        args.toArray());
  }

  private static String keyConditions(String numberPart, LocalDate from, LocalDate to,
      List<Object> args) {
    StringBuilder where = new StringBuilder();
    if (numberPart != null) {
      where.append(" AND UPPER(complaint_no) LIKE ? ESCAPE '\\'");
      args.add(SqlLike.containingUpperCase(numberPart));
    }
    if (from != null) {
      where.append(" AND served_on >= ?");
      args.add(Date.valueOf(from));
    }
    if (to != null) {
      where.append(" AND served_on <= ?");
      args.add(Date.valueOf(to));
    }
    return where.toString();
  }

  private static StandaloneComplaint standalone(java.sql.ResultSet rs)
      throws java.sql.SQLException {
    return new StandaloneComplaint(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
        date(rs.getDate(8)), date(rs.getDate(9)), rs.getString(10), date(rs.getDate(11)),
        rs.getString(12), date(rs.getDate(13)), rs.getBoolean(14));
  }

  // ---- Issue 14, point 9: late filings are recorded with a warning -------------------------

  /** The warning a filing was registered with (late, or a direct suit against a refusal). */
  public void recordFilingWarning(long id, String warning) {
    update(id, "filing_warning = ?", warning);
  }

  public String filingWarning(long id) {
    return jdbc.queryForList("SELECT filing_warning FROM ogi_appeal WHERE id = ?", String.class,
        id).stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * The warning a decision or judgment was recorded with (dated before the agency's answer or
   * defence was submitted); null clears it.
   */
  public void recordDecisionWarning(long id, String warning) {
    update(id, "decision_warning = ?", warning);
  }

  public String decisionWarning(long id) {
    return jdbc.queryForList("SELECT decision_warning FROM ogi_appeal WHERE id = ?",
        String.class, id).stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * Adds to what the system did with a recorded decision or judgment (V75, ADR 0110), bilingual:
   * the request reopened after a withdrawal was set aside, found reopened already, or an ordered
   * reply date that moved nothing. Not a warning about the decision's date ({@link
   * #recordDecisionWarning}): the audit trail labels the two apart.
   */
  /** The day the applicant received this reconsideration's decision (ALL Art. 45), V133. */
  public void recordDecisionReceipt(long id, LocalDate receivedOn) {
    update(id, "decision_received_on = ?", java.sql.Date.valueOf(receivedOn));
  }

  /** The day the applicant received the decision, if recorded (audit 37a F2). */
  public Optional<LocalDate> decisionReceivedOn(long id) {
    return jdbc.queryForList("SELECT decision_received_on FROM ogi_appeal WHERE id = ?",
        java.sql.Date.class, id).stream().filter(java.util.Objects::nonNull)
        .map(java.sql.Date::toLocalDate).findFirst();
  }

  public void addDecisionNotice(long id, String notice) {
    String earlier = decisionNotice(id);
    update(id, "decision_notice = ?", earlier == null ? notice : earlier + "; " + notice);
  }

  public String decisionNotice(long id) {
    return jdbc.queryForList("SELECT decision_notice FROM ogi_appeal WHERE id = ?",
        String.class, id).stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /** A decision's date warning and the system's notice, either null. */
  public record DecisionNotes(String warning, String notice) {}

  public DecisionNotes decisionNotes(long id) {
    return new DecisionNotes(decisionWarning(id), decisionNotice(id));
  }

  // ---- Dates corrected later must still precede the appeals (issue 14, point 11) ------------

  /**
   * An appeal as dated by the appellant: the day it was filed, or, where no filing date was
   * recorded (a complaint, a second instance), the day the agency was served.
   */
  public record FiledAppeal(long id, AppealKind kind, String docketNo, LocalDate filedOn,
      boolean servedOnly) {

    /** In words for a refusal: 申请行政复议（案号…）的日期, or 收到行政诉讼（案号…）的日期. */
    public String chinese() {
      String docket = docketNo == null || docketNo.isBlank() ? "" : "（案号" + docketNo + "）";
      if (servedOnly) {
        return "收到" + kind.label() + docket + "的日期";
      }
      return (kind == AppealKind.LITIGATION ? "提起行政诉讼" : "申请" + kind.label()) + docket
          + "的日期";
    }
  }

  /**
   * The earliest of all appeals of the case (any appellant, any kind, every round): none can
   * have been filed before the request was received.
   */
  public Optional<FiledAppeal> firstFiled(String trackingNumber) {
    return rounds(trackingNumber).stream().map(Row::appeal)
        .min(java.util.Comparator.comparing(FiledAppeal::filedOn));
  }

  /**
   * The applicant's first reconsideration or lawsuit against the reply whose delivery the
   * register holds: the reply reached the applicant on or before that day (an applicant's
   * filing before the delivery is refused at entry). A third party's appeals challenge the
   * decision to disclose, served by the 公开决定告知书 (Art. 32), not the reply, and complaints
   * (Art. 51) need no reply: neither counts. A correction (纠正) that reopened the request starts
   * a new round: the appeals registered before it was recorded challenged an earlier reply.
   * {@code deliveredInLatestRound}: the delivery on record was made after the last reopening
   * (the case was delivered again); otherwise it is the round's before, and its appeals count.
   * An appeal against the failure to reply (ADR 0081) was filed before any reply reached the
   * applicant: it neither counts nor starts a round (its correction reopens nothing).
   */
  /**
   * The applicant's latest reconsideration or lawsuit against the failure to reply (ADR 0081),
   * registered before any correction reopened the request: it was filed before the reply
   * reached the applicant, or it would be one against the reply (AppealWindow#challengedAct).
   */
  public Optional<FiledAppeal> lastApplicantAppealAgainstNonReply(String trackingNumber) {
    List<Row> rows = rounds(trackingNumber);
    if (rows.stream().anyMatch(Row::reopened)) {
      return Optional.empty();
    }
    return rows.stream().filter(row -> row.applicant() && row.againstNonReply())
        .map(Row::appeal).max(java.util.Comparator.comparing(FiledAppeal::filedOn));
  }

  public Optional<FiledAppeal> firstApplicantAppealAgainstReply(String trackingNumber,
      boolean deliveredInLatestRound) {
    List<Row> rows = rounds(trackingNumber);
    List<Row> reopenings = rows.stream().filter(Row::reopened)
        .sorted(java.util.Comparator.comparing(Row::decidedAt).thenComparing(r -> r.appeal().id()))
        .toList();
    Row from = null;
    Row to = null;
    if (!reopenings.isEmpty()) {
      int last = reopenings.size() - 1;
      if (deliveredInLatestRound) {
        from = reopenings.get(last);
      } else {
        to = reopenings.get(last);
        from = last > 0 ? reopenings.get(last - 1) : null;
      }
    }
    Row after = from;
    Row upTo = to;
    return rows.stream()
        .filter(r -> r.applicant() && r.instanceNo() == 1 && !r.againstNonReply()
            && r.appeal().kind() != AppealKind.COMPLAINT)
        .filter(r -> after == null || r.registeredAfter(after))
        .filter(r -> upTo == null || !r.registeredAfter(upTo))
        .map(Row::appeal).min(java.util.Comparator.comparing(FiledAppeal::filedOn));
  }

  /** An appeal with what tells its round: when it was registered and, if it reopened, decided. */
  private record Row(FiledAppeal appeal, boolean applicant, int instanceNo,
      java.time.Instant registeredAt, java.time.Instant decidedAt, boolean reopened,
      boolean againstNonReply) {

    /** Registered after {@code reopening} was recorded (the same instant: by insertion order). */
    boolean registeredAfter(Row reopening) {
      int c = registeredAt.compareTo(reopening.decidedAt());
      return c > 0 || (c == 0 && appeal.id() > reopening.appeal().id());
    }
  }

  private List<Row> rounds(String trackingNumber) {
    return jdbc.query("""
        SELECT id, kind, docket_no, COALESCE(filed_on, served_on), appellant, instance_no,
          created_at, updated_at, result, pending, appealed_by, filed_on, challenged_act,
          result_detail
        FROM ogi_appeal WHERE tracking_number = ? ORDER BY id""", (rs, i) -> new Row(
            new FiledAppeal(rs.getLong(1), AppealKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getDate(4).toLocalDate(), rs.getDate(12) == null),
            Appellant.APPLICANT.name().equals(rs.getString(5)) || rs.getString(5) == null,
            rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(),
            // Only a final correction of an act served reopens the request (see lastReopening).
            !AppealKind.COMPLAINT.name().equals(rs.getString(2))
                && AppealResult.CORRECTED.name().equals(rs.getString(9))
                && !rs.getBoolean(10) && rs.getString(11) == null
                && ChallengedAct.of(rs.getString(13)) == ChallengedAct.REPLY
                && (rs.getString(14) == null
                    || AppealResult.Detail.valueOf(rs.getString(14)).reopens()),
            ChallengedAct.of(rs.getString(13)) == ChallengedAct.NON_REPLY),
        trackingNumber);
  }

}
