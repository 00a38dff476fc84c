package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.process.ProcessKeys;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Running Litigation instances move to the latest model at every start (ADR 0057), so a suit
 * begun before ADR 0049 also waits for the plaintiff's appeal after a judgment for the agency,
 * and one begun before ADR 0057 also takes it after a correction. Each older version gets a
 * migration plan of its equal activities (every later model keeps the earlier ids; boundary
 * events added to a waiting task are created); instances of a version the engine cannot migrate
 * stay where they are, with a warning in the log. Idempotent: once moved, nothing is left on an
 * older version. Runs before the job executor starts (as the demo cases do); a failure never
 * stops the app. Logs at INFO how many moved and how long it took (docs/benchmarks.md).
 */
@Component
public class LitigationMigration implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LitigationMigration.class);

  private final ObjectProvider<ProcessEngine> engine;

  public LitigationMigration(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
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
    }
  }

  /** Moves every running Litigation instance to the latest version; the number moved. */
  public static long migrate(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    RuntimeService runtime = engine.getRuntimeService();
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
    return moved;
  }
}
