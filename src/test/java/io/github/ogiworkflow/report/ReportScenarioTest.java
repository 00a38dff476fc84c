package io.github.ogiworkflow.report;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_COMPLAINT_VOID;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_PUBLICATION;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_COMPLAINT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_DECISION;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_JUDGMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PAYMENT;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_SUBMIT_DEFENCE;
import static io.github.ogiworkflow.process.ElementIds.TIMER_CORRECTION_DEADLINE;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static io.github.ogiworkflow.request.RequestScenario.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.audit.CaseTimeline;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.publication.PublicationScenario;
import io.github.ogiworkflow.report.ReportLayout.Grid;
import io.github.ogiworkflow.report.ReportLayout.Placed;
import io.github.ogiworkflow.report.ReportTable.Cell;
import io.github.ogiworkflow.report.ReportTable.Column;
import io.github.ogiworkflow.report.ReportTable.Row;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual reports of 2025 and 2026 over cases made through the real processes (requests,
 * reconsideration, litigation, complaint, proactive disclosure), every cell of tables 二, 三, 四,
 * the fees and the legacy 附表 checked against the hand count below. Figures are compared as the
 * change from the reports before the scenario, so the test also holds on a shared database.
 *
 * <p>The cases (received → outcome, closed; appeals):
 * <pre>
 *  A 自然人       当面 2025-03-03 → 1 予以公开, 05 Mar; 复议 01 Apr 维持 06 May; 复议后起诉 09 May, 尚未审结
 *  B 商业企业     信函 2025-04-07 → 2 部分公开, 21 Apr; 直接起诉 02 Jun, 判决维持 01 Sep
 *  C 科研机构     传真 2025-05-12 → 3.5 不予公开, 26 May; 复议 10 Jun 纠正 15 Jul → 重新办理 → 1, 20 Jul
 *  D 社会公益组织 当面 2025-06-02 → 4.1 本机关不掌握, 10 Jun; 举报 01 Jul, 已答复
 *  E 法律服务机构 信函 2025-07-07 → 5.2 重复申请, 14 Jul
 *  F 其他         信函 2025-08-04 → 补正逾期 6.1, closed 01 Sep
 *  G 自然人       当面 2025-09-01 → fee 150 pages = 1,700.00 (70×10 + 50×20) noticed 01 Sep, paid 10 Sep → 1, 12 Sep
 *  H 商业企业     信函 2025-10-13 → fee 250 pages = 4,700.00 (70×10 + 100×20 + 50×40) noticed 13 Oct,
 *                 unpaid, office confirms → 6.2, closed 20 Nov
 *  P 自然人       当面 2025-11-03 → 3.5 内部事务, 17 Nov; 复议 01 Dec 纠正 2026-01-20 → 重新办理 → 1,
 *                 delivered again 2026-02-05: counted once, closed 17 Nov 2025 as 3.5 (its first
 *                 closing); its reconsideration is 尚未审结 in the 2025 report (pending on 31 Dec)
 *  I 自然人       当面 2025-12-15 → 1, 2026-01-08 (carried over)
 *  J 科研机构     信函 2025-12-22 → 3.1 国家秘密, 2026-01-15 (carried over); 复议 02 Feb 其他结果（驳回）02 Mar
 *  K 自然人       信函 2026-02-02 → 6.3 非政府信息, 10 Feb; 直接起诉 01 Mar, 尚未审结
 *  L 法律服务机构 当面 2026-03-02 → 4.2 需另行制作, 09 Mar; 复议 20 Mar, 尚未审结
 *  M 其他         信函 2026-04-01 → still open (结转下年度)
 *  N 社会公益组织 传真 2026-04-13 → 3.6 过程性信息, 27 Apr
 *  主动公开 2025-06-16: 规范性文件 (制发, 网站+公报, 许可 5, 处罚 3, 收费 1.5 万元) + 工作动态 (网站)
 *  主动公开 2026-05-11: 废止该规范性文件的决定 (网站, 强制 2)
 * </pre>
 * A case counts by its first closing: C's and P's first replies (3.5) are the report's, their
 * replies after the correction are events of their audit trails. The 2025 report computed on
 * 5 January 2026 (as it would be published) and the one computed after the scenario agree cell
 * by cell, and 2026's 上年结转 equals that 2025 report's 结转下年度 per column.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn",
    "processes/reconsideration.bpmn", "processes/litigation.bpmn", "processes/complaint.bpmn",
    "processes/proactive-disclosure.bpmn", "processes/publication-approval.dmn",
    "processes/publication-withdrawal.bpmn"})
class ReportScenarioTest {

