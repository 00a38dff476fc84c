package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.appeal.AppealRegister;
import java.time.LocalDate;

/** The trail's appeal notes, for the appeal scenario tests (another package). */
public final class TrailTestAccess {

  private TrailTestAccess() {}

  /** {@link AppealSource#lateAnswer}. */
  public static String lateAnswer(AppealRegister.Appeal appeal, LocalDate today) {
    return AppealSource.lateAnswer(appeal, today);
  }
}
