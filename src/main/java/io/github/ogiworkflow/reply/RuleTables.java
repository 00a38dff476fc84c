package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.process.WithoutAuthorizations;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * The deployed decision tables, evaluated to check a decision rather than to take one, and
 * nothing is recorded. The business rule task's evaluation is the case's decision and stays in
 * the history. Through the DecisionService every check would add a decision instance of its
 * own: three per delivered case, and one per case each time an auditor runs the compliance
 * report (ADR 0020). The version is the latest deployed one, as the DecisionService calls this
 * replaces chose it; a business rule task uses the table deployed with its process version, and
 * as all models are deployed together the two differ only for a case started before a bureau
 * deployed new tables: its check applies the new ones.
 *
 * <p>Answers are kept per deployed version and inputs (ADR 0023): a table in FEEL that does not
 * read the clock answers the same inputs the same way, and the checks ask the same few
 * questions again and again (an outcome and an override decision; the item counts of ordinary
 * requests). A table that reads the clock, draws a random number or names another expression
 * language is evaluated every time.
 */
final class RuleTables {

  /** Enough for every outcome and override pair and the item counts of ordinary requests. */
  private static final int MAX_ANSWERS = 4096;
  /** FEEL's clock and random functions: a cell using one may answer differently next time. */
  private static final Pattern NOT_BY_INPUTS_ALONE =
      Pattern.compile("\\b(now|today|random\\s+number)\\s*\\(");
  /** Any expression language named in the model (FEEL is the default and needs no name). */
  private static final Pattern EXPRESSION_LANGUAGE =
      Pattern.compile("expressionLanguage\\s*=\\s*\"([^\"]*)\"");
  private static final Object NO_MATCH = new Object();

  private final Map<String, Table> parsedByDefinitionId = new ConcurrentHashMap<>();
  private final Map<Question, Object> answers = new ConcurrentHashMap<>();
  private final AtomicLong evaluations = new AtomicLong();
  private volatile DmnEngine dmn;

  /** The single output of the table's matching rule, or null if no rule matches. */
  Object singleEntry(ProcessEngineServices engine, String decisionKey, VariableMap inputs) {
    Table table = latest(engine, decisionKey);
    if (!table.sameInputsSameAnswer()) {
      return evaluate(table, inputs);
    }
    Question question = new Question(table.definitionId(), new HashMap<>(inputs));
    Object answer = answers.get(question);
    if (answer == null) {
      Object evaluated = evaluate(table, inputs);
      answer = evaluated == null ? NO_MATCH : evaluated;
      if (answers.size() >= MAX_ANSWERS) {
        answers.clear(); // unusual inputs: start again rather than grow without bound
      }
      answers.put(question, answer);
    }
    return answer == NO_MATCH ? null : answer;
  }

  /** Evaluations actually made (not answered from what was kept); for the tests. */
  long evaluations() {
    return evaluations.get();
  }

  /** True for a table whose answer depends on its inputs alone: FEEL, no clock, no chance. */
  static boolean sameInputsSameAnswer(String dmnXml) {
    var languages = EXPRESSION_LANGUAGE.matcher(dmnXml);
    while (languages.find()) {
      if (!languages.group(1).toLowerCase(Locale.ROOT).contains("feel")) {
        return false;
      }
    }
    return !NOT_BY_INPUTS_ALONE.matcher(dmnXml).find();
  }

  private Object evaluate(Table table, VariableMap inputs) {
    evaluations.incrementAndGet();
    return dmn().evaluateDecision(table.decision(), inputs).getSingleEntry();
  }

  /**
   * The latest version, parsed once per deployed version: a bureau's new table is used as soon
   * as it is deployed. Looked up whoever is asking: the caller was checked for the step, and the
   * table is ours to read.
   */
  private Table latest(ProcessEngineServices engine, String decisionKey) {
    RepositoryService repository = engine.getRepositoryService();
    return WithoutAuthorizations.call(engine.getIdentityService(), () -> {
      DecisionDefinition definition = repository.createDecisionDefinitionQuery()
          .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
      if (definition == null) {
        throw new IllegalStateException("The decision table " + decisionKey + " is not deployed");
      }
      return parsedByDefinitionId.computeIfAbsent(definition.getId(), id -> {
        DmnModelInstance model = repository.getDmnModelInstance(id);
        return new Table(id, dmn().parseDecision(decisionKey, model),
            sameInputsSameAnswer(Dmn.convertToString(model)));
      });
    });
  }

  private record Table(String definitionId, DmnDecision decision, boolean sameInputsSameAnswer) {}

  /** One version's inputs, as values (null included). */
  private record Question(String definitionId, Map<String, Object> inputs) {}

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
