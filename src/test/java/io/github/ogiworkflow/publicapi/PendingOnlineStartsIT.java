package io.github.ogiworkflow.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An online application whose registration committed but whose case did not start (the engine
 * failed, or the server stopped in between) is started once from its register row.
 */
@IntegrationTest
class PendingOnlineStartsIT {

  /** Taken as "registered long enough ago" at once. */
  static final Duration NOW = Duration.ofSeconds(-5);

  @Autowired OnlineIntake intake;
  @Autowired PendingOnlineStarts pending;
  @Autowired RuntimeService runtime;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aRegisteredApplicationWithoutCaseIsStartedOnceFromTheRegister() {
    ApplicationForm form = new ApplicationForm("NATURAL_PERSON", "周八", "RESIDENT_ID",
        "11010519491231002X", "13812345678", "zhouba@example.cn", null,
        "2025年本局政府采购合同", "ELECTRONIC", "EMAIL");
    // Only the registration, as when the case start failed after it.
    OnlineIntake.Submitted registered = new TransactionTemplate(transactions)
        .execute(status -> intake.register(form, null, "no-key"));
    String number = registered.trackingNumber();
    assertThat(instances(number)).isZero();

    assertThat(pending.startRegisteredBefore(NOW)).isGreaterThanOrEqualTo(1);

    assertThat(instances(number)).isEqualTo(1);
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).processInstanceBusinessKey(number)
        .singleResult();
    Map<String, Object> variables = runtime.getVariables(instance.getId());
    assertThat(variables).containsEntry(ProcessVariables.TRACKING_NUMBER, number)
        .containsEntry(ProcessVariables.APPLICANT_NAME, "周八")
        .containsEntry(ProcessVariables.CHANNEL, "ONLINE")
        .containsEntry(ProcessVariables.REQUEST_DESCRIPTION, "2025年本局政府采购合同")
        .doesNotContainKey(ProcessVariables.ID_NUMBER);
    // Masked like every online case: no full identity number or e-mail in a variable.
    assertThat(variables.get(ProcessVariables.ID_NUMBER_MASKED)).isEqualTo("110***********002X");
    assertThat((String) variables.get(ProcessVariables.CONTACT_EMAIL)).isNotEqualTo(
        "zhouba@example.cn").endsWith("@example.cn");

    // A second pass finds nothing left of it: no second case.
    pending.startRegisteredBefore(NOW);
    assertThat(instances(number)).isEqualTo(1);
  }

  @Test
  void aRecentRegistrationIsLeftToItsOwnRequest() {
    ApplicationForm form = new ApplicationForm("NATURAL_PERSON", "吴九", "RESIDENT_ID",
        "11010519491231002X", "13812345678", "wujiu@example.cn", null, "2025年本局预算",
        "ELECTRONIC", "EMAIL");
    String number = new TransactionTemplate(transactions)
        .execute(status -> intake.register(form, null, "no-key")).trackingNumber();

    pending.startRegisteredBefore(PendingOnlineStarts.GRACE);

    assertThat(instances(number)).isZero();
    pending.startRegisteredBefore(NOW); // leaves no orphan for other tests
    assertThat(instances(number)).isEqualTo(1);
  }

  private long instances(String number) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).processInstanceBusinessKey(number)
        .count();
  }
}
