package io.github.ogiworkflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * ADR 0172 over HTTP: {@code POST /api/cases/{n}/late-consultation-answers} is the office's,
 * answers in Chinese, and refuses a body it cannot read on the field. The recording itself and
 * its refusals on a real case: ConsultationAndReasonsScenarioTest.
 */
@IntegrationTest
class LateConsultationAnswerIT {

  static final String PATH = "/api/cases/YSQ-2000-999998/late-consultation-answers";
  static final String BODY = "{\"answer\":\"CONSENT\",\"receivedOn\":\"2026-03-16\"}";

  @Autowired TestRestTemplate rest;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void onlyTheOfficeRecordsAndAnUnknownCaseOrUnreadableBodyIsRefusedInChinese()
      throws Exception {
    assertThat(Http.asUser(rest, "lina", HttpMethod.POST, PATH, BODY).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> unknown = Http.asUser(rest, "wangli", HttpMethod.POST, PATH, BODY);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(unknown.getBody()).path("message").asText()).contains("未找到该办件");

    ResponseEntity<String> number = Http.asUser(rest, "wangli", HttpMethod.POST, PATH,
        "{\"answer\":5,\"receivedOn\":\"2026-03-16\"}");
    assertThat(number.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(number.getBody()).path("message").asText()).contains("答复意见");
  }
}
