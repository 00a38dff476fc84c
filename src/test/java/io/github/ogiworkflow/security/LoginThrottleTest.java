package io.github.ogiworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  MutableClock clock = new MutableClock();
  LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

  @Test
  void anAddressIsBlockedAfterTooManyFailuresUntilItsWindowEnds() {
    throttle.recordFailure("10.0.0.1");
    clock.advance(Duration.ofMinutes(5));
    throttle.recordFailure("10.0.0.1");
    assertThat(throttle.blockedFor("10.0.0.1")).isZero();
    throttle.recordFailure("10.0.0.1");

    assertThat(throttle.blockedFor("10.0.0.1")).isEqualTo(Duration.ofMinutes(10));
    assertThat(throttle.blockedFor("10.0.0.2")).as("other addresses").isZero();

    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.blockedFor("10.0.0.1")).isZero();
  }

  @Test
  void failuresOfAnEndedWindowDoNotCount() {
    throttle.recordFailure("10.0.0.1");
    throttle.recordFailure("10.0.0.1");
    clock.advance(Duration.ofMinutes(15));
    throttle.recordFailure("10.0.0.1");
    throttle.recordFailure("10.0.0.1");

    assertThat(throttle.blockedFor("10.0.0.1")).isZero();
  }

  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-03T08:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
