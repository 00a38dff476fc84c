package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The variables of a process instance that has ended (audit 25 F12): 404 in Chinese, as a task
 * that is gone, not the engine's 500 with a log id; a running instance's still read.
 */
@IntegrationTest
class EndedInstanceVariablesIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theVariablesOfAnEndedInstanceAreA404InChinese() throws Exception {
    String trackingNumber = new EngineRest(rest).startRequest("wangli",
        EngineRest.postalRequest(OfficeTime.today(), "示范市某已结束实例测试有限公司"));
    String instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(trackingNumber).singleResult().getId();
    String path = "/engine-rest/process-instance/" + instance + "/variables";

    // Positive control: while it runs, its variables are read.
    ResponseEntity<String> running = Http.asUser(rest, "admin", HttpMethod.GET, path, null);
    assertThat(running.getStatusCode()).as(running.getBody()).isEqualTo(HttpStatus.OK);

    runtime.deleteProcessInstance(instance, "测试：实例结束");
    for (String ended : new String[] {path, path + "/trackingNumber"}) {
      ResponseEntity<String> gone = Http.asUser(rest, "admin", HttpMethod.GET, ended, null);
      assertThat(gone.getStatusCode()).as(gone.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
      JsonNode body = json.readTree(gone.getBody());
      assertThat(body.path("message").asText()).contains("该流程实例已结束");
      assertThat(gone.getBody()).doesNotContain("logId", instance, "Exception:");
    }
  }
}
