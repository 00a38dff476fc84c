package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.DUPLICATE_CONFIRMED;
import static io.github.ogiworkflow.process.ProcessVariables.REQUEST_DESCRIPTION;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.process.CommandFailures;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.AtOnce;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same counter application registered twice (audit 30b F3, ADR 0116): a case of the same
 * identity number, receipt day and request text refuses the second registration on the request
 * text, naming the first tracking number, unless the clerk confirms a separate application; two
 * clerks registering it at the same moment get one case. Both failed on the old code (three
 * cases, no refusal).
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class DuplicateRegistrationScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST);

  static final LocalDate RECEIVED = LocalDate.of(2026, 3, 4);

  ProcessEngine engine;
  /** A request text no other test registers (the scenario tests may share one database). */
  String description;

  @BeforeEach
  void setUp() {
    RequestScenario.begin(engine, RECEIVED);
    description = "2026年食品抽检结果汇总表 " + UUID.randomUUID();
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void theSameApplicationRegisteredAgainIsRefusedUntilTheClerkConfirmsAnotherOne() {
    String first = register(application(description));

    // The same text, typed with other spacing and full-width characters: the same application.
    Map<String, Object> again = application("  " + description.replace(" ", "\u3000\u3000")
        .replace("2026年", "２０２６年") + " \n");
    assertThatThrownBy(() -> register(again))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("requestDescription")
        .hasMessageContaining("与已登记的申请" + first + "（同一申请人、同日收到、内容相同）重复")
        .hasMessageContaining("请勾选“确认为另一份申请”后重新提交");
    assertThat(casesOfThisText()).as("nothing of the refused registration written").isOne();
    assertThat(instancesOfThisText()).isOne();

    again.put(DUPLICATE_CONFIRMED, false);
    assertThatThrownBy(() -> register(again)).hasMessageContaining(first);

    again.put(DUPLICATE_CONFIRMED, "也许");
    assertThatThrownBy(() -> register(again)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("duplicateConfirmed")
        .hasMessageContaining("确认为另一份申请：应为是或否");

    again.put(DUPLICATE_CONFIRMED, true);
    String second = register(again);
    assertThat(second).isNotEqualTo(first).matches("YSQ-2026-\\d{6}");
    assertThat(sequence(second)).as("the refused registrations used up no number")
        .isEqualTo(sequence(first) + 1);
    assertThat(casesOfThisText()).isEqualTo(2);

    // Another day, or another text, of the same applicant is no duplicate.
    Map<String, Object> nextDay = RequestScenario.registration(RECEIVED.plusDays(1));
    nextDay.remove(DUPLICATE_CONFIRMED);
    nextDay.put(REQUEST_DESCRIPTION, description);
    RequestScenario.today(RECEIVED.plusDays(1));
    assertThat(register(nextDay)).matches("YSQ-2026-\\d{6}");
    assertThat(register(application(description + "（补充）"))).matches("YSQ-2026-\\d{6}");
  }

  @Test
  void twoClerksRegisteringTheSameApplicationAtOnceGetOneCase() throws Exception {
    AtomicInteger ran = new AtomicInteger();
    List<Runnable> clerks = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      clerks.add(() -> {
        ran.incrementAndGet();
        register(application(description));
      });
    }
    List<Throwable> refused = AtOnce.run(clerks);

    assertThat(ran.get()).as("both registrations were sent").isEqualTo(2);
    assertThat(refused).as("one of the two refused").hasSize(1);
    if (!CommandFailures.isLockGivenUp(refused.get(0))) {
      assertThat(refused.get(0)).isInstanceOf(InvalidInput.class)
          .hasMessageContaining("（同一申请人、同日收到、内容相同）重复");
    }
    assertThat(casesOfThisText()).as("one case in the register").isOne();
    assertThat(instancesOfThisText()).as("one process instance").isOne();
  }

  private Map<String, Object> application(String text) {
    Map<String, Object> form = RequestScenario.registration(RECEIVED);
    form.remove(DUPLICATE_CONFIRMED);
    form.put(REQUEST_DESCRIPTION, text);
    return form;
  }

  private String register(Map<String, Object> form) {
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      return engine.getRuntimeService()
          .startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, form).getBusinessKey();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static int sequence(String trackingNumber) {
    return Integer.parseInt(trackingNumber.substring(trackingNumber.lastIndexOf('-') + 1));
  }

  private int casesOfThisText() {
    return ProcessTestEngine.jdbc(engine).queryForObject(
        "SELECT COUNT(*) FROM ogi_case WHERE description LIKE ?", Integer.class,
        "%" + description.substring(description.length() - 36) + "%");
  }

  private long instancesOfThisText() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .variableValueEquals(REQUEST_DESCRIPTION, description).count();
  }
}
