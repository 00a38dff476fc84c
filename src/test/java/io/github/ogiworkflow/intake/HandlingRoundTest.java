package io.github.ogiworkflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.enginerest.FormFields;
import io.github.ogiworkflow.process.ElementIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The reopening resets the handling round by scope: every variable that a user decides on a
 * form inside 办理与答复 (SubProcess_Handling), or that a gateway inside it reads, is reset or
 * kept on purpose. A new decision field or gateway variable fails here until it is declared in
 * {@link HandlingRound}.
 */
class HandlingRoundTest {

  static final Path MODEL = Path.of("processes/disclosure-request.bpmn");
  /** Identifiers in an expression, without string literals and EL keywords. */
  static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.'])([a-zA-Z_]\\w*)(?![\\w'(])");
  static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le",
      "ge", "true", "false", "null", "empty", "div", "mod", "instanceof");

  /** Editable form fields of the user tasks inside the handling sub-process, at any depth. */
  static Set<String> decidedOnForms(BpmnModelInstance model) throws IOException {
    SubProcess handling = model.getModelElementById(ElementIds.SUB_PROCESS_HANDLING);
    Set<String> fields = new TreeSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (!inside(task, handling) || task.getCamundaFormRef() == null) {
        continue;
      }
      try (InputStream form = Files.newInputStream(
          Path.of("forms", task.getCamundaFormRef() + ".form"))) {
        fields.addAll(FormFields.parse(form).editable());
      }
    }
    return fields;
  }

  /** Variables the gateways (conditions) inside the handling sub-process read. */
  static Set<String> readByConditions(BpmnModelInstance model) {
    SubProcess handling = model.getModelElementById(ElementIds.SUB_PROCESS_HANDLING);
    Set<String> names = new TreeSet<>();
    for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
      if (!inside(condition, handling)) {
        continue;
      }
      String text = condition.getTextContent().replaceAll("'[^']*'", "''");
      Matcher m = IDENTIFIER.matcher(text);
      while (m.find()) {
        if (!EL_WORDS.contains(m.group(1))) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  static boolean inside(ModelElementInstance element, ModelElementInstance scope) {
    for (ModelElementInstance e = element.getParentElement(); e != null; e = e.getParentElement()) {
      if (e == scope) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyDecisionOfTheRoundIsResetOrKeptOnPurpose() throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());
    Set<String> forms = decidedOnForms(model);
    Set<String> conditions = readByConditions(model);
    assertThat(forms).as("the round's forms have decision fields").contains("replyApproval");
    assertThat(conditions).as("the round's gateways read variables").isNotEmpty();
    Set<String> uncovered = new TreeSet<>(forms);
    uncovered.addAll(conditions);
    uncovered.removeAll(HandlingRound.covered());
    assertThat(uncovered).as("declare in HandlingRound: reset (CLEARED/FALSE) or KEPT").isEmpty();
  }
}
