package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Running Litigation instances move to the latest model at every start (ADR 0057), so a suit
 * begun before ADR 0049 also waits for the plaintiff's appeal after a judgment for the agency,
 * and one begun before ADR 0057 also takes it after a correction. Each older version gets a
 * migration plan of its equal activities (every later model keeps the earlier ids; boundary
 * events added to a waiting task are created); instances of a version the engine cannot migrate
 * stay where they are, with a warning in the log. Idempotent: once moved, nothing is left on an
 * older version. Runs before the job executor starts (as the demo cases do); a failure never
 * stops the app. A task keeps the name it was created with through a migration, so the open
 * tasks of the latest version are then named as the latest model names them (ADR 0060; the
 * brief tasks for their own document, as {@link LitigationDelegates#briefTaskName} names them
 * at creation): also idempotent, and it also renames tasks moved before this step existed.
 * Logs at INFO how many moved and how long it took (docs/benchmarks.md). Then, on the latest
 * model, the 答辩状 to a plaintiff's appeal recorded into the agency's second instance before
 * ADR 0066 is started, and one a judgment recorded under ADR 0066's model left open is ended
 * ({@link JoinedDefenceStarts}, ADR 0070).
 */
@Component
public class LitigationMigration implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LitigationMigration.class);

  private final ObjectProvider<ProcessEngine> engine;
  private final AppealRegister appeals;
  private final CaseRegister cases;
  private final PlatformTransactionManager transactions;

  public LitigationMigration(ObjectProvider<ProcessEngine> engine, AppealRegister appeals,
      CaseRegister cases, PlatformTransactionManager transactions) {
    this.engine = engine;
    this.appeals = appeals;
    this.cases = cases;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    ProcessEngine processEngine = engine.getIfAvailable();
    if (processEngine != null) {
      long started = System.nanoTime();
      long moved = migrate(processEngine);
      // One line per start, so its cost shows apart from the rest of the start (benchmarks.md).
      LOG.info("LitigationMigration: {} instances moved in {} ms", moved,
          (System.nanoTime() - started) / 1_000_000);
      // After the move, so the suits have the 答辩原告上诉 sub-process to start (ADR 0070).
      started = System.nanoTime();
      int defences = JoinedDefenceStarts.start(processEngine, appeals, cases, transactions);
      int moot = JoinedDefenceStarts.endMoot(processEngine, appeals, cases, transactions);
      LOG.info("JoinedDefenceStarts: {} defences to joined plaintiffs' appeals started, {} ended"
          + " after the judgment, in {} ms", defences, moot,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Moves every running Litigation instance to the latest version; the number moved. */
  public static long migrate(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    RuntimeService runtime = engine.getRuntimeService();
    // No suit running (most starts): nothing to move or rename. Checked first because the
    // engine parses a definition's model with the model API for its description at the first
    // definition query (enableFetchProcessDefinitionDescription, which Tasklist's start list
    // needs): about 730 classes and an XML schema, on every start, for nothing (benchmarks.md,
    // 2026-12-06 later).
    if (runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.LITIGATION)
        .count() == 0) {
      return 0;
    }
    ProcessDefinition latest = repository.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.LITIGATION).latestVersion().singleResult();
    if (latest == null) {
      return 0;
    }
    long moved = 0;
    for (ProcessDefinition older : repository.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.LITIGATION).list()) {
      long running = runtime.createProcessInstanceQuery()
          .processDefinitionId(older.getId()).count();
      if (older.getId().equals(latest.getId()) || running == 0) {
        continue;
      }
      try {
        MigrationPlan plan = runtime.createMigrationPlan(older.getId(), latest.getId())
            .mapEqualActivities().build();
        runtime.newMigration(plan).processInstanceQuery(runtime.createProcessInstanceQuery()
            .processDefinitionId(older.getId())).execute();
        moved += running;
        LOG.info("Migrated {} Litigation instance(s) from version {} to {}", running,
            older.getVersion(), latest.getVersion());
      } catch (ProcessEngineException e) {
        LOG.warn("Litigation instances of version {} stay on it: {}", older.getVersion(),
            e.getMessage());
      }
    }
    renameTasks(engine, latest);
    return moved;
  }

  /**
   * Names the open tasks of {@code latest}'s instances as that model does (public API only:
   * the name from the deployed {@code BpmnModelInstance}, written with
   * {@code TaskService.saveTask}, which the history records too); the number renamed. A brief
   * task's model name (起草答辩状或上诉状) is put for the document its current name names
   * (行政上诉状, else 答辩状), as the create listener decided it from the register.
   */
  static long renameTasks(ProcessEngine engine, ProcessDefinition latest) {
    TaskService tasks = engine.getTaskService();
    List<Task> open = tasks.createTaskQuery().processDefinitionId(latest.getId()).list();
    if (open.isEmpty()) {
      return 0; // most starts: the model is not parsed for nothing
    }
    Map<String, String> names = new HashMap<>();
    for (UserTask task : engine.getRepositoryService().getBpmnModelInstance(latest.getId())
        .getModelElementsByType(UserTask.class)) {
      if (task.getName() != null) {
        names.put(task.getId(), task.getName());
      }
    }
    long renamed = 0;
    for (Task task : open) {
      String name = latestName(names.get(task.getTaskDefinitionKey()), task.getName());
      if (name == null || name.equals(task.getName())) {
        continue;
      }
      try {
        task.setName(name);
        tasks.saveTask(task);
        renamed++;
      } catch (ProcessEngineException e) {
        LOG.warn("Litigation task {} keeps its name: {}", task.getId(), e.getMessage());
      }
    }
    if (renamed > 0) {
      LOG.info("Named {} Litigation task(s) as version {} names them", renamed,
          latest.getVersion());
    }
    return renamed;
  }

  /**
   * The name the latest model gives a task now named {@code current}; null where the model
   * names none. The brief tasks' neutral name is put for the task's own document.
   */
  static String latestName(String modelName, String current) {
    if (modelName == null || !modelName.contains(LitigationDelegates.NEUTRAL_BRIEF)) {
      return modelName;
    }
    String document = current != null && current.contains("行政上诉状") ? "行政上诉状" : "答辩状";
    return LitigationDelegates.briefTaskName(modelName, document);
  }
}
