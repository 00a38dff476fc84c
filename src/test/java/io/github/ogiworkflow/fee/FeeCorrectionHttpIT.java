package io.github.ogiworkflow.fee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.ChargedPerPage;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/cases/{n}/fee-corrections} against the running app (audit round 25 F4, ADR
 * 0086): only the office corrects a fee notice; bad input is a 400 in Chinese with nothing
 * written; a reduction issues a corrected notice with its own 文号 and the case waits for its
 * service again; the Word document of the corrected notice is there.
 */
@IntegrationTest
class FeeCorrectionHttpIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.DISCLOSURE_REQUEST;

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  EngineRest engineRest;

  @BeforeEach
  void engineRestAsTasklist() {
    engineRest = new EngineRest(rest);
  }

  @Test
  void theOfficeCorrectsATypoInThePageCountAndOthersCannot() throws Exception {
    String tn = ChargedPerPage.registered(rest, management, "示范市某更正收费测试有限公司", 1500);
    String path = "/api/cases/" + tn + "/fee-corrections";
    String reduce = body("REDUCE", 150, "页数误录为1500页，实际为150页");

    for (String other : new String[] {"lina", "chengang"}) {
      assertThat(Http.asUser(rest, other, HttpMethod.POST, path, reduce).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> noBody = Http.asUser(rest, "wangli", HttpMethod.POST, path, "{}");
    assertThat(noBody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // The page's select shows the labels only (audit 28 F12): no codes in the message.
    assertThat(message(noBody)).contains("请选择更正方式：减少收费金额或撤销收费")
        .doesNotContain("REDUCE", "WITHDRAW");
    ResponseEntity<String> free = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("REDUCE", 20, "页数录入有误需更正"));
    assertThat(free.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(free)).contains("按收费标准本申请不收费（按量计收，共20页），请选择撤销收费")
        .doesNotContain("WITHDRAW", "不收费（不收费");
    ResponseEntity<String> higher = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("REDUCE", 2000, "页数录入有误需更正"));
    assertThat(higher.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(higher)).contains("高于原收费通知的54700元", "须报领导审批")
        .doesNotContain("action:");
    // The pages typed make the amount: the case page shows the refusal on 更正后的页数.
    assertThat(json.readTree(higher.getBody()).path("error").asText()).startsWith("pageCount:");
    ResponseEntity<String> pages = Http.asUser(rest, "wangli", HttpMethod.POST, path,
        body("REDUCE", "一百五十", "页数录入有误需更正"));
    assertThat(pages.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(pages)).contains("页数应为1至100000的整数");
    ResponseEntity<String> unknown = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/cases/NO-SUCH-CASE/fee-corrections", reduce);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(letters(tn, "FEE_CORRECTION_NOTICE")).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_fee_notice WHERE tracking_number"
        + " = ?", Integer.class, tn)).isEqualTo(1);

    ResponseEntity<String> done = Http.asUser(rest, "wangli", HttpMethod.POST, path, reduce);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(done.getBody());
    assertThat(answer.path("action").asText()).isEqualTo("REDUCE");
    assertThat(answer.path("label").asText()).isEqualTo("减少收费金额");
    assertThat(answer.path("oldAmount").asText()).isEqualTo("54700");
    assertThat(answer.path("newAmount").asText()).isEqualTo("1700");
    assertThat(answer.path("documentNumber").asText()).contains("费更〔");
    assertThat(letters(tn, "FEE_CORRECTION_NOTICE")).isEqualTo(1);
    // The Word document of the corrected notice, as every letter has one.
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_letter WHERE case_ref = ? AND kind"
        + " = 'FEE_CORRECTION_NOTICE' AND docx IS NOT NULL", Integer.class, tn)).isEqualTo(1);
    // The case waits for the new notice's service, in the office's task list.
    engineRest.onlyTask("wangli", tn, ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE);
  }

  private int letters(String tn, String kind) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ogi_letter WHERE case_ref = ? AND kind = ?",
        Integer.class, tn, kind);
  }

  private String body(String action, Object pageCount, String reason) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("action", action);
    body.put("pageCount", pageCount);
    body.put("reason", reason);
    return json.writeValueAsString(body);
  }

  private String message(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody()).path("message").asText();
  }
}
