package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.logging.PersonalDataMasker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * Variables of a process instance that a person changed other than by submitting a task's form
 * or starting the case: e.g. {@code PUT /task/{id}/variables/x}, {@code PUT
 * /process-instance/{id}/variables/x}, a modification with variables. Read from Camunda's
 * history: each variable update names the user operation it belongs to; updates without one are
 * the server's own steps and not listed. Personal values are masked.
 */
public final class VariableChangesOutsideForms {

  /** One change: the variable, its value before and after (masked where personal). */
  public record Change(Instant at, String userId, String operation, String variable,
      String oldValue, String newValue) {}

  /** Operations that are form submissions (complete, resolve) or the start of the case. */
  static final Set<String> FORM_OPERATIONS = Set.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
      UserOperationLogEntry.OPERATION_TYPE_RESOLVE, UserOperationLogEntry.OPERATION_TYPE_CREATE);

  /** Variables holding personal data: never shown, only that they changed. */
  static final Set<String> PERSONAL = Set.of("idNumber", "contactPhone", "contactAddress",
      "contactEmail");
  static final String HIDDEN = "（已隐去）";
  static final int MAX_VALUE = 300;

  private VariableChangesOutsideForms() {}

  public static List<Change> of(HistoryService history, String processInstanceId) {
    Map<String, UserOperationLogEntry> operations = new HashMap<>();
    for (UserOperationLogEntry log : history.createUserOperationLogQuery()
        .processInstanceId(processInstanceId).list()) {
      operations.putIfAbsent(log.getOperationId(), log);
    }
    Map<String, Object> previous = new HashMap<>();
    List<Change> changes = new ArrayList<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery()
        .processInstanceId(processInstanceId).variableUpdates().orderByTime().asc()
        .orderPartiallyByOccurrence().asc().list()) {
      if (!(detail instanceof HistoricVariableUpdate update)) {
        continue;
      }
      Object before = previous.get(update.getVariableInstanceId());
      previous.put(update.getVariableInstanceId(), update.getValue());
      UserOperationLogEntry operation = detail.getUserOperationId() == null ? null
          : operations.get(detail.getUserOperationId());
      if (operation == null || FORM_OPERATIONS.contains(operation.getOperationType())) {
        continue;
      }
      changes.add(new Change(detail.getTime().toInstant(), operation.getUserId(),
          operation.getOperationType(), update.getVariableName(),
          shown(update.getVariableName(), before), shown(update.getVariableName(),
              update.getValue())));
    }
    return changes;
  }

  static String shown(String variable, Object value) {
    if (value == null) {
      return "（空）";
    }
    if (PERSONAL.contains(variable)) {
      return HIDDEN;
    }
    String text = PersonalDataMasker.mask(Objects.toString(value));
    return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE) + "…";
  }
}
