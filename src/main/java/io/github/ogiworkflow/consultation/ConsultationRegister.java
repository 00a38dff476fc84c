package io.github.ogiworkflow.consultation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Consultations of a case: letter, service of the letter, due date, the answer (or silence) and,
 * for a third party overruled in the public interest, the notice of the decision to disclose.
 */
@Repository
public class ConsultationRegister {

  /** What came back. Silence counts as consent for an agency; for a third party the office decides. */
  public enum Answer { CONSENT, OBJECTION, SILENCE }

  /**
   * One consultation as the register has it; dates not yet known are null. {@code postedOn}: the
   * postmark of an answer recorded after the period (V125); {@code lateAnswer} and {@code
   * lateReceivedOn}: a third party's answer that came after its period, kept beside the
   * silence it does not undo (ADR 0172).
   */
  public record Consultation(long id, ConsultationKind kind, LocalDate letterSentOn,
      LocalDate servedOn, LocalDate dueOn, Answer answer, LocalDate answeredOn,
      LocalDate overrideNoticeSentOn, LocalDate overrideNoticeServedOn, String party,
      LocalDate postedOn, Answer lateAnswer, LocalDate lateReceivedOn,
      LocalDate overrideDisclosureOn) {}

  private static final String COLUMNS = "id, kind, letter_sent_on, served_on, due_on, answer,"
      + " answered_on, override_notice_sent_on, override_notice_served_on, party_name,"
      + " posted_on, late_answer, late_received_on, override_disclosure_on";

  private final JdbcTemplate jdbc;

  public ConsultationRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The letter went out to {@code party} (null: the case's unnamed third parties, or all of them
   * for a consultation from before ADR 0166); the answer period starts only when it is received
   * (Art. 32, 34).
   */
  public void open(String trackingNumber, ConsultationKind kind, String party, LocalDate sentOn) {
    jdbc.update("INSERT INTO ogi_consultation (tracking_number, kind, party_name, letter_sent_on)"
        + " VALUES (?, ?, ?, ?)", trackingNumber, kind.name(), party, Date.valueOf(sentOn));
  }

