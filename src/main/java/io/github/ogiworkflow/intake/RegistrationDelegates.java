package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.ID_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.ITEMS;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIPT_CONFIRMED;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIPT_NOT_CONFIRMED;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIVED_ON;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.online.IdNumberHistory;
import io.github.ogiworkflow.online.OfficeQueryCodes;
import io.github.ogiworkflow.process.ActingStaff;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ModelVersions;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.CaseActRegister;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.security.Groups;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * DisclosureRequest's registration (登记): confirming an online application's receipt,
 * registering the case, handing the next step to the registering officer, registering the
 * items. The long steps are use-case classes ({@link CaseRegistration},
 * {@link ItemRegistration}); the beans here are what the model names (ADR 0016).
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationDelegates {

  /** 登记受理 (Art. 31, 33): see {@link CaseRegistration}. */
  @Bean
  JavaDelegate registerCaseDelegate(CaseRegistration registration) {
    return registration::register;
  }

  /** 登记信息项: see {@link ItemRegistration}. */
  @Bean
  JavaDelegate registerItemsDelegate(ItemRegistration registration, ItemRegister items,
      CaseActRegister acts) {
    // A case on an untagged, earlier model has the item form without the consultees' names.
    // A case on a deployment whose split form lacks 不属于本机关负责公开的理由 is not asked for it.
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      int before = items.of(trackingNumber).stream().mapToInt(ItemRegister.Item::seq).max()
          .orElse(0);
      registration.register(trackingNumber, execution.getVariable(ITEMS),
          ModelVersions.tagged(execution),
          !ModelVersions.formLacks(execution, ItemRegistration.SPLIT_FORM, "notOursReason"));
      // Who split the request, when, into which items (ADR 0174): the history goes.
      List<ItemRegister.Item> split = items.of(trackingNumber).stream()
          .filter(item -> item.seq() > before).toList();
      acts.record(trackingNumber, CaseActRegister.Kind.ITEMS_SPLIT, "检索信息并拆分信息项",
          "共" + split.size() + "项", split.stream()
              .map(item -> item.seq() + ". " + item.title()).collect(Collectors.joining("；")),
          ActingStaff.AUTOMATIC_STEP);
    };
  }

  /**
   * 确认收到网上申请: completing it is the office's confirmation and fixes the receipt date as
   * today (Art. 31), and only with the form's check box ticked (ADR 0124; a task listener's
   * refusal is a 400 on the field, ADR 0046). The task shows
   * the identity number and contact data masked, like every task; the office reads them in full
   * on the applicant page the form links to (privacy/ApplicantController), never from a
   * variable.
   */
  @Bean
  TaskListener receiptConfirmationListener(CaseRegister cases) {
    return task -> {
      if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        return;
      }
      // 不予确认 (ADR 0158): checked here, recorded by 登记不予确认; the gateway reads only the
      // value set below, whatever a client sent.
      boolean notConfirmed = NotConfirmedDelegates.decision(task)
          == NotConfirmedDelegates.ReceiptDecision.NOT_CONFIRM;
      if (notConfirmed) {
        if (Vars.flag(task, RECEIPT_CONFIRMED)) {
          throw new InvalidInput(RECEIPT_CONFIRMED
              + ": ticked with 不予确认（选择不予确认时不能勾选“确认收到该申请”）");
        }
        NotConfirmedDelegates.check(task, task.getExecution().getProcessBusinessKey(), cases);
      } else if (!Vars.flag(task, RECEIPT_CONFIRMED)) {
        // The office's attestation is the confirmation (Art. 31): without it ticked the
        // application is not received (audit 31a F3; ADR 0124). A task listener's refusal is a
        // 400 on the field on every path (ADR 0046).
        throw new InvalidInput(RECEIPT_CONFIRMED
            + ": the office has not confirmed the receipt（请核对申请人身份和申请内容，并勾选“已核对申请人身份和"
            + "申请内容，确认收到该申请”；未确认的，不能登记为已收到）");
      }
      // Never leave a full number in a process variable, wherever a client sent it.
      if (task.hasVariableLocal(ID_NUMBER)) {
        task.removeVariableLocal(ID_NUMBER);
      }
      if (task.getExecution().hasVariable(ID_NUMBER)) {
        task.getExecution().removeVariable(ID_NUMBER);
      }
      task.getExecution().setVariable(RECEIPT_NOT_CONFIRMED, notConfirmed);
      if (!notConfirmed) {
        task.getExecution().setVariable(RECEIVED_ON, OfficeTime.today().toString());
      }
      IdNumberHistory.purgeAfterCommit(task.getProcessInstanceId());
    };
  }

  /**
   * 审查申请内容是否明确 goes to the officer who just registered the case (at the counter, or
   * by confirming an online application), so the next step needs no claim (继续办理, issue 16).
   * The task keeps its candidate group: anyone of the office can still take it over, and
   * Tasklist can reassign it. The registering user is the engine's authenticated user of the
   * registration; it is assigned only when that user is in the office group (an administrator
   * starting a case by hand leaves the step with the group), and never over an assignee
   * already set.
   */
  @Bean(ElementIds.REGISTERING_OFFICER_LISTENER)
  TaskListener registeringOfficerListener(OfficeQueryCodes queryCodes) {
    return task -> {
      if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        return;
      }
      // Whether the applicant holds a query code, for a void proposal (ADR 0180).
      VoidQueryCodeNotice.note(task.getExecution(), task.getExecution().getProcessBusinessKey(),
          queryCodes);
      if (task.getAssignee() != null) {
        return;
      }
      IdentityService identity = task.getProcessEngineServices().getIdentityService();
      Authentication registering = identity.getCurrentAuthentication();
      if (registering != null && registering.getUserId() != null
          && isOfficer(identity, registering)) {
        task.setAssignee(registering.getUserId());
      }
    };
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
