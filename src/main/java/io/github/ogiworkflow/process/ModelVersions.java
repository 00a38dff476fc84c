package io.github.ogiworkflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Which rules a running case follows when a rule comes with a form change. Forms are bound to
 * their deployment, so a case started on an earlier model shows the earlier form; a rule that
 * needs a field that form lacks would leave a task nobody can complete. Models that bring such
 * a rule carry a version tag ({@code camunda:versionTag}); cases of untagged, earlier models
 * keep the earlier rule.
 */
public final class ModelVersions {

  private ModelVersions() {}

  /** Whether the execution's process definition carries a version tag. */
  public static boolean tagged(DelegateExecution execution) {
    String tag = WithoutAuthorizations.call(
        execution.getProcessEngineServices().getIdentityService(),
        () -> execution.getProcessEngineServices().getRepositoryService()
            .getProcessDefinition(execution.getProcessDefinitionId()).getVersionTag());
    return tag != null && !tag.isBlank();
  }
}
