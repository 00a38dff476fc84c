package io.github.ogiworkflow.publicapi;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.intake.Channel;
import io.github.ogiworkflow.online.IdNumbers;
import io.github.ogiworkflow.online.OnlineRegister;
import io.github.ogiworkflow.privacy.PersonalVariables;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the case of a registered online application, at most once, in the caller's
 * transaction: the register row is locked first and the engine's history looked at under that
 * lock. The request's own start (through {@link CaseStartQueue}, which may give up waiting and
 * start it later) and {@link PendingOnlineStarts} (on any node) both come through here, so
 * whichever is second finds the case and does nothing.
 */
@Component
class OnlineCaseStart {

  private final OnlineRegister online;
  private final RuntimeService runtime;
  private final HistoryService history;

  OnlineCaseStart(OnlineRegister online, RuntimeService runtime, HistoryService history) {
    this.online = online;
    this.runtime = runtime;
    this.history = history;
  }

  /** True when this call started the case, false when it had been started already. */
  boolean startOnce(String trackingNumber, ApplicationForm form) {
    online.lockCase(trackingNumber);
    if (history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).count() > 0) {
      return false;
    }
    runtime.createMessageCorrelation(ElementIds.MESSAGE_ONLINE_APPLICATION)
        .processInstanceBusinessKey(trackingNumber)
        .setVariables(processVariables(trackingNumber, form))
        .correlateStartMessage();
    return true;
  }

  /**
   * What staff see in the process: the identity number and contact data masked; the full data
   * is in the register row written just before, readable by the office on the applicant page.
   */
  private static Map<String, Object> processVariables(String trackingNumber, ApplicationForm form) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TRACKING_NUMBER, trackingNumber);
    variables.put(CHANNEL, Channel.ONLINE.name());
    variables.put(APPLICANT_TYPE, form.applicantType());
    variables.put(APPLICANT_NAME, form.applicantName());
    variables.put(ID_TYPE, form.idType());
    variables.put(ID_NUMBER_MASKED, IdNumbers.mask(form.idNumber()));
    variables.put(CONTACT_PHONE, PersonalVariables.mask(CONTACT_PHONE, form.contactPhone()));
    variables.put(CONTACT_EMAIL, PersonalVariables.mask(CONTACT_EMAIL, form.contactEmail()));
    variables.put(CONTACT_ADDRESS, PersonalVariables.mask(CONTACT_ADDRESS, form.contactAddress()));
    variables.put(REQUEST_DESCRIPTION, form.description());
    variables.put(DELIVERY_FORM, form.deliveryForm());
    variables.put(DELIVERY_METHOD, form.deliveryMethod());
    variables.values().removeIf(Objects::isNull);
    return variables;
  }
}
