package io.github.ogiworkflow.report;

import io.github.ogiworkflow.appeal.AppealKind;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.appeal.AppealRegister.Counted;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.vocabulary.ApplicantType;
import io.github.ogiworkflow.publication.PublicationChannel;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.publication.PublicationRegister.CountedItem;
import io.github.ogiworkflow.publication.RegulationKind;
import io.github.ogiworkflow.publication.RegulationsInForce;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.report.ReportTable.Cell;
import io.github.ogiworkflow.report.ReportTable.Column;
import io.github.ogiworkflow.report.ReportTable.Row;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the annual report (handbook section 7) from the register with SQL aggregation.
 *
 * <p>When a case counts (written down here because every figure depends on it):
 * <ul>
 * <li>received: on {@code first_received_on}; a case submitted online whose receipt the office
 *     has not yet confirmed (status SUBMITTED) is not received yet (Art. 31), one it did not
 *     confirm (NOT_CONFIRMED, ADR 0158) never is;
 * <li>closed: on its FIRST closing, {@code first_closed_on} with {@code first_outcome_code} —
 *     the day the reply was first delivered or the case was closed without a reply (abandoned,
 *     fee unpaid). A correction after an appeal reopens the request, and its new delivery is an
 *     event of the case's audit trail, not a second closing: the report keeps the first date and
 *     outcome, so a year's 上年结转 always equals the year before's 结转下年度, whenever the
 *     report is computed. Appeals are counted in table 四. (Rows written before the first
 *     closing was kept fall back to {@code closed_on}/{@code delivered_on} and {@code outcome_code});
 * <li>上年结转: received before 1 January and not closed before 1 January;
 * <li>三 本年度办理结果: closed within the year, by its outcome code; （七）总计 is counted on its
 *     own, so a closed case without an outcome breaks the invariant instead of vanishing;
 * <li>结转下年度: received by 31 December and not closed by 31 December.
 * </ul>
 * Then 一 + 二 = 三（七） + 四 for every column, because both sides count the cases received by
 * 31 December and not closed before 1 January.
 */
@Service
public class AnnualReports {

  static final String TOTAL = "TOTAL";
  static final String CLOSED = "COALESCE(first_closed_on, closed_on, delivered_on)";
  /** The outcome of the first closing (a reopened case's later outcome is not the report's). */
  private static final String OUTCOME =
      "(CASE WHEN first_closed_on IS NULL THEN outcome_code ELSE first_outcome_code END)";
  /**
   * The cases a report counts: not an online submission still unconfirmed (no receipt date yet,
   * Art. 31), nor a registration voided as made in error (ADR 0119: never an application), nor
   * one the office did not confirm (不予确认, ADR 0158: never received).
   */
  static final String RECEIVED_CASES = "status NOT IN " + Status.NOT_RECEIVED_SQL;

  private final JdbcTemplate jdbc;
  private final AppealRegister appeals;
  private final PublicationRegister publications;
  private final int cumulativeSince;
  /** 现行有效 per {@link RegulationKind}: the opening stock + issued − repealed (one computation). */
  private final RegulationsInForce inForce;
  /** The 附表's cumulative figures from before the register (audit 32a, F8). */
  private final CumulativeAtStart atStart;

  /** Without an opening stock (tests and benchmarks whose register starts empty). */
  public AnnualReports(JdbcTemplate jdbc, AppealRegister appealRegister,
      PublicationRegister publicationRegister, int cumulativeSince) {
    this(jdbc, appealRegister, publicationRegister, cumulativeSince, 0, 0);
  }

  /** With an opening stock of 规章 and 行政规范性文件 (tests). */
  public AnnualReports(JdbcTemplate jdbc, AppealRegister appealRegister,
      PublicationRegister publicationRegister, int cumulativeSince, int rulesInForceAtStart,
      int normativeInForceAtStart) {
    this(jdbc, appealRegister, publicationRegister, cumulativeSince, new RegulationsInForce(
        publicationRegister, rulesInForceAtStart, normativeInForceAtStart));
  }

