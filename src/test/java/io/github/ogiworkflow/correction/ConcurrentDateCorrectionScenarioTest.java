package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static io.github.ogiworkflow.request.RequestScenario.vars;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.process.CommandFailures;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseDates;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.AtOnce;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A date correction racing an appeal filing, or another correction, of the same case (ADR 0059):
 * each takes the case's register row first, so the second checks the dates the first wrote and
 * is refused as it would be a moment later. The register never says the reply was delivered
 * after the applicant appealed, nor signed for before it was delivered. A few rounds, each on a
 * fresh case: on the old code one round was enough to end with both written.
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn"})
class ConcurrentDateCorrectionScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final int ROUNDS = 3;
  static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
  static final LocalDate DELIVERED = LocalDate.of(2026, 3, 10);

  ProcessEngine engine;
  DateCorrections corrections;
  CaseRegister register;
  AppealRegister appeals;
  TransactionTemplate transaction;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    register = bean("caseRegister", CaseRegister.class);
    appeals = bean("appealRegister", AppealRegister.class);
    corrections = DateCorrectionScenarioTest.dateCorrections(engine, register, appealRegister());
    // As the app's @Transactional does: one transaction per correction.
    transaction = new TransactionTemplate(((SpringProcessEngineConfiguration) engine
        .getProcessEngineConfiguration()).getTransactionManager());
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** Delivered 10 March; corrected to 20 March while the applicant's 15 March filing comes in. */
  @Test
  void aDeliveryDateCorrectedWhileTheApplicantAppealsIsNotLaterThanTheAppeal() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String tn = delivered();
      String docketNo = "示复〔2026〕3" + round + "号";
      today(LocalDate.of(2026, 3, 25));
      List<Throwable> refused = atOnce(
          () -> correct(tn, "deliveredOn", "2026-03-20"),
          () -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.RECONSIDERATION,
              vars(TRACKING_NUMBER, tn, DOCKET_NO, docketNo,
                  APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-03-15", SERVED_ON, "2026-03-16",
                  PROCEDURE, "SIMPLIFIED")));

      assertThat(refused).as("round %s: one of the two refused", round).hasSize(1);
      assertRefusedAsInSequence(refused.get(0), "不能早于答复送达日期", "不得晚于申请人对该答复");
      CaseDates dates = register.dates(tn).orElseThrow();
      List<AppealRegister.Appeal> filed = appeals.of(tn);
      if (filed.isEmpty()) {
        assertThat(dates.deliveredOn()).isEqualTo(LocalDate.of(2026, 3, 20));
      } else {
        assertThat(dates.deliveredOn()).as("delivered before the appeal").isEqualTo(DELIVERED);
      }
    }
  }

  /** Delivery corrected to 13 March while the signed-for date 12 March is recorded. */
  @Test
  void aDeliveryAndASignedForDateCorrectedAtOnceStayInOrder() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String tn = delivered();
      today(LocalDate.of(2026, 3, 25));
      List<Throwable> refused = atOnce(
          () -> correct(tn, "deliveredOn", "2026-03-13"),
          () -> correct(tn, "replyReceivedOn", "2026-03-12"));

      assertThat(refused).as("round %s: one of the two refused", round).hasSize(1);
      assertRefusedAsInSequence(refused.get(0), "送达日期不得晚于申请人签收日期",
          "申请人签收日期不得早于送达日期");
      CaseDates dates = register.dates(tn).orElseThrow();
      if (dates.replyReceivedOn() != null) {
        assertThat(dates.replyReceivedOn()).as("signed for after delivery")
            .isAfterOrEqualTo(dates.deliveredOn());
      }
      assertThat(bean("dateChangeRegister", DateChangeRegister.class).of(tn)).filteredOn(
          change -> !change.changedBy().equals(DateChangeRegister.SYSTEM))
          .as("one correction recorded").hasSize(1);
    }
  }

  private void correct(String tn, String field, String day) {
    transaction.executeWithoutResult(status ->
        corrections.correct(tn, field, day, "按邮寄回执更正", OFFICE_USER));
  }

  /** Both at one barrier; what was refused, after both ran. */
  private static List<Throwable> atOnce(Runnable first, Runnable second) throws Exception {
    AtomicInteger ran = new AtomicInteger();
    List<Throwable> refused = AtOnce.run(List.of(() -> {
      ran.incrementAndGet();
      first.run();
    }, () -> {
      ran.incrementAndGet();
      second.run();
    }));
    assertThat(ran.get()).as("both ran (no vacuous pass)").isEqualTo(2);
    return refused;
  }

  private static void assertRefusedAsInSequence(Throwable t, String... messages) {
    if (CommandFailures.isLockGivenUp(t)) {
      return;
    }
    assertThat(t).isInstanceOf(InvalidInput.class);
    assertThat(messages).anyMatch(m -> t.getMessage().contains(m));
  }

  /** Received 2 March, delivered by post 10 March 2026 (予以公开, no approval). */
  private String delivered() {
    today(RECEIVED);
    RequestScenario scenario = new RequestScenario(engine).startWithItems(registration(RECEIVED),
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    today(LocalDate.of(2026, 3, 5));
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(DELIVERED);
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, DELIVERED.toString());
    return scenario.trackingNumber();
  }

  private AppealRegister appealRegister() {
    return bean("appealRegister", AppealRegister.class);
  }

  private <T> T bean(String name, Class<T> type) {
    return ProcessTestEngine.bean(engine, name, type);
  }
}
