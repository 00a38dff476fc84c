package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

@IntegrationTest
class RestAuthenticationIT {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;

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
    // An account of this test's own: the failed login delays the account's next password check
    // (login-delay-base), which would refuse a demo user's right password in a later IT.
    String probe = "wrongpasswordprobe";
    if (identity.createUserQuery().userId(probe).count() == 0) {
      User user = identity.newUser(probe);
      user.setPassword("Probe-2026-right!");
      identity.saveUser(user);
    }
    var response = rest.withBasicAuth(probe, "wrong").getForEntity("/engine-rest/task",
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
