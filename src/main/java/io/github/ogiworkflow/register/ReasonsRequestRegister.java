package io.github.ogiworkflow.register;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.vocabulary.ReasonsDecision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Art. 35 requests for reasons (说明理由) of a case: when asked, by when, what the office found
 * and any delay it set. The register's answer to "may this case be closed as 5.4".
 */
@Repository
public class ReasonsRequestRegister {

  /**
   * One request for reasons; decision and later fields are null while the office waits.
   * {@code delayApprovalId}: leadership's approval ({@code ogi_approval}) of the delay of
   * {@code delayWorkingDays}, null until approved and again after a new assessment.
   */
  public record ReasonsRequest(long id, LocalDate requestedOn, LocalDate dueOn,
      ReasonsDecision decision, LocalDate answeredOn, Integer delayWorkingDays,
      LocalDate replyDueOn, LocalDate decidedOn, Long delayApprovalId,
      LocalDate onlineReceivedOn) {

    /**
     * Whether the applicant gave reasons on the public page (ADR 0163) by the period's last
     * day: then they were given in time, whatever the office records later.
     */
    public boolean givenOnlineInTime() {
      return onlineReceivedOn != null && !onlineReceivedOn.isAfter(dueOn);
    }

    /**
     * Whether the applicant's period has run at {@code now}: it ends with the last moment of
     * {@link #dueOn} (Beijing time), when the timer fires; before, silence is not yet silence.
     */
    public boolean periodOverAt(java.time.Instant now) {
      return !now.isBefore(OfficeTime.endOf(dueOn).toInstant());
    }

    /**
     * Whether 5.4 may follow (Art. 35): reasons found unreasonable, or silence recorded after the
     * period ran (audit round 26, F1). A silence recorded before V63 kept no date and keeps the
     * rule it was recorded under.
     */
    public boolean allowsNotProcessing() {
      if (decision == ReasonsDecision.NOT_ANSWERED) {
        return decidedOn == null || decidedOn.isAfter(dueOn);
      }
      return decision != null && decision.allowsNotProcessing();
    }
  }

  private final JdbcTemplate jdbc;

  public ReasonsRequestRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void open(String trackingNumber, String basis, LocalDate requestedOn, LocalDate dueOn) {
    jdbc.update("INSERT INTO ogi_reasons_request (tracking_number, basis, requested_on, due_on)"
        + " VALUES (?, ?, ?, ?)", trackingNumber, basis, Date.valueOf(requestedOn),
        Date.valueOf(dueOn));
  }

  /** The case's latest request for reasons. */
  public Optional<ReasonsRequest> latest(String trackingNumber) {
    return jdbc.query("SELECT id, requested_on, due_on, decision, answered_on,"
        + " delay_working_days, reply_due_on, decided_on, delay_approval_id, online_received_on"
        + " FROM ogi_reasons_request WHERE tracking_number = ? ORDER BY id DESC",
        (rs, i) -> new ReasonsRequest(
            rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
            rs.getString(4) == null ? null : ReasonsDecision.valueOf(rs.getString(4)),
            rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
            (Integer) rs.getObject(6),
            rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
            rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(),
            rs.getObject(9) == null ? null : rs.getLong(9),
            rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate()),
        trackingNumber).stream().findFirst();
  }

  /**
   * The case's latest request for reasons, its row locked until the transaction ends: the
   * applicant's online reasons and the office's assessment of that request take it first, so
   * one sees the other (ADR 0163).
   */
  public Optional<ReasonsRequest> lockLatest(String trackingNumber) {
    jdbc.queryForList("SELECT id FROM ogi_reasons_request WHERE id = (SELECT MAX(id) FROM"
        + " ogi_reasons_request WHERE tracking_number = ?) FOR UPDATE", Long.class,
        trackingNumber);
    return latest(trackingNumber);
  }

  /**
   * Reasons the applicant gave on the public page (ADR 0163): the text as sent and when it
   * arrived, once per request for reasons and only while the office has not decided on it;
   * false when that no longer holds (nothing written).
   */
  public boolean recordOnline(long id, String text, Instant receivedAt) {
    return jdbc.update("UPDATE ogi_reasons_request SET online_text = ?, online_received_on = ?,"
        + " online_received_at = ? WHERE id = ? AND online_received_on IS NULL"
        + " AND decision IS NULL", text,
        Date.valueOf(receivedAt.atZone(OfficeTime.ZONE).toLocalDate()),
        Timestamp.from(receivedAt), id) == 1;
  }

  /** Reasons given on the public page, as sent, with the request they answer. */
  public record OnlineReasons(long requestId, LocalDate requestedOn, LocalDate dueOn,
      LocalDate receivedOn, String text) {}

  /** Every request for reasons of the case answered on the public page, oldest first. */
  public List<OnlineReasons> onlineReasons(String trackingNumber) {
    return jdbc.query("SELECT id, requested_on, due_on, online_received_on, online_text"
        + " FROM ogi_reasons_request WHERE tracking_number = ? AND online_received_on IS NOT NULL"
        + " ORDER BY id", (rs, i) -> new OnlineReasons(rs.getLong(1),
            rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
            rs.getDate(4).toLocalDate(), rs.getString(5)), trackingNumber);
  }

  /**
   * The office's finding (or, with {@code NOT_ANSWERED}, the applicant's silence), recorded on
   * {@code decidedOn}. An approval of an earlier delay no longer holds: a delay is approved
   * after the assessment that set its days.
   */
  public void decide(long id, ReasonsDecision decision, LocalDate answeredOn, String assessment,
      String decidedBy, Integer delayWorkingDays, LocalDate decidedOn) {
    jdbc.update("UPDATE ogi_reasons_request SET decision = ?, answered_on = ?, assessment = ?,"
        + " decided_by = ?, delay_working_days = ?, decided_on = ?, delay_approval_id = NULL"
        + " WHERE id = ?",
        decision.name(), answeredOn == null ? null : Date.valueOf(answeredOn), assessment,
        decidedBy, delayWorkingDays, Date.valueOf(decidedOn), id);
  }

  /**
   * Leadership approved the delay as the register holds it (审批延迟答复): {@code approvalId} is
   * the decision in {@code ogi_approval}, with who approved and when.
   */
  public void delayApproved(long id, long approvalId) {
    jdbc.update("UPDATE ogi_reasons_request SET delay_approval_id = ? WHERE id = ?",
        approvalId, id);
  }

  /** The reply deadline after the delay the office set (延迟答复). */
  public void delayedTo(long id, LocalDate replyDueOn) {
    jdbc.update("UPDATE ogi_reasons_request SET reply_due_on = ? WHERE id = ?",
        Date.valueOf(replyDueOn), id);
  }

  /**
   * Whether the case may be closed as 5.4 (无正当理由大量反复申请): the applicant was asked for
   * reasons and gave none in time (silence recorded after the period), or the office found them
   * unreasonable (Art. 35).
   */
  public boolean allowsNotProcessing(String trackingNumber) {
    return latest(trackingNumber).map(ReasonsRequest::allowsNotProcessing).orElse(false);
  }
}
