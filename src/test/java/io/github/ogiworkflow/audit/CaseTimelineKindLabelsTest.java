package io.github.ogiworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of audit-trail entry has a Chinese label (类别 on the ledger and audit pages, JSON
 * and CSV): a kind without one would show its English id (audit round 27, F6: WITHDRAWAL). The
 * kinds are read from the sources of the audit package, where each entry is made (the timeline
 * and its {@link TimelineSource}s, ADR 0153): {@code new Entry(at, dateOnly, "KIND", …)},
 * {@code day(on, "KIND", …)} and the one chosen by a condition.
 */
class CaseTimelineKindLabelsTest {

  private static final Pattern KIND = Pattern.compile(
      "new Entry\\([^;]*?,\\s*(?:false|true),\\s*\"([A-Z_]+)\""
          + "|\\bday\\([^;]*?,\\s*\"([A-Z_]+)\""
          + "|\\?\\s*\"([A-Z_]+)\"\\s*:\\s*\"([A-Z_]+)\",\\s*name");

  @Test
  void everyKindOfEntryHasAChineseLabel() throws Exception {
    StringBuilder sources = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/github/ogiworkflow/audit"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.append(Files.readString(file)).append('\n');
      }
    }
    String source = sources.toString();
    Set<String> kinds = new TreeSet<>();
    Matcher m = KIND.matcher(source);
    while (m.find()) {
      for (int group = 1; group <= m.groupCount(); group++) {
        if (m.group(group) != null) {
          kinds.add(m.group(group));
        }
      }
    }
    // The scan finds the kinds it should (a broken pattern would pass vacuously).
    assertThat(kinds).contains("TASK", "STEP", "EVENT", "RECEIPT", "DUE", "LETTER", "FILE",
        "WITHDRAWAL");
    for (String kind : kinds) {
      assertThat(CaseTimeline.KIND_LABELS.get(kind)).as(kind).isNotBlank()
          .matches(".*\\p{IsHan}.*");
    }
  }
}
