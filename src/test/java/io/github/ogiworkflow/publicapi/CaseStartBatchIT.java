package io.github.ogiworkflow.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case starts batched into one transaction (ADR 0106): one failing start must not take the
 * others of its batch with it, and a case already started is not started again.
 */
@IntegrationTest
class CaseStartBatchIT {

  @Autowired OnlineIntake intake;
  @Autowired OnlineCaseStart caseStart;
  @Autowired PendingOnlineStarts pending;
  @Autowired RuntimeService runtime;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void oneFailingStartLeavesTheOthersOfItsBatchStartedAndItselfToTheRegister() {
    List<WaitingStart> batch = List.of(registered("郑一"), registered("郑二"), registered("郑三"));
    String failing = batch.get(1).trackingNumber();
    CaseStartBatch starts = new CaseStartBatch(transactions, (number, form) -> {
      boolean started = caseStart.startOnce(number, form);
      if (number.equals(failing)) {
        throw new IllegalStateException("the engine failed on this one");
      }
      return started;
    });

    starts.start(batch);

    assertThat(batch.get(0).started()).isCompletedWithValue(true);
    assertThat(batch.get(2).started()).isCompletedWithValue(true);
    assertThat(batch.get(1).started()).isCompletedExceptionally();
    assertThat(instances(batch.get(0).trackingNumber())).isEqualTo(1);
    assertThat(instances(batch.get(2).trackingNumber())).isEqualTo(1);
    assertThat(instances(failing)).isZero();

    // The failed one is still registered and starts from the register, once.
    pending.startRegisteredBefore(PendingOnlineStartsIT.NOW);
    assertThat(instances(failing)).isEqualTo(1);
    batch.forEach(waiting -> assertThat(instances(waiting.trackingNumber())).isEqualTo(1));
  }

  @Test
  void aCaseStartedMeanwhileIsNotStartedAgain() {
    WaitingStart waiting = registered("郑四");
    // The request gave up waiting, and the register's run started the case first.
    pending.startRegisteredBefore(PendingOnlineStartsIT.NOW);

    new CaseStartBatch(transactions, caseStart::startOnce).start(List.of(waiting,
        registered("郑五")));

    assertThat(waiting.started()).isCompletedWithValue(false);
    assertThat(instances(waiting.trackingNumber())).isEqualTo(1);
  }

  private WaitingStart registered(String name) {
    ApplicationForm form = new ApplicationForm("NATURAL_PERSON", name, "RESIDENT_ID",
        "11010519491231002X", "13812345678", "zheng@example.cn", null, "2025年本局会议纪要",
        "ELECTRONIC", "EMAIL");
    String number = new TransactionTemplate(transactions)
        .execute(status -> intake.register(form, null, "no-key")).trackingNumber();
    return new WaitingStart(number, form);
  }

  private long instances(String number) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).processInstanceBusinessKey(number)
        .count();
  }
}
