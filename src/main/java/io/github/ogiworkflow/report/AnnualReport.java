package io.github.ogiworkflow.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The computed annual report of one year: table 二, 三, 四, the fees (section 六: fees collected,
 * and fee notices issued with the total they asked), the legacy 附表, the invariants checked on
 * them, warnings that do not block it (Chinese, shown with the report: ADR 0096, 上年结转 differs
 * from the published 结转下年度) and, per drillable cell, how to list its cases.
 */
public record AnnualReport(int year, int cumulativeSince, List<ReportTable> tables,
    BigDecimal feesCollected, int feeCases, int feeNotices, BigDecimal feeNoticeAmount,
    List<Invariant> invariants, List<String> warnings,
    @JsonIgnore Map<String, Supplier<List<String>>> drillDowns) {

  /** A snapshot stored before warnings were kept has none. */
  public AnnualReport {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
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
}
