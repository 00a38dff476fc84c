package io.github.ogiworkflow.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.publication.PublicationRegister.CountedItem;
import io.github.ogiworkflow.register.CaseRegister;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Which report a reader gets for a year (ADR 0035): a published year is served from the snapshot
 * its leader approved ({@code ogi_annual_report.tables_json}, with the approved text), so its
 * figures do not change after publication; any other year is computed live and marked 草稿.
 * A published year's drill-down lists are those stored at publication ({@link PublishedCells},
 * ADR 0157), each case or item where today's register differs noted; a year published before
 * they were stored is listed from the register, marked so.
 */
@Service
public class ReportEditions {

  private static final ObjectMapper SNAPSHOTS = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Where the lists behind an edition's cells come from (ADR 0157). */
  public enum ListBasis {
    /** A draft: computed from the register now, as the figures are. */
    LIVE,
    /** A published year: the lists stored with its figures at publication. */
    STORED,
    /** A year published before the lists were stored: the register's today, by the same rules. */
    RECOMPUTED
  }

  /** A case or item whose place in a published cell differs between publication and today. */
  public record Difference(String trackingNumber, Long itemId, String note) {}

  /**
   * An edition with the lists behind its cells, where they come from, and, for a stored
   * published year, today's computation to compare them with.
   */
  public record Drillable(ReportEdition edition, ListBasis basis, AnnualReport today) {

    /** One line for the cell page and JSON: what the list is. */
    public String basisNote() {
      return switch (basis) {
        case LIVE -> "草稿：名单按办件登记簿实时列出。";
        case STORED -> "以下为本报告发布时计入该数字的名单（发布时保存，不随登记簿变化）。";
        case RECOMPUTED -> "本报告发布时系统尚未保存各数字的名单；以下按办件登记簿现状、以相同统计条件重新列出，"
            + "可能与发布的数字不一致。";
      };
    }
  }

  private final AnnualReports reports;
  private final AnnualReportRegister register;
  private final PublishedCells cells;
  private final CaseRegister cases;

  public ReportEditions(AnnualReports reports, AnnualReportRegister register,
      PublishedCells cells, CaseRegister cases) {
    this.reports = reports;
    this.register = register;
    this.cells = cells;
    this.cases = cases;
  }

  /** The edition of a year to show. */
  public ReportEdition of(int year) {
    AnnualReportRegister.Entry entry = register.of(year).orElse(null);
    if (entry != null && entry.published()) {
      return ReportEdition.published(snapshot(entry.tablesJson()), entry);
    }
    return ReportEdition.draft(reports.compute(year), entry);
  }

  /** The edition with the case lists behind its cells (see {@link #drillable}). */
  public ReportEdition withDrillDowns(int year) {
    return drillable(year).edition();
  }

  /**
   * The edition with the lists behind its cells: a draft's own; a published snapshot keeps its
   * figures with the lists stored at its publication, or, published before they were stored,
   * the lists the register gives now under the conditions that counted them.
   */
  public Drillable drillable(int year) {
    AnnualReportRegister.Entry entry = register.of(year).orElse(null);
    ReportEdition edition = of(year);
    if (!edition.published()) {
      return new Drillable(edition, ListBasis.LIVE, edition.report());
    }
    AnnualReport snapshot = edition.report();
    AnnualReport live = reports.compute(year);
    boolean stored = entry != null && entry.cellsStored();
    Map<String, Supplier<List<String>>> numbers = live.drillDowns();
    Map<String, Supplier<List<CountedItem>>> items = live.itemDrillDowns();
    if (stored) {
      numbers = new HashMap<>();
      for (String cellId : live.drillDowns().keySet()) {
        numbers.put(cellId, () -> cells.numbers(year, cellId));
      }
      items = new HashMap<>();
      for (String cellId : live.itemDrillDowns().keySet()) {
        items.put(cellId, () -> cells.items(year, cellId));
      }
    }
    AnnualReport drillable = new AnnualReport(snapshot.year(), snapshot.cumulativeSince(),
        snapshot.tables(), snapshot.feesCollected(), snapshot.feeCases(), snapshot.feeNotices(),
        snapshot.feeNoticeAmount(), snapshot.invariants(), snapshot.warnings(), numbers, items);
    return new Drillable(new ReportEdition(drillable, edition.overview(), edition.problems(),
        edition.other(), true, edition.approvedBy(), edition.approvedAt(),
        edition.publishedOn()), stored ? ListBasis.STORED : ListBasis.RECOMPUTED, live);
  }

