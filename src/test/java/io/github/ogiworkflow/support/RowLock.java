package io.github.ogiworkflow.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;

/**
 * Holds one row in a second transaction (a {@code SELECT … FOR UPDATE} with one key) while the
 * test's requests run, then rolls that transaction back: how another user's long write looks
 * to a request that must wait for the row.
 */
public final class RowLock {

  /** What runs while the row is held. */
  public interface WhileHeld<T> {
    T run() throws Exception;
  }

  private RowLock() {}

  public static <T> T holding(DataSource dataSource, String selectForUpdate, String key,
      WhileHeld<T> action) throws Exception {
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try {
        try (PreparedStatement lock = other.prepareStatement(selectForUpdate)) {
          lock.setString(1, key);
          lock.executeQuery().close();
        }
        return action.run();
      } finally {
        other.rollback();
      }
    }
  }
}