  /** Without cumulative figures from before the register. */
  public AnnualReports(JdbcTemplate jdbc, AppealRegister appealRegister,
      PublicationRegister publicationRegister, int cumulativeSince, RegulationsInForce inForce) {
    this(jdbc, appealRegister, publicationRegister, cumulativeSince, inForce,
        CumulativeAtStart.NONE);
  }

  @Autowired
  public AnnualReports(JdbcTemplate jdbc, AppealRegister appealRegister,
      PublicationRegister publicationRegister,
      @Value("${ogi.report.cumulative-since:2008}") int cumulativeSince,
      RegulationsInForce inForce, CumulativeAtStart atStart) {
    this.jdbc = jdbc;
    this.appeals = appealRegister;
    this.publications = publicationRegister;
    this.cumulativeSince = cumulativeSince;
    this.inForce = inForce;
    this.atStart = atStart;
  }

  public AnnualReport compute(int year) {
    Builder b = new Builder(year, cumulativeSince(year));
    ReportTable table3 = b.table3();
    List<ReportTable> tables = List.of(b.table2(), table3, b.table4(), b.fees(), b.legacy());
    return new AnnualReport(year, b.since, tables, b.feesCollected, b.feeCases,
        b.feeNotices, b.feeNoticeAmount, b.invariants, carriedOverWarnings(year, table3),
        b.drills, b.itemDrills);
  }

  /**
   * ADR 0096: this year's 上年结转, per column of table 三, against 结转下年度 of the year before
   * as published (its approved snapshot, ADR 0035). They agree while the register keeps the
   * published year's dates (ADR 0080 guards them); a difference has a cause outside those guards
   * (a date changed by an administrator, data from before them) and must not pass silently. A
   * warning, not a failed invariant: the published report cannot change, so a blocking check
   * would block this year's report with no remedy; the office explains the difference in the text.
   * None when the year before is not published or its snapshot has no table 三.
   */
  List<String> carriedOverWarnings(int year, ReportTable table3) {
    AnnualReportRegister.Entry before = new AnnualReportRegister(jdbc).of(year - 1)
        .filter(AnnualReportRegister.Entry::published).orElse(null);
    if (before == null) {
      return List.of();
    }
    AnnualReport published = ReportEditions.snapshot(before.tablesJson());
    ReportTable publishedTable3 = published.tables() == null ? null : published.tables().stream()
        .filter(t -> "t3".equals(t.id())).findFirst().orElse(null);
    if (publishedTable3 == null) {
      return List.of();
    }
    List<String> warnings = new ArrayList<>();
    for (Column column : table3.columns()) {
      long carried = table3.count("carried", column.id());
      publishedTable3.find("forward", column.id()).map(cell -> cell.value().longValue())
          .filter(forward -> forward != carried)
          .ifPresent(forward -> warnings.add("表三 " + column.label() + "：本年“二、上年结转政府信息公开"
              + "申请数量”为" + carried + "件，已发布的" + (year - 1) + "年度报告“四、结转下年度继续办理”为"
              + forward + "件，两者不一致。已发布的年度报告不再更改；请核对登记簿中相关办件的收到和办结"
              + "日期，并在本报告文字部分说明差异"));
    }
    return warnings;
  }

  /** A condition on ogi_case with its parameters: the same one counts and drills down. */
  private record Condition(String sql, Object... args) {
    Condition and(String more, Object... moreArgs) {
      Object[] all = Arrays.copyOf(args, args.length + moreArgs.length);
      System.arraycopy(moreArgs, 0, all, args.length, moreArgs.length);
      return new Condition(sql + " AND " + more, all);
    }
  }

  /** A request row of the legacy 附表: its label and unit, the year and the cumulative column. */
  private record LegacyRow(String label, String unit, Condition ofYear, Condition cumulative) {}

  /** 计量单位 of the legacy 附表: items published are 条, requests, replies and appeals 件. */
  static final String UNIT_ITEMS = "条";
  static final String UNIT_CASES = "件";

