package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.MESSAGE_PLAINTIFF_APPEAL_JOINED;
import static io.github.ogiworkflow.process.ElementIds.TASK_DECIDE_AGENCY_APPEAL;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_JOINED_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_JUDGMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PLAINTIFF_APPEAL;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_DEFENCE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ADR 0057: Litigation instances started on the model before ADR 0049 (the one deployed until
 * 5 Dec 2026, from git history) move to the latest model at start-up, so a judgment for the
 * agency waits for the plaintiff's appeal instead of ending the suit, and a correction's
 * decision task takes the plaintiff's appeal too. Run on the real engine.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class LitigationMigrationTest {

  /** The paths are LitigationScenarioTest's; this class only moves instances between models. */
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final String EARLIER_MODEL = "earlier-models/litigation-before-adr-0049.bpmn";

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
  void suitsOnTheModelBeforeAdr0049MoveToTheLatestAndWaitForThePlaintiffsAppeal() {
    String earlier = deploy(EARLIER_MODEL);
    String latest = null;
    try {
      // Two suits begun on the earlier model: one waits for its judgment, one for the agency's
      // decision whether to appeal a correction.
      String maintained = scenario.deliveredCase(false);
      ProcessInstance waitingForJudgment = defended(maintained);
      String corrected = scenario.deliveredCase(false);
      ProcessInstance deciding = defended(corrected);
      today(LocalDate.of(2026, 3, 20));
      scenario.request.complete(scenario.request.tasks(TASK_RECORD_JUDGMENT).stream()
              .filter(t -> t.getProcessInstanceId().equals(deciding.getId())).findFirst()
              .orElseThrow(), LEGAL_USER, APPEAL_RESULT, "CORRECTED",
          APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-18",
          JUDGMENT_SERVED_ON, "2026-03-20", APPEALED_TO_HIGHER_COURT, false);
      assertThat(deciding).isWaitingAt(TASK_DECIDE_AGENCY_APPEAL);
      ProcessDefinition old = definitionOf(waitingForJudgment);
      Assertions.assertThat(definitionOf(deciding).getId()).isEqualTo(old.getId());

      latest = deploy("processes/litigation.bpmn");
      Assertions.assertThat(LitigationMigration.migrate(engine)).isEqualTo(2);
      // Idempotent: nothing is left on the earlier version.
      Assertions.assertThat(LitigationMigration.migrate(engine)).isZero();
      Assertions.assertThat(definitionOf(waitingForJudgment).getVersion())
          .isGreaterThan(old.getVersion());
      Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionId(old.getId()).count()).isZero();

      // A judgment for the agency no longer ends the suit at once (ALL Art. 85, ADR 0049).
      scenario.correlate("JudgmentDelivered", maintained, APPEAL_RESULT, "MAINTAINED",
          DECIDED_ON, "2026-03-18", JUDGMENT_SERVED_ON, "2026-03-20");
      assertThat(waitingForJudgment).isWaitingAt(TASK_RECORD_PLAINTIFF_APPEAL)
          .hasNotPassed("EndEvent_JudgmentFinal");

      // The decision task took the boundary the latest model added (ADR 0057).
      today(LocalDate.of(2026, 3, 27));
      scenario.correlate("PlaintiffAppealServed", corrected,
          PLAINTIFF_APPEAL_SERVED_ON, "2026-03-27", APPEAL_BODY, "示范市中级人民法院");
      assertThat(deciding).isWaitingAt(TASK_DRAFT_DEFENCE)
          .hasPassed("Boundary_PlaintiffAppealBeforeDecision");
      Assertions.assertThat(appeals.of(corrected)).extracting(AppealRegister.Appeal::instanceNo,
              AppealRegister.Appeal::appealedBy)
          .containsExactly(Assertions.tuple(1, "APPLICANT"), Assertions.tuple(2, null));
    } finally {
      undeploy(earlier, latest);
    }
  }

  /**
   * ADR 0060: a task keeps the name it was created with through a migration, so the moved tasks
   * are named as the latest model names them: built from the model before ADR 0049 with 登记判决结果
   * under an older name (登记判决), a waiting 登记判决 task is 登记判决结果 after the move, in
   * Tasklist and in the history; a brief task keeps the name of its own document (起草答辩状), not
   * the model's neutral 起草答辩状或上诉状 (ADR 0049).
   */
  @Test
  void movedTasksCarryTheLatestModelsNames() {
    org.camunda.bpm.model.bpmn.BpmnModelInstance model =
        org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(getClass().getClassLoader()
            .getResourceAsStream(EARLIER_MODEL));
    model.<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById(TASK_RECORD_JUDGMENT)
        .setName("登记判决");
    String earlier = engine.getRepositoryService().createDeployment()
        .addModelInstance("litigation-earlier-names.bpmn", model).deploy().getId();
    String latest = null;
    try {
      ProcessInstance judging = defended(scenario.deliveredCase(false));
      String drafting = scenario.deliveredCase(false);
      today(AppealScenario.RECEIVED);
      ProcessInstance draft = scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, drafting,
          DOCKET_NO, "（2026）示0502行初4号", APPEAL_BODY, "示范市人民法院",
          SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false);
      Assertions.assertThat(task(TASK_RECORD_JUDGMENT, judging).getName()).isEqualTo("登记判决");
      Assertions.assertThat(task(TASK_DRAFT_DEFENCE, draft).getName()).isEqualTo("起草答辩状");

      latest = deploy("processes/litigation.bpmn");
      Assertions.assertThat(LitigationMigration.migrate(engine)).isEqualTo(2);

      org.camunda.bpm.engine.task.Task judgment = task(TASK_RECORD_JUDGMENT, judging);
      Assertions.assertThat(judgment.getName()).isEqualTo("登记判决结果");
      Assertions.assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
          .taskId(judgment.getId()).singleResult().getName()).isEqualTo("登记判决结果");
      Assertions.assertThat(task(TASK_DRAFT_DEFENCE, draft).getName()).isEqualTo("起草答辩状");
      // Nothing left to rename on the next start.
      Assertions.assertThat(LitigationMigration.renameTasks(engine,
          definitionOf(judging))).isZero();
    } finally {
      undeploy(earlier, latest);
    }
  }

  /**
   * ADR 0066: a suit in the second instance of the agency's own appeal on the model before the
   * 答辩原告上诉 event sub-process moves to the latest model with its message subscription, so a
   * plaintiff's copy recorded after the move starts the agency's 答辩状 (due 15 days after the
   * copy's service) beside its 行政上诉状.
   */
  @Test
  void aSecondInstanceOfTheAgencysAppealMovedFromTheModelBeforeAdr0066TakesTheDefence() {
    String earlier = deploy("earlier-models/litigation-before-adr-0066.bpmn");
    String latest = null;
    try {
      String trackingNumber = scenario.deliveredCase(false);
      ProcessInstance suit = defended(trackingNumber);
      appealedByTheAgency(suit);
      assertThat(suit).isWaitingAt(TASK_DRAFT_DEFENCE);
      Assertions.assertThat(engine.getRuntimeService().createExecutionQuery()
          .processInstanceId(suit.getId())
          .messageEventSubscriptionName(MESSAGE_PLAINTIFF_APPEAL_JOINED).count()).isZero();

      latest = deploy("processes/litigation.bpmn");
      Assertions.assertThat(LitigationMigration.migrate(engine)).isEqualTo(1);
      Assertions.assertThat(definitionOf(suit).getDeploymentId()).isEqualTo(latest);

      plaintiffsAppealServed(trackingNumber);
      Assertions.assertThat(task(TASK_DRAFT_JOINED_DEFENCE, suit)).satisfies(t -> {
        Assertions.assertThat(t.getName()).isEqualTo("起草答辩状");
        Assertions.assertThat(t.getDueDate())
            .isEqualTo(io.github.ogiworkflow.calendar.OfficeTime.endOf(LocalDate.of(2026, 4, 13)));
      });
      Assertions.assertThat(task(TASK_DRAFT_DEFENCE, suit).getName()).isEqualTo("起草行政上诉状");
    } finally {
      undeploy(earlier, latest);
    }
  }

  /**
   * ADR 0070: a plaintiff's appeal recorded into the second instance of the agency's appeal on
   * the model before ADR 0066 (register only, no 答辩状 task, as the old code left it) gets its
   * 答辩状 at the next start, after the move to the latest model: 起草答辩状 due 15 days after the
   * copy's service as the register recorded it (Fri 27 Mar → Mon 13 Apr), beside the agency's
   * 行政上诉状. Two nodes starting at once start it once; the next start finds nothing.
   */
  @Test
  void aPlaintiffsAppealJoinedBeforeAdr0066GetsItsDefenceAtTheNextStartOnce() throws Exception {
    String earlier = deploy("earlier-models/litigation-before-adr-0066.bpmn");
    String latest = null;
    try {
      String trackingNumber = scenario.deliveredCase(false);
      ProcessInstance suit = defended(trackingNumber);
      appealedByTheAgency(suit);
      plaintiffsAppealServed(trackingNumber);
      long second = appeals.of(trackingNumber).get(1).id();
      Assertions.assertThat(appeals.joinedPlaintiffAppeal(second)).hasValueSatisfying(j ->
          Assertions.assertThat(j.answerDueOn()).isNull());
      Assertions.assertThat(task(TASK_DRAFT_JOINED_DEFENCE, suit)).isNull();

      latest = deploy("processes/litigation.bpmn");
      Assertions.assertThat(LitigationMigration.migrate(engine)).isEqualTo(1);
      // Moved, it waits for a message that was correlated (by hand, if at all) before.
      Assertions.assertThat(task(TASK_DRAFT_JOINED_DEFENCE, suit)).isNull();

      today(LocalDate.of(2026, 4, 1));
      var cases = ProcessTestEngine.bean(engine, "caseRegister",
          io.github.ogiworkflow.register.CaseRegister.class);
      var transactions = ((org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration)
          engine.getProcessEngineConfiguration()).getTransactionManager();
      java.util.concurrent.atomic.AtomicInteger started =
          new java.util.concurrent.atomic.AtomicInteger();
      Runnable node = () -> started.addAndGet(
          JoinedDefenceStarts.start(engine, appeals, cases, transactions));
      Assertions.assertThat(io.github.ogiworkflow.support.AtOnce.run(
          java.util.List.of(node, node))).isEmpty();
      Assertions.assertThat(started.get()).isOne();

      Assertions.assertThat(engine.getTaskService().createTaskQuery()
          .processInstanceId(suit.getId()).taskDefinitionKey(TASK_DRAFT_JOINED_DEFENCE).list())
          .singleElement().satisfies(t -> {
            Assertions.assertThat(t.getName()).isEqualTo("起草答辩状");
            Assertions.assertThat(t.getDueDate()).isEqualTo(
                io.github.ogiworkflow.calendar.OfficeTime.endOf(LocalDate.of(2026, 4, 13)));
          });
      Assertions.assertThat(appeals.joinedPlaintiffAppeal(second)).hasValueSatisfying(j -> {
        Assertions.assertThat(j.answerDueOn()).isEqualTo(LocalDate.of(2026, 4, 13));
        Assertions.assertThat(j.answerSubmittedOn()).isNull();
      });
      Assertions.assertThat(task(TASK_DRAFT_DEFENCE, suit).getName()).isEqualTo("起草行政上诉状");
      // The next start finds nothing: the register has the due day, the history the sub-process.
      Assertions.assertThat(appeals.joinedWithoutDefence()).isEmpty();
      Assertions.assertThat(JoinedDefenceStarts.start(engine, appeals, cases, transactions))
          .isZero();
    } finally {
      undeploy(earlier, latest);
    }
  }

  /**
   * ADR 0070: on the model of ADR 0066 a second-instance judgment recorded while the 答辩状 to
   * the joined plaintiff's appeal was open left it open (the main flow ended without a terminate
   * end). Moved to the latest model, the next start ends it: the suit ends, the task is cancelled
   * in the history, nothing is recorded as submitted; the next start finds nothing.
   */
  @Test
  void aDefenceLeftOpenAfterTheJudgmentOnTheModelOfAdr0066EndsAtTheNextStart() {
    String earlier = deploy("earlier-models/litigation-before-adr-0070.bpmn");
    String latest = null;
    try {
      String trackingNumber = scenario.deliveredCase(false);
      ProcessInstance suit = defended(trackingNumber);
      appealedByTheAgency(suit);
      scenario.request.complete(task(TASK_DRAFT_DEFENCE, suit), LEGAL_USER,
          ANSWER_TEXT, "上诉理由：一审判决适用法律错误。", EVIDENCE_LIST, "1. 答复书")
          .complete(task("Task_ApproveDefence", suit), LEADER, ANSWER_APPROVAL, "APPROVE")
          .complete(task(TASK_SUBMIT_DEFENCE, suit), LEGAL_USER, SUBMITTED_ON, "2026-03-20",
              HEARING_ON, "2026-04-20");
      plaintiffsAppealServed(trackingNumber);
      today(LocalDate.of(2026, 4, 10));
      scenario.request.complete(task(TASK_RECORD_JUDGMENT, suit), LEGAL_USER,
          APPEAL_RESULT, "MAINTAINED", DECIDED_ON, "2026-04-10", APPEALED_TO_HIGHER_COURT, false);
      // The old model: the main flow has ended, the 答辩状 is still due.
      assertThat(suit).isNotEnded().hasPassed("EndEvent_JudgmentFinal");
      Assertions.assertThat(task(TASK_DRAFT_JOINED_DEFENCE, suit)).isNotNull();

      latest = deploy("processes/litigation.bpmn");
      Assertions.assertThat(LitigationMigration.migrate(engine)).isEqualTo(1);
      var cases = ProcessTestEngine.bean(engine, "caseRegister",
          io.github.ogiworkflow.register.CaseRegister.class);
      var transactions = ((org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration)
          engine.getProcessEngineConfiguration()).getTransactionManager();
      Assertions.assertThat(JoinedDefenceStarts.start(engine, appeals, cases, transactions))
          .isZero();
      Assertions.assertThat(JoinedDefenceStarts.endMoot(engine, appeals, cases, transactions))
          .isOne();

      assertThat(suit).isEnded();
      Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(suit.getId()).activityId(TASK_DRAFT_JOINED_DEFENCE).singleResult()
          .isCanceled()).isTrue();
      long second = appeals.of(trackingNumber).get(1).id();
      Assertions.assertThat(appeals.joinedPlaintiffAppeal(second)).hasValueSatisfying(j -> {
        Assertions.assertThat(j.answerDueOn()).isEqualTo(LocalDate.of(2026, 4, 13));
        Assertions.assertThat(j.answerSubmittedOn()).isNull();
      });
      Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
              .entries()).filteredOn(e -> e.activity().endsWith("原告上诉"))
          .singleElement().satisfies(e -> Assertions.assertThat(e.detail())
              .contains("答辩状未提交（二审判决在先"));
      Assertions.assertThat(JoinedDefenceStarts.endMoot(engine, appeals, cases, transactions))
          .isZero();
    } finally {
      undeploy(earlier, latest);
    }
  }

  /** A suit begun now (on the latest deployed Litigation), defended and waiting for judgment. */
  private ProcessInstance defended(String trackingNumber) {
    today(AppealScenario.RECEIVED);
    ProcessInstance suit = scenario.start(ProcessKeys.LITIGATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "（2026）示0502行初3号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-02-10", AFTER_RECONSIDERATION, false);
    scenario.request.complete(task(TASK_DRAFT_DEFENCE, suit), LEGAL_USER,
        ANSWER_TEXT, "答辩意见：被告已依法答复。", EVIDENCE_LIST, "1. 答复书")
        .complete(task("Task_ApproveDefence", suit), LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(task(TASK_SUBMIT_DEFENCE, suit), LEGAL_USER, SUBMITTED_ON, "2026-02-10",
            HEARING_ON, "2026-03-10");
    assertThat(suit).isWaitingAt(TASK_RECORD_JUDGMENT);
    return suit;
  }

  /**
   * The defended suit's judgment, recorded on 20 Mar: against the agency (纠正, decided 18 Mar),
   * which appeals to the higher court, the second instance of its own appeal.
   */
  private void appealedByTheAgency(ProcessInstance suit) {
    today(LocalDate.of(2026, 3, 20));
    scenario.request.complete(task(TASK_RECORD_JUDGMENT, suit), LEGAL_USER,
        APPEAL_RESULT, "CORRECTED", APPEAL_RESULT_DETAIL, "ORDERED_TO_ACT",
        DECIDED_ON, "2026-03-18", APPEALED_TO_HIGHER_COURT, true, APPEALED_BY, "AGENCY",
        APPEAL_BODY, "示范市中级人民法院", DOCKET_NO, "（2026）示行终2号");
  }

  /** The plaintiff's appeal joining the agency's, its copy served on 27 Mar, recorded that day. */
  private void plaintiffsAppealServed(String trackingNumber) {
    today(LocalDate.of(2026, 3, 27));
    ProcessTestEngine.bean(engine, "plaintiffAppeals", PlaintiffAppeals.class).served(
        engine.getRuntimeService(), engine.getHistoryService(), trackingNumber,
        java.util.Map.of(PLAINTIFF_APPEAL_SERVED_ON, "2026-03-27",
            APPEAL_BODY, "示范市中级人民法院"), java.util.Map.of());
  }

  private org.camunda.bpm.engine.task.Task task(String key, ProcessInstance suit) {
    return engine.getTaskService().createTaskQuery().processInstanceId(suit.getId())
        .taskDefinitionKey(key).singleResult();
  }

  /**
   * Most starts have no suit running: the step then asks for no process definition, which would
   * make the engine parse the Litigation models with the model API for their descriptions (about
   * 730 classes and an XML schema at every start; docs/benchmarks.md, 2026-12-06 later).
   */
  @Test
  void withNoSuitRunningNoModelIsParsed() {
    String latest = deploy("processes/litigation.bpmn");
    try {
      Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.LITIGATION).count()).isZero();
      DeploymentCache cache = ((ProcessEngineConfigurationImpl) engine
          .getProcessEngineConfiguration()).getDeploymentCache();
      cache.getBpmnModelInstanceCache().clear();

      Assertions.assertThat(LitigationMigration.migrate(engine)).isZero();

      Assertions.assertThat(cache.getBpmnModelInstanceCache().isEmpty()).isTrue();
    } finally {
      engine.getRepositoryService().deleteDeployment(latest, true);
    }
  }

  private ProcessDefinition definitionOf(ProcessInstance instance) {
    String id = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(id);
  }

  private String deploy(String resource) {
    return engine.getRepositoryService().createDeployment().addClasspathResource(resource)
        .deploy().getId();
  }

  /** Removes the deployments made (a null one was not made), with their instances. */
  private void undeploy(String... deploymentIds) {
    for (String id : deploymentIds) {
      if (id != null) {
        engine.getRepositoryService().deleteDeployment(id, true);
      }
    }
  }
}
