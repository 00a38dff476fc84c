package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ProcessVariables.CHARGE_FEE;
import static io.github.ogiworkflow.process.ProcessVariables.COMPLETENESS_DECISION;
import static io.github.ogiworkflow.process.ProcessVariables.DELIVERED_BY;
import static io.github.ogiworkflow.process.ProcessVariables.DELIVERED_ON;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Audit round 24, F3 (ADR 0080): a published annual report is final, so a date correction that
 * would move a case into or out of a published year (its receipt or its closing across a year's
 * end) is refused on newDate, naming the year; nothing is written. A correction within the year,
 * or into a year not yet published, stays possible.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class PublishedYearCorrectionScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  JdbcTemplate jdbc;
  DateCorrections corrections;
  CaseRegister register;
  DateChangeRegister changes;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    changes = ProcessTestEngine.bean(engine, "dateChangeRegister", DateChangeRegister.class);
    corrections = DateCorrectionScenarioTest.dateCorrections(engine, register,
        ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class));
  }

  /** Years this test published; removed after it, as on PostgreSQL the database is shared. */
  final List<Integer> published = new ArrayList<>();

  @AfterEach
  void tearDown() {
    published.forEach(year -> jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = ?",
        year));
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** The audit's shape: received in January 2026, corrected to 30 December 2025. */
  @Test
  void aReceiptMovedIntoAPublishedYearIsRefused() {
    today(LocalDate.of(2026, 1, 8));
    RequestScenario scenario = new RequestScenario(engine)
        .start(registration(LocalDate.of(2026, 1, 6)))
        .complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE");
    String tn = scenario.trackingNumber();
    publish(2025);

    assertThatThrownBy(() -> corrections.correct(tn, "receivedOn", "2025-12-30", "收到日期登记有误",
        OFFICE_USER)).isInstanceOf(InvalidInput.class).hasMessageStartingWith("newDate:")
        .hasMessageContaining("收到申请日期更正后，本案在已发布的2025年度政府信息公开工作年度报告中的统计将发生变化");
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 1, 6));
    assertThat(changes.of(tn)).isEmpty();

    // Within 2026: no report changes.
    corrections.correct(tn, "receivedOn", "2026-01-05", "收到日期登记有误，以收文登记簿为准",
        OFFICE_USER);
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2026, 1, 5));

    // A year not published yet: the report is computed from the corrected register.
    jdbc.update("UPDATE ogi_annual_report SET status = 'APPROVED', published_on = NULL"
        + " WHERE report_year = 2025");
    corrections.correct(tn, "receivedOn", "2025-12-30", "收到日期登记有误，以收文登记簿为准",
        OFFICE_USER);
    assertThat(register.get(tn).firstReceivedOn()).isEqualTo(LocalDate.of(2025, 12, 30));
  }

  /** A closing recorded in a published year, corrected out of it: refused as well. */
  @Test
  void aClosingMovedOutOfAPublishedYearIsRefused() {
    LocalDate received = LocalDate.of(2026, 3, 2);
    today(received);
    RequestScenario scenario = new RequestScenario(engine).startWithItems(registration(received),
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    today(LocalDate.of(2026, 3, 5));
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(LocalDate.of(2026, 3, 10));
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-03-10");
    String tn = scenario.trackingNumber();
    // The wrong year, as a delivery entered before the form's check left it (and 2024 published
    // with it, the case counted as closed there).
    jdbc.update("UPDATE ogi_case SET delivered_on = ?, closed_on = ?, first_closed_on = ?"
        + " WHERE tracking_number = ?", Date.valueOf("2024-03-10"), Date.valueOf("2024-03-10"),
        Date.valueOf("2024-03-10"), tn);
    publish(2025);

    assertThatThrownBy(() -> corrections.correct(tn, "deliveredOn", "2026-03-10",
        "送达日期误录年份，按送达回证更正", OFFICE_USER)).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("newDate:")
        .hasMessageContaining("送达日期更正后，本案在已发布的2025年度");
    assertThat(register.dates(tn).orElseThrow().deliveredOn())
        .isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(changes.of(tn)).isEmpty();
    // The register as it was before the wrong year, for the tests after this one on a shared
    // database (PostgreSQL), whose reports must hold their invariants.
    jdbc.update("UPDATE ogi_case SET delivered_on = ?, closed_on = ?, first_closed_on = ?"
        + " WHERE tracking_number = ?", Date.valueOf("2026-03-10"), Date.valueOf("2026-03-10"),
        Date.valueOf("2026-03-10"), tn);
  }

  /** A published row as the report process leaves it (ADR 0035). */
  private void publish(int year) {
    published.add(year);
    jdbc.update("DELETE FROM ogi_annual_report WHERE report_year = ?", year);
    jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
        + " tables_json, published_on, updated_at) VALUES (?, 'PUBLISHED', CURRENT_TIMESTAMP,"
        + " TRUE, '{}', ?, CURRENT_TIMESTAMP)", year, Date.valueOf(LocalDate.of(year + 1, 1, 20)));
  }
}
