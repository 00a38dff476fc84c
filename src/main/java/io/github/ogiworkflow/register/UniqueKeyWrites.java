package io.github.ogiworkflow.register;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A register write that a unique key refuses when another transaction made the same one at the
 * same moment, on any node (a complaint's docket, an annual report's run). It runs under a
 * savepoint, so only it is undone and the caller can still read the winner and refuse within
 * its own transaction.
 */
public final class UniqueKeyWrites {

  /** SQLState of a unique key's violation, on H2 and PostgreSQL alike. */
  static final String UNIQUE_VIOLATION = "23505";

  private UniqueKeyWrites() {}

  /** One write on the transaction's connection; its result must not be null. */
  @FunctionalInterface
  public interface Write<T> {
    T on(Connection connection) throws SQLException;
  }

  /** What {@code write} returned, or empty when a unique key refused it (only it undone). */
  public static <T> Optional<T> unlessTaken(JdbcTemplate jdbc, Write<T> write) {
    return Optional.ofNullable(jdbc.execute((ConnectionCallback<T>) connection -> {
      Savepoint before = connection.getAutoCommit() ? null : connection.setSavepoint();
      try {
        T result = write.on(connection);
        if (before != null) {
          connection.releaseSavepoint(before);
        }
        return result;
      } catch (SQLException e) {
        if (before != null && UNIQUE_VIOLATION.equals(e.getSQLState())) {
          connection.rollback(before);
          return null;
        }
        throw e;
      }
    }));
  }
}
