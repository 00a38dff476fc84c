package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;

/**
 * An instance's variables changed other than through a form ({@link VariableChangesOutsideForms}):
 * the variable and its old and new value.
 */
final class OutsideFormChanges {

  private final HistoryService history;
  private final FormLabels labels;

  OutsideFormChanges(HistoryService history, FormLabels labels) {
    this.history = history;
    this.labels = labels;
  }

  void addTo(String pid, TrailNames names, List<Entry> entries) {
    for (VariableChangesOutsideForms.Change change : VariableChangesOutsideForms.of(history, pid)) {
      entries.add(new Entry(change.at(), false, "VARIABLE", "修改变量「" + labels.field(change.variable()) + "」"
          + "（非表单提交，" + ManualOperations.operationLabel(change.operation()) + "）", names.of(change.userId()),
          "", "", change.oldValue() + " → " + change.newValue()));
    }
  }
}
