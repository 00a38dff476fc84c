package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * The trail's part from Camunda's history: for each instance of the key and each instance it
 * called, its steps ({@link ActivitySteps}), then its manual operations
 * ({@link ManualOperations}) and variables changed outside forms ({@link OutsideFormChanges}),
 * each called instance's entries right after the call activity that started it.
 */
final class HistoryTrail {

  /**
   * The history's entries in call order; {@code completedTasks}: a completed task's entry → its
   * element id, where the register's record of that completion is placed.
   */
  record Steps(List<Entry> entries, Map<Entry, String> completedTasks) {}

  private final HistoryService history;
  private final ActivitySteps activities;
  private final ManualOperations operations;
  private final OutsideFormChanges variableChanges;

  HistoryTrail(HistoryService history, ActivitySteps activities, ManualOperations operations,
      OutsideFormChanges variableChanges) {
    this.history = history;
    this.activities = activities;
    this.operations = operations;
    this.variableChanges = variableChanges;
  }

  /** The instances with the key and every instance they called, at any depth. */
  List<HistoricProcessInstance> instances(String businessKey) {
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    List<HistoricProcessInstance> roots = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list();
    roots.forEach(i -> found.put(i.getId(), i));
    for (HistoricProcessInstance root : roots) {
      history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getRootProcessInstanceId())
          .list().forEach(i -> found.putIfAbsent(i.getId(), i));
    }
    return new ArrayList<>(found.values());
  }

  Steps of(List<HistoricProcessInstance> instances, TrailNames names) {
    Map<String, List<Entry>> byInstance = new LinkedHashMap<>();
    Map<Entry, String> calls = new IdentityHashMap<>();
    Map<Entry, String> completedTasks = new IdentityHashMap<>();
    for (HistoricProcessInstance instance : instances) {
      String pid = instance.getId();
      Map<String, HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
          .processInstanceId(pid).list().stream()
          .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
      List<Entry> own = new ArrayList<>();
      activities.addTo(instance, tasks, names, own, calls, completedTasks);
      // Operations and variable changes after the steps: at the same moment (the registration
      // that clears the ID number), the step comes first.
      operations.addTo(pid, tasks, names, own);
      variableChanges.addTo(pid, names, own);
      byInstance.put(pid, own);
    }
    return new Steps(inCallOrder(byInstance, calls), completedTasks);
  }

  /**
   * Each called instance's entries right after the call activity that started it. Steps of one
   * transaction share a timestamp (to the millisecond, or exactly when the clock is set); the
   * stable sort by time then keeps a reviewer's conclusion before the steps of the calling case
   * that it triggered, and the calling case's steps before those of the review it starts.
   */
  private static List<Entry> inCallOrder(Map<String, List<Entry>> byInstance,
      Map<Entry, String> calls) {
    List<Entry> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    Set<String> called = new HashSet<>(calls.values());
    for (String pid : byInstance.keySet()) {
      if (!called.contains(pid)) {
        appendWithCalled(pid, byInstance, calls, ordered, placed);
      }
    }
    // A called instance whose call activity is not in the trail (unnamed): at the end.
    for (String pid : byInstance.keySet()) {
      appendWithCalled(pid, byInstance, calls, ordered, placed);
    }
    return ordered;
  }

  private static void appendWithCalled(String pid, Map<String, List<Entry>> byInstance,
      Map<Entry, String> calls, List<Entry> ordered, Set<String> placed) {
    if (!placed.add(pid)) {
      return;
    }
    for (Entry entry : byInstance.getOrDefault(pid, List.of())) {
      ordered.add(entry);
      String calledPid = calls.get(entry);
      if (calledPid != null && byInstance.containsKey(calledPid)) {
        appendWithCalled(calledPid, byInstance, calls, ordered, placed);
      }
    }
  }
}
