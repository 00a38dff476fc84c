package io.github.ogiworkflow.support;

import static io.github.ogiworkflow.process.ProcessVariables.APPLICANT_NAME;
import static io.github.ogiworkflow.process.ProcessVariables.APPLICANT_TYPE;
import static io.github.ogiworkflow.process.ProcessVariables.CHANNEL;
import static io.github.ogiworkflow.process.ProcessVariables.CONTACT_ADDRESS;
import static io.github.ogiworkflow.process.ProcessVariables.RECEIVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.REQUEST_DESCRIPTION;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/** The integration tests' plainest case: a person's written request registered at the counter. */
public final class CounterRegistration {

  private CounterRegistration() {}

  /** A natural person's request received in person today, started through the Java API. */
  public static String registeredToday(RuntimeService runtime) {
    return registeredOn(runtime, OfficeTime.today());
  }

  /** The same request received on {@code receivedOn} (registered late, e.g. an overdue case). */
  public static String registeredOn(RuntimeService runtime, java.time.LocalDate receivedOn) {
    Map<String, Object> form = new HashMap<>();
    form.put(CHANNEL, "IN_PERSON");
    form.put(RECEIVED_ON, receivedOn.toString());
    form.put(APPLICANT_TYPE, "NATURAL_PERSON");
    form.put(APPLICANT_NAME, "张三");
    form.put(CONTACT_ADDRESS, "示范市人民路100号（邮编350001）");
    form.put(REQUEST_DESCRIPTION, "2025年本局行政处罚案件统计表");
    return runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, form)
        .getBusinessKey();
  }
}
