package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.APPEAL_BODY;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLAINT_DUPLICATE_CONFIRMED;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLAINT_KIND;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLAINT_REFERENCE;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLAINT_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.SERVED_ON;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.process.CommandFailures;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.AtOnce;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same complaint without a 来文编号 registered twice (audit 30b F5, ADR 0119): the same body,
 * reference, day served and text is refused on the text naming the first SSJB number unless the
 * office confirms another complaint; two clerks at the same moment make one. Both failed on the
 * old code (two SSJB numbers, 接受行政申诉、举报数 +2).
 */
@Deployment(resources = {"processes/complaint.bpmn"})
class DuplicateComplaintScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.COMPLAINT);

  ProcessEngine engine;
  /** A text no other test registers (the scenario tests may share one database). */
  String text;

  @BeforeEach
  void setUp() {
    RequestScenario.begin(engine, AppealScenario.RECEIVED);
    text = "举报主动公开信息未按期发布 " + UUID.randomUUID();
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void theSameComplaintWithoutADocketNumberIsRefusedUntilConfirmedAsAnother() {
    String first = register(complaint(text));
    assertThat(first).matches("SSJB-2026-\\d{6}");

    // Other spacing and full-width characters: the same text.
    Map<String, Object> again = complaint("  " + text.replace(" ", "\u3000") + "\n");
    assertThatThrownBy(() -> register(again))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(COMPLAINT_TEXT)
        .hasMessageContaining("与已登记的申诉举报" + first)
        .hasMessageContaining("请勾选“确认为另一件申诉举报”后重新提交");
    assertThat(complaintsOfThisText()).as("nothing of the refused one written").isOne();

    again.put(COMPLAINT_DUPLICATE_CONFIRMED, "也许");
    assertThatThrownBy(() -> register(again)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(COMPLAINT_DUPLICATE_CONFIRMED)
        .hasMessageContaining("确认为另一件申诉举报：应为是或否");

    again.put(COMPLAINT_DUPLICATE_CONFIRMED, true);
    assertThat(register(again)).matches("SSJB-2026-\\d{6}").isNotEqualTo(first);
    // Another body or another day is another complaint.
    Map<String, Object> otherBody = complaint(text);
    otherBody.put(APPEAL_BODY, "示范市信访局");
    assertThat(register(otherBody)).matches("SSJB-2026-\\d{6}");
    Map<String, Object> otherDay = complaint(text);
    otherDay.put(SERVED_ON, AppealScenario.RECEIVED.minusDays(1).toString());
    assertThat(register(otherDay)).matches("SSJB-2026-\\d{6}");
    assertThat(complaintsOfThisText()).isEqualTo(4);
  }

  @Test
  void twoClerksRegisteringTheSameComplaintAtOnceMakeOne() throws Exception {
    List<Runnable> clerks = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      clerks.add(() -> register(complaint(text)));
    }
    List<Throwable> refused = AtOnce.run(clerks);

    assertThat(refused).as("one of the two refused").hasSize(1);
    if (!CommandFailures.isLockGivenUp(refused.get(0))) {
      assertThat(refused.get(0)).isInstanceOf(InvalidInput.class)
          .hasMessageContaining("与已登记的申诉举报SSJB-");
    }
    assertThat(complaintsOfThisText()).as("one complaint registered").isOne();
  }

  private Map<String, Object> complaint(String complaintText) {
    Map<String, Object> form = new HashMap<>();
    form.put(COMPLAINT_REFERENCE, "12345热线转办");
    form.put(COMPLAINT_KIND, "REPORT");
    form.put(APPEAL_BODY, "示范市人民政府办公室");
    form.put(SERVED_ON, AppealScenario.RECEIVED.toString());
    form.put(COMPLAINT_TEXT, complaintText);
    return form;
  }

  private String register(Map<String, Object> form) {
    engine.getIdentityService().setAuthenticatedUserId(LEGAL_USER);
    try {
      return engine.getRuntimeService()
          .startProcessInstanceByKey(ProcessKeys.COMPLAINT, form).getBusinessKey();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private long complaintsOfThisText() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.COMPLAINT)
        .variableValueLike(COMPLAINT_TEXT, "%" + text.substring(text.length() - 36) + "%")
        .count();
  }
}