  // The models are fixtures here, not under test: their own scenarios cover them.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW, ProcessKeys.RECONSIDERATION,
      ProcessKeys.LITIGATION, ProcessKeys.COMPLAINT, ProcessKeys.PROACTIVE_DISCLOSURE);

  // ---- the hand count ---------------------------------------------------------------------
  // Table 三 columns: 自然人 | 商业企业 科研机构 社会公益组织 法律服务机构 其他 | 总计.

  static final String T3_2025 = """
      new       4 2 2 1 1 1  11   A G I P | B H | C J | D | E | F
      carried   0 0 0 0 0 0   0
      o1        2 0 0 0 0 0   2   A G (C and P count by their first reply)
      o2        0 1 0 0 0 0   1   B
      o3.1      0 0 0 0 0 0   0
      o3.2      0 0 0 0 0 0   0
      o3.3      0 0 0 0 0 0   0
      o3.4      0 0 0 0 0 0   0
      o3.5      1 0 1 0 0 0   2   P | C: first replies, later corrected
      o3.6      0 0 0 0 0 0   0
      o3.7      0 0 0 0 0 0   0
      o3.8      0 0 0 0 0 0   0
      o4.1      0 0 0 1 0 0   1   D
      o4.2      0 0 0 0 0 0   0
      o4.3      0 0 0 0 0 0   0
      o5.1      0 0 0 0 0 0   0
      o5.2      0 0 0 0 1 0   1   E
      o5.3      0 0 0 0 0 0   0
      o5.4      0 0 0 0 0 0   0
      o5.5      0 0 0 0 0 0   0
      o6.1      0 0 0 0 0 1   1   F
      o6.2      0 1 0 0 0 0   1   H
      o6.3      0 0 0 0 0 0   0
      closed    3 2 1 1 1 1   9   A G P | B H | C | D | E | F
      forward   1 0 1 0 0 0   2   I | J
      """;

  static final String T3_2026 = """
      new       1 0 0 1 1 1   4   K | N | L | M
      carried   1 0 1 0 0 0   2   I | J
      o1        1 0 0 0 0 0   1   I
      o2        0 0 0 0 0 0   0
      o3.1      0 0 1 0 0 0   1   J
      o3.2      0 0 0 0 0 0   0
      o3.3      0 0 0 0 0 0   0
      o3.4      0 0 0 0 0 0   0
      o3.5      0 0 0 0 0 0   0
      o3.6      0 0 0 1 0 0   1   N
      o3.7      0 0 0 0 0 0   0
      o3.8      0 0 0 0 0 0   0
      o4.1      0 0 0 0 0 0   0
      o4.2      0 0 0 0 1 0   1   L
      o4.3      0 0 0 0 0 0   0
      o5.1      0 0 0 0 0 0   0
      o5.2      0 0 0 0 0 0   0
      o5.3      0 0 0 0 0 0   0
      o5.4      0 0 0 0 0 0   0
      o5.5      0 0 0 0 0 0   0
      o6.1      0 0 0 0 0 0   0
      o6.2      0 0 0 0 0 0   0
      o6.3      1 0 0 0 0 0   1   K
      closed    2 0 1 1 1 0   5
      forward   0 0 0 0 0 1   1   M
      """;

  // Table 四 columns: 维持 纠正 其他 尚未审结 总计.
  static final String T4_2025 = """
      RECONSIDERATION     1 1 0 1 3   A | C | P (decided 2026-01-20: pending on 31 Dec 2025)
      LITIGATION_DIRECT   1 0 0 0 1   B
      LITIGATION_AFTER    0 0 0 1 1   A
      """;

  static final String T4_2026 = """
      RECONSIDERATION     0 0 1 1 2   J | L
      LITIGATION_DIRECT   0 0 0 1 1   K
      LITIGATION_AFTER    0 0 0 0 0
      """;

  // Table 二: 规章/规范性文件 制发 废止 现行有效; the others one figure each.
  static final String T2_2025 = """
      RULE         0 0 0
      NORMATIVE    1 0 1
      LICENSING    5
      PENALTY      3
      ENFORCEMENT  0
      FEES         1.5
      """;

  static final String T2_2026 = """
      RULE         0 0 0
      NORMATIVE    0 1 0   repealed, none in force
      LICENSING    0
      PENALTY      0
      ENFORCEMENT  2
      FEES         0
      """;

  // 六: fee notices issued (number, total asked), fees collected (cases, amount), 元.
  static final String FEES_2025 = """
      notices   2 6400   G 1700 + H 4700 (H never paid)
      collected 1 1700   G
      """;
  static final String FEES_2026 = """
      notices   0 0
      collected 0 0
      """;

  // 附表: the year, cumulative since 2025.
  static final String LEGACY_2025 = """
      proactive               2  2
      proactive.website       2  2
      proactive.gazette       1  1
      received               11 11
      received.inPerson       5  5   A D G I P
      received.online         0  0
      received.postFax        6  6   B C E F H J
      replied                 9  9
      replied.disclosed       2  2   A G
      replied.partial         1  1   B
      replied.withheld        2  2   C P (first replies)
      replied.other           4  4   D E F H
      reconsideration         3  3   A C P
      litigation              2  2
      complaints              1  1   D
      """;

  static final String LEGACY_2026 = """
      proactive               1  3
      proactive.website       1  3
      proactive.gazette       0  1
      received                4 15
      received.inPerson       1  6   L
      received.online         0  0
      received.postFax        3  9   K M N
      replied                 5 14   P's second reply is not a second closing
      replied.disclosed       1  3   I
      replied.partial         0  1
      replied.withheld        2  4   J N
      replied.other           2  6   K L
      reconsideration         2  5
      litigation              1  3
      complaints              0  1
      """;

  /** Cells ("year cellId") and the cases they list. */
  static final Map<String, List<String>> DRILLS = new LinkedHashMap<>();

  static {
    DRILLS.put("2025 t3.forward.TOTAL", List.of("I", "J"));
    DRILLS.put("2026 t3.carried.TOTAL", List.of("I", "J"));
    DRILLS.put("2026 t3.carried.NATURAL_PERSON", List.of("I"));
    DRILLS.put("2025 t3.o1.TOTAL", List.of("A", "G"));
    DRILLS.put("2025 t3.o3.5.TOTAL", List.of("C", "P"));
    DRILLS.put("2025 t3.closed.NATURAL_PERSON", List.of("A", "G", "P"));
    DRILLS.put("2025 t4.RECONSIDERATION.PENDING", List.of("P"));
    DRILLS.put("2025 fees.notices.cases", List.of("G", "H"));
    DRILLS.put("2026 t3.o1.TOTAL", List.of("I"));
    DRILLS.put("2025 t3.o6.2.COMMERCIAL", List.of("H"));
    DRILLS.put("2026 t3.o3.1.RESEARCH", List.of("J"));
    DRILLS.put("2026 t3.forward.OTHER_ORG", List.of("M"));
    DRILLS.put("2025 t4.RECONSIDERATION.CORRECTED", List.of("C"));
    DRILLS.put("2025 t4.LITIGATION_AFTER.PENDING", List.of("A"));
    DRILLS.put("2026 t4.RECONSIDERATION.TOTAL", List.of("J", "L"));
    DRILLS.put("2025 fees.collected.cases", List.of("G"));
    DRILLS.put("2026 legacy.replied.other.cumulative", List.of("D", "E", "F", "H", "K", "L"));
    DRILLS.put("2025 legacy.complaints.year", List.of("D"));
    DRILLS.put("2026 legacy.received.postFax.year", List.of("K", "M", "N"));
  }

  ProcessEngine engine;
  final Map<String, RequestScenario> cases = new LinkedHashMap<>();
  /** The 2025 report as computed on 5 January 2026, before P was reopened. */
  AnnualReport published2025;

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void twoYearsOfCasesGiveTheHandCountedTables() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    AnnualReport before2025 = reports.compute(2025);
    AnnualReport before2026 = reports.compute(2026);
    // Drill-downs query when asked: list the cells before the cases exist.
    Map<String, List<String>> drillsBefore = new LinkedHashMap<>();
    DRILLS.keySet().forEach(key -> drillsBefore.put(key, (key.startsWith("2025") ? before2025
        : before2026).drillDown(key.substring(5)).orElseThrow()));

    runTheScenario();

    AnnualReport r2025 = reports.compute(2025);
    AnnualReport r2026 = reports.compute(2026);
    assertThat(r2025.failedInvariants()).isEmpty();
    assertThat(r2026.failedInvariants()).isEmpty();
    // 2 × 2 of table 二 (现行有效 ≥ 0, = 上年末 + 制发 − 废止) + 7 columns × (一+二=三+四,
    // （一）–（六）=（七）) + 25 rows of table 三 + 3 of 四 + 4 of 附表 (2025 is the cumulative
    // column's first year: no 累计(N) = 累计(N−1) + 年度(N)); 2026 adds those 3 rows.
    assertThat(r2025.invariants()).hasSize(2 * 2 + 7 * 2 + 25 + 3 + 4);
    assertThat(r2026.invariants()).hasSize(2 * 2 + 7 * 2 + 25 + 3 + 4 + 3);

    SoftAssertions soft = new SoftAssertions();
    expect(soft, before2025, r2025, "t2", T2_2025);
    expect(soft, before2025, r2025, "t3", T3_2025);
    expect(soft, before2025, r2025, "t4", T4_2025);
    expect(soft, before2025, r2025, "fees", FEES_2025);
    expect(soft, before2025, r2025, "legacy", LEGACY_2025);
    expect(soft, before2026, r2026, "t2", T2_2026);
    expect(soft, before2026, r2026, "t3", T3_2026);
    expect(soft, before2026, r2026, "t4", T4_2026);
    expect(soft, before2026, r2026, "fees", FEES_2026);
    expect(soft, before2026, r2026, "legacy", LEGACY_2026);
    soft.assertAll();
    // ADR 0149: the 废止 of 11 May 2026 names 示市监规〔2025〕1号, so 现行有效 lists that document
    // at the end of 2025 and no more at the end of 2026 (nor the 废止 itself, at −1, as before);
    // the 废止's line says what it repealed.
    assertThat(r2025.itemDrillDown("t2.NORMATIVE.inForce").orElseThrow())
        .extracting(PublicationRegister.CountedItem::docNumber).contains("示市监规〔2025〕1号");
    assertThat(r2026.itemDrillDown("t2.NORMATIVE.inForce").orElseThrow())
        .extracting(PublicationRegister.CountedItem::docNumber)
        .doesNotContain("示市监规〔2025〕1号", "示市监规〔2026〕1号");
    assertThat(r2026.itemDrillDown("t2.NORMATIVE.repealed").orElseThrow())
        .filteredOn(i -> "示市监规〔2026〕1号".equals(i.docNumber()))
        .extracting(PublicationRegister.CountedItem::note)
        .containsExactly("废止示市监规〔2025〕1号");
    assertThat(r2025.feesCollected().subtract(before2025.feesCollected()))
        .isEqualByComparingTo(new BigDecimal("1700.00"));
    assertThat(r2025.feeNotices() - before2025.feeNotices()).isEqualTo(2);
    assertThat(r2025.feeNoticeAmount().subtract(before2025.feeNoticeAmount()))
        .isEqualByComparingTo(new BigDecimal("6400.00"));

    // First closing: the 2025 report computed after P's second delivery is the one computed on
    // 5 January 2026, cell by cell (table 三 and 四), and 2026's 上年结转 is its 结转下年度.
    for (String table : List.of("t3", "t4")) {
      for (Row row : published2025.table(table).rows()) {
        for (Cell cell : row.cells()) {
          soft.assertThat(r2025.table(table).row(row.id()).cells().stream()
                  .filter(c -> c.id().equals(cell.id())).findFirst().orElseThrow().value())
              .as("2025 %s computed in 2026-01 and after the scenario", cell.id())
              .isEqualTo(cell.value());
        }
      }
    }
    for (var column : r2026.table("t3").columns()) {
      soft.assertThat(r2026.table("t3").count("carried", column.id()))
          .as("上年结转(2026) = 结转下年度(2025), %s", column.label())
          .isEqualTo(published2025.table("t3").count("forward", column.id()))
          .isEqualTo(r2025.table("t3").count("forward", column.id()));
    }
    soft.assertAll();
    // P's register row: the latest delivery for the letters and the audit, the first closing
    // (set once) for the report.
    Map<String, Object> p = jdbc().queryForMap("SELECT outcome_code, delivered_on,"
        + " first_outcome_code, first_closed_on FROM ogi_case WHERE tracking_number = ?",
        cases.get("P").trackingNumber());
    assertThat(p.get("OUTCOME_CODE")).isEqualTo("1");
    assertThat(p.get("DELIVERED_ON").toString()).isEqualTo("2026-02-05");
    assertThat(p.get("FIRST_OUTCOME_CODE")).isEqualTo("3.5");
    assertThat(p.get("FIRST_CLOSED_ON").toString()).isEqualTo("2025-11-17");
    // The audit trail shows both: the new delivery as its own event, and the first closing.
    List<CaseTimeline.Entry> trail = ProcessTestEngine.timeline(engine)
        .of(cases.get("P").trackingNumber()).orElseThrow().entries();
    assertThat(trail).filteredOn(e -> e.dateOnly() && e.kind().equals("DELIVERY"))
        .extracting(e -> e.at().atZone(OfficeTime.ZONE).toLocalDate().toString(), e -> e.outcome())
        .containsExactly(tuple("2026-02-05", "答复类型 （一）予以公开"));
    assertThat(trail).filteredOn(e -> e.activity().equals("首次办结（年度报告按此统计）"))
        .extracting(e -> e.at().atZone(OfficeTime.ZONE).toLocalDate().toString(), e -> e.outcome())
        .containsExactly(tuple("2025-11-17", "答复类型 （三）不予公开 5.属于三类内部事务信息"));

    // Drill-down: the cases behind a cell, new ones only (compared with the list before).
    for (var drill : DRILLS.entrySet()) {
      int year = Integer.parseInt(drill.getKey().substring(0, 4));
      String cellId = drill.getKey().substring(5);
      List<String> drilled = new ArrayList<>((year == 2025 ? r2025 : r2026).drillDown(cellId)
          .orElseThrow());
      drilled.removeAll(drillsBefore.get(drill.getKey()));
      assertThat(drilled).as(drill.getKey()).containsExactlyInAnyOrderElementsOf(
          drill.getValue().stream().map(n -> cases.get(n).trackingNumber()).toList());
    }
  }

  /**
   * Audit 33a, F2 and F5 (ADR 0143). Published on 16 June 2025: a 行政规范性文件 (制发, 网站) and a
   * 行政处罚 公示 (3 decisions, 1.5 万元, 网站); both withdrawn on 2 March 2026 (a wrong
   * attachment, an ID number). Published on 9 March 2026 and withdrawn on 10 March 2026: a
   * 工作动态 (网站). Hand count, as changes from the reports before:
   * <pre>
   *  2025 表二 行政规范性文件 制发 +1, 现行有效 +1; 行政处罚 +3; 行政事业性收费 +1.5
   *  2026 表二 行政规范性文件 制发 0, 废止 0, 现行有效 +1 (no 废止 registered); 处罚 0, 收费 0
   *  附表 主动公开信息数 / 1.网站公开: 2025年度 +2, 2026年度 0 (the 工作动态 withdrawn in its
   *       year); 累计 2025 +2, 2026 +2 = 2025年累计 + 2026年度
   * </pre>
   * Before, the withdrawal took the 3 decisions, the fee and the document in force out of 2025's
   * successor and 2026 (现行有效 −1 without a 废止), and the two items out of 2026's 累计; no t2
   * or 主动公开 cell could be drilled.
   */
  @Test
  void aWithdrawalLeavesTableTwoAndTheCumulativeColumnAddsUp() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    AnnualReport before2025 = reports.compute(2025);
    AnnualReport before2026 = reports.compute(2026);
    PublicationRegister register =
        ProcessTestEngine.bean(engine, "publicationRegister", PublicationRegister.class);

    publish(day(2025, 6, 16),
        PublicationScenario.item("示范市撤回测试规范性文件", "NORMATIVE_DOCUMENTS",
            List.of("WEBSITE"), "docNumber", "示市撤规〔2025〕7号",
            "regulationKind", "NORMATIVE", "regulationAction", "ISSUE"),
        PublicationScenario.item("撤回测试行政处罚决定公示", "SUPERVISION", List.of("WEBSITE"),
            "penaltyDecisions", 3, "feeAmount", "1.5"));
    String batch2025 = lastBatch();
    publish(day(2026, 3, 9),
        PublicationScenario.item("撤回测试2026年工作动态", "WORK_NEWS", List.of("WEBSITE")));
    String batch2026 = lastBatch();
    today(day(2026, 3, 2));
    register.ofBatch(batch2025).forEach(p -> withdraw(p.itemId()));
    today(day(2026, 3, 10));
    register.ofBatch(batch2026).forEach(p -> withdraw(p.itemId()));

    AnnualReport after2025 = reports.compute(2025);
    AnnualReport after2026 = reports.compute(2026);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(change(before2025, after2025, "t2", "NORMATIVE", "issued")).isEqualTo(1);
    soft.assertThat(change(before2025, after2025, "t2", "NORMATIVE", "inForce")).isEqualTo(1);
    soft.assertThat(change(before2025, after2025, "t2", "PENALTY", "decisions")).isEqualTo(3);
    soft.assertThat(change(before2025, after2025, "t2", "FEES", "fees")).isEqualTo(1.5);
    soft.assertThat(change(before2026, after2026, "t2", "NORMATIVE", "issued")).isZero();
    soft.assertThat(change(before2026, after2026, "t2", "NORMATIVE", "repealed")).isZero();
    soft.assertThat(change(before2026, after2026, "t2", "NORMATIVE", "inForce")).isEqualTo(1);
    soft.assertThat(change(before2026, after2026, "t2", "PENALTY", "decisions")).isZero();
    for (String row : List.of("proactive", "proactive.website")) {
      soft.assertThat(change(before2025, after2025, "legacy", row, "year")).isEqualTo(2);
      soft.assertThat(change(before2025, after2025, "legacy", row, "cumulative")).isEqualTo(2);
      soft.assertThat(change(before2026, after2026, "legacy", row, "year")).isZero();
      soft.assertThat(change(before2026, after2026, "legacy", row, "cumulative")).isEqualTo(2);
    }
    soft.assertThat(after2026.failedInvariants()).isEmpty();
    soft.assertThat(after2026.invariants()).extracting(Invariant::rule)
        .contains("附表 主动公开信息数：" + after2026.cumulativeSince() + "年—2026年累计 = "
            + after2026.cumulativeSince() + "年—2025年累计 + 2026年度")
        .contains("表二 行政规范性文件：现行有效件数 = 上年末现行有效 + 本年制发 − 本年废止");

    // F5: the cells list their items: batch, 信息项序号, title, 文号, date, the figure added.
    soft.assertThat(after2025.itemDrillDown("t2.PENALTY.decisions").orElseThrow())
        .extracting(PublicationRegister.CountedItem::batchNumber,
            PublicationRegister.CountedItem::seq, PublicationRegister.CountedItem::title,
            PublicationRegister.CountedItem::publishedOn,
            PublicationRegister.CountedItem::withdrawnOn, i -> i.figure().intValue())
        .contains(tuple(batch2025, 2, "撤回测试行政处罚决定公示", day(2025, 6, 16),
            day(2026, 3, 2), 3));
    soft.assertThat(after2026.itemDrillDown("t2.NORMATIVE.inForce").orElseThrow())
        .extracting(PublicationRegister.CountedItem::seq,
            PublicationRegister.CountedItem::docNumber, i -> i.figure().intValue())
        .contains(tuple(1, "示市撤规〔2025〕7号", 1));
    soft.assertThat(after2026.itemDrillDown("legacy.proactive.cumulative").orElseThrow())
        .extracting(PublicationRegister.CountedItem::title)
        .contains("示范市撤回测试规范性文件", "撤回测试行政处罚决定公示")
        .doesNotContain("撤回测试2026年工作动态");
    for (AnnualReport report : List.of(after2025, after2026)) {
      for (String table : List.of("t2", "legacy")) {
        for (Row row : report.table(table).rows()) {
          if (table.equals("legacy") && !row.id().startsWith("proactive")) {
            continue;
          }
          for (Cell cell : row.cells()) {
            soft.assertThat(cell.drillable()).as(cell.id()).isTrue();
            soft.assertThat(report.itemDrillDown(cell.id()).orElseThrow().stream()
                .map(PublicationRegister.CountedItem::figure).reduce(BigDecimal.ZERO,
                    BigDecimal::add).doubleValue()).as(report.year() + " " + cell.id())
                .isEqualTo(cell.value().doubleValue());
          }
        }
      }
    }
    soft.assertAll();
  }

  /** The change of one cell between two computations of the same year. */
  private static double change(AnnualReport before, AnnualReport after, String table, String row,
      String column) {
    return after.table(table).row(row).cell(column).value().doubleValue()
        - before.table(table).row(row).cell(column).value().doubleValue();
  }

  /** The batch drafted last. */
  private String lastBatch() {
    return jdbc().queryForObject("SELECT batch_ref FROM ogi_publication_item"
        + " ORDER BY id DESC LIMIT 1", String.class);
  }

  /** A withdrawal of a published item, asked by the office and approved by leadership today. */
  private void withdraw(long itemId) {
    new PublicationScenario(engine).start(ProcessKeys.PUBLICATION_WITHDRAWAL,
            vars(PUBLICATION_ITEM_ID, itemId, WITHDRAWAL_REASON, "附件有误，需撤回"))
        .complete(ElementIds.TASK_APPROVE_WITHDRAWAL, LEADER, WITHDRAWAL_APPROVAL, "APPROVE");
  }

  @Test
  void aCaseOpenOnNewYearsEveIsCarriedOverAndClosedTheNextYear() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    AnnualReport before2025 = reports.compute(2025);
    AnnualReport before2026 = reports.compute(2026);
    // Drill-downs query when asked: list the cell before the case exists.
    List<String> carriedBefore = before2026.drillDown("t3.carried.NATURAL_PERSON").orElseThrow();

    RequestScenario carried = received("I", LocalDate.of(2025, 12, 15), "NATURAL_PERSON",
        "IN_PERSON").complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    reply(carried, LocalDate.of(2026, 1, 8), false);

    AnnualReport r2025 = reports.compute(2025);
    AnnualReport r2026 = reports.compute(2026);
    assertThat(r2025.failedInvariants()).isEmpty();
    assertThat(r2026.failedInvariants()).isEmpty();
    assertThat(delta(before2025, r2025, "t3", "new", "NATURAL_PERSON")).isEqualTo(1);
    assertThat(delta(before2025, r2025, "t3", "forward", "NATURAL_PERSON")).isEqualTo(1);
    assertThat(delta(before2025, r2025, "t3", "closed", "TOTAL")).isZero();
    assertThat(delta(before2026, r2026, "t3", "carried", "NATURAL_PERSON")).isEqualTo(1);
    assertThat(delta(before2026, r2026, "t3", "o1", "NATURAL_PERSON")).isEqualTo(1);
    assertThat(delta(before2026, r2026, "t3", "new", "TOTAL")).isZero();
    List<String> drilled = new ArrayList<>(r2026.drillDown("t3.carried.NATURAL_PERSON").orElseThrow());
    drilled.removeAll(carriedBefore);
    assertThat(drilled).containsExactly(carried.trackingNumber());
    assertThat(r2026.drillDown("t3.nonsense")).isEmpty();
  }

  /**
   * ADR 0119 (audit 30b F3): V is the same paper application as U registered a second time by
   * another clerk on Wed 4 Mar 2026; the office proposes to void it, leadership approves. Every
   * cell of every table (三 一、本年新收, 结转, the 附表 受理总数 and 当面 …) is what it was with U
   * alone, and no drill-down lists V; the ledger's number stays used (status VOIDED).
   */
  @Test
  void aVoidedRegistrationIsInNoCell() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    LocalDate on = day(2026, 3, 4);
    today(on);
    Map<String, Object> form = registration(on);
    new RequestScenario(engine).start(form);
    AnnualReport withOneCase = reports.compute(2026);

    RequestScenario copy = new RequestScenario(engine).start(form);
    String voided = copy.trackingNumber();
    copy.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "VOID",
        VOID_REASON, "两名工作人员重复录入同一份纸质申请", VOID_NOTHING_ISSUED, true);
    assertThat(reports.compute(2026).table("t3").count("new", "TOTAL")
        - withOneCase.table("t3").count("new", "TOTAL"))
        .as("counted while the proposal waits for leadership").isOne();
    copy.complete(ElementIds.TASK_APPROVE_VOID, LEADER, VOID_APPROVAL, "APPROVE");

    assertThat(jdbc().queryForObject("SELECT status FROM ogi_case WHERE tracking_number = ?",
        String.class, voided)).isEqualTo("VOIDED");
    AnnualReport after = reports.compute(2026);
    assertThat(after.failedInvariants()).isEmpty();
    assertThat(cells(after)).as("every cell as with the first registration alone")
        .isEqualTo(cells(withOneCase));
    for (String cellId : cells(after).keySet()) {
      after.drillDown(cellId).ifPresent(numbers ->
          assertThat(numbers).as("drill-down of %s", cellId).doesNotContain(voided));
    }
  }

  /**
   * Audit 36a F1 (ADR 0178): the third party of 甲公司环评验收材料 objects (Tue 10 Feb 2026),
   * legal's review would release it after cutting an internal-affairs passage (3.5's ground),
   * the office proposes no override (Art. 32: the objection stands), leadership approves, the
   * reply is delivered Thu 12 Feb. Counted by hand: table 三 （三）4 保护第三方合法权益 +1 (自然人
   * and 总计), （三）5 +0; the drill-down of 3.4 lists the case, that of 3.5 does not; the letter
   * gives Art. 32 and the objection, not the passage's 内部事务. The old code counted 3.5.
   */
  @Test
  void anItemWithheldForAnUpheldObjectionCountsAsThreeFourWhateverPassageItsReviewCut() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    today(day(2026, 2, 10));
    AnnualReport before = reports.compute(2026);
    RequestScenario scenario = new RequestScenario(engine).objectedOnTue10Feb(items(item(
        "甲公司环评验收材料", "HELD", "thirdParty", true, "thirdPartyName", "甲环保科技有限公司")));
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
            WITHHOLDING_GROUND, "INTERNAL_AFFAIRS",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第一款",
            REDACTION_NOTE, "删除材料中本机关内部人事安排部分")
        .complete(ElementIds.TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, false);
    String number = scenario.trackingNumber();
    assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("3.4");
    assertThat((String) scenario.variable(REPLY_LETTER_TEXT))
        .contains("第三十二条的规定书面征求第三方意见，第三方不同意公开",
            "甲公司环评验收材料：决定不予公开；理由：该信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害；"
                + "法律依据：《中华人民共和国政府信息公开条例》第十五条、第三十二条")
        .doesNotContain("内部事务", "第十六条");
    reply(scenario, day(2026, 2, 12), true);

    AnnualReport after = reports.compute(2026);
    assertThat(after.failedInvariants()).isEmpty();
    assertThat(List.of(delta(before, after, "t3", "o3.4", "NATURAL_PERSON"),
        delta(before, after, "t3", "o3.4", "TOTAL"), delta(before, after, "t3", "o3.5", "TOTAL")))
        .as("（三）4 自然人, （三）4 总计, （三）5 总计").containsExactly(1L, 1L, 0L);
    assertThat(after.drillDown("t3.o3.4.TOTAL")).get().asList().contains(number);
    assertThat(after.drillDown("t3.o3.5.TOTAL")).get().asList().doesNotContain(number);
  }

  /**
   * ADR 0158 (audit 34a F7): an online submission the office does not confirm (a test) is never
   * received: after 不予确认 every cell is what it was before it was submitted, and no drill-down
   * lists it.
   */
  @Test
  void aNotConfirmedOnlineSubmissionIsInNoCell() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    LocalDate on = day(2026, 3, 4);
    today(on);
    AnnualReport before = reports.compute(2026);
    io.github.ogiworkflow.register.CaseRegister register = ProcessTestEngine.bean(engine,
        "caseRegister", io.github.ogiworkflow.register.CaseRegister.class);
    String number = ProcessTestEngine.bean(engine, "trackingNumbers",
        io.github.ogiworkflow.intake.TrackingNumbers.class).next(2026);
    register.insertSubmitted(new io.github.ogiworkflow.register.CaseRegister.NewCase(number, null,
        "ONLINE", "NATURAL_PERSON", "李四", "RESIDENT_ID", "11010519491231002X", "13812345678",
        null, null, "测试", "ELECTRONIC", "ONLINE", on, on.plusDays(30)));
    RequestScenario online = new RequestScenario(engine);
    online.instance = engine.getRuntimeService()
        .createMessageCorrelation(ElementIds.MESSAGE_ONLINE_APPLICATION)
        .processInstanceBusinessKey(number)
        .setVariables(RequestScenario.vars(CHANNEL, "ONLINE", APPLICANT_TYPE, "NATURAL_PERSON",
            APPLICANT_NAME, "李四", ID_TYPE, "RESIDENT_ID", REQUEST_DESCRIPTION, "测试",
            DELIVERY_FORM, "ELECTRONIC", DELIVERY_METHOD, "ONLINE", TRACKING_NUMBER, number))
        .correlateStartMessage();
    online.complete(online.task(ElementIds.TASK_CONFIRM_RECEIPT), OFFICE_USER,
        RECEIPT_DECISION, "NOT_CONFIRM", NOT_CONFIRMED_KIND, "TEST",
        NOT_CONFIRMED_REASON, "系统测试提交");

    assertThat(jdbc().queryForObject("SELECT status FROM ogi_case WHERE tracking_number = ?",
        String.class, number)).isEqualTo("NOT_CONFIRMED");
    AnnualReport after = reports.compute(2026);
    assertThat(after.failedInvariants()).isEmpty();
    assertThat(cells(after)).isEqualTo(cells(before));
    for (String cellId : cells(after).keySet()) {
      after.drillDown(cellId).ifPresent(numbers ->
          assertThat(numbers).as("drill-down of %s", cellId).doesNotContain(number));
    }
  }

  /**
   * ADR 0138 (audit 30b F5): on Wed 4 Mar 2026 the 12345 hotline passes on a complaint about the
   * agency's OGI work (X) and the city government's office a letter under a docket number (Y);
   * X is entered a second time (Z) with 确认为另一件申诉举报 ticked by mistake. Counted by hand:
   * 附表 接受行政申诉、举报数 2026 is +3 (X Y Z) before the void and +2 (X Y) once leadership
   * approves voiding Z, in the year's and the cumulative column; the drill-down lists X and Y,
   * never Z; every other cell is what it was before the three complaints.
   */
  @Test
  void aVoidedComplaintIsNotCounted() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    today(day(2026, 3, 4));
    AnnualReport before = reports.compute(2026);
    Object[] hotline = {COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市12345政务服务便民热线",
        SERVED_ON, "2026-03-04", COMPLAINT_TEXT, "举报该局政府信息公开指南多年未更新"};
    String x = complaint(hotline);
    String y = complaint(COMPLAINT_KIND, "COMPLAINT", APPEAL_BODY, "示范市人民政府办公室",
        DOCKET_NO, "示政办转〔2026〕31号", SERVED_ON, "2026-03-04",
        COMPLAINT_TEXT, "投诉该局未按期公开统计公报");
    Object[] again = java.util.Arrays.copyOf(hotline, hotline.length + 2);
    again[hotline.length] = COMPLAINT_DUPLICATE_CONFIRMED;
    again[hotline.length + 1] = true;
    String z = complaint(again);
    AnnualReport withThree = reports.compute(2026);
    assertThat(delta(before, withThree, "legacy", "complaints", "year")).isEqualTo(3);

    completeComplaint(z, TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, COMPLAINT_DECISION, "VOID",
        VOID_REASON, "同一热线来电重复登记，与" + x + "重复");
    completeComplaint(z, TASK_APPROVE_COMPLAINT_VOID, LEADER, VOID_APPROVAL, "APPROVE");

    AnnualReport after = reports.compute(2026);
    assertThat(after.failedInvariants()).isEmpty();
    assertThat(delta(before, after, "legacy", "complaints", "year")).isEqualTo(2);
    assertThat(delta(before, after, "legacy", "complaints", "cumulative")).isEqualTo(2);
    assertThat(after.drillDown("legacy.complaints.year").orElseThrow()).contains(x, y)
        .doesNotContain(z);
    assertThat(after.drillDown("legacy.complaints.cumulative").orElseThrow())
        .doesNotContain(z);
    Map<String, Number> others = cells(after);
    Map<String, Number> othersBefore = cells(before);
    for (String cell : List.of("legacy.complaints.year", "legacy.complaints.cumulative")) {
      others.remove(cell);
      othersBefore.remove(cell);
    }
    assertThat(others).as("every other cell unchanged").isEqualTo(othersBefore);
  }

  /** A complaint started by legal with its start form; its business key (SSJB-…). */
  private String complaint(Object... keyValues) {
    engine.getIdentityService().setAuthenticatedUserId(LEGAL_USER);
    try {
      String id = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.COMPLAINT,
          vars(keyValues)).getId();
      return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
          .singleResult().getBusinessKey();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void completeComplaint(String key, String taskKey, String user, Object... keyValues) {
    String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey(taskKey).singleResult().getId();
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getTaskService().complete(task, vars(keyValues));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Every cell of every table of the report, by id. */
  private static Map<String, Number> cells(AnnualReport report) {
    Map<String, Number> cells = new LinkedHashMap<>();
    for (ReportTable table : report.tables()) {
      for (Row row : table.rows()) {
        for (Cell cell : row.cells()) {
          cells.put(cell.id(), cell.value());
        }
      }
    }
    return cells;
  }

  /**
   * ADR 0099: W (自然人, received Mon 8 Dec 2025) is withdrawn in writing on Wed 10 Dec; the
   * applicant's reconsideration of the termination is decided 纠正 (撤销) on Tue 20 Jan 2026, which
   * reopens the request: a new round, replied to (予以公开) on Mon 2 Feb. The report counts the
   * case once, by its first closing: 2025 一 新收 1, 三（六）3 其他 1, 四 结转 0; 2026 nothing in
   * table 三 (not carried over, the new reply is no second closing), table 四 行政复议 纠正 1.
   */
  @Test
  void aWithdrawnCaseReopenedByACorrectionCountsOnceAsSixThree() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    AnnualReport before2025 = reports.compute(2025);
    AnnualReport before2026 = reports.compute(2026);

    RequestScenario w = received("W", day(2025, 12, 8), "NATURAL_PERSON", "IN_PERSON");
    today(day(2025, 12, 10));
    ProcessTestEngine.bean(engine, "withdrawals", io.github.ogiworkflow.intake.Withdrawals.class)
        .record(engine, w.trackingNumber(), "2025-12-10", "WRITTEN", null, OFFICE_USER);
    fileReconsideration(w, day(2026, 1, 5));
    today(day(2026, 1, 20));
    w.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-01-20");
    w.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    reply(w, day(2026, 2, 2), false);

    AnnualReport r2025 = reports.compute(2025);
    AnnualReport r2026 = reports.compute(2026);
    assertThat(r2025.failedInvariants()).isEmpty();
    assertThat(r2026.failedInvariants()).isEmpty();
    assertThat(delta(before2025, r2025, "t3", "new", "NATURAL_PERSON")).isEqualTo(1);
    assertThat(delta(before2025, r2025, "t3", "o6.3", "NATURAL_PERSON")).isEqualTo(1);
    assertThat(delta(before2025, r2025, "t3", "closed", "TOTAL")).isEqualTo(1);
    assertThat(delta(before2025, r2025, "t3", "forward", "TOTAL")).isZero();
    for (String row : List.of("new", "carried", "o1", "o6.3", "closed", "forward")) {
      assertThat(delta(before2026, r2026, "t3", row, "TOTAL")).as("2026 t3 %s", row).isZero();
    }
    assertThat(delta(before2026, r2026, "t4", "RECONSIDERATION", "CORRECTED")).isEqualTo(1);
    assertThat(delta(before2026, r2026, "t4", "RECONSIDERATION", "PENDING")).isZero();
  }

  /**
   * ADR 0105: W withdraws on 10 Dec 2025 (6.3), a reconsideration decided on 20 Jan 2026 revokes
   * the termination and reopens it (ADR 0099), and W withdraws the new round on 2 Feb 2026. The
   * case counts once, where it first closed: 2025 new 1, （六）3 1, closed 1; 2026 table 三
   * unmoved (the second withdrawal is the closing of a reopened round, like a reply made anew,
   * not a second case), table 四 one correction; both years balance.
   */
  @Test
  void aSecondWithdrawalAfterACorrectionCountsNothingMore() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    AnnualReport before2025 = reports.compute(2025);
    AnnualReport before2026 = reports.compute(2026);
    var withdrawals = ProcessTestEngine.bean(engine, "withdrawals",
        io.github.ogiworkflow.intake.Withdrawals.class);

    RequestScenario w = received("W2", day(2025, 12, 8), "NATURAL_PERSON", "IN_PERSON");
    today(day(2025, 12, 10));
    withdrawals.record(engine, w.trackingNumber(), "2025-12-10", "WRITTEN", null, OFFICE_USER);
    fileReconsideration(w, day(2026, 1, 5));
    today(day(2026, 1, 20));
    w.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-01-20");
    today(day(2026, 2, 2));
    withdrawals.record(engine, w.trackingNumber(), "2026-02-02", "WRITTEN", null, OFFICE_USER);

    AnnualReport r2025 = reports.compute(2025);
    AnnualReport r2026 = reports.compute(2026);
    assertThat(r2025.failedInvariants()).isEmpty();
    assertThat(r2026.failedInvariants()).isEmpty();
    assertThat(delta(before2025, r2025, "t3", "new", "NATURAL_PERSON")).isEqualTo(1);
    assertThat(delta(before2025, r2025, "t3", "o6.3", "NATURAL_PERSON")).isEqualTo(1);
    assertThat(delta(before2025, r2025, "t3", "closed", "TOTAL")).isEqualTo(1);
    assertThat(delta(before2025, r2025, "t3", "forward", "TOTAL")).isZero();
    for (String row : List.of("new", "carried", "o6.3", "closed", "forward")) {
      assertThat(delta(before2026, r2026, "t3", row, "TOTAL")).as("2026 t3 %s", row).isZero();
    }
    assertThat(delta(before2026, r2026, "t4", "RECONSIDERATION", "CORRECTED")).isEqualTo(1);
    assertThat(r2026.drillDown("t3.o6.3.TOTAL").orElseThrow()).doesNotContain(w.trackingNumber());
    assertThat(r2025.drillDown("t3.o6.3.TOTAL").orElseThrow()).contains(w.trackingNumber());
  }

  /**
   * ADR 0063: table 四 counts appeals, not parties. Q's reconsideration is filed by the applicant
   * with two 共同申请人 and a 第三人 (4 parties) and maintained; the suit after it by the applicant
   * and one 共同原告 with the 第三人 (3 parties), pending on 31 December. Hand count for 2026:
   * 行政复议 结果维持 1, 总计 1; 复议后起诉 尚未审结 1, 总计 1; nothing else moves, and each
   * drill-down lists Q once.
   */
  @Test
  void anAppealOfSeveralPartiesCountsOnceInTableFour() {
    BpmnAwareTests.init(engine);
    AnnualReports reports = reports();
    AnnualReport before = reports.compute(2026);
    List<String> drilledBefore = before.drillDown("t4.RECONSIDERATION.TOTAL").orElseThrow();

    RequestScenario q = received("Q", day(2026, 6, 1), "NATURAL_PERSON", "IN_PERSON")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    reply(q, day(2026, 6, 8), false);
    today(day(2026, 6, 15));
    start(ProcessKeys.RECONSIDERATION, q, TRACKING_NUMBER, q.trackingNumber(),
        DOCKET_NO, "示复〔2026〕615号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-06-15",
        SERVED_ON, "2026-06-15", PROCEDURE, "SIMPLIFIED",
        CO_APPELLANTS, "李四\n王五", THIRD_PARTIES, "示范市某科技有限公司");
    q.complete(TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT, "被申请人已依法答复。")
        .complete(TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, "2026-06-15");
    today(day(2026, 7, 1));
    q.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-07-01");
    today(day(2026, 7, 6));
    start(ProcessKeys.LITIGATION, q, TRACKING_NUMBER, q.trackingNumber(),
        DOCKET_NO, "（2026）示0502行初706号", APPEAL_BODY, "示范市人民法院",
        SERVED_ON, "2026-07-06", AFTER_RECONSIDERATION, true,
        CO_APPELLANTS, "李四", THIRD_PARTIES, "示范市某科技有限公司");
    // The register holds the parties: 3 further ones on the reconsideration, 2 on the suit.
    assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM ogi_appeal_party p JOIN ogi_appeal a"
        + " ON a.id = p.appeal_id WHERE a.tracking_number = ?", Integer.class, q.trackingNumber()))
        .isEqualTo(5);

    AnnualReport after = reports.compute(2026);
    assertThat(after.failedInvariants()).isEmpty();
    SoftAssertions soft = new SoftAssertions();
    expect(soft, before, after, "t4", """
        RECONSIDERATION     1 0 0 0 1   Q (申请人 + 2 共同申请人 + 第三人: one appeal)
        LITIGATION_DIRECT   0 0 0 0 0
        LITIGATION_AFTER    0 0 0 1 1   Q (原告 + 共同原告 + 第三人: one suit)
        """);
    soft.assertAll();
    List<String> drilled = new ArrayList<>(after.drillDown("t4.RECONSIDERATION.TOTAL")
        .orElseThrow());
    drilled.removeAll(drilledBefore);
    assertThat(drilled).containsExactly(q.trackingNumber());
  }

  /**
   * The 附表 as the seed prints it (handbook section 7, {@link LegacySeed}): its four columns,
   * and row by row its label ("其中：1.当面申请数") and 计量单位, in the table, the layout, the JSON,
   * the page, the workbook and the form's summary; the figures are the table's own cells.
   */
  @Test
  void theLegacyTableFollowsTheSeedRowByRow() throws Exception {
    AnnualReport report = reports().compute(2026);
    ReportTable legacy = report.table("legacy");
    List<LegacySeed.SeedRow> seed = LegacySeed.rows();
    // Since 2025, or the register's first year if later (no figures from before it, F8).
    List<String> headers = LegacySeed.headers(2026, report.cumulativeSince());
    assertThat(legacy.rows()).extracting(Row::id, Row::label).containsExactlyElementsOf(
        seed.stream().map(s -> tuple(s.id(), s.label())).toList());
    assertThat(legacy.columns()).extracting(Column::label)
        .containsExactly(headers.get(2), headers.get(3));

    // The layout the page and the workbook draw: 指标名称 | 计量单位 | 2026年度 | 2025年—2026年累计
    // (or 2026年—2026年累计 over a register that starts in 2026).
    Grid grid = ReportLayout.of(legacy);
    assertThat(grid.cols()).isEqualTo(4);
    assertThat(grid.rows()).isEqualTo(1 + seed.size());
    assertThat(placedIn(grid, 0)).extracting(Placed::text)
        .containsExactlyElementsOf(headers);
    for (int i = 0; i < seed.size(); i++) {
      Row row = legacy.rows().get(i);
      List<Placed> line = placedIn(grid, 1 + i);
      assertThat(line).extracting(Placed::text).as("layout row %d", i + 1)
          .containsExactly(seed.get(i).label(), seed.get(i).unit(),
              ReportLayout.format(row.cell("year").value()),
              ReportLayout.format(row.cell("cumulative").value()));
      assertThat(line.get(2).value()).isSameAs(row.cell("year"));
      assertThat(line.get(3).value()).isSameAs(row.cell("cumulative"));
    }

    // JSON: each row with its label and unit.
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tables = (List<Map<String, Object>>) ReportController.json(report)
        .get("tables");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> jsonRows = (List<Map<String, Object>>) tables.stream()
        .filter(t -> t.get("id").equals("legacy")).findFirst().orElseThrow().get("rows");
    assertThat(jsonRows).extracting(r -> r.get("label"), r -> r.get("unit"))
        .containsExactlyElementsOf(seed.stream().map(s -> tuple(s.label(), s.unit())).toList());

    // The workbook's 附表 sheet, read back: header, then label, unit and figures per row.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWorkbook.write(report, "示范市市场监督管理局", out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheet("附表");
      int top = ReportWorkbook.TOP;
      for (int c = 0; c < headers.size(); c++) {
        assertThat(sheet.getRow(top).getCell(c).getStringCellValue()).isEqualTo(headers.get(c));
      }
      for (int i = 0; i < seed.size(); i++) {
        Row row = legacy.rows().get(i);
        var line = sheet.getRow(top + 1 + i);
        assertThat(line.getCell(0).getStringCellValue()).isEqualTo(seed.get(i).label());
        assertThat(line.getCell(1).getStringCellValue()).as(seed.get(i).label())
            .isEqualTo(seed.get(i).unit());
        assertThat(line.getCell(2).getNumericCellValue())
            .isEqualTo(row.cell("year").value().doubleValue());
        assertThat(line.getCell(3).getNumericCellValue())
            .isEqualTo(row.cell("cumulative").value().doubleValue());
      }
      assertThat(sheet.getLastRowNum()).isEqualTo(top + seed.size());
    }

    // The page: the header, and each label followed by its unit.
    String html = ReportPage.report(report);
    assertThat(html).contains("<tr><th>" + String.join("</th><th>", headers) + "</th></tr>");
    for (LegacySeed.SeedRow s : seed) {
      assertThat(html).containsPattern(">" + Pattern.quote(s.label())
          + "</td><td class=\"u\">" + s.unit() + "</td>");
    }
    assertThat(html).contains("<td class=\"l sub\">其中：1.当面申请数</td>",
        "<td class=\"l sub\">2.网上申请数</td>", "<td class=\"l\">受理依申请公开信息总数</td>");

    // The summary the report's tasks show.
    String summary = AnnualReportDelegates.keyFigures(report);
    for (LegacySeed.SeedRow s : seed) {
      assertThat(summary).contains("  " + s.label() + "（" + s.unit() + "）：");
    }
  }

  /**
   * The 附表's cumulative column (audit 32a, F8). A bureau going live gives its figures from
   * before the register (ogi.report.cumulative-at-start.*; here the seed's, 截至2018年: 主动公开
   * 995条, 受理依申请公开69件, 行政复议1件, 行政诉讼0件, 申诉举报2件, the splits the seed does not
   * give made up so that they add up): the column is then {@code cumulative-since}年—{year}年累计
   * and each cell the register's count plus that figure; the drill-down still lists the
   * register's cases. Without any, the column starts no earlier than the register's first year
   * (its earliest receipt or publication), never 2008年— over a register that starts later.
   */
  @Test
  void theCumulativeColumnAddsTheFiguresFromBeforeTheRegisterOrStartsWithTheRegister() {
    Map<String, Long> seed = new LinkedHashMap<>();
    seed.put("proactive", 995L);
    seed.put("proactive-website", 990L);
    seed.put("proactive-gazette", 5L);
    seed.put("received", 69L);
    seed.put("received-in-person", 9L);
    seed.put("received-online", 40L);
    seed.put("received-post-fax", 20L);
    seed.put("replied", 69L);
    seed.put("replied-disclosed", 40L);
    seed.put("replied-partial", 10L);
    seed.put("replied-withheld", 9L);
    seed.put("replied-other", 10L);
    seed.put("reconsideration", 1L);
    seed.put("litigation", 0L);
    seed.put("complaints", 2L);
    AnnualReport withSeed = reports(new CumulativeAtStart(seed)).compute(2026);
    // The same register with a figure of 0 given: the same years, nothing added.
    AnnualReport registerOnly = reports(new CumulativeAtStart(Map.of("litigation", 0L)))
        .compute(2026);

    assertThat(withSeed.cumulativeSince()).isEqualTo(2008);
    assertThat(withSeed.table("legacy").columns()).extracting(Column::label)
        .containsExactly("2026年度", "2008年—2026年累计");
    assertThat(withSeed.failedInvariants()).isEmpty();
    Map<String, Long> added = new LinkedHashMap<>();
    for (Row row : withSeed.table("legacy").rows()) {
      added.put(row.id(), row.cell("cumulative").value().longValue()
          - registerOnly.table("legacy").row(row.id()).cell("cumulative").value().longValue());
      assertThat(row.cell("year").value())
          .isEqualTo(registerOnly.table("legacy").row(row.id()).cell("year").value());
    }
    assertThat(added).containsExactly(entry("proactive", 995L),
        entry("proactive.website", 990L), entry("proactive.gazette", 5L),
        entry("received", 69L), entry("received.inPerson", 9L), entry("received.online", 40L),
        entry("received.postFax", 20L), entry("replied", 69L), entry("replied.disclosed", 40L),
        entry("replied.partial", 10L), entry("replied.withheld", 9L),
        entry("replied.other", 10L), entry("reconsideration", 1L), entry("litigation", 0L),
        entry("complaints", 2L));
    assertThat(withSeed.drillDown("legacy.received.cumulative"))
        .isEqualTo(registerOnly.drillDown("legacy.received.cumulative"));

    // Without figures from before: from the register's first year, never claiming 2008.
    AnnualReport none = reports(CumulativeAtStart.NONE).compute(2026);
    java.sql.Date firstReceived = jdbc().queryForObject("SELECT MIN(first_received_on) FROM"
        + " ogi_case WHERE status NOT IN ('SUBMITTED', 'VOIDED')", java.sql.Date.class);
    java.sql.Date firstPublished = jdbc().queryForObject(
        "SELECT MIN(first_published_on) FROM ogi_publication_item", java.sql.Date.class);
    int first = 2026;
    for (java.sql.Date date : Arrays.asList(firstReceived, firstPublished)) {
      first = date == null ? first : Math.min(first, date.toLocalDate().getYear());
    }
    assertThat(none.cumulativeSince()).isEqualTo(Math.max(2008, first));
    assertThat(none.table("legacy").columns()).extracting(Column::label)
        .containsExactly("2026年度", Math.max(2008, first) + "年—2026年累计");

    assertThatThrownBy(() -> new CumulativeAtStart(Map.of("received-by-fax", 1L)))
        .hasMessageContaining("received-post-fax");
    assertThatThrownBy(() -> new CumulativeAtStart(Map.of("received", -1L)))
        .hasMessageContaining("must not be negative");
  }

  private AnnualReports reports(CumulativeAtStart atStart) {
    PublicationRegister publications = ProcessTestEngine.bean(engine, "publicationRegister",
        PublicationRegister.class);
    return new AnnualReports(jdbc(),
        ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class), publications,
        2008, new io.github.ogiworkflow.publication.RegulationsInForce(publications, 0, 0),
        atStart);
  }

  private static List<Placed> placedIn(Grid grid, int row) {
    return grid.cells().stream().filter(p -> p.row() == row)
        .sorted(Comparator.comparingInt(Placed::col)).toList();
  }

  // ---- the scenario, in the order of the calendar -----------------------------------------

  private void runTheScenario() {
    RequestScenario a = received("A", day(2025, 3, 3), "NATURAL_PERSON", "IN_PERSON")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("2024年行政处罚案件统计表", "PUBLIC", "wherePublic", "本局网站")));
    reply(a, day(2025, 3, 5), false);
    fileReconsideration(a, day(2025, 4, 1));

    RequestScenario b = received("B", day(2025, 4, 7), "COMMERCIAL", "POST")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("某企业检查记录", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
            REDACTION_NOTE, "删除第三方个人信息", WITHHOLDING_GROUND, "THIRD_PARTY",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");
    reply(b, day(2025, 4, 21), true);

    today(day(2025, 5, 6));
    a.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2025-05-06");
    sue(a, day(2025, 5, 9), true);

    RequestScenario c = received("C", day(2025, 5, 12), "RESEARCH", "FAX")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("局务会议纪要", "HELD")));
    withhold(c, "INTERNAL_AFFAIRS");
    reply(c, day(2025, 5, 26), true);

    sue(b, day(2025, 6, 2), false);
    defend(b, day(2025, 6, 2));
    RequestScenario d = received("D", day(2025, 6, 2), "NONPROFIT", "IN_PERSON")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("某河道水质监测数据", "NOT_HELD", "responsibleAgency", "示范市生态环境局",
                "notOursReason", "该信息由示范市生态环境局制作并保存")));
    reply(d, day(2025, 6, 10), false);
    fileReconsideration(c, day(2025, 6, 10));
    publish(day(2025, 6, 16),
        PublicationScenario.item("示范市市场监管行政规范性文件（2025）", "NORMATIVE_DOCUMENTS",
            List.of("WEBSITE", "GAZETTE"), "docNumber", "示市监规〔2025〕1号",
            "regulationKind", "NORMATIVE", "regulationAction", "ISSUE",
            "licensingDecisions", 5, "penaltyDecisions", 3, "feeAmount", "1.5"),
        PublicationScenario.item("2025年二季度工作动态", "WORK_NEWS", List.of("WEBSITE")));

    today(day(2025, 7, 1));
    start(ProcessKeys.COMPLAINT, d, TRACKING_NUMBER, d.trackingNumber(), COMPLAINT_KIND, "REPORT",
        APPEAL_BODY, "示范市人民政府办公室", SERVED_ON, "2025-07-01",
        COMPLAINT_TEXT, "举报该局答复不当");
    d.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT, "经核查，本局已依法答复。")
        .complete("Task_ApproveComplaintAnswer", LEADER, ANSWER_APPROVAL, "APPROVE");

    // 5.2: D's organisation asks again for what D was answered (Art. 36(六)).
    RequestScenario e = received("E", day(2025, 7, 7), "LEGAL_SERVICE", "POST", "NOT_A_REQUEST",
        NOT_A_REQUEST_KIND, "REPEAT", EARLIER_REQUEST, d.trackingNumber());
    reply(e, day(2025, 7, 14), false);

    today(day(2025, 7, 15));
    c.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2025-07-15");
    c.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("局务会议纪要（公开部分）", "PUBLIC", "wherePublic", "本局网站")));
    reply(c, day(2025, 7, 20), false);

    RequestScenario f = received("F", day(2025, 8, 4), "OTHER_ORG", "POST", "CORRECTION",
        CORRECTION_POINTS, "请写明所需信息的名称。");
    today(day(2025, 9, 1));
    f.fireTimer(TIMER_CORRECTION_DEADLINE)
        .complete(ElementIds.TASK_CONFIRM_NO_CORRECTION, OFFICE_USER, NO_CORRECTION_DECISION,
            "CLOSE");

    b.complete(TASK_RECORD_JUDGMENT, LEGAL_USER, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2025-09-01", APPEALED_TO_HIGHER_COURT, false);

    RequestScenario g = received("G", day(2025, 9, 1), "NATURAL_PERSON", "IN_PERSON")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("2024年抽检结果", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 150)
        .complete(ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
            "2025-09-01");
    today(day(2025, 9, 10));
    g.complete(TASK_RECORD_PAYMENT, OFFICE_USER, FEE_PAID_ON, "2025-09-10");
    deliver(g, day(2025, 9, 12));

    RequestScenario h = received("H", day(2025, 10, 13), "COMMERCIAL", "POST")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("历年抽检结果", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_PAGE",
            PAGE_COUNT, 250)
        .complete(ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER, FEE_NOTICE_SERVED_ON,
            "2025-10-13");
    RequestScenario p = received("P", day(2025, 11, 3), "NATURAL_PERSON", "IN_PERSON")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("党组会议记录", "HELD")));
    withhold(p, "INTERNAL_AFFAIRS");
    reply(p, day(2025, 11, 17), true);

    today(day(2025, 11, 20));
    h.fireTimer(ElementIds.TIMER_PAYMENT_DEADLINE)
        .complete(ElementIds.TASK_CONFIRM_UNPAID, OFFICE_USER, UNPAID_DECISION, "CLOSE");
    fileReconsideration(p, day(2025, 12, 1));

    RequestScenario i = received("I", day(2025, 12, 15), "NATURAL_PERSON", "IN_PERSON")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    RequestScenario j = received("J", day(2025, 12, 22), "RESEARCH", "POST")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("涉密规划图", "HELD")));
    withhold(j, "STATE_SECRET");

    // 2026: the 2025 report as the office computes it for publication
    today(day(2026, 1, 5));
    published2025 = reports().compute(2025);
    reply(i, day(2026, 1, 8), false);
    reply(j, day(2026, 1, 15), true);
    today(day(2026, 1, 20));
    p.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-01-20");
    p.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
        items(item("党组会议记录（可公开部分）", "PUBLIC", "wherePublic", "本局网站")));
    fileReconsideration(j, day(2026, 2, 2));
    RequestScenario k = received("K", day(2026, 2, 2), "NATURAL_PERSON", "POST")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("某企业内部账册", "NOT_GOVERNMENT_INFO")));
    reply(p, day(2026, 2, 5), false);
    reply(k, day(2026, 2, 10), false);
    sue(k, day(2026, 3, 1), false);
    today(day(2026, 3, 2));
    j.complete(TASK_RECORD_DECISION, LEGAL_USER, APPEAL_RESULT, "OTHER",
        APPEAL_RESULT_DETAIL, "DISMISSED", DECIDED_ON, "2026-03-02");
    RequestScenario l = received("L", day(2026, 3, 2), "LEGAL_SERVICE", "IN_PERSON")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS,
            items(item("全市企业名录汇总分析", "NEEDS_PROCESSING")));
    reply(l, day(2026, 3, 9), false);
    today(day(2026, 3, 20));
    start(ProcessKeys.RECONSIDERATION, l, TRACKING_NUMBER, l.trackingNumber(),
        DOCKET_NO, "示复〔2026〕3号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-03-20",
        SERVED_ON, "2026-03-20", PROCEDURE, "SIMPLIFIED");
    received("M", day(2026, 4, 1), "OTHER_ORG", "POST");
    RequestScenario n = received("N", day(2026, 4, 13), "NONPROFIT", "FAX")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("审查意见稿", "HELD")));
    withhold(n, "PROCESS_INFO");
    reply(n, day(2026, 4, 27), true);

    publish(day(2026, 5, 11),
        PublicationScenario.item("关于废止示范市市场监管行政规范性文件（2025）的决定",
            "NORMATIVE_DOCUMENTS", List.of("WEBSITE"), "docNumber", "示市监规〔2026〕1号",
            "regulationKind", "NORMATIVE", "regulationAction", "REPEAL",
            "repeals", "示市监规〔2025〕1号", "enforcementDecisions", 2));
  }

  // ---- steps as staff take them ----------------------------------------------------------

  /** Registered by the office on {@code on} and checked (complete unless told otherwise). */
  private RequestScenario received(String name, LocalDate on, String applicantType,
      String channel, Object... completeness) {
    today(on);
    Map<String, Object> form = registration(on);
    form.put(APPLICANT_TYPE, applicantType);
    form.put(CHANNEL, channel);
    if (!"NATURAL_PERSON".equals(applicantType)) {
      // E repeats D's request, as the same organisation (5.2 needs the same applicant).
      form.put(APPLICANT_NAME, "示范市某" + ("E".equals(name) ? "D" : name) + "单位");
      form.remove(ID_TYPE);
      form.remove(ID_NUMBER);
    }
    RequestScenario scenario = new RequestScenario(engine).start(form);
    cases.put(name, scenario);
    Object[] decision = completeness.length == 0 ? new Object[] {"COMPLETE"} : completeness;
    Object[] variables = new Object[decision.length + 1];
    variables[0] = COMPLETENESS_DECISION;
    System.arraycopy(decision, 0, variables, 1, decision.length);
    return scenario.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, variables);
  }

  private static void withhold(RequestScenario scenario, String ground) {
    scenario.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, ground, LEGAL_BASIS, "《政府信息公开条例》第十四条至第十六条");
  }

  /** Reply written without a fee, approved by leadership where it withholds, delivered. */
  private static void reply(RequestScenario scenario, LocalDate deliveredOn, boolean approval) {
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    if (approval) {
      scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    }
    deliver(scenario, deliveredOn);
  }

  private static void deliver(RequestScenario scenario, LocalDate on) {
    today(on);
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, on.toString());
  }

  /** The copy of a reconsideration is served; legal answers, leadership approves, it is sent. */
  private void fileReconsideration(RequestScenario scenario, LocalDate on) {
    today(on);
    start(ProcessKeys.RECONSIDERATION, scenario, TRACKING_NUMBER, scenario.trackingNumber(),
        DOCKET_NO, "示复〔" + on.getYear() + "〕" + on.getDayOfYear() + "号",
        APPEAL_BODY, "示范市人民政府", FILED_ON, on.toString(), SERVED_ON, on.toString(),
        PROCEDURE, "SIMPLIFIED");
    scenario.complete(TASK_DRAFT_ANSWER, LEGAL_USER, ANSWER_TEXT, "被申请人已依法答复。",
            EVIDENCE_LIST, "1. 申请表；2. 答复书")
        .complete(TASK_APPROVE_ANSWER, LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_ANSWER, LEGAL_USER, SUBMITTED_ON, on.toString());
  }

  private void sue(RequestScenario scenario, LocalDate on, boolean afterReconsideration) {
    today(on);
    start(ProcessKeys.LITIGATION, scenario, TRACKING_NUMBER, scenario.trackingNumber(),
        DOCKET_NO, "（" + on.getYear() + "）示0502行初" + on.getDayOfYear() + "号",
        APPEAL_BODY, "示范市人民法院", SERVED_ON, on.toString(),
        AFTER_RECONSIDERATION, afterReconsideration);
  }

  private static void defend(RequestScenario scenario, LocalDate on) {
    scenario.complete(TASK_DRAFT_DEFENCE, LEGAL_USER, ANSWER_TEXT, "答辩意见：被告已依法答复。",
            EVIDENCE_LIST, "1. 答复书；2. 送达回证")
        .complete("Task_ApproveDefence", LEADER, ANSWER_APPROVAL, "APPROVE")
        .complete(TASK_SUBMIT_DEFENCE, LEGAL_USER, SUBMITTED_ON, on.toString(),
            HEARING_ON, on.plusMonths(1).toString());
  }

  /** An appeal process started by legal with its start form. */
  private void start(String processKey, RequestScenario scenario, Object... keyValues) {
    engine.getIdentityService().setAuthenticatedUserId(LEGAL_USER);
    try {
      engine.getRuntimeService().startProcessInstanceByKey(processKey, vars(keyValues));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    scenario.runAsyncSteps();
  }

  /** A proactive batch drafted, reviewed, approved where required and published on {@code on}. */
  private void publish(LocalDate on, Map<?, ?>... items) {
    today(on);
    PublicationScenario batch = new PublicationScenario(engine).draft(items);
    for (Map<?, ?> item : items) {
      batch.complete(batch.review((String) item.get("title")), LEGAL_USER,
          REVIEW_CONCLUSION, "RELEASABLE");
    }
    if (!engine.getTaskService().createTaskQuery().processInstanceBusinessKey(batch.batch())
        .taskDefinitionKey(TASK_APPROVE_PUBLICATION).list().isEmpty()) {
      batch.decideAll("APPROVE", null);
    }
    batch.recordPublication(on.toString());
  }

  // ---- checking --------------------------------------------------------------------------

  /**
   * Compares one table with its hand count: a line per row, in the table's order, the row id
   * then the figures of its cells; anything after the figures is a note.
   */
  private static void expect(SoftAssertions soft, AnnualReport before, AnnualReport after,
      String tableId, String grid) {
    ReportTable table = after.table(tableId);
    List<String> lines = grid.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    soft.assertThat(lines.stream().map(l -> l.split(" +")[0]).toList())
        .as("%d %s: rows of the hand count", after.year(), tableId)
        .containsExactlyElementsOf(table.rows().stream().map(Row::id).toList());
    for (String line : lines) {
      List<String> tokens = Arrays.asList(line.split(" +"));
      Row row = table.row(tokens.get(0));
      for (int c = 0; c < row.cells().size(); c++) {
        Cell cell = row.cells().get(c);
        BigDecimal expected = c + 1 < tokens.size() && tokens.get(c + 1).matches("[0-9.]+")
            ? new BigDecimal(tokens.get(c + 1)) : null;
        BigDecimal actual = number(cell.value()).subtract(
            number(before.table(tableId).row(row.id()).cells().get(c).value()));
        soft.assertThat(actual).as("%d %s", after.year(), cell.id())
            .isEqualByComparingTo(expected == null ? new BigDecimal(-1) : expected);
      }
    }
  }

  private static long delta(AnnualReport before, AnnualReport after, String table, String row,
      String column) {
    return after.table(table).count(row, column) - before.table(table).count(row, column);
  }

  private static BigDecimal number(Number value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  private JdbcTemplate jdbc() {
    return ProcessTestEngine.jdbc(engine);
  }

  private AnnualReports reports() {
    return new AnnualReports(jdbc(),
        ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class),
        ProcessTestEngine.bean(engine, "publicationRegister", PublicationRegister.class), 2025);
  }
}