  /**
   * The open consultation of that kind with {@code party} (letter sent, no answer yet); a party
   * of null is the consultation without a name (unnamed third parties, or from before ADR 0166).
   */
  public Consultation current(String trackingNumber, ConsultationKind kind, String party) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_consultation WHERE tracking_number = ?"
        + " AND kind = ? AND answer IS NULL AND " + (party == null ? "party_name IS NULL"
            : "party_name = ?") + " ORDER BY id DESC", (rs, i) -> map(rs),
        party == null ? new Object[] {trackingNumber, kind.name()}
            : new Object[] {trackingNumber, kind.name(), party}).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No open " + kind + " consultation for "
            + trackingNumber));
  }

  /** The day the letter was received and the last day of the answer period. */
  public void served(long id, LocalDate servedOn, LocalDate dueOn) {
    jdbc.update("UPDATE ogi_consultation SET served_on = ?, due_on = ? WHERE id = ?",
        Date.valueOf(servedOn), Date.valueOf(dueOn), id);
  }

  /**
   * The answer's reasons as the office entered them, kept on the open consultation when its step
   * is completed: the engine stores the variable masked (audit 30b F4), and 结束征求意见 runs
   * later, from the stored variables.
   */
  public void keepOpinion(long id, String opinion) {
    jdbc.update("UPDATE ogi_consultation SET opinion = ? WHERE id = ? AND answer IS NULL",
        opinion, id);
  }

  /**
   * The office's public-interest reason (Art. 32) as entered, kept on the third party's latest
   * consultation when the office proposes to disclose (V81): the engine keeps the variable
   * masked (audit 30b F4), and the 公开决定告知书 goes out after leadership's approval.
   */
  public void keepOverrideReason(long id, String reason) {
    jdbc.update("UPDATE ogi_consultation SET override_reason = ? WHERE id = ?", reason, id);
  }

  /** The reason kept by {@link #keepOverrideReason}; empty for a proposal from before V81. */
  public java.util.Optional<String> overrideReason(long id) {
    return jdbc.queryForList("SELECT override_reason FROM ogi_consultation WHERE id = ?"
        + " AND override_reason IS NOT NULL", String.class, id).stream().findFirst();
  }

  /** The reasons kept on the open consultation by {@link #keepOpinion}; empty when none. */
  public java.util.Optional<String> keptOpinion(long id) {
    return jdbc.queryForList("SELECT opinion FROM ogi_consultation WHERE id = ?"
        + " AND opinion IS NOT NULL", String.class, id).stream().findFirst();
  }

  /** The answer (or silence) of the open consultation {@code id}. */
  public void answer(long id, Answer answer, LocalDate answeredOn, String opinion) {
    int rows = jdbc.update("UPDATE ogi_consultation SET answer = ?, answered_on = ?, opinion = ?"
        + " WHERE id = ? AND answer IS NULL", answer.name(),
        answeredOn == null ? null : Date.valueOf(answeredOn), opinion, id);
    if (rows != 1) {
      throw new IllegalStateException("Consultation " + id + " is not open");
    }
  }

  /**
   * Art. 32 (ADR 0172): an answer to the consultation {@code id}, closed as silence, that reached
   * the office after the period but was posted (or received) within it: it counts as the answer
   * given in time. False when the consultation is no longer a silence without an answer after
   * the period (someone recorded one meanwhile).
   */
  public boolean answerAfterPeriodInTime(long id, Answer answer, LocalDate receivedOn,
      LocalDate postedOn, String opinion, String recordedBy) {
    return jdbc.update("UPDATE ogi_consultation SET answer = ?, answered_on = ?, opinion = ?,"
        + " posted_on = ?, after_period_recorded_by = ? WHERE id = ? AND answer = 'SILENCE'"
        + " AND late_answer IS NULL", answer.name(), Date.valueOf(receivedOn), opinion,
        postedOn == null ? null : Date.valueOf(postedOn), recordedBy, id) == 1;
  }

  /**
   * Art. 32 (ADR 0172): a late answer to the consultation {@code id}, closed as silence: kept
   * beside the silence, which stands (the agency decides). False as above.
   */
  public boolean lateAnswer(long id, Answer answer, LocalDate receivedOn, LocalDate postedOn,
      String opinion, String recordedBy) {
    return jdbc.update("UPDATE ogi_consultation SET late_answer = ?, late_received_on = ?,"
        + " late_opinion = ?, posted_on = ?, after_period_recorded_by = ? WHERE id = ?"
        + " AND answer = 'SILENCE' AND late_answer IS NULL", answer.name(),
        Date.valueOf(receivedOn), opinion, postedOn == null ? null : Date.valueOf(postedOn),
        recordedBy, id) == 1;
  }

  /** The reasons of a late answer as entered; empty when none. */
  public Optional<String> lateOpinion(long id) {
    return jdbc.queryForList("SELECT late_opinion FROM ogi_consultation WHERE id = ?"
        + " AND late_opinion IS NOT NULL", String.class, id).stream().findFirst();
  }

  /**
   * The case's third-party consultations of the latest round (the letters of one day, ADR
   * 0166), one per party, in the order they were opened.
   */
  public List<Consultation> latestThirdPartyRound(String trackingNumber) {
    List<Consultation> all = jdbc.query("SELECT " + COLUMNS + " FROM ogi_consultation"
        + " WHERE tracking_number = ? AND kind = ? ORDER BY id", (rs, i) -> map(rs),
        trackingNumber, ConsultationKind.THIRD_PARTY.name());
    if (all.isEmpty()) {
      return List.of();
    }
    LocalDate round = all.get(all.size() - 1).letterSentOn();
    return all.stream().filter(c -> c.letterSentOn().equals(round)).toList();
  }

  /** The case's latest consultation of that kind (the highest id), answered or not. */
  public Optional<Consultation> latest(String trackingNumber, ConsultationKind kind) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_consultation WHERE tracking_number = ?"
        + " AND kind = ? ORDER BY id DESC", (rs, i) -> map(rs), trackingNumber, kind.name())
        .stream().findFirst();
  }

  /** Every consultation of the case, in the order they were opened (the audit trail). */
  public List<Consultation> of(String trackingNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ogi_consultation WHERE tracking_number = ?"
        + " ORDER BY id", (rs, i) -> map(rs), trackingNumber);
  }

  /**
   * The case's latest third-party consultation, answered or not; of the latest round's
   * consultations (one per third party since ADR 0166, opened together), one that ended in an
   * objection if any did: the objection is what the override path and the release checks weigh,
   * whichever party's letter happened to be registered last.
   */
  public Optional<Consultation> latestThirdParty(String trackingNumber) {
    List<Consultation> all = jdbc.query("SELECT " + COLUMNS + " FROM ogi_consultation"
        + " WHERE tracking_number = ? AND kind = ? ORDER BY id DESC", (rs, i) -> map(rs),
        trackingNumber, ConsultationKind.THIRD_PARTY.name());
    if (all.isEmpty()) {
      return Optional.empty();
    }
    // The latest round: the letters of one consultation step go out together, on one day; a
    // later round (a correction, a new handling round) sends its own letters later.
    LocalDate round = all.get(0).letterSentOn();
    return all.stream().filter(c -> c.letterSentOn().equals(round)
        && c.answer() == Answer.OBJECTION).findFirst().or(() -> Optional.of(all.get(0)));
  }

  /**
   * Whether the third party's latest consultation of the case ended in an objection, and the
   * day its letter went out: the register's answer to "did a third party object" (Art. 32).
   */
  public Optional<LocalDate> latestThirdPartyObjectionSentOn(String trackingNumber) {
    return latestThirdParty(trackingNumber).filter(c -> c.answer() == Answer.OBJECTION)
        .map(Consultation::letterSentOn);
  }

  /**
   * Art. 32: the notice of the decision to disclose over the objection went out, stating the day
   * from which the information will be disclosed (ADR 0171).
   */
  public void overrideNoticeSent(long id, LocalDate sentOn, LocalDate disclosureOn) {
    jdbc.update("UPDATE ogi_consultation SET override_notice_sent_on = ?,"
        + " override_notice_served_on = NULL, override_disclosure_on = ? WHERE id = ?",
        Date.valueOf(sentOn), disclosureOn == null ? null : Date.valueOf(disclosureOn), id);
  }

  public void overrideNoticeServed(long id, LocalDate servedOn) {
    jdbc.update("UPDATE ogi_consultation SET override_notice_served_on = ? WHERE id = ?",
        Date.valueOf(servedOn), id);
  }

  private static Consultation map(java.sql.ResultSet rs) throws java.sql.SQLException {
    String answer = rs.getString(6);
    return new Consultation(rs.getLong(1), ConsultationKind.valueOf(rs.getString(2)),
        date(rs.getDate(3)), date(rs.getDate(4)), date(rs.getDate(5)),
        answer == null ? null : Answer.valueOf(answer), date(rs.getDate(7)),
        date(rs.getDate(8)), date(rs.getDate(9)), rs.getString(10), date(rs.getDate(11)),
        rs.getString(12) == null ? null : Answer.valueOf(rs.getString(12)),
        date(rs.getDate(13)), date(rs.getDate(14)));
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
