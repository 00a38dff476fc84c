package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The health status is public; its details (engine ids, paths) are for administrators only. */
@IntegrationTest
class HealthDetailsIT {

  /** What the details hold that no applicant may read. */
  private static final List<String> DETAILS = List.of("components", "lockOwner", "diskSpace",
      "\"path\"", "PostgreSQL", "H2", "calendar");

  @Autowired TestRestTemplate rest;

  @Test
  void everyoneGetsTheStatusOnly() {
    ResponseEntity<String> response = rest.getForEntity("/actuator/health", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void staffOutsideTheAdministratorsGetTheStatusOnly() {
    for (String user : List.of("wangli", "lina", "chengang", "sunyue")) {
      ResponseEntity<String> response = Http.get(rest, "/actuator/health", user, null);

      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(response.getBody()).as(user).isEqualTo("{\"status\":\"UP\"}");
    }
  }

  @Test
  void administratorsGetTheDetailsWithHttpBasic() {
    ResponseEntity<String> response =
        Http.asUser(rest, "admin", HttpMethod.GET, "/actuator/health", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"calendar\"", "\"knownYears\"", "\"diskSpace\"");
  }

  @Test
  void administratorsGetTheDetailsWithTheirWebappSession() {
    String session = Http.webappSession(rest, "cockpit", "admin");

    ResponseEntity<String> calendar = Http.get(rest, "/actuator/health/calendar", null, session);

    assertThat(calendar.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(calendar.getBody()).contains("\"knownYears\"");
    String officeSession = Http.webappSession(rest, "tasklist", "wangli");
    assertThat(Http.get(rest, "/actuator/health", null, officeSession).getBody())
        .isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutDetails() {
    // A user nobody has: the engine's per-user login delay is not involved.
    ResponseEntity<String> response = rest.withBasicAuth("no-such-user", "wrong")
        .getForEntity("/actuator/health", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getBody()).contains("用户名或密码错误");
    assertThat(DETAILS).allSatisfy(detail -> assertThat(response.getBody()).doesNotContain(detail));
  }
}
