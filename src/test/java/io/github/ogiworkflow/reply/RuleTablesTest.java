package io.github.ogiworkflow.reply;

import static io.github.ogiworkflow.process.ProcessKeys.APPROVAL_REQUIRED_TABLE;
import static io.github.ogiworkflow.process.ProcessKeys.REPLY_OUTCOME_TABLE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.DecisionRegister.Kind;
import io.github.ogiworkflow.support.ProcessTestEngine;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checks' evaluation of the deployed tables (ADR 0020) answers as the engine's own
 * evaluation does, records nothing, and follows a bureau's newly deployed version.
 */
class RuleTablesTest {

  static ProcessEngine engine;
  static String deploymentId;
  final RuleTables rules = new RuleTables();

  @BeforeAll
  static void deployTables() {
    engine = ProcessTestEngine.configuration().buildProcessEngine();
    deploymentId = engine.getRepositoryService().createDeployment()
        .addClasspathResource("processes/reply-outcome.dmn")
        .addClasspathResource("processes/approval-required.dmn").deploy().getId();
  }

  @AfterAll
  static void closeEngine() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
    engine.close();
  }

  @Test
  void answersAsTheEngineDoesAndRecordsNothing() {
    List<VariableMap> approvalInputs = new ArrayList<>();
    for (OutcomeCode code : OutcomeCode.values()) {
      for (String override : Arrays.asList(null, "APPROVE", "REFUSE")) {
        approvalInputs.add(Variables.createVariables().putValue(OUTCOME_CODE, code.code())
            .putValue(OVERRIDE_APPROVAL, override));
      }
    }
    List<VariableMap> outcomeInputs = new ArrayList<>();
    int[][] counts = {{2, 0, 0, 0, 0, 0}, {1, 1, 0, 0, 0, 0}, {1, 0, 1, 0, 0, 0},
        {0, 0, 2, 0, 0, 0}, {0, 0, 0, 1, 0, 0}, {0, 0, 0, 0, 1, 0}, {0, 0, 0, 0, 0, 1}};
    for (int[] c : counts) {
      outcomeInputs.add(Variables.createVariables().putValue(ITEM_COUNT, Arrays.stream(c).sum())
          .putValue(RELEASED_COUNT, c[0]).putValue(REDACTED_COUNT, c[1])
          .putValue(WITHHELD_COUNT, c[2]).putValue(NOT_HELD_COUNT, c[3])
          .putValue(NEEDS_PROCESSING_COUNT, c[4]).putValue(NOT_GOVERNMENT_INFO_COUNT, c[5])
          .putValue(WITHHELD_GROUND, c[2] > 0 ? "PROCESS_INFO" : null)
          .putValue(COMPLETENESS_DECISION, "COMPLETE").putValue(NOT_A_REQUEST_KIND, null)
          .putValue(SUPPLEMENT_STILL_UNCLEAR, false));
    }
    long decisionsBefore = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .count();

    List<Object> ours = new ArrayList<>();
    approvalInputs.forEach(in -> ours.add(rules.singleEntry(engine, APPROVAL_REQUIRED_TABLE, in)));
    outcomeInputs.forEach(in -> ours.add(rules.singleEntry(engine, REPLY_OUTCOME_TABLE, in)));
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count())
        .isEqualTo(decisionsBefore);

    List<Object> theEngines = new ArrayList<>();
    approvalInputs.forEach(in -> theEngines.add(engine.getDecisionService()
        .evaluateDecisionTableByKey(APPROVAL_REQUIRED_TABLE, in).getSingleEntry()));
    outcomeInputs.forEach(in -> theEngines.add(engine.getDecisionService()
        .evaluateDecisionTableByKey(REPLY_OUTCOME_TABLE, in).getSingleEntry()));
    assertThat(ours).hasSize(OutcomeCode.values().length * 3 + counts.length)
        .isEqualTo(theEngines).contains(true, false, "1", "2", "3.6", "4.1", "4.2", "6.3");
  }

  @Test
  void aNewlyDeployedVersionIsUsedAtOnce() throws IOException {
    VariableMap fullRelease = Variables.createVariables().putValue(OUTCOME_CODE, "1")
        .putValue(OVERRIDE_APPROVAL, null);
    assertThat(rules.singleEntry(engine, APPROVAL_REQUIRED_TABLE, fullRelease)).isEqualTo(false);

    // A bureau decides that leadership approves every reply.
    String table;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("processes/approval-required.dmn")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String everyReply = table.replace("<text>false</text>", "<text>true</text>");
    assertThat(everyReply).isNotEqualTo(table);
    String stricter = engine.getRepositoryService().createDeployment()
        .addString("approval-required.dmn", everyReply).deploy().getId();
    try {
      assertThat(rules.singleEntry(engine, APPROVAL_REQUIRED_TABLE, fullRelease)).isEqualTo(true);
    } finally {
      // The shared PostgreSQL database must not keep the stricter table for later tests.
      engine.getRepositoryService().deleteDeployment(stricter, true);
    }
    assertThat(rules.singleEntry(engine, APPROVAL_REQUIRED_TABLE, fullRelease)).isEqualTo(false);
  }

  /** The compliance report's batch evaluation answers per case, outcome and override alike. */
  @Test
  void anApprovalRuleAnswersEachCaseByItsOutcomeAndOverride() {
    JdbcTemplate jdbc = ProcessTestEngine.jdbc(engine);
    for (String case_ : List.of("YSQ-2025-900001", "YSQ-2025-900002")) {
      jdbc.update("INSERT INTO ogi_case (tracking_number, channel, applicant_type,"
          + " applicant_name, description, status, first_received_on, clock_started_on, due_on,"
          + " created_at, updated_at) VALUES (?, 'ONLINE', 'NATURAL_PERSON', '张三', '规则测试',"
          + " 'DELIVERED', DATE '2025-06-02', DATE '2025-06-02', DATE '2025-06-30',"
          + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", case_);
    }
    // Leadership's latest decision on disclosure over a third party's objection: approved in
    // the second case, refused (after an approval) in the first.
    DecisionRegister decisions = ProcessTestEngine.bean(engine, "decisionRegister",
        DecisionRegister.class);
    decisions.record("YSQ-2025-900001", Kind.OVERRIDE, "APPROVE", null, "chengang");
    decisions.record("YSQ-2025-900002", Kind.OVERRIDE, "REFUSE", null, "chengang");
    decisions.record("YSQ-2025-900001", Kind.OVERRIDE, "REFUSE", null, "chengang");
    decisions.record("YSQ-2025-900002", Kind.OVERRIDE, "APPROVE", null, "chengang");
    ReleaseChecks checks = ProcessTestEngine.bean(engine, "releaseChecks", ReleaseChecks.class);

    ReleaseChecks.ApprovalRule rule = checks.approvalRule(engine);
    List<Boolean> answers = List.of(rule.requiredFor("YSQ-2025-900001", "1"),
        rule.requiredFor("YSQ-2025-900002", "1"), rule.requiredFor("YSQ-2025-900001", "1"),
        rule.requiredFor("YSQ-2025-900001", "2"));

    assertThat(answers).containsExactly(false, true, false, true);
    // Case by case, as at delivery: the same answers.
    assertThat(List.of(checks.approvalRequired(engine, "YSQ-2025-900001", "1"),
        checks.approvalRequired(engine, "YSQ-2025-900002", "1"),
        checks.approvalRequired(engine, "YSQ-2025-900001", "2")))
        .containsExactly(false, true, true);
  }

  @Test
  void aTableThatIsNotDeployedIsAnError() {
    assertThatThrownBy(() -> rules.singleEntry(engine, "NoSuchTable",
        Variables.createVariables())).hasMessageContaining("NoSuchTable");
  }
}
