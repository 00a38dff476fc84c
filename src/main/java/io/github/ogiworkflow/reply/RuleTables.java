package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.process.WithoutAuthorizations;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The deployed decision tables, evaluated to check a decision rather than to take one, and
 * nothing is recorded. The business rule task's evaluation is the case's decision and stays in
 * the history. Through the DecisionService every check would add a decision instance of its
 * own: three per delivered case, and one per case each time an auditor runs the compliance
 * report (ADR 0020). The version is the latest deployed one, as the DecisionService calls this
 * replaces chose it; a business rule task uses the table deployed with its process version, and
 * as all models are deployed together the two differ only for a case started before a bureau
 * deployed new tables: its check applies the new ones.
 */
final class RuleTables {

  private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();
  private volatile DmnEngine dmn;

  /** The single output of the table's matching rule, or null if no rule matches. */
  Object singleEntry(ProcessEngineServices engine, String decisionKey, VariableMap inputs) {
    return dmn().evaluateDecision(latest(engine, decisionKey), inputs).getSingleEntry();
  }

  /**
   * The latest version, parsed once per deployed version: a bureau's new table is used as soon
   * as it is deployed. Looked up whoever is asking: the caller was checked for the step, and the
   * table is ours to read.
   */
  private DmnDecision latest(ProcessEngineServices engine, String decisionKey) {
    RepositoryService repository = engine.getRepositoryService();
    return WithoutAuthorizations.call(engine.getIdentityService(), () -> {
      DecisionDefinition definition = repository.createDecisionDefinitionQuery()
          .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
      if (definition == null) {
        throw new IllegalStateException("The decision table " + decisionKey + " is not deployed");
      }
      return parsedByDefinitionId.computeIfAbsent(definition.getId(),
          id -> dmn().parseDecision(decisionKey, repository.getDmnModelInstance(id)));
    });
  }

  /** Built on first use, so that start-up does not pay for a second FEEL engine. */
  private DmnEngine dmn() {
    DmnEngine built = dmn;
    if (built == null) {
      synchronized (this) {
        if (dmn == null) {
          dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        }
        built = dmn;
      }
    }
    return built;
  }
}
