package io.github.ogiworkflow.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models' {@code historyTimeToLive} and {@link RetentionPeriods} say the same (ADR 0004's
 * periods; ADR 0165): every process and decision deployed from {@code processes/} has the TTL
 * of its period as {@link RetentionPeriods#minimumTtlDays} gives it (the guard's floor, and the
 * removal time the engine sets until {@link RemovalTimes} moves it), and the table names no
 * definition that is not deployed. A new model without a period, or a TTL changed in one place
 * only, fails here. The TTL is read as the engine reads it at deployment ({@code ParseUtil}).
 */
class RetentionPeriodsModelsTest {

  private static final Path MODELS = Path.of("processes");

  @Test
  void everyDeployedDefinitionLivesAsLongAsItsArchivePeriod() throws IOException {
    Map<String, Integer> deployed = timesToLive(MODELS);
    // The scan sees the models (an empty folder would pass vacuously).
    assertThat(deployed).containsKeys("DisclosureRequest", "AnnualReport", "ReplyOutcome");
    assertThat(mismatches(deployed)).isEmpty();
  }

  @Test
  void theTableNamesOnlyDeployedDefinitions() throws IOException {
    Map<String, Integer> deployed = timesToLive(MODELS);
    assertThat(deployed.keySet()).containsAll(RetentionPeriods.YEARS.keySet())
        .containsAll(RetentionPeriods.DECISION_YEARS.keySet());
  }

  /** The check itself fails on a model whose TTL differs from its period (a copy, altered). */
  @Test
  void aModelWhoseTimeToLiveDiffersFromItsPeriodIsFound(@TempDir Path copy) throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    Path request = copy.resolve("disclosure-request.bpmn");
    String model = Files.readString(request);
    assertThat(model).contains("camunda:historyTimeToLive=\"P3650D\"");
    Files.writeString(request, model.replace("camunda:historyTimeToLive=\"P3650D\"",
        "camunda:historyTimeToLive=\"P3000D\""));
    Path reply = copy.resolve("reply-outcome.dmn");
    Files.writeString(reply, Files.readString(reply).replace(
        "camunda:historyTimeToLive=\"P3650D\"", "camunda:historyTimeToLive=\"P10950D\""));

    assertThat(mismatches(timesToLive(copy))).containsExactly(
        "DisclosureRequest: historyTimeToLive 3000 days, its period 3650",
        "ReplyOutcome: historyTimeToLive 10950 days, its period 3650");
  }

  private static List<String> mismatches(Map<String, Integer> deployed) {
    List<String> mismatches = new ArrayList<>();
    deployed.forEach((key, days) -> {
      Integer period = RetentionPeriods.minimumTtlDays(key);
      if (period == null || !period.equals(days)) {
        mismatches.add(key + ": historyTimeToLive " + days + " days, its period "
            + (period == null ? "not in RetentionPeriods" : period));
      }
    });
    return mismatches;
  }

  /** Key to TTL in days of every executable process and decision in {@code folder}. */
  private static Map<String, Integer> timesToLive(Path folder) throws IOException {
    Map<String, Integer> days = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".bpmn")) {
          for (Process process : Bpmn.readModelFromFile(file.toFile())
              .getModelElementsByType(Process.class)) {
            if (process.isExecutable()) {
              days.put(process.getId(),
                  ParseUtil.parseHistoryTimeToLive(process.getCamundaHistoryTimeToLiveString()));
            }
          }
        } else if (name.endsWith(".dmn")) {
          for (Decision decision : Dmn.readModelFromFile(file.toFile())
              .getModelElementsByType(Decision.class)) {
            days.put(decision.getId(),
                ParseUtil.parseHistoryTimeToLive(decision.getCamundaHistoryTimeToLiveString()));
          }
        }
      }
    }
    return days;
  }
}
