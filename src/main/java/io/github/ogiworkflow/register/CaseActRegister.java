package io.github.ogiworkflow.register;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ActingStaff;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Acts of a request the register kept nowhere else (ADR 0174, audit 34b open points of ADR
 * 0161), one row each, written at the act and never changed (table {@code ogi_case_act}, V127):
 * the completeness conclusion, the fee decision with its basis, the split into items, and what
 * a timer did. Each row names the staff member acting (his name at the act) or, for a job, the
 * system and what triggered it.
 */
@Repository
public class CaseActRegister {

  /** What kind of act a row records. */
  public enum Kind {
    /** 审查申请内容是否明确: the conclusion (conclusion: COMPLETE, CORRECTION, …). */
    COMPLETENESS,
    /** 确定是否收费: CHARGE or NO_FEE, detail the basis. */
    FEE,
    /** 检索信息并拆分信息项: detail how many items, and which. */
    ITEMS_SPLIT,
    /** A timer fired (step_name: the timer's name, e.g. 补正期限届满). */
    TIMER,
    /**
     * 确认逾期未补正 (ADR 0180): the office's choice, conclusion CLOSE, MORE_TIME or RECEIVED;
     * detail the new period or the day the correction came, and the reason given.
     */
    NO_CORRECTION,
    /**
     * 审查申请人说明的理由 (Art. 35, ADR 0180): the assessment, conclusion ACCEPTED,
     * ACCEPTED_DELAYED or REJECTED; detail the day the reasons came, the delay and 审查意见.
     */
    REASONS,
    /**
     * 确认逾期未说明理由 (Art. 35, ADR 0184): the office's finding, conclusion NOT_GIVEN or
     * GIVEN; detail the period's last day or the day the reasons came, and 情况说明.
     */
    NO_REASONS
  }

  /** The trigger recorded for a timer: its period ran out (or its day came). */
  public static final String TIMER_TRIGGER = "期限届满";

  /** An act as kept: {@code systemTrigger} set (and nobody acting) when the system did it. */
  public record Act(long id, String caseRef, Kind kind, String stepName, String conclusion,
      String detail, String actedBy, String actedByName, String systemTrigger, Instant actedAt) {

    public boolean bySystem() {
      return systemTrigger != null;
    }
  }

  private final JdbcTemplate jdbc;
  /** Lazily: the engine's expressions name the beans that use this one. */
  private final ObjectProvider<IdentityService> identity;

  public CaseActRegister(JdbcTemplate jdbc, ObjectProvider<IdentityService> identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /**
   * Records an act of the user acting now (a task's completion, an API call), by his name now;
   * done by a job, it is recorded as the system's with {@code systemTrigger}.
   */
  public void record(String caseRef, Kind kind, String stepName, String conclusion,
      String detail, String systemTrigger) {
    ActingStaff acting = ActingStaff.now(identity);
    boolean bySystem = acting.userId() == null && ActingStaff.bySystem();
    insert(caseRef, kind, stepName, conclusion, detail, acting,
        bySystem ? systemTrigger : null);
  }

  void insert(String caseRef, Kind kind, String stepName, String conclusion, String detail,
      ActingStaff acting, String systemTrigger) {
    if (caseRef == null) {
      return;
    }
    jdbc.update("""
        INSERT INTO ogi_case_act (case_ref, kind, step_name, conclusion, detail, acted_by,
          acted_by_name, system_trigger, acted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        caseRef, kind.name(), cut(stepName, 255), conclusion, cut(detail, 1000),
        acting.userId(), acting.name(), systemTrigger, Timestamp.from(OfficeTime.now()));
  }

  /** The case's acts in the order recorded. */
  public List<Act> of(String caseRef) {
    return jdbc.query("""
        SELECT id, case_ref, kind, step_name, conclusion, detail, acted_by, acted_by_name,
          system_trigger, acted_at FROM ogi_case_act WHERE case_ref = ? ORDER BY id""",
        (rs, n) -> new Act(rs.getLong("id"), rs.getString("case_ref"),
            Kind.valueOf(rs.getString("kind")), rs.getString("step_name"),
            rs.getString("conclusion"), rs.getString("detail"), rs.getString("acted_by"),
            rs.getString("acted_by_name"), rs.getString("system_trigger"),
            rs.getTimestamp("acted_at").toInstant()), caseRef);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
