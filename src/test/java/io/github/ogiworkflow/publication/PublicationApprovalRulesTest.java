package io.github.ogiworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision table a bureau may change: which publication items leadership approves. */
class PublicationApprovalRulesTest {

  static DmnEngine dmn;
  static DmnDecision table;

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = PublicationApprovalRulesTest.class.getClassLoader()
        .getResourceAsStream("processes/publication-approval.dmn")) {
      table = dmn.parseDecision("PublicationApproval", in);
    }
  }

  @ParameterizedTest(name = "{0} {1} reviewed {2} → {3}")
  @CsvSource({
      "WORK_NEWS, NONE, RELEASABLE, false",
      "STATISTICS, NONE, RELEASABLE, false",
      "OTHER, RULE, RELEASABLE, true",
      "OTHER, NORMATIVE, RELEASABLE, true",
      "NORMATIVE_DOCUMENTS, NONE, RELEASABLE, true",
      "WORK_NEWS, NONE, RELEASABLE_REDACTED, true",
      "OTHER, RULE, WITHHOLD, false",
      "NORMATIVE_DOCUMENTS, NORMATIVE, WITHHOLD, false"})
  void leadershipApprovesRegulationsNormativeDocumentsAndRedactedItems(String category,
      String regulationKind, String conclusion, boolean approval) {
    Boolean required = dmn.evaluateDecisionTable(table, Map.of("category", category,
        "regulationKind", regulationKind, "reviewConclusion", conclusion))
        .getSingleEntry();
    assertThat(required).isEqualTo(approval);
  }

  /**
   * ADR 0118: information released over a third party's objection in the public interest goes to
   * leadership when it is proposed under Art. 44, whatever its category and review; the other
   * rules are unchanged for it (a withheld review still publishes nothing).
   */
  @ParameterizedTest(name = "{0} reviewed {1}, released over an objection {2} → {3}")
  @CsvSource({
      "SUPERVISION, RELEASABLE, true, true",
      "WORK_NEWS, RELEASABLE, true, true",
      "SUPERVISION, RELEASABLE, false, false",
      "SUPERVISION, WITHHOLD, true, false"})
  void leadershipApprovesInformationReleasedOverAThirdPartysObjection(String category,
      String conclusion, boolean releasedOverObjection, boolean approval) {
    Boolean required = dmn.evaluateDecisionTable(table, Map.of("category", category,
        "regulationKind", "NONE", "reviewConclusion", conclusion,
        "releasedOverObjection", releasedOverObjection)).getSingleEntry();
    assertThat(required).isEqualTo(approval);
  }

  /**
   * Audit 36a F4 (ADR 0178): information the reply released although a co-producing agency
   * objected (Art. 34, ADR 0169) goes to leadership when it is proposed under Art. 44, whatever
   * its category and review; a withheld review still publishes nothing, and without the
   * objection the other rules answer as before. Hand-computed from the rules' order (FIRST).
   */
  @ParameterizedTest(name = "{0} reviewed {1}, released over an agency's objection {2} → {3}")
  @CsvSource({
      "SUPERVISION, RELEASABLE, true, true",
      "STATISTICS, RELEASABLE, true, true",
      "WORK_NEWS, RELEASABLE_REDACTED, true, true",
      "SUPERVISION, RELEASABLE, false, false",
      "SUPERVISION, WITHHOLD, true, false"})
  void leadershipApprovesInformationReleasedOverACoProducingAgencysObjection(String category,
      String conclusion, boolean releasedOverAgencyObjection, boolean approval) {
    Boolean required = dmn.evaluateDecisionTable(table, Map.of("category", category,
        "regulationKind", "NONE", "reviewConclusion", conclusion,
        "releasedOverObjection", false,
        "releasedOverAgencyObjection", releasedOverAgencyObjection)).getSingleEntry();
    assertThat(required).isEqualTo(approval);
  }

  /**
   * ADR 0183: information the reply released although its third party objected after its period
   * (ADR 0172, 0179) goes to leadership when it is proposed under Art. 44, whatever its category
   * and review; a withheld review still publishes nothing, and without the late objection the
   * other rules answer as before. Hand-computed from the rules' order (FIRST).
   */
  @ParameterizedTest(name = "{0} reviewed {1}, released over a late objection {2} → {3}")
  @CsvSource({
      "SUPERVISION, RELEASABLE, true, true",
      "STATISTICS, RELEASABLE, true, true",
      "WORK_NEWS, RELEASABLE_REDACTED, true, true",
      "SUPERVISION, RELEASABLE, false, false",
      "SUPERVISION, WITHHOLD, true, false"})
  void leadershipApprovesInformationReleasedOverALateObjection(String category,
      String conclusion, boolean releasedOverLateObjection, boolean approval) {
    Boolean required = dmn.evaluateDecisionTable(table, Map.of("category", category,
        "regulationKind", "NONE", "reviewConclusion", conclusion,
        "releasedOverObjection", false, "releasedOverAgencyObjection", false,
        "releasedOverLateObjection", releasedOverLateObjection)).getSingleEntry();
    assertThat(required).isEqualTo(approval);
  }
}
