package io.github.ogiworkflow.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.TextLimits;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.publication.PublicationRegister.Draft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the forms' dynamic lists (JSON arrays as Spin, string or Java list) and drafts. */
final class PublicationDrafts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PublicationDrafts() {}

  private static final String REMOVE_IT = "请去除后再提交";

  static List<JsonNode> rows(Object value, String name) {
    if (value == null) {
      return List.of();
    }
    JsonNode array;
    try {
      array = value instanceof List<?> list ? JSON.valueToTree(list) : JSON.readTree(value.toString());
    } catch (Exception e) {
      throw new InvalidInput(name + " is not a JSON list（列表格式错误）", e);
    }
    // A form's dynamic list is an array: an object's values are no rows (audit 24, F11).
    if (!array.isArray()) {
      throw new InvalidInput(name + " is not a JSON list（列表格式错误：应为列表）");
    }
    List<JsonNode> rows = new ArrayList<>();
    array.forEach(rows::add);
    return rows;
  }

  /**
   * One drafted item; {@code defaultTitle} is the request item's title under Art. 44, where the
   * day the information was formed or changed (Art. 26) may be left out.
   */
  static Draft draft(JsonNode row, int n, String defaultTitle) {
    String title = text(row, n, "title", "信息名称");
    if (title == null) {
      title = defaultTitle;
    }
    if (title == null || title.length() > TextLimits.PUBLICATION_TITLE) {
      throw new InvalidInput("publicationItems[" + n + "].title is required（第" + n
          + "项：请填写信息名称，不超过" + TextLimits.PUBLICATION_TITLE + "字）");
    }
    // Everything the catalogue shows is public (Art. 12, 15): no personal data in it (audit 33a
    // F1). An Art. 44 item's title taken from the request's item is held to it as well.
    boolean ownTitle = defaultTitle == null || !title.equals(defaultTitle);
    PublicText.requireNoPersonalData(title, "publicationItems[" + n + "].title", "第" + n
        + "项：信息名称" + (ownTitle ? "" : "（取自申请的信息项）"), ownTitle ? REMOVE_IT
        : "请填写不含个人信息的信息名称后再提交");
    List<PublicationChannel> channels = new ArrayList<>();
    row.path("channels").forEach(c -> channels.add(choice(c.asText(), PublicationChannel::valueOf,
        n, "channels", "发布渠道")));
    if (channels.isEmpty()) {
      throw new InvalidInput("publicationItems[" + n + "].channels: at least one（第" + n
          + "项：请至少选择一个发布渠道）");
    }
    RegulationKind kind = text(row, "regulationKind") == null ? RegulationKind.NONE
        : choice(text(row, "regulationKind"), RegulationKind::valueOf, n, "regulationKind", "文件类型");
    RegulationKind.Action action = null;
    if (kind != RegulationKind.NONE) {
      action = choice(text(row, "regulationAction"), RegulationKind.Action::valueOf, n,
          "regulationAction", "制发或废止");
    }
    String unit = text(row, n, "publishingUnit", "发布机构");
    if (unit == null) {
      throw new InvalidInput("publicationItems[" + n + "].publishingUnit is required（第" + n
          + "项：请填写发布机构）");
    }
    TextLimits.check("publicationItems[" + n + "].publishingUnit", "publishingUnit", unit);
    String docNumber = text(row, n, "docNumber", "文号");
    TextLimits.check("publicationItems[" + n + "].docNumber", "docNumber", docNumber);
    PublicText.requireNoPersonalData(unit, "publicationItems[" + n + "].publishingUnit", "第" + n
        + "项：发布机构", REMOVE_IT);
    PublicText.requireNoPersonalData(docNumber, "publicationItems[" + n + "].docNumber", "第" + n
        + "项：文号", REMOVE_IT);
    String repeals = endedDocNumber(row, n, "repeals", "被废止文件的文号");
    String replaces = endedDocNumber(row, n, "replaces", "被替代信息的文号");
    boolean repeal = action == RegulationKind.Action.REPEAL;
    if (repeal && repeals == null) {
      throw new InvalidInput("publicationItems[" + n + "].repeals is required for a repeal（第" + n
          + "项：废止" + kind.label() + "的，请填写被废止文件的文号）");
    }
    if (!repeal && repeals != null) {
      throw new InvalidInput("publicationItems[" + n + "].repeals is for a repeal only（第" + n
          + "项：只有废止规章或行政规范性文件的才填写被废止文件的文号）");
    }
    if (repeal && replaces != null) {
      throw new InvalidInput("publicationItems[" + n + "].replaces is not for a repeal（第" + n
          + "项：废止的请只填写被废止文件的文号，不填写被替代信息的文号）");
    }
    return new Draft(title, docNumber,
        choice(text(row, "category"), PublicationCategory::valueOf, n, "category", "信息类别"),
        unit, List.copyOf(channels),
        choice(text(row, "attribute"), DisclosureAttribute::valueOf, n, "attribute", "公开属性"),
        kind, action, count(row, "licensingDecisions", n), count(row, "penaltyDecisions", n),
        count(row, "enforcementDecisions", n), feeAmount(row, "feeAmount", n),
        formedOn(row, n, defaultTitle == null), ownPeriod(row, n), repeals, replaces);
  }

  /**
   * The item's own statutory period (Art. 26: 法律、法规对政府信息公开的期限另有规定的，从其规定;
   * audit 33a F12, ADR 0151): {@code statutoryPeriodDays}, 1 to 90, in working days or, where
   * {@code statutoryPeriodUnit} is CALENDAR_DAYS, calendar days (session 37, ADR 0190), with
   * {@code statutoryBasis} naming the law and article; both or neither. Null: the category's
   * period or Art. 26's ({@link Art26DueDates#periodOf}).
   */
  static Art26DueDates.Period ownPeriod(JsonNode row, int n) {
    String days = text(row, n, "statutoryPeriodDays", "法定公开期限");
    String basis = text(row, n, "statutoryBasis", "期限的法律依据");
    String unit = text(row, n, "statutoryPeriodUnit", "期限的计算单位");
    if (days == null && basis == null) {
      return null;
    }
    // Working days unless the law counts in calendar days (N日内; session 37, ADR 0190).
    boolean calendarDays;
    if (unit == null || unit.equals("WORKING_DAYS")) {
      calendarDays = false;
    } else if (unit.equals("CALENDAR_DAYS")) {
      calendarDays = true;
    } else {
      throw new InvalidInput("publicationItems[" + n + "].statutoryPeriodUnit: unknown（第" + n
          + "项：期限的计算单位应为工作日或自然日）");
    }
    int workingDays;
    try {
      workingDays = days == null ? -1 : new BigDecimal(days).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      workingDays = -1;
    }
    if (workingDays < 1 || workingDays > Art26DueDates.MAX_OWN_PERIOD) {
      throw new InvalidInput("publicationItems[" + n + "].statutoryPeriodDays: 1 to "
          + Art26DueDates.MAX_OWN_PERIOD + " days（第" + n + "项：法定公开期限应为1至"
          + Art26DueDates.MAX_OWN_PERIOD + "的整数（工作日或自然日，法律、法规另有规定的期限；不填则按信息类别或"
          + "条例第二十六条的20个工作日））");
    }
    if (basis == null || basis.length() > 500
        || !io.github.ogiworkflow.vocabulary.WithholdingGround.isCitation(basis)) {
      throw new InvalidInput("publicationItems[" + n + "].statutoryBasis names no law and"
          + " article（第" + n + "项：另有规定的公开期限须写明法律依据，即法律、法规的名称和条款，如"
          + "《中华人民共和国政府采购法实施条例》第四十三条，不超过500字）");
    }
    PublicText.requireNoPersonalData(basis, "publicationItems[" + n + "].statutoryBasis",
        "第" + n + "项：期限的法律依据", REMOVE_IT);
    return Art26DueDates.Period.given(workingDays, calendarDays, basis);
  }

  /**
   * The 文号 of the document a 废止 repeals ({@code repeals}) or of the item a new version
   * replaces ({@code replaces}), ADR 0149: a 文号 as the draft's own is checked.
   */
  private static String endedDocNumber(JsonNode row, int n, String field, String chineseName) {
    String docNumber = text(row, n, field, chineseName);
    TextLimits.check("publicationItems[" + n + "]." + field, "docNumber", docNumber);
    PublicText.requireNoPersonalData(docNumber, "publicationItems[" + n + "]." + field, "第" + n
        + "项：" + chineseName, REMOVE_IT);
    return docNumber;
  }

  /**
   * The earliest 形成或变更日期: the day the Regulation first took effect (国务院令第492号,
   * 2008-05-01), before which Art. 26's 20 working days bound nothing; an older date is a typing
   * error (1900-01-01 was taken, audit round 25, F10), as the annual reports start in 2008.
   */
  static final LocalDate EARLIEST_FORMED_ON = LocalDate.of(2008, 5, 1);

  /**
   * 形成或变更日期 (Art. 26: published within 20 working days of the day the information was
   * formed or changed): a date, not in the future; required unless the item comes from a
   * request's answer (Art. 44).
   */
  private static LocalDate formedOn(JsonNode row, int n, boolean required) {
    LocalDate day;
    try {
      day = OfficeTime.toLocalDate(text(row, "formedOn"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("publicationItems[" + n + "].formedOn is not a date（第" + n
          + "项：形成或变更日期格式应为 年-月-日，如 2026-01-01）", e);
    }
    if (day == null && required) {
      throw new InvalidInput("publicationItems[" + n + "].formedOn is required（第" + n
          + "项：请填写信息的形成或变更日期（第二十六条：自形成或者变更之日起20个工作日内公开））");
    }
    if (day != null && day.isBefore(EARLIEST_FORMED_ON)) {
      throw new InvalidInput("publicationItems[" + n + "].formedOn lies before "
          + EARLIEST_FORMED_ON + "（第" + n + "项：形成或变更日期不能早于2008年5月1日（条例施行之日）；"
          + "请核对日期）");
    }
    if (day != null && day.isAfter(OfficeTime.today())) {
      throw new InvalidInput("publicationItems[" + n + "].formedOn lies in the future（第" + n
          + "项：形成或变更日期不能晚于今天）");
    }
    return day;
  }

  /** A row's text (a code, a date, a reason), null when blank: the register's rule (Vars). */
  static String text(JsonNode row, String field) {
    return text(row, field, field, "列表中的内容", true);
  }

  /** A drafted item's text field, a refusal naming its row (第2项：发布机构). */
  private static String text(JsonNode row, int n, String field, String chineseName) {
    return text(row, field, "publicationItems[" + n + "]." + field, "第" + n + "项："
        + chineseName, false);
  }

  /**
   * Stripped, not trimmed: a name of full-width spaces or zero-width characters is blank, not
   * a catalogue entry showing nothing (audit 24, F7); hidden characters are refused.
   */
  private static String text(JsonNode row, String field, String place, String chineseName,
      boolean multiline) {
    JsonNode node = row.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    return Vars.listText(node.asText(), place, chineseName, multiline);
  }

  private static <E> E choice(String value, Function<String, E> valueOf, int n, String field,
      String chineseName) {
    try {
      return valueOf.apply(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("publicationItems[" + n + "]." + field + " is missing or invalid（第"
          + n + "项：请选择" + chineseName + "）", e);
    }
  }

  private static int count(JsonNode row, String field, int n) {
    BigDecimal value = amount(row, field, n);
    if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
      throw new InvalidInput("publicationItems[" + n + "]." + field + " must be a whole number（第"
          + n + "项：决定数量应为整数）");
    }
    if (value.compareTo(MAX_COUNT) > 0) {
      // The register's INTEGER column (audit 31a, F5): not the engine's arithmetic overflow.
      throw new InvalidInput("publicationItems[" + n + "]." + field + " exceeds " + MAX_COUNT
          + "（第" + n + "项：决定数量过大，不能超过" + MAX_COUNT + "）");
    }
    return value.intValueExact();
  }

  /** The largest count the register's INTEGER columns hold. */
  private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);
  /** The amount's column, DECIMAL(14, 4): ten whole digits, four decimals (万元). */
  private static final int AMOUNT_WHOLE_DIGITS = 10;
  private static final int AMOUNT_DECIMALS = 4;

  /** A fee amount (万元) the register's DECIMAL(14, 4) holds exactly (audit 31a, F5). */
  private static BigDecimal feeAmount(JsonNode row, String field, int n) {
    BigDecimal value = amount(row, field, n).stripTrailingZeros();
    if (value.scale() > AMOUNT_DECIMALS) {
      throw new InvalidInput("publicationItems[" + n + "]." + field + " has more than "
          + AMOUNT_DECIMALS + " decimals（第" + n + "项：行政事业性收费（万元）最多保留" + AMOUNT_DECIMALS
          + "位小数）");
    }
    if (value.precision() - value.scale() > AMOUNT_WHOLE_DIGITS) {
      throw new InvalidInput("publicationItems[" + n + "]." + field + " is too large（第" + n
          + "项：行政事业性收费（万元）过大，整数部分不能超过" + AMOUNT_WHOLE_DIGITS + "位）");
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private static BigDecimal amount(JsonNode row, String field, int n) {
    String text = text(row, field);
    if (text == null) {
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() < 0) {
        throw new NumberFormatException("negative");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidInput("publicationItems[" + n + "]." + field + " is not a number >= 0（第"
          + n + "项：应为不小于0的数字）", e);
    }
  }
}
