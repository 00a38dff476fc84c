package io.github.ogiworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/form-labels: the Chinese of variables and their values for Cockpit's variable table
 * (cockpit/scripts/ogi-variables.js), for any of our groups, with the webapps' login session or
 * HTTP Basic; 401 without a login, 403 for a user in none of our groups.
 */
@IntegrationTest
class FormLabelsIT {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void staffReadTheFormsLabelsOfVariablesAndTheirValues() throws Exception {
    for (String user : List.of("sunyue", "chengang", "wangli", "lina", "admin")) {
      ResponseEntity<String> answer = Http.get(rest, FormLabelsController.API, user, null);
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    }
    // Cockpit asks with its login session.
    String cookie = Http.webappSession(rest, "cockpit", "sunyue");
    ResponseEntity<String> answer = Http.get(rest, FormLabelsController.API, null, cookie);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode labels = json.readTree(answer.getBody());
    assertThat(labels.at("/fields/applicantType").asText()).isEqualTo("申请人类型");
    assertThat(labels.at("/fields/completenessDecision").asText()).isEqualTo("审查结论");
    assertThat(labels.at("/fields/trackingNumber").asText()).isEqualTo("受理编号");
    assertThat(labels.at("/options/applicantType/NATURAL_PERSON").asText()).isEqualTo("自然人");
    assertThat(labels.at("/options/completenessDecision/COMPLETE").asText())
        .isEqualTo("申请内容明确");
    assertThat(labels.at("/options/idType/RESIDENT_ID").asText()).isEqualTo("居民身份证");
    assertThat(labels.at("/codes/true").asText()).isEqualTo("是");
    assertThat(labels.path("options").path("outcomeCode").size()).isPositive();
    // Cockpit loads the script that reads it.
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class))
        .contains("scripts/ogi-variables.js");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/ogi-variables.js", String.class))
        .contains(FormLabelsController.API);
  }

  @Test
  void noLoginOrNoGroupIsRefused() {
    assertThat(rest.getForEntity(FormLabelsController.API, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    String outsider = "labelsnogroup";
    if (identity.createUserQuery().userId(outsider).count() == 0) {
      User user = identity.newUser(outsider);
      user.setFirstName("无");
      user.setLastName("组");
      user.setPassword(Http.DEMO_PASSWORD);
      identity.saveUser(user);
    }
    ResponseEntity<String> refused = Http.get(rest, FormLabelsController.API, outsider, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("仅限");
  }
}
