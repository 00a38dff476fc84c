package io.github.ogiworkflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The coverage threshold of the scenario tests is really checked: a class that covers only
 * part of a model fails, and one that covers all of it passes. (A threshold the extension never
 * checks would let every scenario class pass silently.)
 */
class CoverageThresholdTest {

  @Test
  void aClassBelowItsThresholdFails() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(CoversOneBranch.class)).execute()
        .containerEvents().assertThatEvents()
        .haveExactly(1, event(container(CoversOneBranch.class),
            finishedWithFailure(instanceOf(AssertionError.class))));
  }

  @Test
  void aClassAtItsThresholdPasses() {
    var events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(CoversBothBranches.class))
        .execute().containerEvents();
    events.assertThatEvents()
        .haveExactly(1, event(container(CoversBothBranches.class), finishedSuccessfully()));
    assertThat(events.failed().count()).isZero();
  }

  /** A probe with two branches: start → gateway → one of two ends. */
  static BpmnModelInstance probe() {
    return Bpmn.createExecutableProcess("CoverageProbe").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Probe")
        .exclusiveGateway("Gateway_Probe")
          .condition("左", "${left}").endEvent("EndEvent_Left")
        .moveToLastGateway()
          .condition("右", "${!left}").endEvent("EndEvent_Right")
        .done();
  }

  static void run(ProcessEngine engine, boolean left) {
    engine.getRuntimeService().startProcessInstanceByKey("CoverageProbe",
        java.util.Map.of("left", left));
  }

  /** Run only through the kit: surefire skips nested classes. */
  static class CoversOneBranch {
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.withCoverageAtLeast(1.0);

    ProcessEngine engine;

    @Test
    void leftOnly() {
      engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn", probe())
          .deploy();
      run(engine, true);
    }
  }

  /** Run only through the kit: surefire skips nested classes. */
  static class CoversBothBranches {
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestEngine.withCoverageAtLeast(1.0);

    ProcessEngine engine;

    @Test
    void bothBranches() {
      engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn", probe())
          .deploy();
      run(engine, true);
      run(engine, false);
    }
  }
}
