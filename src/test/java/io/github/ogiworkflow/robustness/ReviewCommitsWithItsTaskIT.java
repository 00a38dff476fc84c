package io.github.ogiworkflow.robustness;

import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.support.EngineRest.postalRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.IntegrationTest;
import io.github.ogiworkflow.calendar.OfficeTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review row (ogi_item_review, written by 记录审查结果 through the register's JdbcTemplate)
 * and the completion of its review task are one transaction of the app as it is wired: the
 * engine runs on the app's DataSource under the app's Spring transaction manager, and the
 * register's statements join the engine's command. A completion rolled back takes its review row
 * with it; a committed one has both. (ADR 0048: the crash test on H2 once found a review row
 * whose task was still open after kill -9; that was H2's store, not two transactions.)
 */
@IntegrationTest
class ReviewCommitsWithItsTaskIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ProcessEngine engine;
  @Autowired FormService forms;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  @Test
  void theEngineRunsOnTheAppsDataSourceAndTransactionManager() {
    var configuration = (SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration();

    assertThat(configuration.getTransactionManager()).isSameAs(transactions);
    assertThat(configuration.getDataSource()).isInstanceOf(TransactionAwareDataSourceProxy.class);
    assertThat(((TransactionAwareDataSourceProxy) configuration.getDataSource())
        .getTargetDataSource()).isSameAs(dataSource);
    assertThat(jdbc.getDataSource()).isSameAs(dataSource);
  }

  @Test
  void aRolledBackCompletionLeavesNoReviewRowAndACommittedOneBoth() {
    EngineRest engineRest = new EngineRest(rest);
    String trackingNumber = engineRest.startRequest("wangli",
        postalRequest(OfficeTime.today(), "事务测试申请人"));
    engineRest.toSecrecyReview(trackingNumber, "[{\"title\":\"统计表\",\"finding\":\"HELD\"}]");
    String review = engineRest.onlyTask("lina", trackingNumber, TASK_REVIEW_ITEM);
    Map<String, Object> form = Map.of(ProcessVariables.REVIEW_CONCLUSION, "RELEASABLE");

    int[] rowsInside = new int[1];
    asLina(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      forms.submitTaskForm(review, form);
      rowsInside[0] = reviewRows(trackingNumber);
      status.setRollbackOnly();
    }));

    assertThat(rowsInside[0]).as("the review row, seen inside the completing transaction")
        .isEqualTo(1);
    assertThat(reviewRows(trackingNumber)).as("review row after the rollback").isZero();
    assertThat(tasks.createTaskQuery().taskId(review).count())
        .as("review task after the rollback").isEqualTo(1);

    asLina(() -> forms.submitTaskForm(review, form));

    assertThat(reviewRows(trackingNumber)).as("review row after the commit").isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskId(review).count())
        .as("review task after the commit").isZero();
  }

  private void asLina(Runnable step) {
    identity.setAuthentication("lina", List.of("legal"));
    try {
      step.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private int reviewRows(String trackingNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ogi_item_review r JOIN ogi_info_item i"
        + " ON i.id = r.item_id WHERE i.case_ref = ?", Integer.class, trackingNumber);
  }
}
