package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attack M2: a stranger sends wrong passwords for a staff account, spaced by the account's login
 * delay; with Camunda's defaults the account was locked for good after 10. Now the engine only
 * delays (at most 60 s, never locks), and an address with too many failures is refused (429)
 * before any password check. {@code zhaomin} is used by no other test.
 */
@IntegrationTest
class LoginThrottleIT {

  static final String USER = "zhaomin";
  /** Past the longest login delay the engine imposes (login-delay-max-time: 60 s). */
  static final long PAST_THE_DELAY_MS = 61_000;

  @Autowired TestRestTemplate rest;
  @Autowired LoginThrottle throttle;
  @Autowired JdbcTemplate jdbc;
  long engineClockOffset;

  @BeforeEach
  void freshStart() {
    ClockUtil.reset();
    throttle.forgetAll();
  }

  /** Leaves the account as found: the last delay waited out and ended by a good login. */
  @AfterEach
  void unlockByAGoodLogin() {
    throttle.forgetAll();
    waitOutTheLoginDelay();
    assertThat(basic(Http.DEMO_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    ClockUtil.reset();
  }

  @Test
  void wrongPasswordsNeverLockTheAccountForGood() {
    int max = throttle.maxFailures();
    // The attack as reported: each wrong password after the previous delay has passed, so the
    // engine counts every one (it does not count attempts during a delay).
    for (int i = 1; i <= max; i++) {
      waitOutTheLoginDelay();
      assertThat(basic("wrong-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // As many failures as Camunda's default loginMaxAttempts (10) allows before a lasting lock.
    assertThat(attempts()).isGreaterThanOrEqualTo(10);

    // The address is now throttled: refused before the password is looked at, so the attacker
    // cannot push the user's delay further; the answer says so in both languages.
    waitOutTheLoginDelay();
    ResponseEntity<String> throttled = basic("wrong-again");
    assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(throttled.getHeaders().getFirst("Retry-After")).isNotBlank();
    assertThat(throttled.getBody()).contains("Too many failed logins", "登录失败次数过多");
    assertThat(basic(Http.DEMO_PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(attempts()).isEqualTo(max);

    // The address's window ends (its expiry is LoginThrottleTest's), the user's delay is over:
    // the right password works, no administrator needed, and the count starts again.
    throttle.forgetAll();
    assertThat(basic(Http.DEMO_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(attempts()).isZero();
    // Positive control: a wrong password is still refused afterwards.
    waitOutTheLoginDelay();
    assertThat(basic("wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theWebappLoginFormIsThrottledTheSameWay() {
    int max = throttle.maxFailures();
    for (int i = 1; i <= max; i++) {
      waitOutTheLoginDelay();
      assertThat(Http.webappLogin(rest, "tasklist", USER, "wrong-" + i).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    waitOutTheLoginDelay();
    assertThat(Http.webappLogin(rest, "tasklist", USER, Http.DEMO_PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    // A throttled address is only kept from checking passwords: anonymous calls are answered
    // as before.
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    throttle.forgetAll();
    assertThat(Http.webappLogin(rest, "tasklist", USER, Http.DEMO_PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /** The login path with a path parameter checks the password as well: it is counted. */
  @Test
  void aLoginPathWithAPathParameterIsThrottledToo() {
    int max = throttle.maxFailures();
    assertThat(max).isPositive();
    for (int i = 1; i <= max; i++) {
      waitOutTheLoginDelay();
      assertThat(Http.webappLogin(rest, "tasklist", USER, "wrong-" + i,
          "/camunda/api/admin/auth/user/default/login;x=" + i + "/").getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    waitOutTheLoginDelay();
    assertThat(Http.webappLogin(rest, "tasklist", USER, Http.DEMO_PASSWORD,
        "/camunda/api/admin/auth/user;x=0/default/login/").getStatusCode())
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    throttle.forgetAll();
  }

  @Test
  void correctPasswordsAreNeverCountedAsFailures() {
    for (int i = 0; i <= throttle.maxFailures(); i++) {
      assertThat(basic(Http.DEMO_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    assertThat(attempts()).isZero();
  }

  /** Moves the engine's clock past the user's current login delay. */
  private void waitOutTheLoginDelay() {
    engineClockOffset += PAST_THE_DELAY_MS;
    ClockUtil.offset(engineClockOffset);
  }

  private ResponseEntity<String> basic(String password) {
    return rest.withBasicAuth(USER, password).getForEntity("/engine-rest/task", String.class);
  }

  /** The engine's count of failed logins of the user since the last good one. */
  private int attempts() {
    Integer attempts = jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = ?",
        Integer.class, USER);
    return attempts == null ? 0 : attempts;
  }
}
