package io.github.ogiworkflow.consultation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Consultations of a case: letter, due date and the answer (or silence). */
@Repository
public class ConsultationRegister {

  /** What came back. Silence counts as consent for an agency; for a third party the office decides. */
  public enum Answer { CONSENT, OBJECTION, SILENCE }

  private final JdbcTemplate jdbc;

  public ConsultationRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void open(String trackingNumber, ConsultationKind kind, LocalDate sentOn, LocalDate dueOn) {
    jdbc.update("INSERT INTO ogi_consultation (tracking_number, kind, letter_sent_on, due_on)"
        + " VALUES (?, ?, ?, ?)", trackingNumber, kind.name(), Date.valueOf(sentOn),
        Date.valueOf(dueOn));
  }

  public void answer(String trackingNumber, ConsultationKind kind, Answer answer,
      LocalDate answeredOn, String opinion) {
    int rows = jdbc.update("UPDATE ogi_consultation SET answer = ?, answered_on = ?, opinion = ?"
        + " WHERE tracking_number = ? AND kind = ? AND answer IS NULL", answer.name(),
        answeredOn == null ? null : Date.valueOf(answeredOn), opinion, trackingNumber,
        kind.name());
    if (rows != 1) {
      throw new IllegalStateException("No open " + kind + " consultation for " + trackingNumber);
    }
  }

  /**
   * Whether the third party's latest consultation of the case ended in an objection, and the
   * day its letter went out: the register's answer to "did a third party object" (Art. 32).
   */
  public Optional<LocalDate> latestThirdPartyObjectionSentOn(String trackingNumber) {
    return jdbc.query("SELECT answer, letter_sent_on FROM ogi_consultation WHERE tracking_number"
        + " = ? AND kind = ? ORDER BY id DESC", (rs, i) -> Answer.OBJECTION.name()
            .equals(rs.getString(1)) ? Optional.of(rs.getDate(2).toLocalDate())
            : Optional.<LocalDate>empty(),
        trackingNumber, ConsultationKind.THIRD_PARTY.name()).stream().findFirst()
        .flatMap(o -> o);
  }
}