  /**
   * Where today's register differs from a stored published cell: a case or item counted at
   * publication that the register no longer counts there (voided: 已于…作为登记错误作废), one it
   * counts now that was not counted, and an item withdrawn since (its count unchanged). Empty
   * for any other list.
   */
  public List<Difference> differences(Drillable drillable, String cellId) {
    if (drillable.basis() != ListBasis.STORED) {
      return List.of();
    }
    AnnualReport published = drillable.edition().report();
    AnnualReport today = drillable.today();
    List<Difference> differences = new ArrayList<>();
    var publishedItems = published.itemDrillDown(cellId);
    if (publishedItems.isPresent()) {
      List<CountedItem> now = today.itemDrillDown(cellId).orElse(List.of());
      Map<Long, CountedItem> nowById = now.stream()
          .collect(Collectors.toMap(CountedItem::itemId, i -> i, (a, b) -> a));
      Set<Long> then = new LinkedHashSet<>();
      for (CountedItem item : publishedItems.get()) {
        then.add(item.itemId());
        CountedItem current = nowById.get(item.itemId());
        if (current == null) {
          differences.add(new Difference(item.batchNumber(), item.itemId(), itemName(item)
              + "：发布时计入本数字；按登记簿现状已不计入（原因见该批次的办理过程记录）"));
        } else if (item.withdrawnOn() == null && current.withdrawnOn() != null) {
          differences.add(new Difference(item.batchNumber(), item.itemId(), itemName(item)
              + "：发布后已于" + ReportEdition.chineseDate(current.withdrawnOn())
              + "撤回，本数字的计数不变"));
        } else if (!Objects.equals(item.figure() == null ? null : item.figure().stripTrailingZeros(),
            current.figure() == null ? null : current.figure().stripTrailingZeros())) {
          differences.add(new Difference(item.batchNumber(), item.itemId(), itemName(item)
              + "：发布时计为" + ReportLayout.format(item.figure()) + "，按登记簿现状为"
              + ReportLayout.format(current.figure())));
        }
      }
      for (CountedItem item : now) {
        if (!then.contains(item.itemId())) {
          differences.add(new Difference(item.batchNumber(), item.itemId(), itemName(item)
              + "：发布时未计入本数字；按登记簿现状计入（发布后登记或更正，原因见该批次的办理过程记录）"));
        }
      }
      return differences;
    }
    List<String> then = published.drillDown(cellId).orElse(List.of());
    List<String> now = today.drillDown(cellId).orElse(List.of());
    Set<String> nowSet = Set.copyOf(now);
    Set<String> thenSet = Set.copyOf(then);
    for (String number : then) {
      if (!nowSet.contains(number)) {
        differences.add(new Difference(number, null, number + "：发布时计入本数字；" + cases.voiding(number)
            .map(v -> "已于" + ReportEdition.chineseDate(v.voidedOn()) + "作为登记错误作废（经领导审批），"
                + "登记簿现已不计入")
            .orElse("按登记簿现状已不计入（其日期或状态在发布后有变化，原因见办理过程记录）")));
      }
    }
    for (String number : now) {
      if (!thenSet.contains(number)) {
        differences.add(new Difference(number, null, number
            + "：发布时未计入本数字；按登记簿现状计入（发布后补录或更正，原因见办理过程记录）"));
      }
    }
    return differences;
  }

  private static String itemName(CountedItem item) {
    return item.batchNumber() + "第" + item.seq() + "项《" + item.title() + "》";
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
