package io.github.ogiworkflow.ledger;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import io.github.ogiworkflow.security.Groups;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

/**
 * A search of the ledger as the page or an API client asks it, checked field by field: a wrong
 * value is refused with a Chinese message naming the field (nothing is guessed).
 *
 * @param trackingNumber part of the number: a request's 受理编号, a complaint's own number
 *     (SSJB-…) or a publication batch's (ZDGK-…)
 * @param kind requests, complaints without a request or publication batches only (null: all).
 *     Every other filter but the number and the receipt period is a request's: with one of them
 *     the ledger lists requests only
 * @param applicant part of the applicant's name (names are not masked personal data, see
 *     privacy/PersonalVariables)
 * @param receivedFrom first receipt on or after (cases submitted online but not yet received
 *     have no receipt date yet, Art. 31, and are left out of a period search)
 * @param closedYear first closed in that year, as the annual report counts it
 * @param outcome outcome code of the first closing (a row of table 三)
 * @param deadline {@code overdue} or {@code dueSoon} as 期限监控 classifies the reply deadline
 * @param group with an open task of that group; {@code assignee}: held by that user
 * @param appealKind, appealResult, appealYear: with an appeal of that kind served in the year
 *     and that result ({@code PENDING} while undecided)
 */
public record LedgerQuery(String trackingNumber, LedgerKind kind, String applicant, Status status,
    LocalDate receivedFrom, LocalDate receivedTo, Integer closedYear, OutcomeCode outcome,
    String deadline, String group, String assignee, String appealKind, String appealResult,
    Integer appealYear, int page, int size) {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;

  public static LedgerQuery all() {
    return new LedgerQuery(null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, 1, DEFAULT_SIZE);
  }

  /** A filter only a request can meet (applicant, status, outcome, appeal, open task...). */
  boolean requestsOnly() {
    return applicant != null || status != null || closedYear != null || outcome != null
        || appealKind != null || needsOpenTasks();
  }

  /** Whether lines of this kind can match the query. */
  boolean includes(LedgerKind k) {
    return (kind == null || kind == k) && (k == LedgerKind.REQUEST || !requestsOnly());
  }

  boolean needsOpenTasks() {
    return deadline != null || group != null || assignee != null;
  }

  /** Parses request parameters; throws {@link InvalidInput} naming the first wrong field. */
  static LedgerQuery parse(Map<String, String> p) {
    String trackingNumber = text(p, "trackingNumber", "编号", 20);
    LedgerKind kind = null;
    String k = blankToNull(p.get("kind"));
    if (k != null) {
      kind = Arrays.stream(LedgerKind.values()).filter(v -> v.name().equals(k)).findFirst()
          .orElseThrow(() -> new InvalidInput("kind is unknown（类型“" + k + "”不存在）"));
    }
    String applicant = text(p, "applicant", "申请人", 200);
    Status status = null;
    String s = blankToNull(p.get("status"));
    if (s != null) {
      status = Arrays.stream(Status.values()).filter(v -> v.name().equals(s)).findFirst()
          .orElseThrow(() -> new InvalidInput("status is unknown（办理状态“" + s + "”不存在）"));
    }
    LocalDate from = date(p, "receivedFrom", "收到日期（起）");
    LocalDate to = date(p, "receivedTo", "收到日期（止）");
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInput("receivedTo is before receivedFrom（收到日期（止）早于收到日期（起））");
    }
    Integer closedYear = year(p, "closedYear", "办结年度");
    OutcomeCode outcome = null;
    String o = blankToNull(p.get("outcome"));
    if (o != null) {
      outcome = Arrays.stream(OutcomeCode.values()).filter(v -> v.code().equals(o)).findFirst()
          .orElseThrow(() -> new InvalidInput("outcome is unknown（办理结果代码“" + o + "”不存在）"));
    }
    String deadline = blankToNull(p.get("deadline"));
    if (deadline != null && !deadline.equals("overdue") && !deadline.equals("dueSoon")) {
      throw new InvalidInput("deadline must be overdue or dueSoon（期限筛选只能是已超期或即将到期）");
    }
    String group = blankToNull(p.get("group"));
    if (group != null && Groups.taskGroups().stream().noneMatch(g -> g.id().equals(group))) {
      throw new InvalidInput("group is unknown（办理组“" + group + "”不存在）");
    }
    String assignee = text(p, "assignee", "办理人", 64);
    String appealKind = blankToNull(p.get("appealKind"));
    if (appealKind != null && !Arrays.asList("RECONSIDERATION", "LITIGATION", "COMPLAINT")
        .contains(appealKind)) {
      throw new InvalidInput("appealKind is unknown（复议诉讼类型“" + appealKind + "”不存在）");
    }
    String appealResult = blankToNull(p.get("appealResult"));
    if (appealResult != null && !Arrays.asList("MAINTAINED", "CORRECTED", "OTHER", "ANSWERED",
        "PENDING").contains(appealResult)) {
      throw new InvalidInput("appealResult is unknown（复议诉讼结果“" + appealResult + "”不存在）");
    }
    Integer appealYear = year(p, "appealYear", "复议诉讼年度");
    if ((appealResult != null || appealYear != null) && appealKind == null) {
      throw new InvalidInput("appealKind is required with appealResult or appealYear"
          + "（按复议诉讼结果或年度筛选时须指定复议诉讼类型）");
    }
    int page = number(p, "page", "页码", 1, 1, 100_000);
    int size = number(p, "size", "每页件数", DEFAULT_SIZE, 1, MAX_SIZE);
    return new LedgerQuery(trackingNumber, kind, applicant, status, from, to, closedYear, outcome,
        deadline, group, assignee, appealKind, appealResult, appealYear, page, size);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String text(Map<String, String> p, String name, String label, int max) {
    String value = blankToNull(p.get(name));
    if (value != null && value.length() > max) {
      throw new InvalidInput(name + " is too long（" + label + "不能超过" + max + "个字）");
    }
    return value;
  }

  private static LocalDate date(Map<String, String> p, String name, String label) {
    String value = blankToNull(p.get(name));
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(name + " is not a date yyyy-MM-dd（" + label
          + "应为日期，格式为 年-月-日，如 2026-01-01）", e);
    }
  }

  private static Integer year(Map<String, String> p, String name, String label) {
    String value = blankToNull(p.get(name));
    if (value == null) {
      return null;
    }
    return number(p, name, label, 0, 2000, 2100);
  }

  private static int number(Map<String, String> p, String name, String label, int otherwise,
      int min, int max) {
    String value = blankToNull(p.get(name));
    if (value == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidInput(name + " must be a whole number from " + min + " to " + max
          + "（" + label + "应为 " + min + " 至 " + max + " 之间的整数）");
    }
  }
}
