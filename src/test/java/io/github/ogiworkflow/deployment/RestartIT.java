package io.github.ogiworkflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.OgiWorkflowApplication;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two starts of the app on the same H2 file: data, people and filters survive, and unchanged
 * models are not deployed a second time.
 */
class RestartIT {

  @TempDir Path dataDir;

  @Test
  void aRestartKeepsDataAndCreatesNoSecondDeployment() {
    String url = "jdbc:h2:file:" + dataDir.resolve("ogi-workflow") + ";DB_CLOSE_ON_EXIT=FALSE";
    Snapshot first;
    String taskId;
    try (ConfigurableApplicationContext app = start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      first = Snapshot.of(engine);
      Task task = engine.getTaskService().newTask();
      task.setName("重启前创建的任务");
      engine.getTaskService().saveTask(task);
      taskId = task.getId();
    }
    assertThat(first.deployments).hasSize(1);
    assertThat(first.resourceNames).isNotEmpty()
        .allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"))
        .anyMatch(name -> name.endsWith(".bpmn"))
        .anyMatch(name -> name.endsWith(".form"));

    try (ConfigurableApplicationContext app = start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      Snapshot second = Snapshot.of(engine);
      assertThat(second.deployments).isEqualTo(first.deployments);
      assertThat(second.resourceNames).isEqualTo(first.resourceNames);
      assertThat(second.users).isEqualTo(first.users);
      assertThat(second.groups).isEqualTo(first.groups);
      assertThat(second.grants).isEqualTo(first.grants);
      assertThat(second.filters).isEqualTo(first.filters);
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    // Command-line arguments, so they win over application.yaml (builder properties would not).
    return new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("demo")
        .run(
            "--spring.datasource.url=" + url,
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--spring.jmx.enabled=false",
            "--camunda.bpm.job-execution.enabled=false",
            "--ogi.demo.cases.enabled=false");
  }

  record Snapshot(List<String> deployments, List<String> resourceNames, long users, long groups,
      long grants, long filters) {

    static Snapshot of(ProcessEngine engine) {
      RepositoryService repository = engine.getRepositoryService();
      List<Deployment> deployments = repository.createDeploymentQuery().list();
      List<String> resources = deployments.stream()
          .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
          .sorted().toList();
      IdentityService identity = engine.getIdentityService();
      AuthorizationService authorization = engine.getAuthorizationService();
      FilterService filter = engine.getFilterService();
      return new Snapshot(deployments.stream().map(Deployment::getId).toList(), resources,
          identity.createUserQuery().count(), identity.createGroupQuery().count(),
          authorization.createAuthorizationQuery().count(),
          filter.createFilterQuery().count());
    }
  }
}
