package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Tasklist page shortcut (ADR 0017) answers exactly what the engine's own filter path
 * answers: every seeded filter of an office clerk, several sortings and pages, compared with the
 * same request sent so that it passes through unchanged.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskFilterPagesIT {

  private static final List<String> FILTERS =
      List.of("mine", "office.group", "office.claimed", "office.dueSoon", "office.overdue");
  private static final List<String> SORTINGS = List.of("[]",
      "[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]",
      "[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]",
      "[{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"},{\"sortBy\":\"name\",\"sortOrder\":\"asc\"}]");
  private static final int[][] PAGES = {{0, 15}, {15, 15}, {0, 4}, {4, 4}, {8, 4}};

  @Autowired TestRestTemplate rest;
  @Autowired FilterService filters;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  final ObjectMapper json = new ObjectMapper();
  final Map<String, String> filterIds = new HashMap<>();

  /**
   * Office tasks with due dates spread over the past and the next weeks, some with the same due
   * date, some claimed by wangli, some with a follow-up date passed (即将到期).
   */
  @BeforeAll
  void openTasks() {
    Date now = Date.from(OfficeTime.now());
    for (int i = 0; i < 24; i++) {
      String instance = runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST,
          Map.of(ProcessVariables.CHANNEL, "POST",
              ProcessVariables.RECEIVED_ON, OfficeTime.today().toString(),
              ProcessVariables.APPLICANT_TYPE, "NATURAL_PERSON",
              ProcessVariables.APPLICANT_NAME, "分页测试" + i,
              ProcessVariables.REQUEST_DESCRIPTION, "分页测试申请" + i,
              ProcessVariables.DELIVERY_FORM, "PAPER",
              ProcessVariables.DELIVERY_METHOD, "POST",
              ProcessVariables.CONTACT_ADDRESS, "示范市人民路100号（邮编350001）")).getId();
      Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
      if (task == null) {
        continue;
      }
      // Days from -6 to +5, each twice: ties on the due date, told apart by the next key.
      task.setDueDate(new Date(now.getTime() + Duration.ofDays(i / 2 - 6).toMillis()));
      task.setFollowUpDate(i % 3 == 0 ? new Date(now.getTime() - 60_000) : null);
      task.setPriority(40 + (i % 4) * 10);
      tasks.saveTask(task);
      if (i % 5 == 0) {
        tasks.claim(task.getId(), "wangli");
      }
    }
    for (Filter filter : filters.createFilterQuery().list()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get("ogiSeedKey");
      if (key != null) {
        filterIds.put(key.toString(), filter.getId());
      }
    }
  }

  @Test
  void everySeededFilterPageIsTheEnginesPage() throws Exception {
    long narrowedBefore = TaskFilterPages.narrowed();
    int compared = 0;
    int nonEmpty = 0;
    for (String filter : FILTERS) {
      String filterId = filterIds.get(filter);
      assertThat(filterId).as(filter).isNotNull();
      for (String sorting : SORTINGS) {
        for (int[] page : PAGES) {
          String body = "{\"processVariables\":[],\"taskVariables\":[],"
              + "\"caseInstanceVariables\":[],\"active\":true,\"sorting\":" + sorting + "}";
          // withoutTenantId changes nothing here (no tenants) but is no plain Tasklist page.
          String passThrough = body.replace("\"active\":true", "\"active\":true,"
              + "\"withoutTenantId\":true");
          List<String> keys = sortKeys(sorting);
          List<String> shortcut = page(filterId, body, page, keys);
          List<String> engine = page(filterId, passThrough, page, keys);
          assertThat(shortcut).as("%s sorted %s, page %d+%d", filter, sorting, page[0], page[1])
              .isEqualTo(engine);
          compared++;
          nonEmpty += engine.isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(compared).isEqualTo(FILTERS.size() * SORTINGS.size() * PAGES.length);
    assertThat(nonEmpty).as("pages with tasks on them").isGreaterThan(compared / 2);
    // The shortcut was taken for every plain page, not only the pass-through ones compared.
    assertThat(TaskFilterPages.narrowed() - narrowedBefore).isGreaterThanOrEqualTo(nonEmpty);
  }

  /** Tasklist itself calls the webapps' copy of the API with its session: the same answer. */
  @Test
  void tasklistsSessionCallTakesTheShortcut() throws Exception {
    HttpHeaders session = Http.webappSessionHeaders(rest, "tasklist", "wangli");
    session.setContentType(MediaType.APPLICATION_JSON);
    session.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    String path = "/camunda/api/engine/engine/default/filter/" + filterIds.get("office.group")
        + "/list?firstResult=0&maxResults=15";
    long narrowedBefore = TaskFilterPages.narrowed();
    ResponseEntity<String> shortcut = rest.exchange(path, HttpMethod.POST,
        new HttpEntity<>(body, session), String.class);
    assertThat(TaskFilterPages.narrowed()).isEqualTo(narrowedBefore + 1);
    ResponseEntity<String> engine = rest.exchange(path, HttpMethod.POST,
        new HttpEntity<>(body.replace("\"sorting\"", "\"withoutTenantId\":true,\"sorting\""),
            session), String.class);
    assertThat(shortcut.getStatusCode()).as(shortcut.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode fast = json.readTree(shortcut.getBody()).path("_embedded").path("task");
    JsonNode slow = json.readTree(engine.getBody()).path("_embedded").path("task");
    assertThat(fast.size()).isEqualTo(15);
    List<String> fastDue = new ArrayList<>();
    List<String> slowDue = new ArrayList<>();
    fast.forEach(task -> fastDue.add(task.path("due").asText()));
    slow.forEach(task -> slowDue.add(task.path("due").asText()));
    assertThat(fastDue).isEqualTo(slowDue);
    // Tasklist pages on with the count: the filter's total, not the page's 15 candidates.
    long total = json.readTree(engine.getBody()).path("count").asLong();
    assertThat(total).isGreaterThan(15);
    assertThat(json.readTree(shortcut.getBody()).path("count").asLong()).isEqualTo(total);
    // Every seeded filter's total, whether counted or read off a walk that ended early.
    for (String filter : FILTERS) {
      String list = "/camunda/api/engine/engine/default/filter/" + filterIds.get(filter)
          + "/list?firstResult=0&maxResults=15";
      long fastTotal = json.readTree(rest.exchange(list, HttpMethod.POST,
          new HttpEntity<>(body, session), String.class).getBody()).path("count").asLong();
      long engineTotal = json.readTree(rest.exchange(list, HttpMethod.POST,
          new HttpEntity<>(body.replace("\"sorting\"", "\"withoutTenantId\":true,\"sorting\""),
              session), String.class).getBody()).path("count").asLong();
      assertThat(fastTotal).as(filter).isEqualTo(engineTotal);
    }
    // The variable columns are embedded as before.
    assertThat(shortcut.getBody()).contains(ProcessVariables.TRACKING_NUMBER);
  }

  /**
   * 本组待办's total is counted from the group's links less the claimed tasks: a task listing the
   * group twice (the engine keeps both links) and a suspended task must not throw it off.
   */
  @Test
  void theGroupTotalHoldsWithADoubledLinkAndASuspendedTask() throws Exception {
    List<Task> unclaimed = tasks.createTaskQuery().taskCandidateGroup(Groups.OFFICE.id())
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).orderByTaskId().asc().list();
    assertThat(unclaimed).hasSizeGreaterThan(2);
    Task doubled = unclaimed.get(0);
    Task suspended = unclaimed.get(1);
    tasks.addCandidateGroup(doubled.getId(), Groups.OFFICE.id());
    runtime.suspendProcessInstanceById(suspended.getProcessInstanceId());
    try {
      HttpHeaders session = Http.webappSessionHeaders(rest, "tasklist", "wangli");
      session.setContentType(MediaType.APPLICATION_JSON);
      session.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
      String list = "/camunda/api/engine/engine/default/filter/" + filterIds.get("office.group")
          + "/list?firstResult=0&maxResults=5";
      for (String active : List.of("", "\"active\":true,")) {
        String body = "{\"processVariables\":[],\"taskVariables\":[],"
            + "\"caseInstanceVariables\":[]," + active
            + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
        long narrowedBefore = TaskFilterPages.narrowed();
        long fastTotal = json.readTree(rest.exchange(list, HttpMethod.POST,
            new HttpEntity<>(body, session), String.class).getBody()).path("count").asLong();
        assertThat(TaskFilterPages.narrowed()).isEqualTo(narrowedBefore + 1);
        long engineTotal = json.readTree(rest.exchange(list, HttpMethod.POST,
            new HttpEntity<>(body.replace("\"sorting\"", "\"withoutTenantId\":true,\"sorting\""),
                session), String.class).getBody()).path("count").asLong();
        assertThat(engineTotal).as("engine's total " + active).isGreaterThan(5);
        assertThat(fastTotal).as("total " + active).isEqualTo(engineTotal);
      }
    } finally {
      runtime.activateProcessInstanceById(suspended.getProcessInstanceId());
      tasks.deleteCandidateGroup(doubled.getId(), Groups.OFFICE.id());
      tasks.addCandidateGroup(doubled.getId(), Groups.OFFICE.id());
    }
  }

  /**
   * Audit 35a F8: a task wangli claimed was in none of the group's lists but his own until due
   * soon; 本组已认领 lists it for a colleague (zhangwei), who may take it over.
   */
  @Test
  void aTaskAColleagueClaimedIsListedForTheGroup() throws Exception {
    List<String> claimed = tasks.createTaskQuery().taskCandidateGroup(Groups.OFFICE.id())
        .includeAssignedTasks().taskAssignee("wangli").list().stream().map(Task::getId).toList();
    assertThat(claimed).isNotEmpty();
    ResponseEntity<String> response = rest.exchange("/engine-rest/filter/"
        + filterIds.get("office.claimed") + "/list?firstResult=0&maxResults=100",
        HttpMethod.POST, new HttpEntity<>("{\"sorting\":[]}", headers("zhangwei")),
        String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    List<String> listed = new ArrayList<>();
    json.readTree(response.getBody()).forEach(task -> listed.add(task.path("id").asText()));
    assertThat(listed).containsAll(claimed);
    assertThat(tasks.createTaskQuery().taskIdIn(listed.toArray(String[]::new)).taskUnassigned()
        .count()).isZero();
  }

  @Test
  void aSearchOrAnotherGroupsFilterPassesThrough() throws Exception {
    long narrowedBefore = TaskFilterPages.narrowed();
    String search = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"processInstanceBusinessKeyLike\":\"%-%\",\"sorting\":[]}";
    assertThat(page(filterIds.get("office.group"), search, new int[] {0, 15}, List.of("id")))
        .isNotEmpty();
    // wangli (office) may not read the legal group's filter: the engine says so, not us.
    HttpHeaders headers = headers("wangli");
    ResponseEntity<String> legal = rest.exchange("/engine-rest/filter/"
        + filterIds.get("legal.group") + "/list?firstResult=0&maxResults=15", HttpMethod.POST,
        new HttpEntity<>("{\"sorting\":[]}", headers), String.class);
    assertThat(legal.getStatusCode().is4xxClientError()).as(legal.getBody()).isTrue();
    assertThat(TaskFilterPages.narrowed()).isEqualTo(narrowedBefore);
  }

  /** The task fields the page is ordered by: the filter's due date, then Tasklist's keys. */
  private List<String> sortKeys(String sorting) throws Exception {
    List<String> keys = new ArrayList<>(List.of("due"));
    for (JsonNode sort : json.readTree(sorting)) {
      String key = Map.of("created", "created", "dueDate", "due", "priority", "priority",
          "name", "name").get(sort.path("sortBy").asText());
      assertThat(key).as(sort.toString()).isNotNull();
      keys.add(key);
    }
    return keys;
  }

  /**
   * The page as tuples of the fields it is ordered by: tasks tied on all of them may come in
   * either order from the engine as well.
   */
  private List<String> page(String filterId, String body, int[] page, List<String> keys)
      throws Exception {
    ResponseEntity<String> response = rest.exchange("/engine-rest/filter/" + filterId
        + "/list?firstResult=" + page[0] + "&maxResults=" + page[1], HttpMethod.POST,
        new HttpEntity<>(body, headers("wangli")), String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    List<String> tuples = new ArrayList<>();
    for (JsonNode task : json.readTree(response.getBody())) {
      List<String> values = new ArrayList<>();
      keys.forEach(key -> values.add(task.path(key).asText()));
      tuples.add(String.join("|", values));
    }
    return tuples;
  }

  private static HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, Http.DEMO_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
