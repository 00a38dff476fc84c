package io.github.ogiworkflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency figures of one series of calls, in milliseconds. */
record Percentiles(int count, double mean, double p50, double p95, double p99, double max) {

  static Percentiles of(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    return new Percentiles(sorted.size(), mean, at(sorted, 0.50), at(sorted, 0.95),
        at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double at(List<Long> sorted, double quantile) {
    return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1)) / 1e6;
  }

  @Override
  public String toString() {
    return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, mean %.1f ms, max %.1f ms", p50,
        p95, p99, mean, max);
  }
}
