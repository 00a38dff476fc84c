package io.github.ogiworkflow.register;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.ogiworkflow.process.StaffAtTheTime;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Leadership decisions on a case (reply, public-interest override, extension, Art. 35 delay): the audit record. */
@Repository
public class DecisionRegister {

  /** What leadership decided on. */
  public enum Kind { REPLY, OVERRIDE, EXTENSION, DELAY }

  /** One recorded decision. */
  public record Decision(Kind kind, String decision, String comment, String decidedBy) {}

  /**
   * A recorded decision with its row id and time: what the checks at delivery compare;
   * {@code decidedByGroups}: the decider's groups when the decision was recorded, null for a
   * decision recorded before that was kept (ADR 0123).
   */
  public record RecordedDecision(long id, Kind kind, String decision, String decidedBy,
      Instant decidedAt, String decidedByGroups) {}

  private static final String RECORDED =
      "SELECT id, kind, decision, decided_by, decided_at, decided_by_groups FROM ogi_approval";

  private final JdbcTemplate jdbc;
  /** Lazily: the engine's expressions name beans that use this one. */
  private final ObjectProvider<IdentityService> identity;

  public DecisionRegister(JdbcTemplate jdbc, ObjectProvider<IdentityService> identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /** Records a decision; returns its id. */
  public long record(String trackingNumber, Kind kind, String decision, String comment,
      String decidedBy) {
    // The decider as he is now, when he decides: his name and groups (ADR 0123).
    StaffAtTheTime decider = StaffAtTheTime.now(identity, decidedBy);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO ogi_approval"
          + " (tracking_number, kind, decision, comment, decided_by, decided_at,"
          + " decided_by_name, decided_by_groups) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      insert.setString(1, trackingNumber);
      insert.setString(2, kind.name());
      insert.setString(3, decision);
      insert.setString(4, comment);
      insert.setString(5, decidedBy);
      insert.setTimestamp(6, Timestamp.from(OfficeTime.now()));
      insert.setString(7, decider.name());
      insert.setString(8, decider.groups());
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  public Optional<RecordedDecision> find(long id) {
    return jdbc.query(RECORDED + " WHERE id = ?", (rs, i) -> recorded(rs), id).stream()
        .findFirst();
  }

  /** The latest decision of that kind on the case, if any. */
  public Optional<RecordedDecision> latest(String trackingNumber, Kind kind) {
    return jdbc.query(RECORDED + " WHERE tracking_number = ? AND kind = ? ORDER BY id DESC",
        (rs, i) -> recorded(rs),
        trackingNumber, kind.name()).stream().findFirst();
  }

  /**
   * The latest decision of that kind on every case that has one, as {@link #latest} gives it
   * case by case (the highest id wins): for reports over many cases, in one query.
   */
  public Map<String, String> latestOfEveryCase(Kind kind) {
    Map<String, String> latest = new HashMap<>();
    jdbc.query("SELECT tracking_number, decision FROM ogi_approval WHERE kind = ? ORDER BY id",
        (RowCallbackHandler) rs -> latest.put(rs.getString(1), rs.getString(2)), kind.name());
    return latest;
  }

  private static RecordedDecision recorded(ResultSet rs) throws SQLException {
    return new RecordedDecision(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6));
  }

  /** The name the decisions recorded for {@code userId} (the latest), if any (ADR 0123). */
  public Optional<String> recordedName(String userId) {
    return jdbc.queryForList("SELECT decided_by_name FROM ogi_approval WHERE decided_by = ?"
        + " AND decided_by_name IS NOT NULL ORDER BY id DESC", String.class, userId).stream()
        .findFirst();
  }

  public List<Decision> of(String trackingNumber) {
    return jdbc.query("SELECT kind, decision, comment, decided_by FROM ogi_approval"
        + " WHERE tracking_number = ? ORDER BY id", (rs, i) -> new Decision(
            Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
        trackingNumber);
  }

  /**
   * A decision with its comment and time, as the audit trail shows it; {@code decidedByName}:
   * the decider's name at the decision (V86), null for decisions recorded before.
   */
  public record DatedDecision(Kind kind, String decision, String comment, String decidedBy,
      Instant decidedAt, String decidedByName) {}

  /** The case's decisions in the order they were taken. */
  public List<DatedDecision> dated(String trackingNumber) {
    return jdbc.query("SELECT kind, decision, comment, decided_by, decided_at, decided_by_name"
        + " FROM ogi_approval WHERE tracking_number = ? ORDER BY decided_at",
        (rs, i) -> new DatedDecision(Kind.valueOf(rs.getString(1)), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)),
        trackingNumber);
  }
}
