package io.github.ogiworkflow.enginerest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The deployed Camunda Form and the candidate groups of each user task and start event, read from
 * the engine once per process definition version (definitions never change once deployed).
 * Callers run without the user's authorizations: they have already found the task or definition.
 */
public class FormCatalogue {

  /** What a task's model says about who works on it and with which form. */
  public record TaskRules(List<String> candidateGroups, FormFields form) {}

  private final FormService forms;
  private final RepositoryService repository;
  private final Map<String, TaskRules> taskRules = new ConcurrentHashMap<>();
  private final Map<String, FormFields> startForms = new ConcurrentHashMap<>();

  public FormCatalogue(FormService forms, RepositoryService repository) {
    this.forms = forms;
    this.repository = repository;
  }

  public TaskRules of(Task task) {
    return taskRules.computeIfAbsent(task.getProcessDefinitionId() + "#"
        + task.getTaskDefinitionKey(), key -> load(task));
  }

  /** The fields of a definition's start form; {@link FormFields#none()} when it has none. */
  public FormFields startForm(String processDefinitionId) {
    return startForms.computeIfAbsent(processDefinitionId, id -> {
      if (!hasCamundaStartForm(id)) {
        return FormFields.none();
      }
      try (InputStream form = forms.getDeployedStartForm(id)) {
        return FormFields.parse(form);
      } catch (ProcessEngineException noDeployedForm) {
        return FormFields.none();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private boolean hasCamundaStartForm(String processDefinitionId) {
    return repository.getBpmnModelInstance(processDefinitionId)
        .getModelElementsByType(StartEvent.class).stream()
        .filter(start -> start.getParentElement() instanceof Process)
        .anyMatch(start -> start.getAttributeValueNs(CAMUNDA_NS, "formRef") != null);
  }

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private TaskRules load(Task task) {
    UserTask model = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    List<String> groups = model == null || model.getCamundaCandidateGroups() == null
        ? List.of()
        : Arrays.stream(model.getCamundaCandidateGroups().split(",")).map(String::trim)
            .filter(group -> !group.isEmpty()).toList();
    FormFields fields;
    if (model == null || model.getAttributeValueNs(CAMUNDA_NS, "formRef") == null) {
      fields = FormFields.none();
    } else {
      try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
        fields = FormFields.parse(form);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new TaskRules(groups, fields);
  }
}
