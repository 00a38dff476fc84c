package io.github.ogiworkflow.enginerest;

import io.github.ogiworkflow.report.AnnualReportRuns;
import io.github.ogiworkflow.retention.CleanupRecorder;
import io.github.ogiworkflow.retention.HistoryRemovals;
import io.github.ogiworkflow.security.StaffAccess;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;

/** Our additions to Camunda's REST API at /engine-rest (a Jersey application). */
@Configuration(proxyBeanMethods = false)
public class EngineRestConfiguration {

  /**
   * After the authentication filters (they set the caller on the engine), before the REST
   * servlets. The webapps' copy is covered too; there the caller may come from the session.
   */
  public static final int ENGINE_API_GUARD_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

  @Bean
  ResourceConfigCustomizer concurrentChangeResponses(TaskService tasks, HistoryService history,
      StaffAccess access) {
    return config -> config.register(new ConcurrentChangeResponses(tasks, history, access));
  }

  /**
   * Reads of a task or an instance that has ended, on both APIs: 404 in Chinese, not the
   * engine's 500; after the guard.
   */
  @Bean
  FilterRegistrationBean<GoneEngineReads> goneEngineReads(RuntimeService runtime,
      TaskService tasks, StaffAccess access) {
    FilterRegistrationBean<GoneEngineReads> registration =
        new FilterRegistrationBean<>(new GoneEngineReads(runtime, tasks, access));
    registration.setName("gone-engine-reads");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(ENGINE_API_GUARD_ORDER + 2);
    return registration;
  }

  /** A step's refusal through an endpoint that answers it with 500 (a message): 400. */
  @Bean
  ResourceConfigCustomizer stepRefusalResponses() {
    return config -> config.register(StepRefusalResponses.class);
  }

  /**
   * A step's refusal that an endpoint wraps in a 500 (an administrator's {@code start} of a
   * process whose start listener refuses): 400 as well.
   */
  @Bean
  ResourceConfigCustomizer wrappedStepRefusals() {
    return config -> config.register(new WrappedStepRefusals());
  }

  @Bean
  FormCatalogue formCatalogue(FormService forms, RepositoryService repository) {
    return new FormCatalogue(forms, repository);
  }

  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identity,
      TaskService tasks, RepositoryService repository, StaffAccess access,
      FormCatalogue catalogue, AuthorizationService authorizations, RuntimeService runtime,
      AnnualReportRuns reportRuns, HistoryService history, HistoryRemovals removals,
      CleanupRecorder cleanups, io.github.ogiworkflow.process.VariableLabels labels) {
    FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(
        new EngineApiGuard(identity, tasks, repository, access, catalogue, authorizations,
            runtime, reportRuns, history, removals, cleanups, labels));
    registration.setName("engine-api-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(ENGINE_API_GUARD_ORDER);
    return registration;
  }

  /** PostgreSQL: the engine's task queries planned with their parameters; before the guard. */
  @Bean
  FilterRegistrationBean<TaskQueryPlans> taskQueryPlans(DataSource dataSource,
      PlatformTransactionManager transactions) {
    FilterRegistrationBean<TaskQueryPlans> registration =
        new FilterRegistrationBean<>(new TaskQueryPlans(dataSource, transactions));
    registration.setName("task-query-plans");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(ENGINE_API_GUARD_ORDER - 1);
    return registration;
  }

  /** Seeded Tasklist filters paged without reading every open task (ADR 0017); after the guard. */
  @Bean
  FilterRegistrationBean<TaskFilterPages> taskFilterPages(FilterService filters,
      IdentityService identity, TaskService tasks, ManagementService management,
      DataSource dataSource) {
    boolean h2 = TaskListIndexes.ensure(dataSource, management);
    TaskPageCandidates candidates = new TaskPageCandidates(tasks, identity, management, h2);
    FilterRegistrationBean<TaskFilterPages> registration = new FilterRegistrationBean<>(
        new TaskFilterPages(filters, identity, candidates,
            request -> EngineApiGuard.callerOf(identity, request)));
    registration.setName("task-filter-pages");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(ENGINE_API_GUARD_ORDER + 1);
    return registration;
  }

  /**
   * Error answers without SQL, stack traces or class names, for every path; inside the header
   * and login-throttle filters, outside everything else.
   */
  @Bean
  FilterRegistrationBean<SafeErrorResponses> safeErrorResponses(TaskService tasks,
      HistoryService history, StaffAccess access) {
    FilterRegistrationBean<SafeErrorResponses> registration = new FilterRegistrationBean<>(
        new SafeErrorResponses(new ConcurrentChangeResponses(tasks, history, access)));
    registration.setName("safe-error-responses");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
