package io.github.ogiworkflow.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicRateLimiterTest {

  @Test
  void eachClientHasItsOwnBucket() {
    PublicRateLimiter limiter = new PublicRateLimiter(3);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    }
    assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
    limiter.reset();
    assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
  }
}
