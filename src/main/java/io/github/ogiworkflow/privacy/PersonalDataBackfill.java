package io.github.ogiworkflow.privacy;

import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Before V8, process variables held the applicant's contact data in full, and the history kept
 * the identity number a form had sent. Once, at the first start with V8 (before the web server
 * takes requests), running cases get masked variables and the history is masked in place; the
 * register already holds every full value. Later starts skip it (ogi_maintenance_done).
 *
 * <p>When a mask gets stricter, the step gets a new name, so values stored under the old mask
 * are masked again once: short identity numbers (passports, 港澳通行证) kept 7 of 9 characters
 * until 2026-12-06 (audit round 24, F9). Masking a masked value again is idempotent.
 */
@Component
public class PersonalDataBackfill implements SmartInitializingSingleton {

  /**
   * Named after the latest change of a mask, so that a start after it masks the values stored
   * before once (audit round 24, F9: short identity numbers; ADR 0110: addresses and e-mails in
   * a withdrawal's reason; audit 30b F4, ADR 0117: the other free texts; ADR 0129: the online
   * correction, the appeal answer and its evidence list; audit 32b F7, ADR 0131: e-mail
   * addresses in the request; ADR 0136: the secrecy reviewer's redaction note, whose recorded
   * reviews already hold it whole in ogi_item_review).
   */
  static final String STEP = "mask-redaction-notes-adr-0136";
  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataBackfill.class);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;
  private final ObjectProvider<FullTextKeeper> keepers;

  public PersonalDataBackfill(RuntimeService runtime, TaskService tasks, JdbcTemplate jdbc,
      ObjectProvider<FullTextKeeper> keepers) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.keepers = keepers;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_maintenance_done WHERE step = ?",
        Integer.class, STEP);
    if (done != null && done > 0) {
      return;
    }
    int masked = maskExistingData();
    try {
      jdbc.update("INSERT INTO ogi_maintenance_done (step, done_at) VALUES (?, ?)", STEP,
          Timestamp.from(OfficeTime.now()));
    } catch (DuplicateKeyException anotherNodeMeanwhile) {
      // Masking is idempotent: a second node doing the same at the same time does no harm.
    }
    LOG.info("Masked {} stored values of applicants' personal data", masked);
  }

  /** Masks what is stored unmasked; returns how many values changed. Idempotent. */
  public int maskExistingData() {
    // A text masked from now on is first kept whole where a letter still needs it (ADR 0117).
    int kept = keepers.orderedStream().mapToInt(FullTextKeeper::keepFullTexts).sum();
    if (kept > 0) {
      LOG.info("Kept {} free texts in full in their registers before masking them", kept);
    }
    return maskRunningVariables() + maskHistory();
  }

  /**
   * Through the engine, so the change is history too (masked by the plugin). The full identity
   * number is never kept in a variable: removed (the register has it).
   */
  private int maskRunningVariables() {
    List<VariableInstance> unmasked = runtime.createVariableInstanceQuery()
        .variableNameIn(PersonalVariables.names()).disableCustomObjectDeserialization().list()
        .stream().filter(v -> v.getValue() instanceof String text
            && !text.equals(PersonalVariables.mask(v.getName(), text)))
        .toList();
    for (VariableInstance variable : unmasked) {
      String maskedValue = PersonalVariables.mask(variable.getName(), (String) variable.getValue());
      boolean remove = ID_NUMBER.equals(variable.getName());
      if (variable.getTaskId() != null) {
        if (remove) {
          tasks.removeVariableLocal(variable.getTaskId(), variable.getName());
        } else {
          tasks.setVariableLocal(variable.getTaskId(), variable.getName(), maskedValue);
        }
      } else if (remove) {
        runtime.removeVariableLocal(variable.getExecutionId(), variable.getName());
      } else {
        runtime.setVariableLocal(variable.getExecutionId(), variable.getName(), maskedValue);
      }
    }
    return unmasked.size();
  }

  /**
   * The history has no API to change a stored value, so the text columns of the engine's two
   * history tables that hold variable values (variable instances; details: updates and submitted
   * form fields) are masked in place, for the personal names only.
   */
  private int maskHistory() {
    String[] personal = PersonalVariables.names();
    String names = String.join(", ", java.util.Collections.nCopies(personal.length, "?"));
    int changed = 0;
    for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      List<String[]> rows = jdbc.query("SELECT ID_, NAME_, TEXT_ FROM " + table
          + " WHERE NAME_ IN (" + names + ") AND TEXT_ IS NOT NULL"
          // Text values and submitted form fields (no type); other types are not text.
          + " AND (VAR_TYPE_ = 'string' OR VAR_TYPE_ IS NULL)",
          (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
          (Object[]) personal);
      for (String[] row : rows) {
        String masked = PersonalVariables.mask(row[1], row[2]);
        if (!masked.equals(row[2])) {
          changed += jdbc.update("UPDATE " + table + " SET TEXT_ = ?, TEXT2_ = NULL"
              + " WHERE ID_ = ?", masked, row[0]);
        }
      }
    }
    return changed;
  }
}
