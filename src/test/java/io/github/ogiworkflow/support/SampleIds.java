package io.github.ogiworkflow.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, well-formed personal numbers, unique enough that a hit can only come from this test. */
public final class SampleIds {

  private SampleIds() {}

  /**
   * A random 18-character resident ID of 北京市东城区 (110105), born 1950–1999, with the
   * GB 11643 check character (ISO 7064 MOD 11-2), so the server's check accepts it.
   */
  public static String residentId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String body = "110105" + (1950 + random.nextInt(50)) + "0" + (1 + random.nextInt(9))
        + (10 + random.nextInt(18)) + (100 + random.nextInt(900));
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  /** A random mainland mobile number (139…). */
  public static String mobile() {
    return "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
  }
}