  /**
   * The first year the 附表's cumulative column covers (audit 32a, F8): {@code
   * ogi.report.cumulative-since} when the bureau gave its figures from before the register
   * ({@link CumulativeAtStart}); else no earlier than the register's first year (its earliest
   * receipt or first publication; the report's own year when it holds none before), so that a
   * bureau going live in 2026 does not print 2008年—2026年累计 over one year's cases.
   */
  int cumulativeSince(int year) {
    if (atStart.configured()) {
      return cumulativeSince;
    }
    int first = year;
    Date firstReceived = jdbc.queryForObject(
        "SELECT MIN(first_received_on) FROM ogi_case WHERE " + RECEIVED_CASES, Date.class);
    if (firstReceived != null) {
      first = Math.min(first, firstReceived.toLocalDate().getYear());
    }
    LocalDate firstPublished = publications.firstPublishedOn().orElse(null);
    if (firstPublished != null) {
      first = Math.min(first, firstPublished.getYear());
    }
    return Math.max(cumulativeSince, first);
  }

  private final class Builder {
    final int year;
    /** The 附表's cumulative column counts from 1 January of this year. */
    final int since;
    final Date start;
    final Date end;
    final List<Invariant> invariants = new ArrayList<>();
    final Map<String, Supplier<List<String>>> drills = new HashMap<>();
    final Map<String, Supplier<List<CountedItem>>> itemDrills = new HashMap<>();
    BigDecimal feesCollected;
    int feeCases;
    BigDecimal feeNoticeAmount;
    int feeNotices;

    Builder(int year, int since) {
      this.year = year;
      this.since = since;
      this.start = Date.valueOf(LocalDate.of(year, 1, 1));
      this.end = Date.valueOf(LocalDate.of(year, 12, 31));
    }

    // ---- table 二 -------------------------------------------------------------------------

    ReportTable table2() {
      ReportTable t = new ReportTable("t2", "二、主动公开政府信息情况", List.of(
          new Column("issued", "本年制发件数"), new Column("repealed", "本年废止件数"),
          new Column("inForce", "现行有效件数"), new Column("decisions", "本年处理决定数量"),
          new Column("fees", "本年收费金额（单位：万元）")));
      // 现行有效 = in force when the system started (ogi.report.in-force-at-start.*, the bureau's
      // count: regulations issued before the register existed) + issued − repealed up to the
      // year's end. A negative figure means a repeal of something the opening stock misses.
      // A withdrawal (撤回) changes none of these (ADR 0143): each cell lists its items.
      for (RegulationKind kind : List.of(RegulationKind.RULE, RegulationKind.NORMATIVE)) {
        var c = publications.regulationCounts(kind, year);
        int inForce = AnnualReports.this.inForce.atEndOf(kind, year);
        String id = "t2." + kind.name();
        t.rows().add(new Row(kind.name(), "第二十条第（一）项 " + kind.label(), List.of(
            items(id + ".issued", c.issued(), () -> publications.regulationItems(kind,
                RegulationKind.Action.ISSUE, year)),
            items(id + ".repealed", c.repealed(), () -> publications.regulationItems(kind,
                RegulationKind.Action.REPEAL, year)),
            items(id + ".inForce", inForce, () -> publications.inForceItems(kind, year)))));
        invariants.add(new Invariant("表二 " + kind.label() + "：现行有效件数 ≥ 0（系统启用时现行有效"
            + AnnualReports.this.inForce.atStart(kind) + "件 + 累计制发 − 累计废止）", inForce >= 0,
            inForce + " ≥ 0"));
        int before = AnnualReports.this.inForce.atEndOf(kind, year - 1);
        invariants.add(new Invariant("表二 " + kind.label() + "：现行有效件数 = 上年末现行有效 + 本年制发"
            + " − 本年废止", inForce == before + c.issued() - c.repealed(), inForce + " = "
            + before + " + " + c.issued() + " − " + c.repealed()));
      }
      Map<String, BigDecimal> totals = publications.decisionAndFeeTotals(year);
      t.rows().add(new Row("LICENSING", "第二十条第（五）项 行政许可", List.of(
          figureItems("t2.LICENSING.decisions", totals, "licensing"))));
      t.rows().add(new Row("PENALTY", "第二十条第（六）项 行政处罚", List.of(
          figureItems("t2.PENALTY.decisions", totals, "penalty"))));
      t.rows().add(new Row("ENFORCEMENT", "第二十条第（六）项 行政强制", List.of(
          figureItems("t2.ENFORCEMENT.decisions", totals, "enforcement"))));
      t.rows().add(new Row("FEES", "第二十条第（八）项 行政事业性收费", List.of(
          figureItems("t2.FEES.fees", totals, "fees"))));
      return t;
    }

