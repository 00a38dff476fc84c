package io.github.ogiworkflow.bench;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.ProcessTestEngine;
import io.github.ogiworkflow.support.ShippedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.spin.Spin;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Lifecycle throughput (issue "Benchmarks", item 1): full requests (intake → completeness → 3
 * items reviewed → reply decision → approval → delivery) through the engine's Java API, and in
 * the same run a bare model with the same number of user and service tasks and no logic. Prints
 * cases/s, per-case latency and the ratio ours / bare. Run with {@code mvn -Pbench test}.
 *
 * <p>Database: {@code -Dbench.db=h2} (default, a file under target/bench with the settings the
 * app ships, deleted after the run), or {@code postgres} with
 * {@code -Dbench.pgUrl}, {@code -Dbench.pgUser}, {@code -Dbench.pgPassword}.
 */
public final class LifecycleBenchmark {

  /** User tasks of one case on the benchmarked path: 2 intake, 3 reviews, edit, approve, deliver. */
  static final int USER_TASKS = 8;
  /** Service and rule steps of one case on that path. */
  static final int SERVICE_TASKS = 11;

  /** Process key of the bare model. */
  static final String BARE_PROCESS = "BareBenchmark";

  /** Candidate groups of the steps on the benchmarked path (the others are office's). */
  private static final Map<String, String> GROUP_OF_STEP = Map.of(
      TASK_REVIEW_ITEM, "legal", TASK_APPROVE_REPLY, "leadership");

  private LifecycleBenchmark() {}

  public static void main(String[] args) {
    // 300: after 30 our larger code path still ran colder than the bare one (docs/benchmarks.md).
    int warmup = Integer.getInteger("bench.warmup", 300);
    int cases = Integer.getInteger("bench.cases", 200);
    String db = System.getProperty("bench.db", "h2");
    // The steps log as in the app (until 2026-12-04 poi-tl wrote 32 lines per case here).
    if (ShippedSettings.applyLogLevels() == 0) {
      throw new IllegalStateException("application.yaml sets no log levels: none applied");
    }

    String h2Name = "lifecycle-" + UUID.randomUUID();
    HikariDataSource dataSource = dataSource(db, h2Name);
    ProcessEngine engine = ProcessTestEngine.configuration(dataSource,
        new SpringProcessEngineConfiguration()).buildProcessEngine();
    Map<Object, Object> beans = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getBeans();
    beans.put("noop", (JavaDelegate) execution -> { });
    engine.getRepositoryService().createDeployment()
        .addClasspathResource("processes/disclosure-request.bpmn")
        .addClasspathResource("processes/secrecy-review.bpmn")
        .addClasspathResource("processes/reply-outcome.dmn")
        .addClasspathResource("processes/approval-required.dmn")
        .addModelInstance("bare.bpmn", bareModel()).deploy();

    for (int i = 0; i < warmup; i++) {
      oneCase(engine);
      oneBareCase(engine);
    }
    List<Long> ours = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    // This thread's CPU per case (every step runs on it): steadier than wall clock on a machine
    // others load (docs/benchmarks.md, session 32).
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    for (int i = 0; i < cases; i++) {
      // Interleaved, so both see the same machine load.
      long before = threads.getCurrentThreadCpuTime();
      ours.add(timed(() -> oneCase(engine)));
      long between = threads.getCurrentThreadCpuTime();
      bare.add(timed(() -> oneBareCase(engine)));
      cpu[0] += between - before;
      cpu[1] += threads.getCurrentThreadCpuTime() - between;
    }
    engine.close();
    String rows = RowsPerCase.of(dataSource, warmup + cases);
    dataSource.close();
    if (!BenchDatabase.postgres(db)) {
      // Gigabytes after a full run: every commit of H2 as shipped writes its pages anew.
      BenchDatabase.deleteH2(h2Name);
    }

    System.out.printf("Lifecycle benchmark on %s, %d cases each after %d warm-up (%d user tasks,"
        + " %d service steps per case)%n", db, cases, warmup, USER_TASKS, SERVICE_TASKS);
    Stats o = Stats.of(ours);
    Stats b = Stats.of(bare);
    System.out.println("  ours: " + o);
    System.out.println("  bare: " + b);
    System.out.printf("  ratio ours/bare (mean latency): %.2f (goal <= 1.2)%n", o.mean / b.mean);
    System.out.printf("  CPU per case (benchmark thread): ours %.1f ms, bare %.1f ms, ratio %.2f%n",
        cpu[0] / 1e6 / cases, cpu[1] / 1e6 / cases, (double) cpu[0] / cpu[1]);
    System.out.print(rows);
  }

