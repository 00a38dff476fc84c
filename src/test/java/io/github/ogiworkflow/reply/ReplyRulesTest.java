package io.github.ogiworkflow.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The decision tables a bureau may change: ReplyOutcome and ApprovalRequired (handbook 2.10). */
class ReplyRulesTest {

  static DmnEngine dmn;
  static DmnDecision outcomeTable;
  static DmnDecision approvalTable;

  @BeforeAll
  static void parseTables() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    outcomeTable = parse("processes/reply-outcome.dmn", ProcessKeys.REPLY_OUTCOME_TABLE);
    approvalTable = parse("processes/approval-required.dmn", ProcessKeys.APPROVAL_REQUIRED_TABLE);
  }

  static Stream<Arguments> notARequestKinds() {
    return Stream.of(Arguments.of("PETITION", "5.1"), Arguments.of("REPEAT", "5.2"),
        Arguments.of("PUBLICATION", "5.3"), Arguments.of("EXCESSIVE", "5.4"),
        Arguments.of("CONFIRMATION", "5.5"));
  }

  @ParameterizedTest
  @MethodSource("notARequestKinds")
  void aRequestThatIsNoRequestIsNotProcessed(String kind, String code) {
    Map<String, Object> in = counts(0, 0, 0, 0, 0, 0, 0);
    in.put("completenessDecision", "NOT_A_REQUEST");
    in.put("notARequestKind", kind);
    assertThat(outcome(in)).isEqualTo(code);
  }

  @Test
  void aSupplementThatIsStillUnclearCannotBeAnswered() {
    Map<String, Object> in = counts(0, 0, 0, 0, 0, 0, 0);
    in.put("completenessDecision", "CORRECTION");
    in.put("supplementStillUnclear", true);
    assertThat(outcome(in)).isEqualTo("4.3");
  }

  @ParameterizedTest(name = "released {0}, redacted {1}, withheld {2}, not held {3}, "
      + "processing {4}, not gov {5} → {6}")
  @CsvSource({
      "2, 0, 0, 0, 0, 0, 1",
      "1, 1, 0, 0, 0, 0, 2",
      "0, 1, 0, 0, 0, 0, 2",
      "1, 0, 1, 0, 0, 0, 2",
      "1, 0, 0, 1, 0, 0, 2",
      "0, 0, 0, 1, 0, 0, 4.1",
      "0, 0, 0, 1, 1, 0, 4.1",
      "0, 0, 0, 0, 1, 0, 4.2",
      "0, 0, 0, 0, 0, 1, 6.3"})
  void itemResultsGiveTheOutcome(int released, int redacted, int withheld, int notHeld,
      int processing, int notGov, String code) {
    int items = released + redacted + withheld + notHeld + processing + notGov;
    Map<String, Object> in = counts(items, released, redacted, withheld, notHeld, processing,
        notGov);
    in.put("withheldGround", withheld > 0 ? "PROCESS_INFO" : null);
    assertThat(outcome(in)).isEqualTo(code);
  }

  @ParameterizedTest
  @EnumSource(WithholdingGround.class)
  void eachWithholdingGroundHasItsOwnRow(WithholdingGround ground) {
    Map<String, Object> in = counts(2, 0, 0, 2, 0, 0, 0);
    in.put("withheldGround", ground.name());
    assertThat(outcome(in)).isEqualTo(ground.outcome().code());
  }

  @ParameterizedTest
  @EnumSource(OutcomeCode.class)
  void leadershipApprovesExactlyTheOutcomesThatWithholdSomething(OutcomeCode code) {
    assertThat(approvalRequired(code.code(), null)).isEqualTo(code.withholds());
    assertThat(approvalRequired(code.code(), "REFUSE")).isEqualTo(code.withholds());
  }

  @Test
  void aPublicInterestOverrideAlwaysNeedsLeadership() {
    assertThat(approvalRequired("1", "APPROVE")).isTrue();
  }

  /** Audit 35a F3 (Art. 34; ADR 0169): releasing over a co-producing agency's objection. */
  @ParameterizedTest
  @EnumSource(OutcomeCode.class)
  void releasingOverAnAgencysObjectionAlwaysNeedsLeadership(OutcomeCode code) {
    assertThat(approvalRequired(code.code(), null, true)).isTrue();
    assertThat(approvalRequired(code.code(), "REFUSE", true)).isTrue();
  }

  /**
   * ADR 0172's open point (Art. 32; ADR 0179): releasing over a third party's objection made
   * after its period, kept beside the silence, needs leadership whatever the outcome; without
   * it a plain release stays without approval.
   */
  @ParameterizedTest
  @EnumSource(OutcomeCode.class)
  void releasingOverALateObjectionAlwaysNeedsLeadership(OutcomeCode code) {
    assertThat(approvalRequired(code.code(), null, false, true)).isTrue();
    assertThat(approvalRequired(code.code(), "REFUSE", false, true)).isTrue();
  }

  @Test
  void aPlainReleaseWithoutALateObjectionNeedsNoApproval() {
    assertThat(approvalRequired("1", null, false, false)).isFalse();
    assertThat(approvalRequired("1", null, false, null)).isFalse();
  }

  @Test
  void everyOutcomeCodeHasALetterParagraph() throws Exception {
    java.util.Properties paragraphs = new java.util.Properties();
    try (var reader = new java.io.InputStreamReader(ReplyRulesTest.class.getClassLoader()
        .getResourceAsStream("letters/reply-decisions.properties"),
        java.nio.charset.StandardCharsets.UTF_8)) {
      paragraphs.load(reader);
    }
    assertThat(Arrays.stream(OutcomeCode.values()).map(OutcomeCode::code))
        .hasSize(21).doesNotHaveDuplicates().allMatch(paragraphs::containsKey);
  }

  private static Map<String, Object> counts(int items, int released, int redacted, int withheld,
      int notHeld, int processing, int notGov) {
    Map<String, Object> in = new HashMap<>();
    in.put("completenessDecision", "COMPLETE");
    in.put("notARequestKind", null);
    in.put("supplementStillUnclear", false);
    in.put("itemCount", items);
    in.put("releasedCount", released);
    in.put("redactedCount", redacted);
    in.put("withheldCount", withheld);
    in.put("withheldGround", null);
    in.put("notHeldCount", notHeld);
    in.put("needsProcessingCount", processing);
    in.put("notGovernmentInfoCount", notGov);
    return in;
  }

  private static String outcome(Map<String, Object> in) {
    return dmn.evaluateDecisionTable(outcomeTable, in).getSingleResult().<String>getSingleEntry();
  }

  private static boolean approvalRequired(String outcomeCode, String overrideApproval) {
    return approvalRequired(outcomeCode, overrideApproval, false);
  }

  private static boolean approvalRequired(String outcomeCode, String overrideApproval,
      boolean releasedOverAgencyObjection) {
    return approvalRequired(outcomeCode, overrideApproval, releasedOverAgencyObjection, false);
  }

  private static boolean approvalRequired(String outcomeCode, String overrideApproval,
      boolean releasedOverAgencyObjection, Boolean releasedOverLateObjection) {
    Map<String, Object> in = new HashMap<>();
    in.put("outcomeCode", outcomeCode);
    in.put("overrideApproval", overrideApproval);
    in.put("releasedOverAgencyObjection", releasedOverAgencyObjection);
    in.put("releasedOverLateObjection", releasedOverLateObjection);
    return dmn.evaluateDecisionTable(approvalTable, in).getSingleResult().<Boolean>getSingleEntry();
  }

  private static DmnDecision parse(String resource, String key) throws Exception {
    try (InputStream in = ReplyRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return dmn.parseDecision(key, in);
    }
  }
}