    // ---- table 三 -------------------------------------------------------------------------

    ReportTable table3() {
      List<Column> columns = new ArrayList<>();
      for (ApplicantType type : ApplicantType.values()) {
        columns.add(new Column(type.name(), type == ApplicantType.NATURAL_PERSON ? type.label()
            : "法人或其他组织 " + type.label()));
      }
      columns.add(new Column(TOTAL, "总计"));
      ReportTable t = new ReportTable("t3", "三、收到和处理政府信息公开申请情况", columns);

      Condition received = new Condition(RECEIVED_CASES + " AND first_received_on >= ?"
          + " AND first_received_on <= ?", start, end);
      Condition carried = new Condition(RECEIVED_CASES + " AND first_received_on < ? AND ("
          + CLOSED + " IS NULL OR " + CLOSED + " >= ?)", start, start);
      Condition closed = new Condition(RECEIVED_CASES + " AND " + CLOSED + " >= ? AND "
          + CLOSED + " <= ?", start, end);
      Condition forward = new Condition(RECEIVED_CASES + " AND first_received_on <= ? AND ("
          + CLOSED + " IS NULL OR " + CLOSED + " > ?)", end, end);

      // One pass over the register: each case's applicant type and outcome with, per row of the
      // table, whether it counts there (the same conditions the drill-downs list with).
      List<Condition> rowConditions = List.of(received, carried, closed, forward);
      List<Map<String, Long>> byType = new ArrayList<>();
      long[] totals = new long[rowConditions.size()];
      rowConditions.forEach(c -> byType.add(new HashMap<>()));
      Map<String, Map<String, Long>> outcomes = new HashMap<>();
      Map<String, Long> outcomeTotals = new HashMap<>();
      jdbc.query("SELECT applicant_type, " + OUTCOME + ", " + sums(rowConditions)
          + " FROM ogi_case GROUP BY applicant_type, " + OUTCOME, rs -> {
            String type = rs.getString(1);
            String outcome = rs.getString(2);
            for (int i = 0; i < totals.length; i++) {
              long n = rs.getLong(3 + i);
              totals[i] += n;
              byType.get(i).merge(type, n, Long::sum);
            }
            long closedHere = rs.getLong(3 + 2);
            if (outcome != null) {
              outcomes.computeIfAbsent(outcome, k -> new HashMap<>()).merge(type, closedHere,
                  Long::sum);
              outcomeTotals.merge(outcome, closedHere, Long::sum);
            }
          }, args(rowConditions));

      t.rows().add(applicantRow("new", "一、本年新收政府信息公开申请数量", byType.get(0), totals[0],
          received));
      t.rows().add(applicantRow("carried", "二、上年结转政府信息公开申请数量", byType.get(1),
          totals[1], carried));
      List<Row> outcomeRows = new ArrayList<>();
      for (OutcomeCode outcome : OutcomeCode.values()) {
        Condition c = closed.and(OUTCOME + " = ?", outcome.code());
        outcomeRows.add(applicantRow("o" + outcome.code(), "三、本年度办理结果 " + outcome.label(),
            outcomes.getOrDefault(outcome.code(), Map.of()),
            outcomeTotals.getOrDefault(outcome.code(), 0L), c));
      }
      t.rows().addAll(outcomeRows);
      t.rows().add(applicantRow("closed", "三、本年度办理结果 （七）总计", byType.get(2), totals[2],
          closed));
      t.rows().add(applicantRow("forward", "四、结转下年度继续办理", byType.get(3), totals[3],
          forward));

      for (Column column : columns) {
        String col = column.id();
        long left = t.count("new", col) + t.count("carried", col);
        long right = t.count("closed", col) + t.count("forward", col);
        invariants.add(new Invariant("表三 " + column.label() + "：一 + 二 = 三（七） + 四",
            left == right, left + " = " + right));
        long outcomeSum = outcomeRows.stream().mapToLong(r -> r.cell(col).value().longValue())
            .sum();
        invariants.add(new Invariant("表三 " + column.label() + "：（一）至（六）之和 = （七）总计",
            outcomeSum == t.count("closed", col), outcomeSum + " = " + t.count("closed", col)));
      }
      for (Row row : t.rows()) {
        long sum = Arrays.stream(ApplicantType.values())
            .mapToLong(type -> row.cell(type.name()).value().longValue()).sum();
        invariants.add(new Invariant("表三 " + row.label() + "：总计 = 各类申请人之和",
            sum == row.cell(TOTAL).value().longValue(), sum + " = " + row.cell(TOTAL).value()));
      }
      return t;
    }

