package io.github.ogiworkflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Which rules a running case follows when a rule comes with a form change. Forms are bound to
 * their deployment, so a case started on an earlier model shows the earlier form; a rule that
 * needs a field that form lacks would leave a task nobody can complete. Models that bring such
 * a rule carry a version tag ({@code camunda:versionTag}); cases of untagged, earlier models
 * keep the earlier rule.
 */
public final class ModelVersions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelVersions() {}

  /**
   * Whether the execution's deployment holds the Camunda Form {@code formId} without a field
   * keyed {@code field}: a case on a deployment made before the field was added, whose task
   * could never send it. A deployment without that form (e.g. a test that deploys only the
   * models) does not lack the field: the rule applies there. Reads the deployment's forms each
   * time: rules ask it only on the rare path they guard.
   */
  public static boolean formLacks(DelegateExecution execution, String formId, String field) {
    RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
    return WithoutAuthorizations.call(execution.getProcessEngineServices().getIdentityService(),
        () -> {
          String deploymentId = repository.getProcessDefinition(
              execution.getProcessDefinitionId()).getDeploymentId();
          return lacks(repository, deploymentId, formId, field);
        });
  }

  private static boolean lacks(RepositoryService repository, String deploymentId, String formId,
      String field) {
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
        JsonNode form = JSON.readTree(in);
        if (formId.equals(form.path("id").asText())) {
          return !hasKey(form, field);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }

  static boolean hasKey(JsonNode container, String field) {
    for (JsonNode component : container.path("components")) {
      // A dynamic list binds its variable by `path`, not `key` (ADR 0182's overridePartyReasons).
      if (field.equals(component.path("key").asText(null))
          || field.equals(component.path("path").asText(null)) || hasKey(component, field)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the execution's process definition carries a version tag. */
  public static boolean tagged(DelegateExecution execution) {
    String tag = WithoutAuthorizations.call(
        execution.getProcessEngineServices().getIdentityService(),
        () -> execution.getProcessEngineServices().getRepositoryService()
            .getProcessDefinition(execution.getProcessDefinitionId()).getVersionTag());
    return tag != null && !tag.isBlank();
  }
}
