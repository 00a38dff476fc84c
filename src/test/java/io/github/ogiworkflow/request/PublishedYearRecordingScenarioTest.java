package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PAYMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ProcessVariables.CHARGE_FEE;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLETENESS_DECISION;
import static io.github.ogiworkflow.process.ProcessVariables.DELIVERED_BY;
import static io.github.ogiworkflow.process.ProcessVariables.DELIVERED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_NOTICE_SERVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_PAID_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_SCHEME;
import static io.github.ogiworkflow.process.ProcessVariables.PAGE_COUNT;
import static io.github.ogiworkflow.process.ProcessVariables.REVIEW_CONCLUSION;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open rest of audit round 24, F3 (ADR 0080): a published annual report is final, so a step
 * that records a date the report counts a case by — a counter registration's receipt date, the
 * reply's delivery (the case's first closing), the fee's payment — refuses a date that would
 * change a published year, on its field and naming the year, with nothing written. A date in a
 * year not published stays possible. (Corrections: {@code PublishedYearCorrectionScenarioTest}.)
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class PublishedYearRecordingScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  JdbcTemplate jdbc;
  CaseRegister register;

  /** Years this test published; removed after it, as on PostgreSQL the database is shared. */
  final List<Integer> published = new ArrayList<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
  }

  @AfterEach
  void tearDown() {
    published.forEach(year -> jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = ?",
        year));
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /**
   * A request found in January 2026, registered at the counter as received on 30 December 2025
   * after the 2025 report was published: it would be counted in 2025's 本年新收 and 结转下年度.
   */
  @Test
  void aCounterRegistrationReceivedInAPublishedYearIsRefused() {
    today(LocalDate.of(2026, 1, 8));
    publish(2025);
    long cases = casesInRegister();
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

    assertThatThrownBy(() -> new RequestScenario(engine)
        .start(registration(LocalDate.of(2025, 12, 30))))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("receivedOn:")
        .hasMessageContaining("收到申请日期为2025年12月30日，将改变已发布的2025年度政府信息公开工作年度报告中的统计");
    Assertions.assertThat(casesInRegister()).isEqualTo(cases);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .isEqualTo(instances);

    // Received in the year not yet reported on: registered as before.
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 1, 5)));
    assertThat(scenario.instance).isWaitingAt(TASK_CHECK_COMPLETENESS);
    Assertions.assertThat(register.get(scenario.trackingNumber()).firstReceivedOn())
        .isEqualTo(LocalDate.of(2026, 1, 5));
  }

  /**
   * A reply finalised on 29 December 2025 and delivered, by the form, on 30 December: entered
   * after the 2025 report counted the case as 结转下年度, it would close the case in 2025.
   */
  @Test
  void aDeliveryDatedInAPublishedYearIsRefused() {
    today(LocalDate.of(2025, 12, 22));
    RequestScenario scenario = new RequestScenario(engine).startWithItems(
        registration(LocalDate.of(2025, 12, 22)),
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    today(LocalDate.of(2025, 12, 29));
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 1, 12));
    publish(2025);

    assertThatThrownBy(() -> scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER,
        DELIVERED_BY, "IN_PERSON", DELIVERED_ON, "2025-12-30"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("deliveredOn:")
        .hasMessageContaining("送达日期为2025年12月30日，将改变已发布的2025年度");
    assertThat(scenario.instance).isWaitingAt(TASK_DELIVER_REPLY);
    Assertions.assertThat(register.dates(tn).orElseThrow().deliveredOn()).isNull();

    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-01-12");
    Assertions.assertThat(register.dates(tn).orElseThrow().deliveredOn())
        .isEqualTo(LocalDate.of(2026, 1, 12));
  }

  /** A fee paid, by the form, on 30 December 2025, entered after the 2025 report (section 六). */
  @Test
  void aPaymentDatedInAPublishedYearIsRefused() {
    today(LocalDate.of(2025, 12, 8));
    RequestScenario scenario = new RequestScenario(engine).startWithItems(
        registration(LocalDate.of(2025, 12, 8)), items(item("2025年行政处罚案件统计表", "HELD")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    today(LocalDate.of(2025, 12, 10));
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
        PAGE_COUNT, 150);
    today(LocalDate.of(2025, 12, 11));
    scenario.complete(TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
        "2025-12-11");
    String tn = scenario.trackingNumber();
    today(LocalDate.of(2026, 1, 12));
    publish(2025);

    assertThatThrownBy(() -> scenario.complete(TASK_RECORD_PAYMENT, OFFICE_USER,
        FEE_PAID_ON, "2025-12-30"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("feePaidOn:")
        .hasMessageContaining("缴费日期为2025年12月30日，将改变已发布的2025年度");
    assertThat(scenario.instance).isWaitingAt(TASK_RECORD_PAYMENT);
    Assertions.assertThat(register.dates(tn).orElseThrow().feePaidOn()).isNull();

    scenario.complete(TASK_RECORD_PAYMENT, OFFICE_USER, FEE_PAID_ON, "2026-01-12");
    Assertions.assertThat(register.dates(tn).orElseThrow().feePaidOn())
        .isEqualTo(LocalDate.of(2026, 1, 12));
  }

  private long casesInRegister() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case", Long.class);
    return count == null ? 0 : count;
  }

  /** A published row as the report process leaves it (ADR 0035). */
  private void publish(int year) {
    published.add(year);
    jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = ?", year);
    jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
        + " tables_json, published_on, updated_at) VALUES (?, 'PUBLISHED', CURRENT_TIMESTAMP,"
        + " TRUE, '{}', ?, CURRENT_TIMESTAMP)", year, Date.valueOf(LocalDate.of(year + 1, 1, 10)));
  }
}
