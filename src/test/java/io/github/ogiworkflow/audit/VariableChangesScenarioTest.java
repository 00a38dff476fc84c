package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit trail names every variable changed other than through a form (issue 13, item 4):
 * which variable, who, old and new value, personal values hidden. Values entered in forms (the
 * positive control) are not listed as such changes.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class VariableChangesScenarioTest {

  private static final FormLabels LABELS = new FormLabels();

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  CaseTimeline timeline;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    timeline = ProcessTestEngine.timeline(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void variablesChangedOutsideFormsAreNamedWithOldAndNewValueMaskedWherePersonal() {
    today(LocalDate.of(2026, 3, 2));
    RequestScenario scenario = new RequestScenario(engine)
        .startWithItems(registration(LocalDate.of(2026, 3, 2)),
            items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")))
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    String task = scenario.task(TASK_DELIVER_REPLY).getId();

    // Through the task's variable endpoint (H2) and an instance-level write by an administrator.
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      engine.getTaskService().setVariable(task, REPLY_LETTER_TEXT, "改过的答复书");
      engine.getTaskService().setVariable(task, CONTACT_PHONE, "13900001111");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // The app seeds its administrator (security/StartupSeeding); the test engine seeds staff
    // only, and the trail marks an id with no account as deleted (ADR 0123).
    if (engine.getIdentityService().createUserQuery().userId("admin").count() == 0) {
      engine.getIdentityService().saveUser(engine.getIdentityService().newUser("admin"));
    }
    engine.getIdentityService().setAuthenticatedUserId("admin");
    try {
      engine.getRuntimeService().setVariable(scenario.instance.getId(), APPROVAL_REQUIRED, true);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    List<Entry> changes = timeline.of(scenario.trackingNumber()).orElseThrow().entries().stream()
        .filter(e -> e.kind().equals("VARIABLE")).toList();

    assertThat(changes).extracting(Entry::activity).hasSize(3)
        .anySatisfy(a -> assertThat(a).startsWith("修改变量「答复书」（非表单提交"))
        .anySatisfy(a -> assertThat(a).startsWith("修改变量「联系电话」（非表单提交"))
        .anySatisfy(a -> assertThat(a).startsWith("修改变量「是否需领导审批」（非表单提交"));
    assertThat(changes).filteredOn(e -> e.activity().contains("「答复书」")).singleElement()
        .satisfies(e -> {
          assertThat(e.detail()).startsWith("政府信息公开申请答复书").endsWith("→ 改过的答复书");
          assertThat(e.who()).contains(OFFICE_USER);
        });
    assertThat(changes).filteredOn(e -> e.activity().contains("「是否需领导审批」"))
        .singleElement().satisfies(e -> {
          assertThat(e.detail()).isEqualTo("false → true");
          assertThat(e.who()).isEqualTo("admin");
        });
    // Personal data: that it changed, never the value.
    assertThat(changes).filteredOn(e -> e.activity().contains("「联系电话」")).singleElement()
        .extracting(Entry::detail).isEqualTo("（已隐去） → （已隐去）");
    assertThat(changes).extracting(Entry::detail)
        .noneMatch(d -> d.contains("13900001111") || d.contains("13812345678"));
    // Positive control: what the forms submitted (completeness, items, fee) is not listed.
    assertThat(changes).extracting(Entry::activity)
        .noneMatch(a -> a.contains("「" + LABELS.field(COMPLETENESS_DECISION) + "」")
            || a.contains("「" + LABELS.field(CHARGE_FEE) + "」")
            || a.contains("「" + LABELS.field(ITEMS) + "」"));
  }
}
