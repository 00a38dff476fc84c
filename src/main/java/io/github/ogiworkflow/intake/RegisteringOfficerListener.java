package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 审查申请内容是否明确 goes to the officer who just registered the case (at the counter, or by
 * confirming an online application), so the next step needs no claim (继续办理, issue 16). The
 * task keeps its candidate group: anyone of the office can still take it over, and Tasklist can
 * reassign it. The registering user is the engine's authenticated user of the registration; it
 * is assigned only when that user is in the office group (an administrator starting a case by
 * hand leaves the step with the group), and never over an assignee already set.
 */
@Component(ElementIds.REGISTERING_OFFICER_LISTENER)
public class RegisteringOfficerListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_CREATE.equals(task.getEventName()) || task.getAssignee() != null) {
      return;
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    Authentication registering = identity.getCurrentAuthentication();
    if (registering == null || registering.getUserId() == null) {
      return;
    }
    if (isOfficer(identity, registering)) {
      task.setAssignee(registering.getUserId());
    }
  }

  private static boolean isOfficer(IdentityService identity, Authentication user) {
    List<String> groups = user.getGroupIds();
    if (groups != null && !groups.isEmpty()) {
      return groups.contains(Groups.OFFICE.id());
    }
    // Authenticated by id only (Java API callers): the membership as the engine records it.
    return WithoutAuthorizations.call(identity, () -> identity.createUserQuery()
        .userId(user.getUserId()).memberOfGroup(Groups.OFFICE.id()).count() > 0);
  }
}
