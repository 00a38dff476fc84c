package io.github.ogiworkflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.audit.ComplianceQueries;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.publication.PublicationAudit;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.support.ProcessTestEngine;
import io.github.ogiworkflow.vocabulary.ApplicantType;
import io.github.ogiworkflow.intake.Channel;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.report.AnnualReport;
import io.github.ogiworkflow.report.AnnualReports;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Annual report over 100,000 cases (issue "Benchmarks", item 3): a generator seeds a fresh
 * database with cases spread over three years (items, outcomes, fees, carry-overs across the
 * year boundaries, reconsiderations, suits direct and after reconsideration, second instances,
 * complaints, proactive publications) by batched SQL into the register, then times
 * {@link AnnualReports#compute} of the middle year: warm-up, then several runs, min / median /
 * max. Goal: under 1 second. Then, the same way, the compliance report of that year
 * ({@link ComplianceQueries#check}, the auditor's 合规检查) and the decision instances it wrote
 * (none: it only reads, ADR 0020). Prints figures, asserts nothing.
 *
 * <p>{@code mvn -Pbench test -Dbench.lifecycle.skip=true} runs only this one. H2 in a file under
 * target/bench by default; PostgreSQL with {@code -Dogi.bench.jdbcUrl=jdbc:postgresql://…/ogi_bench_report}
 * {@code -Dogi.bench.jdbcUser=ogi -Dogi.bench.jdbcPassword=…} (an empty database of its own).
 * Sizes: {@code -Dbench.report.cases} (100000), {@code -Dbench.report.runs} (10),
 * {@code -Dbench.report.warmup} (3).
 */
public final class ReportBenchmark {

  static final int FIRST_YEAR = 2024;
  static final int YEARS = 3;
  static final int REPORT_YEAR = 2025;
  static final int BATCH = 2000;

  private ReportBenchmark() {}

  public static void main(String[] args) {
    int cases = Integer.getInteger("bench.report.cases", 100_000);
    int runs = Integer.getInteger("bench.report.runs", 10);
    int warmup = Integer.getInteger("bench.report.warmup", 3);
    String h2Name = "report-" + UUID.randomUUID();
    try (HikariDataSource db = dataSource(h2Name)) {
      Flyway.configure().dataSource(db).table("ogi_schema_history").baselineOnMigrate(true)
          .baselineVersion("0").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(db);
      Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case", Long.class);
      if (existing != null && existing > 0) {
        throw new IllegalStateException("The benchmark database already holds " + existing
            + " cases: give it an empty database of its own");
      }
      long seedStart = System.nanoTime();
      Seeded seeded = new Generator(jdbc, new Random(42)).seed(cases);
      System.out.printf("Report benchmark on %s: seeded %,d cases, %,d items, %,d appeals,"
          + " %,d publications over %d–%d in %.1f s%n", db.getJdbcUrl(), cases, seeded.items,
          seeded.appeals, seeded.publications, FIRST_YEAR, FIRST_YEAR + YEARS - 1,
          (System.nanoTime() - seedStart) / 1e9);
      // Fresh statistics, as a database that has lived with its data would have.
      jdbc.execute("ANALYZE");

      AnnualReports reports = new AnnualReports(jdbc, new AppealRegister(jdbc),
          new PublicationRegister(jdbc), Integer.getInteger("bench.report.since", 2008));
      AnnualReport[] last = new AnnualReport[1];
      String timing = timed(warmup, runs, () -> last[0] = reports.compute(REPORT_YEAR));
      System.out.printf("  AnnualReports.compute(%d), %s (goal < 1000 ms)%n", REPORT_YEAR,
          timing);
      AnnualReport report = last[0];
      long start = System.nanoTime();
      int listed = report.drillDown("t3.closed.TOTAL").orElseThrow().size();
      System.out.printf("  drill-down of 三（七）总计: %,d tracking numbers in %.0f ms%n", listed,
          (System.nanoTime() - start) / 1e6);
      var t3 = report.table("t3");
      System.out.printf("  %d: 新收 %,d, 上年结转 %,d, 办结 %,d, 结转下年度 %,d; 表四 复议 %,d,"
          + " 诉讼 %,d; invariants %s%n", REPORT_YEAR, t3.count("new", "TOTAL"),
          t3.count("carried", "TOTAL"), t3.count("closed", "TOTAL"),
          t3.count("forward", "TOTAL"), report.table("t4").count("RECONSIDERATION", "TOTAL"),
          report.table("t4").count("LITIGATION_DIRECT", "TOTAL")
              + report.table("t4").count("LITIGATION_AFTER", "TOTAL"),
          report.consistent() ? "all hold" : "FAILED " + report.failedInvariants());
      complianceFigures(db, jdbc, warmup, runs);
    }
    // The generated H2 file is of no use after the run.
    BenchDatabase.deleteH2(h2Name);
  }

  /**
   * The compliance report (合规检查) of the same year over the same register: the auditor's page.
   * Its rule (c) evaluates the ApprovalRequired table for every delivered case without an
   * approval; it must stay a read (ADR 0020), so the decision instances it wrote are printed.
   */
  private static void complianceFigures(HikariDataSource db, JdbcTemplate jdbc, int warmup,
      int runs) {
    ProcessEngine engine = ProcessTestEngine.configuration(db,
        new SpringProcessEngineConfiguration()).buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment()
          .addClasspathResource("processes/reply-outcome.dmn")
          .addClasspathResource("processes/approval-required.dmn").deploy();
      ComplianceQueries compliance = new ComplianceQueries(jdbc,
          ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
          DeadlineProperties.defaults(),
          ProcessTestEngine.bean(engine, "publicationAudit", PublicationAudit.class), engine,
          ProcessTestEngine.bean(engine, "releaseChecks", ReleaseChecks.class),
          ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class));
      LocalDate from = LocalDate.of(REPORT_YEAR, 1, 1);
      LocalDate to = LocalDate.of(REPORT_YEAR, 12, 31);
      Integer delivered = jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case WHERE delivered_on"
          + " BETWEEN ? AND ? AND outcome_code IS NOT NULL", Integer.class, from, to);
      long decisionsBefore = engine.getHistoryService().createHistoricDecisionInstanceQuery()
          .count();
      String timing = timed(warmup, runs, () -> compliance.check(from, to));
      long written = engine.getHistoryService().createHistoricDecisionInstanceQuery().count()
          - decisionsBefore;
      System.out.printf("  ComplianceQueries.check(%d) over %,d delivered cases, %s; decision"
          + " instances written: %d%n", REPORT_YEAR, delivered, timing, written);
    } finally {
      engine.close();
    }
  }

  /** Runs {@code work} {@code warmup} times, then times {@code runs} runs: min, median, max. */
  private static String timed(int warmup, int runs, Runnable work) {
    for (int i = 0; i < warmup; i++) {
      work.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    return String.format("%d runs after %d warm-up: min %.0f ms, median %.0f ms, max %.0f ms",
        runs, warmup, millis.get(0), millis.get(millis.size() / 2),
        millis.get(millis.size() - 1));
  }

  private static HikariDataSource dataSource(String h2Name) {
    HikariDataSource pool = new HikariDataSource();
    String url = System.getProperty("ogi.bench.jdbcUrl");
    if (url != null && !url.isBlank()) {
      pool.setJdbcUrl(url);
      pool.setUsername(System.getProperty("ogi.bench.jdbcUser", "ogi"));
      pool.setPassword(System.getProperty("ogi.bench.jdbcPassword", ""));
    } else {
      pool.setJdbcUrl(BenchDatabase.h2Url(h2Name));
      pool.setUsername("sa");
    }
    return pool;
  }

  record Seeded(long items, long appeals, long publications) {}

  /** Plausible register contents, reproducible from the seed. */
  static final class Generator {
    private final JdbcTemplate jdbc;
    private final Random random;
    private final Timestamp now = Timestamp.from(Instant.now());
    private final List<Object[]> caseRows = new ArrayList<>();
    private final List<Object[]> itemRows = new ArrayList<>();
    private final List<Object[]> appealRows = new ArrayList<>();
    private long items;
    private long appeals;
    private long appealId;

    Generator(JdbcTemplate jdbc, Random random) {
      this.jdbc = jdbc;
      this.random = random;
    }

    Seeded seed(int cases) {
      int[] sequence = new int[YEARS];
      LocalDate start = LocalDate.of(FIRST_YEAR, 1, 1);
      int days = (int) (LocalDate.of(FIRST_YEAR + YEARS, 1, 1).toEpochDay() - start.toEpochDay());
      for (int i = 0; i < cases; i++) {
        LocalDate received = start.plusDays(random.nextInt(days));
        int year = received.getYear();
        String trackingNumber = String.format("YSQ-%d-%06d", year,
            ++sequence[year - FIRST_YEAR]);
        oneCase(trackingNumber, received);
        if (caseRows.size() >= BATCH) {
          flush();
        }
      }
      flush();
      long publications = publications();
      return new Seeded(items, appeals, publications);
    }

    private void oneCase(String trackingNumber, LocalDate received) {
      ApplicantType type = pick(ApplicantType.values(), 55, 20, 5, 5, 8, 7);
      Channel channel = pick(Channel.values(), 25, 30, 5, 40);
      OutcomeCode outcome = outcome();
      // Most replies come within the 20 working days, a few after an extension.
      LocalDate closed = received.plusDays(3 + random.nextInt(random.nextInt(10) == 0 ? 60 : 28));
      boolean stillOpen = closed.isAfter(LocalDate.of(FIRST_YEAR + YEARS - 1, 11, 30))
          && random.nextInt(3) == 0;
      boolean withoutReply = outcome == OutcomeCode.OTHER_NO_CORRECTION
          || outcome == OutcomeCode.OTHER_FEE_UNPAID;
      String status = stillOpen ? "IN_PROGRESS" : withoutReply ? "CLOSED" : "DELIVERED";
      boolean fee = !stillOpen && !withoutReply && random.nextInt(40) == 0;
      BigDecimal feeAmount = fee || outcome == OutcomeCode.OTHER_FEE_UNPAID
          ? BigDecimal.valueOf(10 + 10L * random.nextInt(20)) : null;
      caseRows.add(new Object[] {trackingNumber, channel.name(), type.name(),
          type == ApplicantType.NATURAL_PERSON ? "申请人" + random.nextInt(50_000)
              : "示范市某单位" + random.nextInt(5_000),
          "基准测试申请：某类政府信息", Date.valueOf(received), Date.valueOf(received),
          Date.valueOf(received.plusDays(28)), status, stillOpen ? null : outcome.code(),
          stillOpen || withoutReply ? null : "POST",
          stillOpen || withoutReply ? null : Date.valueOf(closed),
          stillOpen ? null : Date.valueOf(closed), feeAmount,
          fee ? Date.valueOf(closed.minusDays(1)) : null, now, now});
      int itemCount = 1 + random.nextInt(3);
      for (int seq = 1; seq <= itemCount; seq++) {
        itemRows.add(new Object[] {trackingNumber, seq, "信息项" + seq, finding(outcome)});
      }
      items += itemCount;
      if (!stillOpen && !withoutReply) {
        appealsOf(trackingNumber, closed, outcome);
      }
    }

    /** About 6 % reconsidered, 3 % sued (a third after reconsideration), 1 % complaints. */
    private void appealsOf(String trackingNumber, LocalDate delivered, OutcomeCode outcome) {
      int dice = random.nextInt(100);
      if (dice < 6) {
        LocalDate served = delivered.plusDays(10 + random.nextInt(50));
        appeal(trackingNumber, "RECONSIDERATION", 1, null, false, served);
        if (dice < 2) {
          appeal(trackingNumber, "LITIGATION", 1, null, true, served.plusDays(70));
        }
        return;
      }
      if (dice < 8 && !outcome.refusesDisclosure()) {
        long first = appeal(trackingNumber, "LITIGATION", 1, null, false,
            delivered.plusDays(20 + random.nextInt(150)));
        if (dice == 7) {
          appeal(trackingNumber, "LITIGATION", 2, first, false,
              delivered.plusDays(200 + random.nextInt(60)));
        }
      } else if (dice == 8) {
        appeal(trackingNumber, "COMPLAINT", 1, null, false, delivered.plusDays(5));
      }
    }

    private long appeal(String trackingNumber, String kind, int instance, Long first,
        boolean afterReconsideration, LocalDate served) {
      LocalDate decided = served.plusDays(30 + random.nextInt(90));
      boolean pending = decided.isAfter(LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31))
          || random.nextInt(20) == 0;
      String result = pending ? null : "COMPLAINT".equals(kind) ? "ANSWERED"
          : pick(new String[] {"MAINTAINED", "CORRECTED", "OTHER"}, 70, 15, 15);
      long id = ++appealId;
      appealRows.add(new Object[] {id, trackingNumber, kind, instance, first,
          afterReconsideration, Date.valueOf(served), result, pending ? null : Date.valueOf(decided),
          pending, now, now});
      appeals++;
      return id;
    }

    private OutcomeCode outcome() {
      int dice = random.nextInt(100);
      OutcomeCode[] all = OutcomeCode.values();
      if (dice < 40) {
        return OutcomeCode.DISCLOSED;
      } else if (dice < 55) {
        return OutcomeCode.PARTIAL;
      } else if (dice < 65) {
        return all[2 + random.nextInt(8)];
      } else if (dice < 80) {
        return OutcomeCode.UNAVAILABLE_NOT_HELD;
      } else if (dice < 85) {
        return all[11 + random.nextInt(2)];
      } else if (dice < 90) {
        return all[13 + random.nextInt(5)];
      }
      return all[18 + random.nextInt(3)];
    }

    private static String finding(OutcomeCode outcome) {
      return switch (outcome) {
        case UNAVAILABLE_NOT_HELD -> "NOT_HELD";
        case UNAVAILABLE_NEEDS_PROCESSING -> "NEEDS_PROCESSING";
        case OTHER -> "NOT_GOVERNMENT_INFO";
        default -> "HELD";
      };
    }

    private void flush() {
      jdbc.batchUpdate("""
          INSERT INTO ogi_case (tracking_number, channel, applicant_type, applicant_name,
            description, first_received_on, clock_started_on, due_on, status, outcome_code,
            delivered_by, delivered_on, closed_on, fee_amount, fee_paid_on, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", caseRows);
      jdbc.batchUpdate("INSERT INTO ogi_info_item (case_ref, seq, title, finding)"
          + " VALUES (?, ?, ?, ?)", itemRows);
      jdbc.batchUpdate("""
          INSERT INTO ogi_appeal (id, tracking_number, kind, instance_no, first_instance_id,
            after_reconsideration, served_on, result, decided_on, pending, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", appealRows);
      caseRows.clear();
      itemRows.clear();
      appealRows.clear();
    }

    /** About 1,500 proactive items a year, on one or two channels. */
    private long publications() {
      List<Object[]> infoItems = new ArrayList<>();
      List<Object[]> pubs = new ArrayList<>();
      List<Object[]> channels = new ArrayList<>();
      long count = YEARS * 1500L;
      String[] categories = {"ORGANISATION", "NORMATIVE_DOCUMENTS", "PLANS", "STATISTICS",
          "FUNDS", "PROCUREMENT", "LICENSING", "SUPERVISION", "WORK_NEWS", "OTHER"};
      for (long i = 1; i <= count; i++) {
        LocalDate published = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(365 * YEARS));
        String batch = String.format("ZDGK-%d-%06d", published.getYear(), i);
        infoItems.add(new Object[] {i, batch, 1, "主动公开信息" + i, "HELD"});
        boolean normative = random.nextInt(50) == 0;
        pubs.add(new Object[] {i, batch, i, "主动公开信息" + i, categories[random.nextInt(10)],
            "办公室", "WEBSITE", "PROACTIVE", normative ? "NORMATIVE" : "NONE",
            normative ? (random.nextInt(5) == 0 ? "REPEAL" : "ISSUE") : null,
            random.nextInt(5), random.nextInt(3), random.nextInt(2),
            new BigDecimal("0.0100"), "PUBLISHED", Date.valueOf(published), now});
        channels.add(new Object[] {i, "WEBSITE", Date.valueOf(published), "https://example.gov.cn/"
            + i, "bench", now});
        if (random.nextInt(4) == 0) {
          channels.add(new Object[] {i, "GAZETTE", Date.valueOf(published), "公报", "bench", now});
        }
      }
      jdbc.batchUpdate("INSERT INTO ogi_info_item (id, case_ref, seq, title, finding)"
          + " VALUES (?, ?, ?, ?, ?)", offset(infoItems, 1_000_000_000L));
      jdbc.batchUpdate("""
          INSERT INTO ogi_publication_item (id, batch_ref, item_id, title, category,
            publishing_unit, channels, disclosure_attribute, regulation_kind, regulation_action,
            licensing_decisions, penalty_decisions, enforcement_decisions, fee_amount, status,
            first_published_on, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          offsetItemRef(pubs, 1_000_000_000L));
      jdbc.batchUpdate("""
          INSERT INTO ogi_publication_channel (publication_id, channel, published_on, location,
            published_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)""", channels);
      return count;
    }

    /** Item ids far above the generated request items, whose ids the database assigns. */
    private static List<Object[]> offset(List<Object[]> rows, long by) {
      rows.forEach(r -> r[0] = (Long) r[0] + by);
      return rows;
    }

    private static List<Object[]> offsetItemRef(List<Object[]> rows, long by) {
      rows.forEach(r -> r[2] = (Long) r[2] + by);
      return rows;
    }

    private <T> T pick(T[] values, int... weights) {
      int total = 0;
      for (int w : weights) {
        total += w;
      }
      int dice = random.nextInt(total);
      for (int i = 0; i < weights.length; i++) {
        dice -= weights[i];
        if (dice < 0) {
          return values[i];
        }
      }
      return values[values.length - 1];
    }
  }
}
