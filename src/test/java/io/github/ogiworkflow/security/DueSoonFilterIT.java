package io.github.ogiworkflow.security;

import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.support.EngineClock;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Tasklist's 即将到期 lists the office's tasks due within 3 working days, and names it. */
@IntegrationTest
class DueSoonFilterIT {

  private static final LocalDate TODAY = OfficeTime.today();

  @Autowired TestRestTemplate rest;
  @Autowired WorkingDayCalendar calendar;
  @Autowired FilterService filters;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void dueSoonCountsWorkingDaysAndSaysSo() throws Exception {
    // Registered 6 working days after receipt: the completeness check is due at the 补正告知
    // deadline, 7 working days from receipt, i.e. in 1 working day.
    LocalDate lateReceipt = workingDaysBefore(TODAY, 6);
    String soon = register(lateReceipt);
    // Registered on the day: due at the reply deadline, 20 working days away.
    String later = register(TODAY);

    Filter filter = filters.createFilterQuery().list().stream()
        .filter(f -> "office.dueSoon".equals(f.getProperties().get("ogiSeedKey")))
        .findFirst().orElseThrow();
    assertThat(filter.getName()).isEqualTo("即将到期（3个工作日内）");
    assertThat((String) filter.getProperties().get("description")).contains("工作日", "办理期限");

    Task soonTask = taskOf(soon);
    LocalDate due = calendar.addWorkingDays(lateReceipt, 7);
    assertThat(OfficeTime.toLocalDate(soonTask.getDueDate())).isEqualTo(due);
    assertThat(soonTask.getFollowUpDate()).isEqualTo(DueSoonDates.followUpFor(calendar, due));
    List<String> listed = listed(filter.getId());
    assertThat(listed).contains(soonTask.getId()).doesNotContain(taskOf(later).getId());
  }

  /**
   * Art. 30: while the reply clock waits for an on-time correction, the reply date counted from
   * the original receipt no longer counts. The notice goes out on the 7th working day after
   * receipt (in time); the correction arrives online on the 21st, the day after that old date:
   * 审查网上补正材料 is due on the deadline the correction starts (20 working days on), so neither
   * 已超期 nor 即将到期 lists it, and the 答复期限 column said 补正后重新计算 while it waited. The
   * control, a notice on the 8th working day (late, ADR 0036), keeps the old date and is listed
   * under 已超期.
   */
  @Test
  void aCaseWhoseClockWaitsForTheCorrectionIsNotDueForItsOldReplyDate() throws Exception {
    LocalDate received = LocalDate.of(2026, 11, 2);
    try {
      EngineClock.at(received);
      String waits = register(received);
      String late = register(received);
      EngineClock.at(calendar.addWorkingDays(received, 7));
      askForCorrection(waits);
      EngineClock.at(calendar.addWorkingDays(received, 8));
      askForCorrection(late);
      // The 答复期限 column as Tasklist reads it (HAL, as the user) in 本组待办.
      LocalDate oldDue = calendar.addWorkingDays(received, 20);
      String group = seeded("office.group").getId();
      assertThat(column(group, taskOf(waits).getId(), ProcessVariables.REPLY_DUE_DATE_TEXT))
          .isEqualTo("补正后重新计算");
      assertThat(column(group, taskOf(late).getId(), ProcessVariables.REPLY_DUE_DATE_TEXT))
          .isEqualTo(oldDue.toString());

      LocalDate arrived = calendar.addWorkingDays(received, 21);
      EngineClock.at(arrived);
      correctionArrives(waits, arrived);
      correctionArrives(late, arrived);
      Task waiting = taskOf(waits);
      Task running = taskOf(late);
      assertThat(waiting.getTaskDefinitionKey()).isEqualTo("Task_AssessOnlineSupplement");
      assertThat(OfficeTime.toLocalDate(waiting.getDueDate()))
          .isEqualTo(calendar.addWorkingDays(arrived, 20));
      assertThat(OfficeTime.toLocalDate(running.getDueDate())).isEqualTo(oldDue);

      assertThat(listed(seeded("office.overdue").getId()))
          .contains(running.getId()).doesNotContain(waiting.getId());
      assertThat(listed(seeded("office.dueSoon").getId())).doesNotContain(waiting.getId());
    } finally {
      EngineClock.reset();
    }
  }

  /** A variable column of one task in a filter's list, read the way Tasklist reads it. */
  private String column(String filterId, String taskId, String variable) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("wangli", Http.DEMO_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Accept", "application/hal+json");
    ResponseEntity<String> response = rest.exchange("/engine-rest/filter/" + filterId
        + "/list?maxResults=1000", HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (JsonNode task : json.readTree(response.getBody()).path("_embedded").path("task")) {
      if (taskId.equals(task.path("id").asText())) {
        for (JsonNode column : task.path("_embedded").path("variable")) {
          if (variable.equals(column.path("name").asText())) {
            return column.path("value").asText();
          }
        }
        return null;
      }
    }
    throw new AssertionError("task " + taskId + " not listed by filter " + filterId);
  }

  private void askForCorrection(String trackingNumber) {
    tasks.complete(taskOf(trackingNumber).getId(), Map.of(
        ProcessVariables.COMPLETENESS_DECISION, "CORRECTION",
        ProcessVariables.CORRECTION_POINTS, "请写明所需信息的文号。"));
    EngineRest.runJobs(management);
  }

  private void correctionArrives(String trackingNumber, LocalDate arrived) {
    runtime.createMessageCorrelation(ElementIds.MESSAGE_SUPPLEMENT_RECEIVED)
        .processInstanceBusinessKey(trackingNumber)
        .setVariable(ProcessVariables.SUPPLEMENT_RECEIVED_ON, arrived.toString())
        .correlate();
  }

  private String instanceOf(String trackingNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
        .singleResult().getId();
  }

  private Filter seeded(String key) {
    return filters.createFilterQuery().list().stream()
        .filter(f -> key.equals(f.getProperties().get("ogiSeedKey")))
        .findFirst().orElseThrow();
  }

  private Task taskOf(String trackingNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber).singleResult();
  }

  private List<String> listed(String filterId) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("wangli", Http.DEMO_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = rest.exchange("/engine-rest/filter/" + filterId
        + "/list?maxResults=1000", HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    for (JsonNode task : json.readTree(response.getBody())) {
      ids.add(task.path("id").asText());
    }
    return ids;
  }

  /** The working day {@code n} working days before {@code day}. */
  private LocalDate workingDaysBefore(LocalDate day, int n) {
    LocalDate received = day;
    for (int counted = 0; counted < n; ) {
      received = received.minusDays(1);
      if (calendar.isWorkingDay(received)) {
        counted++;
      }
    }
    return received;
  }

  private String register(LocalDate receivedOn) throws Exception {
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.DISCLOSURE_REQUEST + "/submit-form",
        EngineRest.variables(Map.of("channel", text("POST"), "receivedOn",
            text(receivedOn.toString()), "applicantType", text("COMMERCIAL"),
            "applicantName", text("示范市某科技有限公司"),
            "requestDescription", text("2025年本局行政许可办理情况统计"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody()).path("businessKey").asText();
  }
}
