package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

@IntegrationTest
class RestAuthenticationIT {

  @Autowired TestRestTemplate rest;

  @Test
  void engineRestRefusesAnonymousCalls() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void engineRestServesAuthenticatedUsers() {
    var response = Http.asUser(rest, "wangli", HttpMethod.GET, "/engine-rest/task", null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).startsWith("[");
  }

  @Test
  void engineRestRefusesAWrongPassword() {
    // zhangwei is used by no other test: the failed login throttles this account for a while.
    var response = rest.withBasicAuth("zhangwei", "wrong").getForEntity("/engine-rest/task",
        String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthIsPublicAndUp() {
    var response = rest.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"status\":\"UP\"");
  }
}
