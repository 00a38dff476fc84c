package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.InvalidInput;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/**
 * The refusal behind an endpoint's 500 is found by its type among the causes (an
 * administrator's start refused by a start listener, ADR 0061 amended); any other failure is not.
 */
class WrappedStepRefusalsTest {

  @Test
  void aRefusalIsFoundAmongTheCausesAndNothingElseIs() {
    InvalidInput refusal = new InvalidInput("trackingNumber: running already（正在进行）");
    RuntimeException wrapped = new RuntimeException("Cannot instantiate process definition",
        new ProcessEngineException("start failed", refusal));

    assertThat(WrappedStepRefusals.refusal(wrapped)).isSameAs(refusal);
    assertThat(WrappedStepRefusals.refusal(refusal)).isSameAs(refusal);
    assertThat(WrappedStepRefusals.refusal(new RuntimeException("Cannot instantiate",
        new ProcessEngineException("a real failure")))).isNull();
    assertThat(WrappedStepRefusals.refusal(null)).isNull();
  }
}
