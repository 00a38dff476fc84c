package io.github.ogiworkflow.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

/**
 * Which report a reader gets for a year (ADR 0035): a published year is served from the snapshot
 * its leader approved ({@code ogi_annual_report.tables_json}, with the approved text), so its
 * figures do not change after publication; any other year is computed live and marked 草稿.
 */
@Service
public class ReportEditions {

  private static final ObjectMapper SNAPSHOTS = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final AnnualReports reports;
  private final AnnualReportRegister register;

  public ReportEditions(AnnualReports reports, AnnualReportRegister register) {
    this.reports = reports;
    this.register = register;
  }

  /** The edition of a year to show. */
  public ReportEdition of(int year) {
    AnnualReportRegister.Entry entry = register.of(year).orElse(null);
    if (entry != null && entry.published()) {
      return ReportEdition.published(snapshot(entry.tablesJson()), entry);
    }
    return ReportEdition.draft(reports.compute(year), entry);
  }

  /**
   * The edition with the case lists behind its cells: a published snapshot keeps its figures
   * and lists the cases the register counts there now (the same conditions that counted them).
   */
  public ReportEdition withDrillDowns(int year) {
    ReportEdition edition = of(year);
    if (!edition.published()) {
      return edition;
    }
    AnnualReport snapshot = edition.report();
    AnnualReport live = reports.compute(year);
    AnnualReport drillable = new AnnualReport(snapshot.year(), snapshot.cumulativeSince(),
        snapshot.tables(), snapshot.feesCollected(), snapshot.feeCases(), snapshot.feeNotices(),
        snapshot.feeNoticeAmount(), snapshot.invariants(), snapshot.warnings(),
        live.drillDowns(), live.itemDrillDowns());
    return new ReportEdition(drillable, edition.overview(), edition.problems(), edition.other(),
        true, edition.approvedBy(), edition.approvedAt(), edition.publishedOn());
  }

  /** The report as {@code AnnualReportDelegates.snapshot} stored it. */
  static AnnualReport snapshot(String tablesJson) {
    try {
      return SNAPSHOTS.readValue(tablesJson, AnnualReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored annual report snapshot is not readable", e);
    }
  }
}
