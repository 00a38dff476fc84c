package io.github.ogiworkflow.support;

import static io.github.ogiworkflow.support.EngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The HTTP tests' fee case: a company's posted request, one item released, a fee to approve. */
public final class ChargedPerPage {

  private ChargedPerPage() {}

  /**
   * A case registered today through the office's start form, its one item released by legal,
   * and the reply charged per page for {@code pages}: it waits for leadership's approval.
   */
  public static String registered(TestRestTemplate rest, ManagementService management,
      String applicantName, int pages) throws Exception {
    EngineRest engineRest = new EngineRest(rest);
    ResponseEntity<String> started = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.DISCLOSURE_REQUEST + "/submit-form",
        EngineRest.variables(Map.of("channel", text("POST"),
            "receivedOn", text(OfficeTime.today().toString()),
            "applicantType", text("COMMERCIAL"), "applicantName", text(applicantName),
            "requestDescription", text("2025年本局统计年鉴"),
            "deliveryForm", text("PAPER"), "deliveryMethod", text("POST"),
            "contactAddress", text("示范市人民路100号（邮编350001）"))));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String tn = new ObjectMapper().readTree(started.getBody()).path("businessKey").asText();
    engineRest.submitTaskForm("wangli",
        engineRest.onlyTask("wangli", tn, ElementIds.TASK_CHECK_COMPLETENESS),
        Map.of("completenessDecision", text("COMPLETE")));
    engineRest.submitTaskForm("wangli",
        engineRest.onlyTask("wangli", tn, ElementIds.TASK_SEARCH_AND_SPLIT),
        Map.of("items", Map.of("type", "Json", "value",
            "[{\"title\":\"2025年统计年鉴\",\"finding\":\"HELD\"}]")));
    EngineRest.runJobs(management);
    engineRest.submitTaskForm("lina", engineRest.onlyTask("lina", tn,
        ElementIds.TASK_REVIEW_ITEM), Map.of("reviewConclusion", text("RELEASABLE")));
    EngineRest.runJobs(management);
    engineRest.submitTaskForm("wangli",
        engineRest.onlyTask("wangli", tn, ElementIds.TASK_EDIT_REPLY),
        Map.of("chargeFee", Map.of("type", "Boolean", "value", true),
            "feeScheme", text("PER_PAGE"),
            "pageCount", Map.of("type", "Integer", "value", pages)));
    return tn;
  }
}
