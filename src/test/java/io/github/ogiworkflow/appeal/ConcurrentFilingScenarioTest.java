package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.vars;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.CommandFailures;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.AtOnce;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same appeal filed several times at the same moment (ADR 0059): the filings of one case wait
 * for the case's register row (SELECT ... FOR UPDATE) and a complaint's body and docket number
 * are a unique key, so exactly one is registered and every other is refused as the same filing
 * sent a second later is: 409 (尚未审结) for a reconsideration or lawsuit, 400 (不能重复登记) for
 * a complaint, or, where the lock was waited for too long, 409 (请稍后重试). Nothing of a refused
 * filing is written, and annual-report table 四 counts the appeal once.
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/litigation.bpmn", "processes/complaint.bpmn",
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class ConcurrentFilingScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final int AT_ONCE = 3;

  ProcessEngine engine;
  AppealScenario scenario;
  AppealRegister appeals;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void aReconsiderationFiledThreeTimesAtOnceIsRegisteredOnce() throws Exception {
    String tn = scenario.deliveredCase(false);
    int before = appeals.counts(AppealKind.RECONSIDERATION, 2026, null).total();
    List<Throwable> refused = atOnce(AT_ONCE, ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, tn,
        DOCKET_NO, "示复〔2026〕90号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-10",
        SERVED_ON, "2026-02-10", PROCEDURE, "SIMPLIFIED");

    assertOneRegistered(tn, ProcessKeys.RECONSIDERATION, refused, "尚未审结的行政复议或行政诉讼");
    assertThat(appeals.counts(AppealKind.RECONSIDERATION, 2026, null).total())
        .as("table 四 counts it once").isEqualTo(before + 1);
  }

  @Test
  void aLawsuitFiledThreeTimesAtOnceIsRegisteredOnce() throws Exception {
    String tn = scenario.deliveredCase(false);
    List<Throwable> refused = atOnce(AT_ONCE, ProcessKeys.LITIGATION, TRACKING_NUMBER, tn,
        DOCKET_NO, "（2026）示0502行初90号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false);

    assertOneRegistered(tn, ProcessKeys.LITIGATION, refused, "尚未审结的行政复议或行政诉讼");
  }

  /** Without a request there is no case row to lock: the unique key (V40) decides. */
  @Test
  void aComplaintRegisteredFiveTimesAtOnceIsRegisteredOnce() throws Exception {
    int before = appeals.counts(AppealKind.COMPLAINT, 2026, null).total();
    List<Throwable> refused = atOnce(5, ProcessKeys.COMPLAINT, COMPLAINT_KIND, "REPORT",
        APPEAL_BODY, "示范市人民政府办公室", DOCKET_NO, "示府办转〔2026〕78号",
        SERVED_ON, "2026-02-10", COMPLAINT_TEXT, "举报该局未依法公开行政处罚信息");

    assertThat(refused).as("all but one refused").hasSize(4);
    assertRefusedAsInSequence(refused, "示范市人民政府办公室来文编号示府办转〔2026〕78号的申诉举报已登记（SSJB-2026-");
    assertThat(appeals.complaintWithDocket("示范市人民政府办公室", "示府办转〔2026〕78号"))
        .isPresent();
    assertThat(ProcessTestEngine.jdbc(engine).queryForObject("SELECT COUNT(*) FROM ogi_appeal"
        + " WHERE docket_no = '示府办转〔2026〕78号'", Integer.class)).isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.COMPLAINT).count()).isEqualTo(1);
    assertThat(appeals.counts(AppealKind.COMPLAINT, 2026, null).total()).isEqualTo(before + 1);
  }

  /** The same complaint about a request: the case's row and the key both hold. */
  @Test
  void aComplaintAboutARequestRegisteredThreeTimesAtOnceIsRegisteredOnce() throws Exception {
    String tn = scenario.deliveredCase(false);
    List<Throwable> refused = atOnce(AT_ONCE, ProcessKeys.COMPLAINT, TRACKING_NUMBER, tn,
        COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室", DOCKET_NO, "示府办转〔2026〕79号",
        SERVED_ON, "2026-02-10", COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请");

    assertOneRegistered(tn, ProcessKeys.COMPLAINT, refused,
        "来文编号示府办转〔2026〕79号的申诉举报已登记（" + tn + "），不能重复登记");
  }

  // ---- helpers ------------------------------------------------------------------------------

  /**
   * Starts {@code times} instances of {@code processKey} at one barrier, as legal would send the
   * same filing several times at once; what was refused, after every thread has run.
   */
  private List<Throwable> atOnce(int times, String processKey, Object... keyValues)
      throws InterruptedException {
    AtomicInteger ran = new AtomicInteger();
    List<Runnable> filings = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      filings.add(() -> {
        ran.incrementAndGet();
        engine.getIdentityService().setAuthenticatedUserId(LEGAL_USER);
        try {
          engine.getRuntimeService().startProcessInstanceByKey(processKey, vars(keyValues));
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
      });
    }
    List<Throwable> refused = AtOnce.run(filings);
    assertThat(ran.get()).as("every filing was sent (no vacuous pass)").isEqualTo(times);
    scenario.request.runAsyncSteps();
    return refused;
  }

  private void assertOneRegistered(String tn, String processKey, List<Throwable> refused,
      String sequentialRefusal) {
    assertThat(refused).as("all but one refused").hasSize(AT_ONCE - 1);
    assertRefusedAsInSequence(refused, sequentialRefusal);
    assertThat(appeals.of(tn)).as("one row in the register").hasSize(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(tn).count())
        .as("one instance").isEqualTo(1);
  }

  /** Refused as the same filing a moment later, or as busy (a lock waited for too long). */
  private static void assertRefusedAsInSequence(List<Throwable> refused, String message) {
    for (Throwable t : refused) {
      if (CommandFailures.isLockGivenUp(t)) {
        continue;
      }
      assertThat(t).isInstanceOf(InvalidInput.class).hasMessageContaining(message);
    }
  }
}
