package io.github.ogiworkflow.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.InvalidInput;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The figures of a report snapshot (the JSON kept in {@code ogi_annual_report.tables_json}),
 * each named as staff read it, for two checks (ADR 0091): which cells a register change moved
 * between computation and approval or publication (audit round 26, F2), and whether the
 * report's free text states a count or an amount its tables do not contain (F3; handbook
 * section 8: "69 in the text and 70 in the table").
 */
final class ReportFigures {

  /** One cell: its id ({@code t3.new.TOTAL}), its Chinese name and its value. */
  record Figure(String id, String label, BigDecimal value) {}

  /** A count or amount stated in a text: as written, its value and its unit. */
  record Stated(String written, BigDecimal value, String unit) {}

  /** How many changed cells a note names before "等共N项". */
  static final int NAMED_CHANGES = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportFigures() {}

  static JsonNode parse(String tablesJson) {
    try {
      return JSON.readTree(tablesJson);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Annual report snapshot not readable", e);
    }
  }

  /** Every cell of every table, in the order printed. */
  static Map<String, Figure> of(JsonNode snapshot) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    for (JsonNode table : snapshot.path("tables")) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (JsonNode column : table.path("columns")) {
        List<String> parts = ReportLayout.parts(column.path("label").asText());
        columns.put(column.path("id").asText(), parts.get(parts.size() - 1));
      }
      String tableId = table.path("id").asText();
      for (JsonNode row : table.path("rows")) {
        String prefix = tableId + "." + row.path("id").asText() + ".";
        String unit = row.hasNonNull("unit") ? "（" + row.path("unit").asText() + "）" : "";
        for (JsonNode cell : row.path("cells")) {
          String id = cell.path("id").asText();
          String column = id.startsWith(prefix) ? id.substring(prefix.length()) : id;
          JsonNode value = cell.path("value");
          figures.put(id, new Figure(id, table.path("title").asText() + " "
              + row.path("label").asText() + unit + " " + columns.getOrDefault(column, column),
              value.isNumber() ? new BigDecimal(value.asText()) : null));
        }
      }
    }
    return figures;
  }

  /**
   * The cells whose value differs between two snapshots of one year, named with both values
   * ("… 总计 由0变为1"); empty when the register still gives the snapshot's figures.
   */
  static List<String> changes(JsonNode before, JsonNode after) {
    Map<String, Figure> old = of(before);
    List<String> changed = new ArrayList<>();
    for (Figure now : of(after).values()) {
      Figure was = old.remove(now.id());
      BigDecimal previous = was == null ? null : was.value();
      if (!same(previous, now.value())) {
        changed.add(now.label() + " 由" + text(previous) + "变为" + text(now.value()));
      }
    }
    old.values().forEach(was -> changed.add(was.label() + " 由" + text(was.value()) + "变为（无）"));
    return changed;
  }

  /** The changes as one Chinese sentence part: the first ten named, then how many in all. */
  static String describe(List<String> changes) {
    String named = changes.stream().limit(NAMED_CHANGES).collect(Collectors.joining("；"));
    return changes.size() > NAMED_CHANGES ? named + "等，共" + changes.size() + "项" : named;
  }

  // ---- the figures a text states (F3) -------------------------------------------------------

  /**
   * A count (件, 条) or an amount (万元, 元) in Arabic digits or simple Chinese numerals. Not
   * when the number is part of a longer one, an article (第二十条), a vague amount (数十件, 几件,
   * 上百件) or "每一件"; 条 not in 条例, 条款.
   */
  private static final Pattern STATED = Pattern.compile(
      "(?<![0-9.第每数几上余零〇一二两三四五六七八九十百千万亿])(?<![0-9],)"
          + "([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+)"
          + "\\s*(万元|元|件|条(?![例款]))");

  static List<Stated> stated(String text) {
    List<Stated> found = new ArrayList<>();
    // Full-width digits and commas read as ASCII (１２０件 is 120件).
    String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    Matcher m = STATED.matcher(plain);
    while (m.find()) {
      BigDecimal value = number(m.group(1));
      if (value != null) {
        found.add(new Stated(m.group(0).replaceAll("\\s", ""), value, m.group(2)));
      }
    }
    return found;
  }

  /**
   * Refuses (on {@code field}) a text that states a count or amount no cell of the snapshot
   * has; the message names the figures written and the report's main figures.
   */
  static boolean requireStatedInTables(JsonNode snapshot, String field, String section,
      String text) {
    Set<BigDecimal> values = of(snapshot).values().stream().map(Figure::value)
        .filter(Objects::nonNull).map(BigDecimal::stripTrailingZeros)
        .collect(Collectors.toSet());
    Set<String> wrong = new LinkedHashSet<>();
    for (Stated s : stated(text)) {
      if (!matches(values, s)) {
        wrong.add(s.written());
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInput(field + " states figures that are not in the report's tables: "
          + String.join(", ", wrong) + "（" + section + "中的“" + String.join("”“", wrong)
          + "”与本年度报告统计表中的数字都不一致。文字部分所述件数、条数和金额须与统计表一致；"
          + "本年度报告的主要数字为：" + mainFigures(snapshot) + "，其余数字见“主要数据”。"
          + "所写数字不是统计数的（如改进措施的条数），请改用“项”等其他量词表述）");
    }
    return true;
  }

  private static boolean matches(Set<BigDecimal> values, Stated s) {
    BigDecimal v = s.value().stripTrailingZeros();
    BigDecimal tenThousand = BigDecimal.valueOf(10_000);
    return switch (s.unit()) {
      // Fees are kept in 元 (section 六) and 万元 (table 二): either reading may be written.
      case "万元" -> values.contains(v) || values.contains(v.multiply(tenThousand)
          .stripTrailingZeros());
      case "元" -> values.contains(v) || values.contains(v.divide(tenThousand)
          .stripTrailingZeros());
      default -> values.contains(v);
    };
  }

  /** 本年新收, 上年结转, 办结, 结转下年度, 复议, 诉讼 and fees collected: the figures a text cites. */
  static String mainFigures(JsonNode snapshot) {
    Map<String, Figure> all = of(snapshot);
    List<String> named = new ArrayList<>();
    name(all, "t3.new.TOTAL", "本年新收申请", "件", named);
    name(all, "t3.carried.TOTAL", "上年结转", "件", named);
    name(all, "t3.closed.TOTAL", "本年办结", "件", named);
    name(all, "t3.forward.TOTAL", "结转下年度", "件", named);
    name(all, "t4.RECONSIDERATION.TOTAL", "行政复议", "件", named);
    long litigation = 0;
    boolean any = false;
    for (String id : List.of("t4.LITIGATION_DIRECT.TOTAL", "t4.LITIGATION_AFTER.TOTAL")) {
      Figure f = all.get(id);
      if (f != null && f.value() != null) {
        litigation += f.value().longValue();
        any = true;
      }
    }
    if (any) {
      named.add("行政诉讼" + litigation + "件");
    }
    name(all, "fees.collected.amount", "收取信息处理费", "元", named);
    return String.join("、", named);
  }

  private static void name(Map<String, Figure> all, String id, String label, String unit,
      List<String> named) {
    Figure f = all.get(id);
    if (f != null && f.value() != null) {
      named.add(label + ReportLayout.format(f.value()) + unit);
    }
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String text(BigDecimal value) {
    return value == null ? "（无）" : ReportLayout.format(value);
  }

  /** Arabic digits (with thousands commas) or a simple Chinese numeral; null if unreadable. */
  static BigDecimal number(String written) {
    if (written.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == ',')) {
      return new BigDecimal(written.replace(",", ""));
    }
    return chinese(written);
  }

  private static final String DIGITS = "零一二三四五六七八九";

  /** 一百二十, 十三, 两千零五, 三万; digit by digit when no 十百千万 (一二〇). */
  static BigDecimal chinese(String written) {
    String s = written.replace('〇', '零').replace('两', '二');
    if (s.chars().noneMatch(c -> "十百千万".indexOf(c) >= 0)) {
      StringBuilder digits = new StringBuilder();
      for (char c : s.toCharArray()) {
        digits.append(DIGITS.indexOf(c));
      }
      return new BigDecimal(digits.toString());
    }
    long total = 0;
    long section = 0;
    long digit = -1;
    for (char c : s.toCharArray()) {
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      long unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        default -> 10_000;
      };
      if (unit == 10_000) {
        total += (section + Math.max(digit, 0)) * unit;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    }
    return BigDecimal.valueOf(total + section + Math.max(digit, 0));
  }
}
