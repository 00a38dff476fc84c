package io.github.ogiworkflow.bench;

import io.github.ogiworkflow.OgiWorkflowApplication;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.security.Groups;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist query (issue 8, item 2): the office's group filter 本组待办 with {@code bench.openCases}
 * (10,000) open cases, called over HTTP as Tasklist calls it, on the real app listening on
 * {@code bench.port}. Prints p50/p95. The app runs in this JVM so the cases can be seeded through
 * the Java API: each is a real registration (DisclosureRequest started as the registration form
 * would start it, register row, tracking number, timers), waiting at 审查申请内容是否明确 for the
 * office; {@code bench.seedBatch} starts share one transaction. Registering 10,000 that way takes
 * close to an hour on a busy 2-core machine, so only {@code bench.realCases} (300) are registered
 * and the rest are copies of their runtime rows ({@link RuntimeClones}). A database already
 * holding enough open cases is reused.
 *
 * <p>Database: as {@link LifecycleBenchmark} ({@code bench.db=h2|postgres}, {@code bench.pgUrl},
 * ...); H2 is a file kept under target/bench so reruns skip the seeding.
 */
public final class TasklistQueryBenchmark {

  private TasklistQueryBenchmark() {}

  public static void main(String[] args) throws Exception {
    int openCases = Integer.getInteger("bench.openCases", 10_000);
    int batch = Integer.getInteger("bench.seedBatch", 100);
    int realCases = Integer.getInteger("bench.realCases", 300);
    int calls = Integer.getInteger("bench.calls", 200);
    int warmupCalls = Integer.getInteger("bench.warmupCalls", 20);
    int port = Integer.getInteger("bench.port", 18201);
    String db = System.getProperty("bench.db", "h2");

    Map<String, Object> properties = new HashMap<>(BenchDatabase.springProperties(db,
        "tasklist-" + openCases));
    properties.put("server.port", port);
    properties.put("logging.level.root", "warn");
    // As command-line arguments: they take precedence over application.yaml.
    String[] arguments = properties.entrySet().stream()
        .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
    ConfigurableApplicationContext app = new SpringApplicationBuilder(OgiWorkflowApplication.class)
        .profiles("demo").run(arguments);
    try {
      TaskService tasks = app.getBean(TaskService.class);
      long open = tasks.createTaskQuery().taskCandidateGroup(Groups.OFFICE.id()).count();
      long seedStart = System.nanoTime();
      int seeded = seed(app, (int) Math.max(0, Math.min(openCases, realCases) - open), batch);
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      long cloneStart = System.nanoTime();
      int cloned = RuntimeClones.cloneUntil(app.getBean(JdbcTemplate.class), openCases);
      double cloneSeconds = (System.nanoTime() - cloneStart) / 1e9;
      open = tasks.createTaskQuery().taskCandidateGroup(Groups.OFFICE.id()).count();

      Map<String, String> filters = seededFilters(app.getBean(FilterService.class));
      String filterId = filters.get(Groups.OFFICE.id() + ".group");
      List<Long> nanos = measure(port, filterId, warmupCalls, calls);
      System.out.printf("Tasklist query benchmark on %s: office group filter 本组待办, %d open"
          + " office tasks (now: %d registered through the Java API in %.0f s, %.1f cases/s;"
          + " %d runtime copies of them in %.0f s)%n", db, open, seeded, seedSeconds,
          seeded == 0 ? 0 : seeded / seedSeconds, cloned, cloneSeconds);
      System.out.printf("  POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15 (HAL,"
          + " variable columns), %d calls after %d warm-up: %s (goal p95 < 50 ms on H2)%n", calls,
          warmupCalls,
          Percentiles.of(nanos));
      if (Boolean.parseBoolean(System.getProperty("bench.breakdown", "true"))) {
        breakdown(app, port, filters, warmupCalls, calls);
        experiments(app, port, filterId, warmupCalls, calls);
      }
    } finally {
      app.close();
    }
  }

