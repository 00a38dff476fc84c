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

      String filterId = app.getBean(FilterService.class).createFilterQuery().list().stream()
          .filter(f -> (Groups.OFFICE.id() + ".group").equals(f.getProperties().get("ogiSeedKey")))
          .findFirst().orElseThrow().getId();
      List<Long> nanos = measure(port, filterId, warmupCalls, calls);
      System.out.printf("Tasklist query benchmark on %s: office group filter 本组待办, %d open"
          + " office tasks (now: %d registered through the Java API in %.0f s, %.1f cases/s;"
          + " %d runtime copies of them in %.0f s)%n", db, open, seeded, seedSeconds,
          seeded == 0 ? 0 : seeded / seedSeconds, cloned, cloneSeconds);
      System.out.printf("  POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15 (HAL,"
          + " variable columns), %d calls after %d warm-up: %s (goal p95 < 100 ms on H2)%n", calls,
          warmupCalls,
          Percentiles.of(nanos));
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
