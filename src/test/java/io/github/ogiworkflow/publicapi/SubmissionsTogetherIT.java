package io.github.ogiworkflow.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publicapi.OnlineIntake.Submitted;
import io.github.ogiworkflow.publicapi.OnlineIntake.Waiting;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Online submissions waiting at the same moment are registered and started in one transaction
 * (ADR 0176): one that fails fails alone, writes nothing and gives its tracking number back;
 * each of the others has its register row and its case.
 */
@IntegrationTest
class SubmissionsTogetherIT {

  @Autowired OnlineIntake intake;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFailingSubmissionFailsAloneWritesNothingAndLeavesNoGap() {
    // 201 characters: the register's column takes 200, so its insert fails.
    String tooLong = "名".repeat(201);
    Waiting first = waiting("郑一");
    Waiting failing = waiting(tooLong);
    Waiting last = waiting("郑三");

    intake.registerAndStart(List.of(first, failing, last));

    assertThat(failing.result()).isCompletedExceptionally();
    String a = first.result().join().trackingNumber();
    String c = last.result().join().trackingNumber();
    // Gap-free (ADR 0012): the failed one's number was given back.
    assertThat(sequence(c)).isEqualTo(sequence(a) + 1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case WHERE applicant_name = ?",
        Long.class, tooLong)).isZero();
    for (String number : List.of(a, c)) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case WHERE tracking_number = ?",
          Long.class, number)).isOne();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_online_access"
          + " WHERE tracking_number = ?", Long.class, number)).isOne();
      assertThat(runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).processInstanceBusinessKey(number)
          .count()).isOne();
    }
  }

  @Test
  void submissionsTogetherGetConsecutiveNumbersEachWithItsCase() {
    List<Waiting> together = List.of(waiting("钱一"), waiting("钱二"), waiting("钱三"));

    intake.registerAndStart(together);

    List<String> numbers = together.stream().map(w -> w.result().join())
        .map(Submitted::trackingNumber).toList();
    assertThat(sequence(numbers.get(1))).isEqualTo(sequence(numbers.get(0)) + 1);
    assertThat(sequence(numbers.get(2))).isEqualTo(sequence(numbers.get(0)) + 2);
    for (String number : numbers) {
      assertThat(runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST).processInstanceBusinessKey(number)
          .count()).isOne();
    }
  }

  private static Waiting waiting(String applicantName) {
    ApplicationForm form = new ApplicationForm("NATURAL_PERSON", applicantName, "RESIDENT_ID",
        "11010519491231002X", "13812345678", "together@example.cn", null, "2025年本局部门预算",
        "ELECTRONIC", "EMAIL");
    return new Waiting(form, null, "no-key", new CompletableFuture<>());
  }

  /** The running number of {@code YSQ-2026-000123}. */
  private static int sequence(String trackingNumber) {
    return Integer.parseInt(trackingNumber.substring(trackingNumber.lastIndexOf('-') + 1));
  }
}
