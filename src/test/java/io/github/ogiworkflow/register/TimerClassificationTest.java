package io.github.ogiworkflow.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ElementIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.Test;

/**
 * ADR 0184: which timers leave a trail line is decided per element. Every timer event of the
 * deployed models is either deciding ({@link ElementIds#DECIDING_TIMERS}: a period ran out and
 * the case takes another route) or a reminder ({@link ElementIds#REMINDER_TIMERS}), never both
 * and never neither: a new timer fails here until someone decides which it is. Only the
 * deciding ones are recorded by {@link TimerActs}.
 */
class TimerClassificationTest {

  @Test
  void everyTimerOfTheModelsIsEitherDecidingOrAReminder() throws IOException {
    Set<String> timers = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        model.getModelElementsByType(TimerEventDefinition.class).forEach(timer ->
            timers.add(((BaseElement) timer.getParentElement()).getId()));
      }
    }
    assertThat(timers).contains(ElementIds.TIMER_CORRECTION_DEADLINE,
        ElementIds.TIMER_CORRECTION_NOTICE_DUE);
    assertThat(ElementIds.DECIDING_TIMERS).doesNotContainAnyElementsOf(
        ElementIds.REMINDER_TIMERS);
    Set<String> classified = new TreeSet<>(ElementIds.DECIDING_TIMERS);
    classified.addAll(ElementIds.REMINDER_TIMERS);
    assertThat(classified).as("the classification names only timers of the models")
        .isEqualTo(timers);
  }

  @Test
  void onlyTheDecidingTimersAreRecorded() {
    assertThat(TimerActs.recorded(ElementIds.TIMER_CORRECTION_DEADLINE)).isTrue();
    assertThat(TimerActs.recorded(ElementIds.TIMER_CONSULTATION_SILENCE)).isTrue();
    assertThat(TimerActs.recorded(ElementIds.TIMER_PAYMENT_DEADLINE)).isTrue();
    assertThat(TimerActs.recorded(ElementIds.TIMER_CORRECTION_NOTICE_DUE)).isFalse();
    assertThat(TimerActs.recorded(ElementIds.TIMER_FEE_NOTICE_SERVICE_OVERDUE)).isFalse();
    assertThat(TimerActs.recorded(ElementIds.TIMER_HEARING_REMINDER)).isFalse();
  }
}
