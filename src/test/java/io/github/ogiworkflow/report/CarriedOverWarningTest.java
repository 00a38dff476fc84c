package io.github.ogiworkflow.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 0096: year N's 上年结转 is checked, per column of table 三, against year N−1's published
 * 结转下年度 (its approved snapshot); a difference is a warning on the report naming both
 * figures, not a silent difference and not a failed invariant. The vector, in years no other
 * test uses (2020, 2021), counted by hand:
 * <pre>
 *  A 自然人   received 2020-10-12, closed 2020-10-30 (1)   → counted in 2020 only
 *  B 自然人   received 2020-11-02, open                    → 2020 结转下年度
 *  C 商业企业 received 2020-12-15, open                    → 2020 结转下年度
 *  2020 published: 结转下年度 自然人 1, 商业企业 1, 总计 2
 *  D 自然人   received 2020-12-30, open, written after the publication (as an administrator would,
 *             past the guards of ADR 0080)                → 2021 上年结转 自然人 2, 商业企业 1, 总计 3
 * </pre>
 * So 2021 warns for 自然人 (2 against 1) and 总计 (3 against 2), not for 商业企业, and its
 * invariants still hold.
 */
@Deployment(resources = "processes/annual-report.bpmn")
class CarriedOverWarningTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(0.0);

  static final List<String> CASES = List.of("YSQ-2020-999801", "YSQ-2020-999802",
      "YSQ-2020-999803", "YSQ-2020-999804");

  ProcessEngine engine;
  JdbcTemplate jdbc;
  AnnualReports reports;

  @BeforeEach
  void setUp() {
    jdbc = ProcessTestEngine.jdbc(engine);
    reports = ProcessTestEngine.bean(engine, "annualReports", AnnualReports.class);
    cleanUp();
  }

  @AfterEach
  void cleanUp() {
    CASES.forEach(tn -> jdbc.update("DELETE FROM ogi_case WHERE tracking_number = ?", tn));
    jdbc.update("DELETE FROM ogi_annual_report WHERE report_year IN (2020, 2021)");
  }

  @Test
  void aCarryOverThatDiffersFromThePublishedYearBeforeIsAWarningNamingBothFigures()
      throws Exception {
    insert(CASES.get(0), "NATURAL_PERSON", LocalDate.of(2020, 10, 12), LocalDate.of(2020, 10, 30));
    insert(CASES.get(1), "NATURAL_PERSON", LocalDate.of(2020, 11, 2), null);
    insert(CASES.get(2), "COMMERCIAL", LocalDate.of(2020, 12, 15), null);
    AnnualReport report2020 = reports.compute(2020);
    Assertions.assertThat(report2020.table("t3").count("forward", "TOTAL")).isEqualTo(2);
    // Published as the run stores it (AnnualReportDelegates.snapshot).
    jdbc.update("INSERT INTO ogi_annual_report (report_year, status, computed_at, consistent,"
        + " tables_json, published_on, updated_at) VALUES (2020, 'PUBLISHED', CURRENT_TIMESTAMP,"
        + " TRUE, ?, ?, CURRENT_TIMESTAMP)",
        AnnualReportDelegates.snapshot(new ObjectMapper(), report2020),
        Date.valueOf(LocalDate.of(2021, 1, 20)));

    // In agreement: no warning.
    Assertions.assertThat(reports.compute(2021).warnings()).isEmpty();

    insert(CASES.get(3), "NATURAL_PERSON", LocalDate.of(2020, 12, 30), null);
    AnnualReport report2021 = reports.compute(2021);

    Assertions.assertThat(report2021.table("t3").count("carried", "TOTAL")).isEqualTo(3);
    Assertions.assertThat(report2021.warnings()).containsExactly(
        "表三 自然人：本年“二、上年结转政府信息公开申请数量”为2件，已发布的2020年度报告“四、结转下年度继续办理”"
            + "为1件，两者不一致。已发布的年度报告不再更改；请核对登记簿中相关办件的收到和办结日期，"
            + "并在本报告文字部分说明差异",
        "表三 总计：本年“二、上年结转政府信息公开申请数量”为3件，已发布的2020年度报告“四、结转下年度继续办理”"
            + "为2件，两者不一致。已发布的年度报告不再更改；请核对登记簿中相关办件的收到和办结日期，"
            + "并在本报告文字部分说明差异");
    Assertions.assertThat(report2021.consistent()).isTrue();
    // Shown where the report is read: the run's status line, the page, the stored snapshot.
    Assertions.assertThat(AnnualReportDelegates.invariantStatus(report2021))
        .startsWith("全部通过").contains("。提示：表三 自然人：", "；表三 总计：");
    Assertions.assertThat(ReportEditions.snapshot(
            AnnualReportDelegates.snapshot(new ObjectMapper(), report2021)).warnings())
        .isEqualTo(report2021.warnings());
  }

  private void insert(String trackingNumber, String applicantType, LocalDate receivedOn,
      LocalDate closedOn) {
    jdbc.update("INSERT INTO ogi_case (tracking_number, channel, applicant_type, applicant_name,"
        + " description, first_received_on, clock_started_on, due_on, status, outcome_code,"
        + " closed_on, created_at, updated_at) VALUES (?, 'POST', ?, '测试', '结转核对',"
        + " ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", trackingNumber,
        applicantType, Date.valueOf(receivedOn), Date.valueOf(receivedOn),
        Date.valueOf(receivedOn.plusDays(28)), closedOn == null ? "IN_PROGRESS" : "CLOSED",
        closedOn == null ? null : "1", closedOn == null ? null : Date.valueOf(closedOn));
  }
}
