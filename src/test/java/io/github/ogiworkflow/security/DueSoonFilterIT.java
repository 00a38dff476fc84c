package io.github.ogiworkflow.security;

import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
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
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody()).path("businessKey").asText();
  }
}