  static void oneCase(ProcessEngine engine) {
    Map<String, Object> registration = new HashMap<>();
    registration.put("channel", "ONLINE");
    registration.put("receivedOn", OfficeTime.today().toString());
    registration.put("applicantType", "NATURAL_PERSON");
    registration.put("applicantName", "张三");
    registration.put("contactAddress", "示范市人民路100号（邮编350001）");
    registration.put("requestDescription", "基准测试申请");
    ProcessInstance started = engine.getRuntimeService()
        .startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, registration);
    // Registration sets the tracking number as business key during the start.
    String key = started.getBusinessKey() != null ? started.getBusinessKey()
        : engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(started.getId()).singleResult().getBusinessKey();
    complete(engine, key, TASK_CHECK_COMPLETENESS, Map.of("completenessDecision", "COMPLETE"));
    complete(engine, key, TASK_SEARCH_AND_SPLIT, Map.of("items", Spin.JSON(List.of(
        Map.of("title", "一", "finding", "HELD"), Map.of("title", "二", "finding", "HELD"),
        Map.of("title", "三", "finding", "HELD")))));
    // One item redacted (with what is cut, its ground and basis: Art. 37), two released.
    complete(engine, key, TASK_REVIEW_ITEM, Map.of("reviewConclusion", "RELEASABLE_REDACTED",
        "redactionNote", "遮盖", "withholdingGround", "THIRD_PARTY", "legalBasis", "《中华人民共和国政府信息公开条例》第十五条"));
    for (int i = 0; i < 2; i++) {
      complete(engine, key, TASK_REVIEW_ITEM, Map.of("reviewConclusion", "RELEASABLE"));
    }
    runJobs(engine, started.getId());
    complete(engine, key, TASK_EDIT_REPLY, Map.of("chargeFee", false));
    complete(engine, key, TASK_APPROVE_REPLY, Map.of("replyApproval", "APPROVE"));
    complete(engine, key, TASK_DELIVER_REPLY, Map.of("deliveredBy", "POST",
        "deliveredOn", LocalDate.now(OfficeTime.ZONE).toString()));
    runJobs(engine, started.getId());
  }

  static void oneBareCase(ProcessEngine engine) {
    String id = engine.getRuntimeService().startProcessInstanceByKey(BARE_PROCESS).getId();
    for (int i = 0; i < USER_TASKS; i++) {
      TaskService tasks = engine.getTaskService();
      Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
      tasks.complete(task.getId(), Map.of("step", i));
      runJobs(engine, id);
    }
  }

  /** The same number of user and service tasks, in a line, with no logic behind them. */
  static BpmnModelInstance bareModel() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE_PROCESS)
        .camundaHistoryTimeToLive(1).startEvent();
    int services = 0;
    for (int u = 0; u < USER_TASKS; u++) {
      flow = flow.userTask("Task_" + u).camundaCandidateGroups("office");
      int after = u == USER_TASKS - 1 ? SERVICE_TASKS - services : SERVICE_TASKS / USER_TASKS;
      for (int s = 0; s < after; s++, services++) {
        flow = flow.serviceTask("Service_" + services).camundaDelegateExpression("${noop}")
            .camundaAsyncBefore(s == 0);
      }
    }
    return flow.endEvent().done();
  }

  private static void complete(ProcessEngine engine, String businessKey, String taskKey,
      Map<String, Object> variables) {
    TaskService tasks = engine.getTaskService();
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).list();
    if (open.isEmpty()) {
      throw new IllegalStateException(businessKey + " has no open " + taskKey);
    }
    Task task = open.get(0);
    // The release checks want each step done by a member of its group (review by legal,
    // approval by leadership): a demo person of the step's candidate group (as in the models)
    // completes it. Known per step rather than read from the task's identity links, which
    // cost one more query per step that the bare model's loop does not make.
    String group = GROUP_OF_STEP.getOrDefault(taskKey, "office");
    String user = Map.of("office", "wangli", "legal", "lina", "leadership", "chengang")
        .get(group);
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * Runs the case's asynchronous continuations, its called reviews' included, as the job executor
   * would. Only this case's (an indexed column): a query over all jobs also reads the timer of
   * every case already run and waiting for its appeal window, so the harness's own cost grew
   * with the run (docs/benchmarks.md, 2026-12-04, fifth round).
   */
  private static void runJobs(ProcessEngine engine, String rootProcessInstanceId) {
    List<Job> jobs;
    while (!(jobs = engine.getManagementService().createJobQuery()
        .rootProcessInstanceId(rootProcessInstanceId).messages().list()).isEmpty()) {
      for (Job job : jobs) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  private static long timed(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }

  /** A connection pool as in the app (Hikari), on H2 in a file (as shipped) or on PostgreSQL. */
  private static HikariDataSource dataSource(String db, String h2Name) {
    if (!BenchDatabase.postgres(db)) {
      return BenchDatabase.h2Pool(h2Name);
    }
    HikariDataSource pool = new HikariDataSource();
    ShippedPostgres.apply(pool);
    pool.setJdbcUrl(BenchDatabase.pgUrl());
    pool.setUsername(BenchDatabase.pgUser());
    pool.setPassword(BenchDatabase.pgPassword());
    return pool;
  }

  /** Latency figures of one series, in milliseconds. */
  record Stats(double mean, double p50, double p95, double casesPerSecond) {
    static Stats of(List<Long> nanos) {
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
      return new Stats(mean, sorted.get(sorted.size() / 2) / 1e6,
          sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6, 1000 / mean);
    }

    @Override
    public String toString() {
      return String.format("%.1f cases/s, latency mean %.1f ms, p50 %.1f ms, p95 %.1f ms",
          casesPerSecond, mean, p50, p95);
    }
  }
}
