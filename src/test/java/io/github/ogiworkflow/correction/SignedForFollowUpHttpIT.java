package io.github.ogiworkflow.correction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.appeal.AppealWindowDelegates;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 跟进邮寄回执 (ADR 0061, amended) over HTTP: an administrator, who holds every grant, cannot
 * start a second follow-up of a case whose follow-up runs, neither by the definition's start or
 * submit-form nor by sending its start message again: a Chinese 400 on {@code trackingNumber},
 * nothing started. The definition's start answered a start listener's refusal with a 500
 * (enginerest/WrappedStepRefusals).
 */
@IntegrationTest
class SignedForFollowUpHttpIT {

  @Autowired TestRestTemplate rest;
  @Autowired CaseRegister register;
  @Autowired RuntimeService runtime;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void anAdministratorCannotStartASecondFollowUpOfACase() throws Exception {
    String tn = postedThreeDaysAgo();
    // The legitimate start, as the window's opening makes it.
    assertThat(AppealWindowDelegates.startSignedForFollowUp(runtime, register, tn)).isOne();
    assertThat(followUps(tn)).isOne();

    String definition = "/engine-rest/process-definition/key/" + ProcessKeys.SIGNED_FOR_FOLLOW_UP;
    String message = json.writeValueAsString(Map.of("messageName", "ReplyPosted",
        "businessKey", tn));
    String start = json.writeValueAsString(Map.of("businessKey", tn));
    for (String[] call : new String[][] {{definition + "/start", start},
        {definition + "/submit-form", start}, {"/engine-rest/message", message}}) {
      ResponseEntity<String> refused = Http.asUser(rest, "admin", HttpMethod.POST, call[0],
          call[1]);
      assertThat(refused.getStatusCode()).as(call[0] + ": " + refused.getBody())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode body = json.readTree(refused.getBody());
      assertThat(body.path("message").asText()).as(call[0])
          .contains("跟进邮寄回执正在进行，不能再启动一个");
      assertThat(body.path("fields").path("trackingNumber").asText()).as(call[0])
          .contains("不能再启动一个");
      assertThat(refused.getBody()).doesNotContain("Cannot instantiate", "SELECT", "logId");
    }
    assertThat(followUps(tn)).isOne();

    // The start listener's other refusal reads the same way through start (500 before).
    ResponseEntity<String> noCase = Http.asUser(rest, "admin", HttpMethod.POST,
        definition + "/start", json.writeValueAsString(Map.of("businessKey", "TN000000000")));
    assertThat(noCase.getStatusCode()).as(noCase.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noCase.getBody()).path("message").asText())
        .contains("无需跟进邮寄回执");
  }

  private long followUps(String tn) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SIGNED_FOR_FOLLOW_UP).processInstanceBusinessKey(tn)
        .count();
  }

  /** A reply posted three days ago, its signed-for date not recorded: 待确认签收. */
  private String postedThreeDaysAgo() {
    String tn = "TN" + (100_000_000L
        + java.util.concurrent.ThreadLocalRandom.current().nextLong(900_000_000L));
    LocalDate postedOn = OfficeTime.today().minusDays(3);
    register.insert(new CaseRegister.NewCase(tn, null, "POST", "COMMERCIAL",
        "示范市某邮寄回执测试有限公司", null, null, null, null, "示范市人民路100号（邮编350001）",
        "2025年本局统计年鉴", "PAPER", "POST", postedOn.minusDays(10), postedOn.plusDays(10)));
    register.recordDelivery(tn, CaseRegister.BY_POST, postedOn);
    assertThat(register.awaitsSignedFor(tn)).isTrue();
    return tn;
  }
}
