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
        for (boolean overAgency : new boolean[] {false, true}) {
          approvalInputs.add(Variables.createVariables().putValue(OUTCOME_CODE, code.code())
              .putValue(OVERRIDE_APPROVAL, override)
              .putValue(RELEASED_OVER_AGENCY_OBJECTION, overAgency));
        }
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
    assertThat(ours).hasSize(OutcomeCode.values().length * 6 + counts.length)
        .isEqualTo(theEngines).contains(true, false, "1", "2", "3.6", "4.1", "4.2", "6.3");
  }

  @Test
  void aNewlyDeployedVersionIsUsedAtOnce() throws IOException {
    VariableMap fullRelease = Variables.createVariables().putValue(OUTCOME_CODE, "1")
        .putValue(OVERRIDE_APPROVAL, null);
    assertThat(rules.singleEntry(engine, APPROVAL_REQUIRED_TABLE, fullRelease)).isEqualTo(false);

    // A bureau decides that leadership approves every reply.
    String table = shipped("processes/approval-required.dmn");
    String everyReply = table.replace("<text>false</text>", "<text>true</text>");
    assertThat(everyReply).isNotEqualTo(table);
    whileDeployed(everyReply, () -> assertThat(
        rules.singleEntry(engine, APPROVAL_REQUIRED_TABLE, fullRelease)).isEqualTo(true));
    assertThat(rules.singleEntry(engine, APPROVAL_REQUIRED_TABLE, fullRelease)).isEqualTo(false);
  }

  /** A question asked again is answered from what was kept (ADR 0023), per table version. */
  @Test
  void theSameQuestionIsEvaluatedOnce() {
    assertThat(evaluationsOfAskingTwice("3.1", true)).isEqualTo(1);
  }

  /** "No rule matches" is an answer too, and kept as one. */
  @Test
  void aQuestionNoRuleAnswersIsEvaluatedOnce() throws IOException {
    whileDeployed(changedApprovalTable("(?s)<rule id=\"Rule_Otherwise\">.*?</rule>", ""),
        () -> assertThat(evaluationsOfAskingTwice("1", null)).isEqualTo(1));
  }

  /** A table that reads the clock may answer differently tomorrow: asked again, evaluated again. */
  @Test
  void aTableThatReadsTheClockIsEvaluatedEveryTime() throws IOException {
    whileDeployed(changedApprovalTable("<text>true</text>", "<text>now() != null</text>"),
        () -> assertThat(evaluationsOfAskingTwice("2", true)).isEqualTo(2));
  }

  @Test
  void onlyFeelWithoutTheClockCountsAsSameInputsSameAnswer() throws IOException {
    for (String shipped : List.of("processes/reply-outcome.dmn",
        "processes/approval-required.dmn", "processes/publication-approval.dmn")) {
      assertThat(RuleTables.sameInputsSameAnswer(shipped(shipped))).as(shipped).isTrue();
    }
    assertThat(RuleTables.sameInputsSameAnswer("<text>date(\"2026-01-01\")</text>")).isTrue();
    assertThat(RuleTables.sameInputsSameAnswer("<text>&lt; now()</text>")).isFalse();
    assertThat(RuleTables.sameInputsSameAnswer("<text>today ( ) - @\"P1D\"</text>")).isFalse();
    assertThat(RuleTables.sameInputsSameAnswer("<text>random number() &lt; 0.5</text>")).isFalse();
    assertThat(RuleTables.sameInputsSameAnswer(
        "<inputExpression expressionLanguage=\"feel\">")).isTrue();
    assertThat(RuleTables.sameInputsSameAnswer(
        "<text expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\">")).isTrue();
    assertThat(RuleTables.sameInputsSameAnswer(
        "<inputExpression expressionLanguage=\"juel\">")).isFalse();
    assertThat(RuleTables.sameInputsSameAnswer(
        "<inputExpression expressionLanguage=\"javascript\">")).isFalse();
  }

  /**
   * Asks ApprovalRequired twice whether a reply of this outcome (no override decision) needs
   * approval, with two equal but separate inputs, checks both answers and returns how many
   * evaluations the two questions cost.
   */
  private long evaluationsOfAskingTwice(String outcomeCode, Boolean expected) {
    long before = rules.evaluations();
    for (int ask = 0; ask < 2; ask++) {
      assertThat(rules.singleEntry(engine, APPROVAL_REQUIRED_TABLE, Variables.createVariables()
          .putValue(OUTCOME_CODE, outcomeCode).putValue(OVERRIDE_APPROVAL, null)))
          .isEqualTo(expected);
    }
    return rules.evaluations() - before;
  }

  /** The shipped ApprovalRequired table with its first match of {@code regex} replaced. */
  private static String changedApprovalTable(String regex, String replacement)
      throws IOException {
    String table = shipped("processes/approval-required.dmn");
    String changed = table.replaceFirst(regex, replacement);
    assertThat(changed).isNotEqualTo(table);
    return changed;
  }

  /** Runs the check with another ApprovalRequired version deployed, then removes it. */
  private static void whileDeployed(String approvalTable, Runnable check) {
    String deployed = engine.getRepositoryService().createDeployment()
        .addString("approval-required.dmn", approvalTable).deploy().getId();
    try {
      check.run();
    } finally {
      // The shared PostgreSQL database must not keep the changed table for later tests.
      engine.getRepositoryService().deleteDeployment(deployed, true);
    }
  }

  private static String shipped(String resource) throws IOException {
    try (InputStream in = RuleTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
