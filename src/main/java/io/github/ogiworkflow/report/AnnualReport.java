package io.github.ogiworkflow.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.ogiworkflow.publication.PublicationRegister.CountedItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The computed annual report of one year: table 二, 三, 四, the fees (section 六: fees collected,
 * and fee notices issued with the total they asked), the legacy 附表, the invariants checked on
 * them, warnings that do not block it (Chinese, shown with the report: ADR 0096, 上年结转 differs
 * from the published 结转下年度) and, per drillable cell, how to list its cases or, for the
 * proactive disclosure cells (table 二, 主动公开信息数), its published items (ADR 0143).
 */
public record AnnualReport(int year, int cumulativeSince, List<ReportTable> tables,
    BigDecimal feesCollected, int feeCases, int feeNotices, BigDecimal feeNoticeAmount,
    List<Invariant> invariants, List<String> warnings,
    @JsonIgnore Map<String, Supplier<List<String>>> drillDowns,
    @JsonIgnore Map<String, Supplier<List<CountedItem>>> itemDrillDowns) {

  /** A snapshot stored before warnings were kept has none. */
  public AnnualReport {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A report whose cells all drill down to cases (or a snapshot, read back without lists). */
  public AnnualReport(int year, int cumulativeSince, List<ReportTable> tables,
      BigDecimal feesCollected, int feeCases, int feeNotices, BigDecimal feeNoticeAmount,
      List<Invariant> invariants, List<String> warnings,
      Map<String, Supplier<List<String>>> drillDowns) {
    this(year, cumulativeSince, tables, feesCollected, feeCases, feeNotices, feeNoticeAmount,
        invariants, warnings, drillDowns, null);
  }

  public boolean consistent() {
    return invariants.stream().allMatch(Invariant::holds);
  }

  public List<Invariant> failedInvariants() {
    return invariants.stream().filter(i -> !i.holds()).toList();
  }

  public ReportTable table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No table " + id));
  }

  /** The tracking numbers counted in a cell, sorted; empty optional for an unknown cell. */
  public java.util.Optional<List<String>> drillDown(String cellId) {
    // A snapshot read back from the register has no lists (see ReportEditions.withDrillDowns).
    Supplier<List<String>> drill = drillDowns == null ? null : drillDowns.get(cellId);
    return drill == null ? java.util.Optional.empty()
        : java.util.Optional.of(drill.get().stream().sorted().toList());
  }

  /** The published items counted in a cell of table 二 or 主动公开信息数; empty for other cells. */
  public java.util.Optional<List<CountedItem>> itemDrillDown(String cellId) {
    Supplier<List<CountedItem>> drill = itemDrillDowns == null ? null
        : itemDrillDowns.get(cellId);
    return drill == null ? java.util.Optional.empty() : java.util.Optional.of(drill.get());
  }
}
