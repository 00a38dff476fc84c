package io.github.ogiworkflow.register;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Leadership decisions on a case (reply, public-interest override, extension): the audit record. */
@Repository
public class DecisionRegister {

  /** What leadership decided on. */
  public enum Kind { REPLY, OVERRIDE, EXTENSION }

  /** One recorded decision. */
  public record Decision(Kind kind, String decision, String comment, String decidedBy) {}

  private final JdbcTemplate jdbc;

  public DecisionRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String trackingNumber, Kind kind, String decision, String comment,
      String decidedBy) {
    jdbc.update("INSERT INTO ogi_approval (tracking_number, kind, decision, comment, decided_by,"
        + " decided_at) VALUES (?, ?, ?, ?, ?, ?)", trackingNumber, kind.name(), decision,
        comment, decidedBy, Timestamp.from(OfficeTime.now()));
  }

  public List<Decision> of(String trackingNumber) {
    return jdbc.query("SELECT kind, decision, comment, decided_by FROM ogi_approval"
        + " WHERE tracking_number = ? ORDER BY id", (rs, i) -> new Decision(
            Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
        trackingNumber);
  }
}