  /** Registrations through the Java API, {@code batch} to a transaction. */
  static int seed(ConfigurableApplicationContext app, int count, int batch) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    String today = OfficeTime.today().toString();
    for (int done = 0; done < count; ) {
      int size = Math.min(batch, count - done);
      int first = done;
      tx.executeWithoutResult(status -> {
        for (int i = first; i < first + size; i++) {
          Map<String, Object> registration = new HashMap<>();
          registration.put("channel", i % 2 == 0 ? "POST" : "IN_PERSON");
          registration.put("receivedOn", today);
          registration.put("applicantType", i % 3 == 0 ? "COMMERCIAL" : "NATURAL_PERSON");
          registration.put("applicantName", "申请人" + i);
          registration.put("requestDescription", "基准测试申请第" + i + "号：本局2025年行政许可统计");
          registration.put("deliveryForm", "PAPER");
          registration.put("deliveryMethod", "POST");
          runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, registration);
        }
      });
      done += size;
      if (done % 1000 == 0 || done == count) {
        System.out.printf("  seeded %d / %d%n", done, count);
      }
    }
    return count;
  }


  /** The seeded filters by their seed key (e.g. {@code office.group}). */
  static Map<String, String> seededFilters(FilterService filterService) {
    Map<String, String> byKey = new HashMap<>();
    filterService.createFilterQuery().list().forEach(f -> {
      Object key = f.getProperties() == null ? null : f.getProperties().get("ogiSeedKey");
      if (key != null) {
        byKey.put(key.toString(), f.getId());
      }
    });
    return byKey;
  }

  /**
   * Where the filter path spends its time (issue 18): the four filters of an office clerk, then
   * 本组待办 as HAL and as plain JSON, the plain task query with the same criteria and its count,
   * and the same calls with the engine's authorization checks switched off for a moment.
   */
  static void breakdown(ConfigurableApplicationContext app, int port, Map<String, String> filters,
      int warmup, int calls) throws Exception {
    String office = Groups.OFFICE.id();
    for (String key : List.of("mine", office + ".group", office + ".dueSoon",
        office + ".overdue")) {
      System.out.printf("  filter %-16s HAL page of 15: %s%n", key,
          Percentiles.of(time(port, "/engine-rest/filter/" + filters.get(key)
              + "/list?firstResult=0&maxResults=15", TASKLIST_BODY, true, warmup, calls)));
    }
    String group = filters.get(office + ".group");
    mustFindTasksIn = group;
    String plain = "{\"candidateGroup\":\"" + office + "\",\"active\":true,\"sorting\":["
        + "{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},"
        + "{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration =
        (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) app.getBean(
            org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration();
    for (boolean authorization : List.of(true, false)) {
      configuration.setAuthorizationEnabled(authorization);
      try {
        String label = authorization ? "authorization on " : "authorization off";
        System.out.printf("  [%s] 本组待办 filter, HAL:         %s%n", label, Percentiles.of(
            time(port, "/engine-rest/filter/" + group + "/list?firstResult=0&maxResults=15",
                TASKLIST_BODY, true, warmup, calls)));
        System.out.printf("  [%s] 本组待办 filter, plain JSON:  %s%n", label, Percentiles.of(
            time(port, "/engine-rest/filter/" + group + "/list?firstResult=0&maxResults=15",
                TASKLIST_BODY, false, warmup, calls)));
        System.out.printf("  [%s] 本组待办 filter, count:       %s%n", label, Percentiles.of(
            time(port, "/engine-rest/filter/" + group + "/count", TASKLIST_BODY, false, warmup,
                calls)));
        System.out.printf("  [%s] plain POST /task, same criteria: %s%n", label, Percentiles.of(
            time(port, "/engine-rest/task?firstResult=0&maxResults=15", plain, false, warmup,
                calls)));
        System.out.printf("  [%s] plain POST /task/count:          %s%n", label, Percentiles.of(
            time(port, "/engine-rest/task/count", plain, false, warmup, calls)));
      } finally {
        configuration.setAuthorizationEnabled(true);
      }
    }
  }

  /**
   * Two what-ifs on the same data, each undone afterwards: (1) a covering index for the
   * authorization join; (2) no per-task authorization rows, the group granted READ_TASK on the
   * process definition instead (what a ResourceAuthorizationProvider without task rows would do).
   */
  static void experiments(ConfigurableApplicationContext app, int port, String filterId,
      int warmup, int calls) throws Exception {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    String path = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
    jdbc.execute("CREATE INDEX OGI_BENCH_AUTH_COVER ON ACT_RU_AUTHORIZATION (RESOURCE_ID_,"
        + " RESOURCE_TYPE_, TYPE_, GROUP_ID_, USER_ID_, PERMS_)");
    try {
      System.out.printf("  [what-if covering authorization index] 本组待办 HAL: %s%n",
          Percentiles.of(time(port, path, TASKLIST_BODY, true, warmup, calls)));
      System.out.printf("  [what-if covering authorization index] 本组待办 JSON: %s%n",
          Percentiles.of(time(port, path, TASKLIST_BODY, false, warmup, calls)));
    } finally {
      jdbc.execute("DROP INDEX OGI_BENCH_AUTH_COVER");
    }
    int hidden = jdbc.update("UPDATE ACT_RU_AUTHORIZATION SET RESOURCE_TYPE_ = -7"
        + " WHERE RESOURCE_TYPE_ = 7");
    // READ_TASK is added to the seeded grant row (a second row for the same group and definition
    // would clash with it); its permissions are put back exactly as they were afterwards.
    Integer seededPerms = jdbc.queryForObject("SELECT PERMS_ FROM ACT_RU_AUTHORIZATION"
        + " WHERE RESOURCE_TYPE_ = 6 AND GROUP_ID_ = ? AND RESOURCE_ID_ = ?", Integer.class,
        Groups.OFFICE.id(), ProcessKeys.DISCLOSURE_REQUEST);
    try {
      int added = jdbc.update("UPDATE ACT_RU_AUTHORIZATION SET PERMS_ = BITOR(PERMS_, 64)"
          + " WHERE RESOURCE_TYPE_ = 6 AND GROUP_ID_ = ? AND RESOURCE_ID_ = ?",
          Groups.OFFICE.id(), ProcessKeys.DISCLOSURE_REQUEST);
      System.out.printf("  [what-if no per-task rows (%d hidden), READ_TASK on the definition"
          + " (%d row)] 本组待办 HAL: %s%n", hidden, added,
          Percentiles.of(time(port, path, TASKLIST_BODY, true, warmup, calls)));
      System.out.printf("  [what-if no per-task rows] 本组待办 JSON: %s%n",
          Percentiles.of(time(port, path, TASKLIST_BODY, false, warmup, calls)));
    } finally {
      jdbc.update("UPDATE ACT_RU_AUTHORIZATION SET PERMS_ = ? WHERE RESOURCE_TYPE_ = 6"
          + " AND GROUP_ID_ = ? AND RESOURCE_ID_ = ?", seededPerms, Groups.OFFICE.id(),
          ProcessKeys.DISCLOSURE_REQUEST);
      jdbc.update("UPDATE ACT_RU_AUTHORIZATION SET RESOURCE_TYPE_ = 7 WHERE RESOURCE_TYPE_ = -7");
    }
  }

  /** The body Tasklist sends when a filter is opened (its first page, default sorting). */
  static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,\"sorting\":["
      + "{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  /** The filter whose list calls must find tasks (本组待办 of the office), set by breakdown. */
  static String mustFindTasksIn = "\u0000";

  static List<Long> time(int port, String path, String body, boolean hal, int warmup, int calls)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("wangli:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .header("Accept", hal ? "application/hal+json" : "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < warmup + calls; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - start;
      if (answer.statusCode() != 200 || (path.contains(mustFindTasksIn) && path.contains("/list")
          && !answer.body().contains(hal ? "trackingNumber" : "\"id\""))) {
        throw new IllegalStateException(path + " failed: " + answer.statusCode() + " "
            + answer.body().substring(0, Math.min(300, answer.body().length())));
      }
      if (i >= warmup) {
        nanos.add(took);
      }
    }
    return nanos;
  }

  /** The call Tasklist makes when the filter is opened (its first page, default sorting). */
  static List<Long> measure(int port, String filterId, int warmup, int calls) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortBy\":\"created\","
        + "\"sortOrder\":\"desc\"}],\"active\":true}";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("wangli:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < warmup + calls; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - start;
      if (answer.statusCode() != 200 || !answer.body().contains("trackingNumber")) {
        throw new IllegalStateException("Filter list failed: " + answer.statusCode() + " "
            + answer.body().substring(0, Math.min(300, answer.body().length())));
      }
      if (i >= warmup) {
        nanos.add(took);
      }
    }
    return nanos;
  }
}
