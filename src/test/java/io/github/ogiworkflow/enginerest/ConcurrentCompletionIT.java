package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two staff members submit the same task at the same moment through the REST API (two threads
 * released by one latch): exactly one wins, the other gets a clear 4xx with a bilingual message,
 * never a 500, and the step's register rows and history are written once.
 */
@IntegrationTest
class ConcurrentCompletionIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;
  static final int ROUNDS = 3;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;
  final ObjectMapper json = new ObjectMapper();
  EngineRest engineRest;
  ExecutorService pool;

  @BeforeEach
  void setUp() {
    engineRest = new EngineRest(rest);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void twoOfficersSplitTheSameRequestAtOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String trackingNumber = register();
      engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
          "Task_CheckCompleteness"), Map.of("completenessDecision", text("COMPLETE")));
      String task = engineRest.onlyTask("wangli", trackingNumber, "Task_SearchAndSplit");
      Map<String, Object> items = Map.of("items", Map.of("type", "Json", "value",
          "[{\"title\":\"统计表\",\"finding\":\"HELD\"},{\"title\":\"批复\",\"finding\":\"HELD\"}]"));

      assertOneWinsOneIsRefused(race(task, "wangli", items, "zhangwei", items));

      assertThat(rows("SELECT COUNT(*) FROM ogi_info_item WHERE case_ref = ?", trackingNumber))
          .as("items registered once").isEqualTo(2);
      assertThat(completedInHistory(trackingNumber, "Task_SearchAndSplit")).isEqualTo(1);
      assertThat(engineRest.tasks("lina", trackingNumber, "Task_ReviewItem"))
          .as("one review per item, not two").hasSize(2);
    }
  }

  @Test
  void twoLawyersReviewTheSameItemAtOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String trackingNumber = register();
      engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
          "Task_CheckCompleteness"), Map.of("completenessDecision", text("COMPLETE")));
      engineRest.submitTaskForm("wangli", engineRest.onlyTask("wangli", trackingNumber,
          "Task_SearchAndSplit"), Map.of("items", Map.of("type", "Json", "value",
          "[{\"title\":\"统计表\",\"finding\":\"HELD\"}]")));
      String review = engineRest.onlyTask("lina", trackingNumber, "Task_ReviewItem");

      assertOneWinsOneIsRefused(race(review,
          "lina", Map.of("reviewConclusion", text("RELEASABLE")),
          "liuyang", Map.of("reviewConclusion", text("RELEASABLE_REDACTED"),
              "redactionNote", text("遮盖联系人电话"))));

      assertThat(rows("SELECT COUNT(*) FROM ogi_item_review r JOIN ogi_info_item i"
          + " ON i.id = r.item_id WHERE i.case_ref = ?", trackingNumber))
          .as("one review row").isEqualTo(1);
      assertThat(completedInHistory(trackingNumber, "Task_ReviewItem")).isEqualTo(1);
    }
  }

  @Test
  void aTaskClaimedByOneOfficerIsRefusedToTheOtherWithAClearConflict() throws Exception {
    String trackingNumber = register();
    String task = engineRest.onlyTask("wangli", trackingNumber, "Task_CheckCompleteness");
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

  /** Both users submit the task's form as soon as the latch opens; the answers in any order. */
  private List<ResponseEntity<String>> race(String taskId, String firstUser,
      Map<String, Object> firstForm, String secondUser, Map<String, Object> secondForm)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> calls = new ArrayList<>();
    for (var user : List.of(Map.entry(firstUser, firstForm), Map.entry(secondUser, secondForm))) {
      calls.add(pool.submit(() -> {
        start.await();
        return Http.asUser(rest, user.getKey(), HttpMethod.POST,
            "/engine-rest/task/" + taskId + "/submit-form", EngineRest.variables(user.getValue()));
      }));
    }
    start.countDown();
    List<ResponseEntity<String>> answers = new ArrayList<>();
    for (var call : calls) {
      answers.add(call.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }

  private void assertOneWinsOneIsRefused(List<ResponseEntity<String>> answers) throws Exception {
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
    assertThat(body.path("message").asText()).contains("请刷新").containsPattern("[a-z]+ [a-z]+");
  }

  private String register() throws Exception {
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        DEFINITION + "/submit-form", EngineRest.variables(Map.of("channel", text("POST"),
            "receivedOn", text(OfficeTime.today().toString()), "applicantType", text("NATURAL_PERSON"),
            "applicantName", text("并发测试申请人"), "requestDescription", text("2025年行政许可统计"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"))));
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

  private static Map<String, Object> text(String value) {
    return Map.of("type", "String", "value", value);
  }
}
