package io.github.ogiworkflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed password checks counted per client address in a fixed window. Once an address reaches
 * {@code maxFailures} in one window, its password checks are refused until the window ends, so a
 * stranger cannot keep pushing a user's login delay (the engine's own per-user throttling). In
 * memory, per node.
 */
public class LoginThrottle {

  /** Above this many addresses, expired windows are forgotten. */
  private static final int MAX_TRACKED_ADDRESSES = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("maxFailures must be positive and window longer than 0");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  public int maxFailures() {
    return maxFailures;
  }

  /** How long the address must still wait, or zero when its password checks may go ahead. */
  public Duration blockedFor(String address) {
    Failures failures = byAddress.get(address);
    Instant now = clock.instant();
    if (failures == null || failures.count < maxFailures || !now.isBefore(failures.end)) {
      return Duration.ZERO;
    }
    return Duration.between(now, failures.end);
  }

  public void recordFailure(String address) {
    Instant now = clock.instant();
    if (byAddress.size() > MAX_TRACKED_ADDRESSES) {
      byAddress.values().removeIf(failures -> !now.isBefore(failures.end));
    }
    byAddress.compute(address, (key, failures) -> failures == null || !now.isBefore(failures.end)
        ? new Failures(now.plus(window), 1)
        : new Failures(failures.end, failures.count + 1));
  }

  /** Forgets every address: an administrator's (or a test's) way to end all windows at once. */
  public void forgetAll() {
    byAddress.clear();
  }

  private record Failures(Instant end, int count) {}
}