    /**
     * The total counts every case of the row, whatever its type, and the cells only the known
     * types, so the invariant catches a stray type.
     */
    private Row applicantRow(String rowId, String label, Map<String, Long> counts, long total,
        Condition c) {
      List<Cell> cells = new ArrayList<>();
      for (ApplicantType type : ApplicantType.values()) {
        cells.add(drillable("t3." + rowId + "." + type.name(), counts.getOrDefault(type.name(), 0L),
            () -> trackingNumbers(c.and("applicant_type = ?", type.name()))));
      }
      cells.add(drillable("t3." + rowId + "." + TOTAL, total, () -> trackingNumbers(c)));
      return new Row(rowId, label, cells);
    }

    // ---- table 四 -------------------------------------------------------------------------

    /**
     * Appeals served in the year, each with its result as it stood on 31 December (尚未审结 =
     * still pending that day, even if decided since): the figures do not depend on the day the
     * report is computed. See {@link AppealRegister#counted(AppealKind, int, int, Boolean)}.
     */
    ReportTable table4() {
      List<String> results = List.of("MAINTAINED", "CORRECTED", "OTHER", "PENDING");
      List<String> labels = List.of("结果维持", "结果纠正", "其他结果", "尚未审结");
      List<Column> columns = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        columns.add(new Column(results.get(i), labels.get(i)));
      }
      columns.add(new Column(TOTAL, "总计"));
      ReportTable t = new ReportTable("t4", "四、政府信息公开行政复议、行政诉讼情况", columns);
      t.rows().add(appealRow(t, "RECONSIDERATION", "行政复议",
          appeals.counted(AppealKind.RECONSIDERATION, year, null), results));
      t.rows().add(appealRow(t, "LITIGATION_DIRECT", "行政诉讼 未经复议直接起诉",
          appeals.counted(AppealKind.LITIGATION, year, false), results));
      t.rows().add(appealRow(t, "LITIGATION_AFTER", "行政诉讼 复议后起诉",
          appeals.counted(AppealKind.LITIGATION, year, true), results));
      return t;
    }

    private Row appealRow(ReportTable t, String rowId, String label, List<Counted> counted,
        List<String> results) {
      List<Cell> cells = new ArrayList<>();
      long sum = 0;
      for (String result : results) {
        List<String> numbers = counted.stream().filter(c -> c.column().equals(result))
            .map(Counted::trackingNumber).toList();
        sum += numbers.size();
        cells.add(drillable("t4." + rowId + "." + result, numbers.size(), () -> numbers));
      }
      List<String> all = counted.stream().map(Counted::trackingNumber).toList();
      cells.add(drillable("t4." + rowId + "." + TOTAL, all.size(), () -> all));
      invariants.add(new Invariant("表四 " + label + "：总计 = 维持 + 纠正 + 其他 + 尚未审结",
          sum == all.size(), sum + " = " + all.size()));
      return new Row(rowId, label, cells);
    }

    // ---- 六、其他需要报告的事项: fee notices issued and fees collected ------------------------

