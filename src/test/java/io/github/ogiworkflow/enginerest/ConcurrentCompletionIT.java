package io.github.ogiworkflow.enginerest;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two staff members submit the same task at the same moment through the REST API (two threads
 * that meet at a barrier and then send): exactly one wins, the other gets a clear 4xx with a
 * bilingual message, never a 500, and the step's register rows and history are written once.
 * The race must really have happened: rounds repeat until in at least one the loser was stopped
 * inside the engine by its optimistic locking (both submissions in the engine at once), not only
 * turned away because it came after the winner was done. {@link ConcurrentChangeResponses}
 * answers such a loser 409, or 404 when the task is gone by the time it answers (the usual case:
 * the winner has committed), so the answer alone does not tell a raced loser from a late one.
 * The engine's own report of the loser's failure does: a late loser fails looking the task up
 * ("Cannot find task"), a raced one later, inside the completion (optimistic locking, executions
 * already gone, the register's unique key). The engine's command-context log is read for that.
 */
@IntegrationTest
class ConcurrentCompletionIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;
  /** At least this many rounds; more, up to MAX_ROUNDS, until one really raced. */
  static final int ROUNDS = 3;
  static final int MAX_ROUNDS = 30;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;
  final ObjectMapper json = new ObjectMapper();
  EngineRest engineRest;
  ExecutorService pool;

  /** The engine's command-context log, where it reports why a command failed. */
  final Logger engineContext = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
  final ListAppender<ILoggingEvent> engineFailures = new ListAppender<>();

  @BeforeEach
  void setUp() {
    engineRest = new EngineRest(rest);
    pool = Executors.newFixedThreadPool(2);
    engineFailures.start();
    engineContext.addAppender(engineFailures);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
    engineContext.detachAppender(engineFailures);
    engineFailures.stop();
  }

  @Test
  void twoOfficersSplitTheSameRequestAtOnce() throws Exception {
    List<Loser> losers = new ArrayList<>();
    for (int round = 0; round < MAX_ROUNDS && (round < ROUNDS || !raced(losers)); round++) {
      String trackingNumber = register();
      engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
          TASK_CHECK_COMPLETENESS), Map.of("completenessDecision", text("COMPLETE")));
      String task = engineRest.onlyTask("wangli", trackingNumber, TASK_SEARCH_AND_SPLIT);
      Map<String, Object> items = Map.of("items", Map.of("type", "Json", "value",
          "[{\"title\":\"统计表\",\"finding\":\"HELD\"},{\"title\":\"批复\",\"finding\":\"HELD\"}]"));

      losers.add(assertOneWinsOneIsRefused(race(task, "wangli", items, "zhangwei", items)));

      assertThat(rows("SELECT COUNT(*) FROM ogi_info_item WHERE case_ref = ?", trackingNumber))
          .as("items registered once").isEqualTo(2);
      assertThat(completedInHistory(trackingNumber, TASK_SEARCH_AND_SPLIT)).isEqualTo(1);
      assertThat(engineRest.tasks("lina", trackingNumber, TASK_REVIEW_ITEM))
          .as("one review per item, not two").hasSize(2);
    }
    assertTheRaceHappened(losers);
  }

  @Test
  void twoLawyersReviewTheSameItemAtOnce() throws Exception {
    List<Loser> losers = new ArrayList<>();
    for (int round = 0; round < MAX_ROUNDS && (round < ROUNDS || !raced(losers)); round++) {
      String trackingNumber = register();
      engineRest.toSecrecyReview(trackingNumber, "[{\"title\":\"统计表\",\"finding\":\"HELD\"}]");
      String review = engineRest.onlyTask("lina", trackingNumber, TASK_REVIEW_ITEM);

      losers.add(assertOneWinsOneIsRefused(race(review,
          "lina", Map.of("reviewConclusion", text("RELEASABLE")),
          "liuyang", Map.of("reviewConclusion", text("RELEASABLE_REDACTED"),
              "redactionNote", text("遮盖联系人电话"), "withholdingGround", text("THIRD_PARTY"),
              "legalBasis", text("《中华人民共和国政府信息公开条例》第十五条")))));

      assertThat(rows("SELECT COUNT(*) FROM ogi_item_review r JOIN ogi_info_item i"
          + " ON i.id = r.item_id WHERE i.case_ref = ?", trackingNumber))
          .as("one review row").isEqualTo(1);
      assertThat(completedInHistory(trackingNumber, TASK_REVIEW_ITEM)).isEqualTo(1);
    }
    assertTheRaceHappened(losers);
  }

  /**
   * The losing submission: its status, the engine's exception code, and whether the engine
   * failed it past the task lookup (it was inside the completion while the winner was).
   */
  record Loser(HttpStatus status, int engineCode, boolean failedInsideCompletion) {
    /** Stopped inside the engine by a concurrent change (not simply too late). */
    boolean raced() {
      return status == HttpStatus.CONFLICT || failedInsideCompletion
          || engineCode == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()
          || engineCode == BuiltinExceptionCode.DEADLOCK.getCode();
    }

    @Override
    public String toString() {
      return status.value() + (raced() ? " raced" : " late");
    }
  }

  /** Whether the engine reported a failure of this race other than "task not found". */
  private boolean failedInsideCompletion() {
    return engineFailures.list.stream().map(ILoggingEvent::getFormattedMessage)
        .anyMatch(m -> m.startsWith("ENGINE-1600") && !m.contains("Cannot find task with id")
            && !m.contains("is not authorized") && !m.contains("already claimed"));
  }

  /** A round whose loser was told of the concurrent change: 409. */
  private static boolean raced(List<Loser> losers) {
    return losers.stream().anyMatch(loser -> loser.status() == HttpStatus.CONFLICT);
  }

  /** At least one round in which both submissions were in the engine at once. */
  private static void assertTheRaceHappened(List<Loser> losers) {
    System.out.printf("Concurrent completion: losers over %d rounds: %s%n", losers.size(),
        losers);
    assertThat(losers).as("rounds run").hasSizeGreaterThanOrEqualTo(ROUNDS);
    assertThat(raced(losers)).as("at least one round in which the loser was stopped by the"
        + " engine inside the completion and answered 409, i.e. the two submissions really"
        + " raced: %s", losers).isTrue();

  }

  @Test
  void aTaskClaimedByOneOfficerIsRefusedToTheOtherWithAClearConflict() throws Exception {
    String trackingNumber = register();
    String task = engineRest.onlyTask("wangli", trackingNumber, TASK_CHECK_COMPLETENESS);
    String claim = "/engine-rest/task/" + task + "/claim";
    assertThat(Http.asUser(rest, "wangli", HttpMethod.POST, claim, "{\"userId\":\"wangli\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> second = Http.asUser(rest, "zhangwei", HttpMethod.POST, claim,
        "{\"userId\":\"zhangwei\"}");

    assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(second.getBody()).path("message").asText()).contains("已被他人认领");
    engineRest.submitTaskForm("wangli", task, Map.of("completenessDecision", text("COMPLETE")));
    ResponseEntity<String> late = Http.asUser(rest, "zhangwei", HttpMethod.POST, claim,
        "{\"userId\":\"zhangwei\"}");
    assertThat(late.getStatusCode()).as(late.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /**
   * Both users submit the task's form as soon as both threads reached the barrier; the answers
   * in any order.
   */
  private List<ResponseEntity<String>> race(String taskId, String firstUser,
      Map<String, Object> firstForm, String secondUser, Map<String, Object> secondForm)
      throws Exception {
    engineFailures.list.clear();
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<ResponseEntity<String>>> calls = new ArrayList<>();
    for (var user : List.of(Map.entry(firstUser, firstForm), Map.entry(secondUser, secondForm))) {
      String body = EngineRest.variables(user.getValue());
      calls.add(pool.submit(() -> {
        together.await(60, TimeUnit.SECONDS);
        return Http.asUser(rest, user.getKey(), HttpMethod.POST,
            "/engine-rest/task/" + taskId + "/submit-form", body);
      }));
    }
    List<ResponseEntity<String>> answers = new ArrayList<>();
    for (var call : calls) {
      answers.add(call.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }

  /** Exactly one 204 and one 409 or 404 (never a 500); returns the loser. */
  private Loser assertOneWinsOneIsRefused(List<ResponseEntity<String>> answers)
      throws Exception {
    assertThat(answers).as("answers").hasSize(2).allSatisfy(a -> assertThat(a.getStatusCode())
        .as(a.getBody()).isIn(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT, HttpStatus.NOT_FOUND));
    List<ResponseEntity<String>> won = answers.stream()
        .filter(a -> a.getStatusCode() == HttpStatus.NO_CONTENT).toList();
    List<ResponseEntity<String>> refused = answers.stream()
        .filter(a -> a.getStatusCode() != HttpStatus.NO_CONTENT).toList();
    assertThat(won).as("exactly one submission succeeds: %s", answers).hasSize(1);
    assertThat(refused).hasSize(1);
    ResponseEntity<String> loser = refused.get(0);
    assertThat(loser.getStatusCode()).as(loser.getBody())
        .isIn(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
    JsonNode body = json.readTree(loser.getBody());
    assertThat(body.path("type").asText()).isIn("OptimisticLockingException", "TaskNotFoundException");
    // Tasklist shows message: Chinese only; the English one is error (README, M5).
    assertThat(body.path("message").asText()).contains("请刷新").doesNotContainPattern("[a-z]+ [a-z]+");
    assertThat(body.path("error").asText()).containsPattern("[a-z]+ [a-z]+");
    return new Loser(HttpStatus.valueOf(loser.getStatusCode().value()),
        body.path("code").asInt(-1), failedInsideCompletion());
  }

  private String register() throws Exception {
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(Map.of("channel", text("POST"),
            "receivedOn", text(OfficeTime.today().toString()), "applicantType", text("NATURAL_PERSON"),
            "applicantName", text("并发测试申请人"), "requestDescription", text("2025年行政许可统计"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody()).path("businessKey").asText();
  }

  private long completedInHistory(String trackingNumber, String taskDefinitionKey) {
    return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .taskDefinitionKey(taskDefinitionKey).finished().count();
  }

  private long rows(String sql, String trackingNumber) {
    return jdbc.queryForObject(sql, Long.class, trackingNumber);
  }
}