    /**
     * Section 六 reports the fees charged (国办函〔2020〕109号): the notices issued in the year
     * with the amount they asked, and the fees collected in the year (by the day paid) — a
     * notice of December paid in January is issued in one year and collected in the next.
     */
    /** A fee notice neither replaced by a corrected one nor withdrawn (V60, ADR 0086). */
    static final String IN_FORCE = " AND superseded_by IS NULL AND withdrawn_on IS NULL";

    ReportTable fees() {
      // Collected: what was paid, per fee notice paid in the year (V56), not the amount last
      // asked on the case, which a second notice of a reopened case overwrote (audit round 25
      // F3; handbook 8: the figures come from the records).
      Condition paid = new Condition(RECEIVED_CASES + " AND tracking_number IN (SELECT"
          + " tracking_number FROM ogi_fee_notice WHERE paid_on >= ? AND paid_on <= ?)",
          start, end);
      feeCases = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case WHERE " + paid.sql(),
          Integer.class, paid.args());
      feesCollected = jdbc.queryForObject("SELECT COALESCE(SUM(n.amount), 0) FROM ogi_fee_notice n"
          + " WHERE n.paid_on >= ? AND n.paid_on <= ? AND n.tracking_number IN (SELECT"
          + " tracking_number FROM ogi_case WHERE " + RECEIVED_CASES + ")", BigDecimal.class,
          start, end);
      // Issued: the notices in force only (ADR 0086). A notice replaced by a corrected one is
      // counted as the corrected one, on its own issue day, with its lower amount; a withdrawn
      // notice asks nothing and is not counted.
      jdbc.query("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM ogi_fee_notice"
          + " WHERE issued_on >= ? AND issued_on <= ?" + IN_FORCE, rs -> {
            feeNotices = rs.getInt(1);
            feeNoticeAmount = rs.getBigDecimal(2);
          }, start, end);
      ReportTable t = new ReportTable("fees", "六、其他需要报告的事项：信息处理费",
          List.of(new Column("cases", "件数"), new Column("amount", "金额（元）")));
      Supplier<List<String>> noticed = () -> jdbc.queryForList("SELECT tracking_number"
          + " FROM ogi_fee_notice WHERE issued_on >= ? AND issued_on <= ?" + IN_FORCE
          + " ORDER BY tracking_number", String.class, start, end);
      t.rows().add(new Row("notices", "本年发出收费通知", List.of(
          drillable("fees.notices.cases", feeNotices, noticed),
          drillable("fees.notices.amount", feeNoticeAmount, noticed))));
      t.rows().add(new Row("collected", "本年收取信息处理费", List.of(
          drillable("fees.collected.cases", feeCases, () -> trackingNumbers(paid)),
          drillable("fees.collected.amount", feesCollected, () -> trackingNumbers(paid)))));
      return t;
    }

    // ---- legacy 附表 -----------------------------------------------------------------------

    /**
     * The 附表 of the 2008 regulation's reports, laid out as the seed prints it (handbook
     * section 7): 指标名称 | 计量单位 | 2018年度 | 2014年—2018年累计, top rows without numbering,
     * the first sub-row of a breakdown written "其中：1.…", and units as the seed's text gives
     * these figures (主动公开政府信息83条, 受理依申请公开14件).
     */
    ReportTable legacy() {
      ReportTable t = new ReportTable("legacy", "附表：政府信息公开情况统计表（" + year + "年）",
          List.of(new Column("year", year + "年度"),
              new Column("cumulative", this.since + "年—" + year + "年累计")));
      Date since = Date.valueOf(LocalDate.of(this.since, 1, 1));

      // Cumulative cells: the register's count plus the bureau's figure from before the
      // register (ogi.report.cumulative-at-start.*, 0 when none); their drill-down lists the
      // register's cases.
      // 主动公开信息数 and its channels count an item in the year it was published if it stood
      // published at that year's end (ADR 0143): one year per item, so the cumulative column is
      // the sum of the years and 累计(N) = 累计(N−1) + 年度(N) holds whatever is withdrawn later.
      long[] proactive = proactiveCounts(year, year);
      long[] proactiveCumulative = proactiveCounts(this.since, year);
      long[] proactiveBefore = year > this.since ? proactiveCounts(this.since, year - 1) : null;
      String[] proactiveIds = {"proactive", "proactive.website", "proactive.gazette"};
      String[] proactiveLabels = {"主动公开信息数", "1.网站公开", "2.政府公报公开"};
      List<java.util.function.BiFunction<Integer, Integer, List<CountedItem>>> proactiveItems =
          List.of(publications::publishedItems,
              (from, to) -> publications.channelItems(PublicationChannel.WEBSITE, from, to),
              (from, to) -> publications.channelItems(PublicationChannel.GAZETTE, from, to));
      for (int i = 0; i < 3; i++) {
        var listed = proactiveItems.get(i);
        long cumulative = proactiveCumulative[i] + atStart.of(proactiveIds[i]);
        t.rows().add(new Row(proactiveIds[i], proactiveLabels[i], UNIT_ITEMS, List.of(
            items("legacy." + proactiveIds[i] + ".year", proactive[i],
                () -> listed.apply(year, year)),
            items("legacy." + proactiveIds[i] + ".cumulative", cumulative,
                () -> listed.apply(this.since, year)))));
        if (proactiveBefore != null) {
          long before = proactiveBefore[i] + atStart.of(proactiveIds[i]);
          invariants.add(new Invariant("附表 " + proactiveLabels[i] + "：" + this.since + "年—" + year
              + "年累计 = " + this.since + "年—" + (year - 1) + "年累计 + " + year + "年度",
              cumulative == before + proactive[i], cumulative + " = " + before + " + "
              + proactive[i]));
        }
      }

      Map<String, LegacyRow> requests = new LinkedHashMap<>();
      String receivedIn = RECEIVED_CASES + " AND first_received_on >= ? AND first_received_on <= ?";
      String closedIn = RECEIVED_CASES + " AND " + CLOSED + " >= ? AND " + CLOSED + " <= ?";
      requests.put("received", conditions(receivedIn, since, "受理依申请公开信息总数"));
      requests.put("received.inPerson", conditions(receivedIn + " AND channel = 'IN_PERSON'",
          since, "其中：1.当面申请数"));
      requests.put("received.online", conditions(receivedIn + " AND channel = 'ONLINE'", since,
          "2.网上申请数"));
      requests.put("received.postFax", conditions(receivedIn + " AND channel IN ('POST', 'FAX')",
          since, "3.信函传真申请数"));
      requests.put("replied", conditions(closedIn, since, "对申请的答复总数"));
      requests.put("replied.disclosed", conditions(closedIn + " AND " + OUTCOME + " = '1'", since,
          "其中：1.同意公开答复数"));
      requests.put("replied.partial", conditions(closedIn + " AND " + OUTCOME + " = '2'", since,
          "2.同意部分公开答复数"));
      requests.put("replied.withheld", conditions(closedIn + " AND " + OUTCOME + " LIKE '3.%'",
          since, "3.不予公开答复总数"));
      requests.put("replied.other", conditions(closedIn + " AND (" + OUTCOME + " IS NULL OR"
          + " (" + OUTCOME + " NOT IN ('1', '2') AND " + OUTCOME + " NOT LIKE '3.%'))", since,
          "4.其他类型答复数"));
      List<Condition> counted = requests.values().stream()
          .flatMap(r -> Stream.of(r.ofYear(), r.cumulative())).toList();
      long[] counts = countEach(counted);
      int i = 0;
      for (var entry : requests.entrySet()) {
        LegacyRow r = entry.getValue();
        t.rows().add(new Row(entry.getKey(), r.label(), r.unit(), List.of(
            drillable("legacy." + entry.getKey() + ".year", counts[i++],
                () -> trackingNumbers(r.ofYear())),
            drillable("legacy." + entry.getKey() + ".cumulative",
                counts[i++] + atStart.of(entry.getKey()),
                () -> trackingNumbers(r.cumulative())))));
      }

      legacyAppealRow(t, "reconsideration", "行政复议数", AppealKind.RECONSIDERATION);
      legacyAppealRow(t, "litigation", "行政诉讼数", AppealKind.LITIGATION);
      legacyAppealRow(t, "complaints", "接受行政申诉、举报数", AppealKind.COMPLAINT);

      for (String column : List.of("year", "cumulative")) {
        checkSum(t, "received", List.of("received.inPerson", "received.online", "received.postFax"),
            column);
        checkSum(t, "replied", List.of("replied.disclosed", "replied.partial", "replied.withheld",
            "replied.other"), column);
      }
      return t;
    }

    /** Items first published, and publications on the website and in the gazette. */
    private long[] proactiveCounts(int fromYear, int toYear) {
      long items = publications.categoryCounts(fromYear, toYear).values().stream()
          .mapToLong(i -> i).sum();
      Map<PublicationChannel, Integer> channels = publications.channelCounts(fromYear, toYear);
      return new long[] {items, channels.get(PublicationChannel.WEBSITE),
          channels.get(PublicationChannel.GAZETTE)};
    }

    private LegacyRow conditions(String sql, Date since, String label) {
      return new LegacyRow(label, UNIT_CASES, new Condition(sql, start, end),
          new Condition(sql, since, end));
    }

    private void legacyAppealRow(ReportTable t, String rowId, String label, AppealKind kind) {
      List<String> ofYear = appeals.counted(kind, year, null).stream()
          .map(Counted::trackingNumber).toList();
      List<String> cumulative = appeals.counted(kind, since, year, null).stream()
          .map(Counted::trackingNumber).toList();
      t.rows().add(new Row(rowId, label, UNIT_CASES, List.of(
          drillable("legacy." + rowId + ".year", ofYear.size(), () -> ofYear),
          drillable("legacy." + rowId + ".cumulative", cumulative.size() + atStart.of(rowId),
              () -> cumulative))));
    }

    private void checkSum(ReportTable t, String totalRow, List<String> parts, String column) {
      long total = t.count(totalRow, column);
      long sum = parts.stream().mapToLong(p -> t.count(p, column)).sum();
      String columnLabel = t.columns().stream().filter(c -> c.id().equals(column))
          .map(Column::label).findFirst().orElse(column);
      invariants.add(new Invariant("附表 " + t.row(totalRow).label() + "（" + columnLabel
          + "）= 分项之和",
          total == sum, total + " = " + sum));
    }

    // ---- cells ----------------------------------------------------------------------------

    private Cell drillable(String id, Number value, Supplier<List<String>> drill) {
      drills.put(id, drill);
      return new Cell(id, value, true);
    }

    /** A cell counted from published items (table 二, 主动公开信息数): drills down to them. */
    private Cell items(String id, Number value, Supplier<List<CountedItem>> drill) {
      itemDrills.put(id, drill);
      return new Cell(id, value, true);
    }

    private Cell figureItems(String id, Map<String, BigDecimal> totals, String figure) {
      return items(id, totals.get(figure), () -> publications.decisionAndFeeItems(figure, year));
    }

    /** How many cases meet each condition, in one pass over the register. */
    private long[] countEach(List<Condition> conditions) {
      long[] counts = new long[conditions.size()];
      jdbc.query("SELECT " + sums(conditions) + " FROM ogi_case", rs -> {
        for (int i = 0; i < counts.length; i++) {
          counts[i] = rs.getLong(1 + i);
        }
      }, args(conditions));
      return counts;
    }

    /** One count per condition as select-list sums: many counts in one pass. */
    private static String sums(List<Condition> conditions) {
      return conditions.stream().map(c -> "SUM(CASE WHEN " + c.sql() + " THEN 1 ELSE 0 END)")
          .collect(Collectors.joining(", "));
    }

    private static Object[] args(List<Condition> conditions) {
      return conditions.stream().flatMap(c -> Arrays.stream(c.args())).toArray();
    }

    private List<String> trackingNumbers(Condition c) {
      return jdbc.queryForList("SELECT tracking_number FROM ogi_case WHERE " + c.sql()
          + " ORDER BY tracking_number", String.class, c.args());
    }
  }
}
