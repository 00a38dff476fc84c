package io.github.ogiworkflow.publication;

import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseRecord;
import io.github.ogiworkflow.register.CaseRegister.Status;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申请人建议主动公开 (Art. 44, second sentence; audit 33a F9, ADR 0162): an applicant suggests
 * that information it asked for be moved into the proactive scope; the office records the
 * suggestion against the request's items by 序号 (table {@code ogi_proactive_suggestion}, owned
 * here). Every field is checked before anything is written; an item is suggested once.
 */
@Component
public class ProactiveSuggestions {

  /** The reason's length: at least this many characters, at most {@link #MAX_REASON}. */
  static final int MIN_REASON = 4;
  static final int MAX_REASON = 1000;

  /** One recorded suggestion: the item by 序号 and title, and who recorded it when. */
  public record Suggestion(long itemId, int seq, String title, boolean superseded,
      LocalDate suggestedOn, String reason, String recordedBy, String recordedByName,
      Instant recordedAt, Voiding voiding, Answer answer) {

    /** Whether the office voided it as recorded in error (ADR 0173). */
    public boolean voided() {
      return voiding != null;
    }
  }

  /** The agency's answer to a suggestion (ADR 0183). */
  public enum Decision {
    ADOPTED("采纳"),
    NOT_ADOPTED("不予采纳");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The agency's answer to a suggestion (Art. 44, ADR 0183): 采纳 or 不予采纳, why, the day of
   * the answer, and who recorded it (the name of the day) when.
   */
  public record Answer(Decision decision, String reason, LocalDate answeredOn, String answeredBy,
      String answeredByName, Instant recordedAt) {}

  /** A suggestion voided as recorded in error: why, who (the name of the day) and when. */
  public record Voiding(String reason, String voidedBy, String voidedByName, Instant voidedAt) {}

  /** No such request (HTTP 404). */
  public static class UnknownCase extends RuntimeException {
    UnknownCase(String trackingNumber) {
      super("unknown tracking number（受理编号 " + Vars.echo(trackingNumber) + " 不存在）");
    }
  }

  /** The request is in a state where no suggestion can be recorded (HTTP 409). */
  public static class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  private final JdbcTemplate jdbc;
  private final CaseRegister cases;
  private final ItemRegister items;

  public ProactiveSuggestions(JdbcTemplate jdbc, CaseRegister cases, ItemRegister items) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.items = items;
  }

  /**
   * Records the suggestion of request {@code trackingNumber}'s applicant on the items
   * {@code seqs} (their 序号 on the case page), received on {@code suggestedOn} (年-月-日) with
   * {@code reason}; {@code user} and {@code userName} record it. Returns what was recorded.
   * Bad input: {@link InvalidInput} naming every wrong field, nothing written.
   */
  @Transactional
  public List<Suggestion> record(String trackingNumber, Object suggestedOn, Object seqs,
      Object reason, String user, String userName) {
    CaseRecord c = cases.find(trackingNumber).orElseThrow(() -> new UnknownCase(trackingNumber));
    if (!receivedAndStanding(c)) {
      throw new Refused("the receipt of " + trackingNumber + " is not confirmed（申请 "
          + trackingNumber + " 尚未确认收到、不予确认或已作废，不能登记申请人建议主动公开）");
    }
    List<Item> held = items.of(trackingNumber).stream()
        .filter(i -> i.finding() == ItemFinding.HELD).toList();
    if (held.isEmpty()) {
      throw new Refused("request " + trackingNumber + " has no held item yet（申请 "
          + trackingNumber + " 尚无本机关保有的信息项（检索拆分后才能登记申请人建议主动公开））");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate day = errors.check(() -> day(suggestedOn, c.firstReceivedOn()));
    List<Item> chosen = errors.check(() -> chosen(seqs, held, trackingNumber));
    String text = errors.check(() -> reason(reason));
    errors.throwIfAny();
    Instant now = OfficeTime.now();
    try {
      for (Item item : chosen) {
        jdbc.update("INSERT INTO ogi_proactive_suggestion (item_id, case_ref, suggested_on,"
            + " reason, recorded_by, recorded_by_name, recorded_at, active_item_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            item.id(), trackingNumber, Date.valueOf(day), text, user, userName,
            Timestamp.from(now), item.id());
      }
    } catch (DuplicateKeyException e) {
      // Recorded by someone else between the check and the insert (the unique item_id).
      throw new InvalidInput("items: an item was recorded meanwhile（其中的信息项刚被登记过申请人"
          + "建议，请刷新页面后核对）", e);
    }
    return chosen.stream().map(i -> new Suggestion(i.id(), i.seq(), i.title(), false, day, text,
        user, userName, now, null, null)).toList();
  }

  /**
   * Voids the standing suggestions of request {@code trackingNumber} on the items {@code seqs}
   * (序号 as the case page lists them) as recorded in error, with {@code reason}; {@code user}
   * and {@code userName} void them (ADR 0173). The rows stay, marked; the items may be suggested
   * again. Bad input: {@link InvalidInput} naming every wrong field, nothing written.
   */
  @Transactional
  public List<Suggestion> voidInError(String trackingNumber, Object seqs, Object reason,
      String user, String userName) {
    cases.find(trackingNumber).orElseThrow(() -> new UnknownCase(trackingNumber));
    List<Suggestion> standing = of(trackingNumber).stream().filter(s -> !s.voided()).toList();
    if (standing.isEmpty()) {
      throw new Refused("request " + trackingNumber + " has no standing suggestion（申请 "
          + trackingNumber + " 没有可作废的申请人建议主动公开登记）");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    List<Suggestion> chosen = errors.check(() -> toVoid(seqs, standing, trackingNumber));
    String text = errors.check(() -> voidReason(reason));
    errors.throwIfAny();
    Instant now = OfficeTime.now();
    for (Suggestion s : chosen) {
      if (jdbc.update("UPDATE ogi_proactive_suggestion SET voided_at = ?, voided_by = ?,"
          + " voided_by_name = ?, void_reason = ?, active_item_id = NULL"
          + " WHERE item_id = ? AND voided_at IS NULL", Timestamp.from(now), user, userName,
          text, s.itemId()) != 1) {
        // Voided by someone else between the check and the update: the transaction rolls back.
        throw new InvalidInput("items: voided meanwhile（信息项 " + s.seq() + " 的建议登记刚被作废，"
            + "请刷新页面后核对）");
      }
    }
    return chosen.stream().map(s -> new Suggestion(s.itemId(), s.seq(), s.title(),
        s.superseded(), s.suggestedOn(), s.reason(), s.recordedBy(), s.recordedByName(),
        s.recordedAt(), new Voiding(text, user, userName, now), s.answer())).toList();
  }

  /**
   * Records the agency's answer to the standing suggestions of request {@code trackingNumber}
   * on the items {@code seqs} (序号 as the case page lists them): {@code decision} ADOPTED (采纳)
   * or NOT_ADOPTED (不予采纳), given on {@code answeredOn} (年-月-日) for {@code reason};
   * {@code user} and {@code userName} record it (Art. 44, ADR 0183). A suggestion is answered
   * once; a voided one is not answered. Bad input: {@link InvalidInput} naming every wrong
   * field, nothing written.
   */
  @Transactional
  public List<Suggestion> answer(String trackingNumber, Object seqs, Object decision,
      Object answeredOn, Object reason, String user, String userName) {
    cases.find(trackingNumber).orElseThrow(() -> new UnknownCase(trackingNumber));
    List<Suggestion> all = of(trackingNumber);
    if (all.isEmpty()) {
      throw new Refused("request " + trackingNumber + " has no suggestion（申请 " + trackingNumber
          + " 没有登记申请人建议主动公开，无可答复）");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    List<Suggestion> chosen = errors.check(() -> toAnswer(seqs, all, trackingNumber));
    Decision chosenDecision = errors.check(() -> decision(decision));
    LocalDate day = errors.check(() -> answerDay(answeredOn, chosen));
    String text = errors.check(() -> answerReason(reason));
    errors.throwIfAny();
    Instant now = OfficeTime.now();
    for (Suggestion s : chosen) {
      if (jdbc.update("UPDATE ogi_proactive_suggestion SET answer = ?, answer_reason = ?,"
          + " answered_on = ?, answered_by = ?, answered_by_name = ?, answer_recorded_at = ?"
          + " WHERE item_id = ? AND voided_at IS NULL AND answer IS NULL",
          chosenDecision.name(), text, Date.valueOf(day), user, userName, Timestamp.from(now),
          s.itemId()) != 1) {
        // Answered or voided by someone else between the check and the update: rolled back.
        throw new InvalidInput("items: answered or voided meanwhile（信息项 " + s.seq()
            + " 的建议登记刚被答复或作废，请刷新页面后核对）");
      }
    }
    Answer given = new Answer(chosenDecision, text, day, user, userName, now);
    return chosen.stream().map(s -> new Suggestion(s.itemId(), s.seq(), s.title(),
        s.superseded(), s.suggestedOn(), s.reason(), s.recordedBy(), s.recordedByName(),
        s.recordedAt(), null, given)).toList();
  }

  /**
   * The suggestions to answer by 序号: of each 序号 the standing one (a current item's before
   * one of an item a correction superseded); a 序号 whose suggestions are all voided, or whose
   * standing one is answered, is refused.
   */
  private static List<Suggestion> toAnswer(Object value, List<Suggestion> all,
      String trackingNumber) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new InvalidInput("items: at least one 序号（请至少选择一项要答复的申请人建议主动公开）");
    }
    Map<Integer, Suggestion> standing = new HashMap<>();
    Set<Integer> voidedOnly = new java.util.HashSet<>();
    for (Suggestion s : all) {
      if (s.voided()) {
        voidedOnly.add(s.seq());
      } else {
        standing.putIfAbsent(s.seq(), s);
      }
    }
    Set<Integer> seqs = new LinkedHashSet<>();
    List<Suggestion> chosen = new ArrayList<>();
    for (Object o : list) {
      Integer seq = seqOf(o);
      if (seq == null || seq < 1) {
        throw new InvalidInput("items: each is a 序号, a whole number（信息项应以案卷页面所列序号"
            + "（正整数）填写）");
      }
      if (!seqs.add(seq)) {
        throw new InvalidInput("items: 序号 " + seq + " twice（信息项序号 " + seq + " 重复）");
      }
      Suggestion s = standing.get(seq);
      if (s == null && voidedOnly.contains(seq)) {
        throw new InvalidInput("items: the suggestion on 序号 " + seq + " was voided（信息项 " + seq
            + " 的申请人建议主动公开登记已作废，不能答复）");
      }
      if (s == null) {
        throw new InvalidInput("items: 序号 " + seq + " has no suggestion in " + trackingNumber
            + "（申请 " + trackingNumber + " 的信息项 " + seq + " 没有申请人建议主动公开登记）");
      }
      if (s.answer() != null) {
        throw new InvalidInput("items: the suggestion on 序号 " + seq + " was answered on "
            + s.answer().answeredOn() + "（信息项 " + seq + " 的申请人建议已于"
            + ChineseDateText.of(s.answer().answeredOn()) + "答复（"
            + s.answer().decision().label() + "），不能重复答复）");
      }
      chosen.add(s);
    }
    return chosen;
  }

  private static Decision decision(Object value) {
    if (value instanceof String text) {
      for (Decision d : Decision.values()) {
        if (d.name().equals(text.trim())) {
          return d;
        }
      }
    }
    throw new InvalidInput("decision: ADOPTED or NOT_ADOPTED（请选择答复意见：采纳或不予采纳）");
  }

  /** The day of the answer: not in the future, not before any chosen suggestion was received. */
  private static LocalDate answerDay(Object value, List<Suggestion> chosen) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw new InvalidInput("answeredOn is required（请填写答复日期，格式为 年-月-日）");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("answeredOn is not a date（答复日期格式应为 年-月-日，如 2026-01-01）", e);
    }
    if (day.isAfter(OfficeTime.today())) {
      throw new InvalidInput("answeredOn lies in the future（答复日期不能晚于今天）");
    }
    LocalDate latest = chosen == null ? null : chosen.stream().map(Suggestion::suggestedOn)
        .max(LocalDate::compareTo).orElse(null);
    if (latest != null && day.isBefore(latest)) {
      throw new InvalidInput("answeredOn lies before the suggestion was received on " + latest
          + "（答复日期不能早于收到建议日期" + ChineseDateText.of(latest) + "）");
    }
    return day;
  }

  private static String answerReason(Object value) {
    String text = value instanceof String s ? s.strip() : null;
    if (text == null || text.codePointCount(0, text.length()) < MIN_REASON
        || text.codePointCount(0, text.length()) > MAX_REASON) {
      throw new InvalidInput("reason: " + MIN_REASON + " to " + MAX_REASON + " characters"
          + "（请填写答复理由（采纳的，写明如何纳入主动公开；不予采纳的，写明理由），" + MIN_REASON
          + "至" + MAX_REASON + "字）");
    }
    if (Vars.hasHiddenCharacters(text, true)) {
      throw new InvalidInput("reason contains control characters（答复理由含有无法识别的字符，"
          + "请去除后再提交）");
    }
    return text;
  }

  private static List<Suggestion> toVoid(Object value, List<Suggestion> standing,
      String trackingNumber) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new InvalidInput("items: at least one 序号（请至少选择一项要作废的申请人建议主动公开登记）");
    }
    Map<Integer, Suggestion> bySeq = new HashMap<>();
    // A current item's suggestion before one of an item a correction superseded (same 序号).
    standing.forEach(s -> bySeq.putIfAbsent(s.seq(), s));
    Set<Integer> seqs = new LinkedHashSet<>();
    List<Suggestion> chosen = new ArrayList<>();
    for (Object o : list) {
      Integer seq = seqOf(o);
      if (seq == null || seq < 1) {
        throw new InvalidInput("items: each is a 序号, a whole number（信息项应以案卷页面所列序号"
            + "（正整数）填写）");
      }
      if (!seqs.add(seq)) {
        throw new InvalidInput("items: 序号 " + seq + " twice（信息项序号 " + seq + " 重复）");
      }
      Suggestion s = bySeq.get(seq);
      if (s == null) {
        throw new InvalidInput("items: 序号 " + seq + " has no standing suggestion in "
            + trackingNumber + "（申请 " + trackingNumber + " 的信息项 " + seq
            + " 没有未作废的申请人建议主动公开登记）");
      }
      chosen.add(s);
    }
    return chosen;
  }

  private static Integer seqOf(Object o) {
    return o instanceof Integer i ? i
        : o instanceof Long l && l > 0 && l < Integer.MAX_VALUE ? Integer.valueOf(l.intValue())
        : o instanceof String s && s.trim().matches("\\d{1,6}") ? Integer.valueOf(s.trim())
        : null;
  }

  private static String voidReason(Object value) {
    String text = value instanceof String s ? s.strip() : null;
    if (text == null || text.codePointCount(0, text.length()) < MIN_REASON
        || text.codePointCount(0, text.length()) > MAX_REASON) {
      throw new InvalidInput("reason: " + MIN_REASON + " to " + MAX_REASON + " characters"
          + "（请填写作废理由（如登记错误的情形），" + MIN_REASON + "至" + MAX_REASON + "字）");
    }
    if (Vars.hasHiddenCharacters(text, true)) {
      throw new InvalidInput("reason contains control characters（作废理由含有无法识别的字符，请去除后"
          + "再提交）");
    }
    return text;
  }

  /** The suggestions recorded on request {@code trackingNumber}, current items first, by 序号. */
  public List<Suggestion> of(String trackingNumber) {
    return jdbc.query("""
        SELECT s.item_id, i.seq, i.title, i.superseded_on, s.suggested_on, s.reason,
          s.recorded_by, s.recorded_by_name, s.recorded_at, s.void_reason, s.voided_by,
          s.voided_by_name, s.voided_at, s.answer, s.answer_reason, s.answered_on,
          s.answered_by, s.answered_by_name, s.answer_recorded_at
        FROM ogi_proactive_suggestion s JOIN ogi_info_item i ON i.id = s.item_id
        WHERE s.case_ref = ? ORDER BY i.superseded_on DESC NULLS FIRST, i.seq, s.id""",
        (rs, n) -> new Suggestion(rs.getLong(1), rs.getInt(2), rs.getString(3),
            rs.getDate(4) != null, rs.getDate(5).toLocalDate(), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
            rs.getTimestamp(13) == null ? null : new Voiding(rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant()),
            rs.getString(14) == null ? null : new Answer(Decision.valueOf(rs.getString(14)),
                rs.getString(15), rs.getDate(16).toLocalDate(), rs.getString(17),
                rs.getString(18), rs.getTimestamp(19).toInstant())),
        trackingNumber);
  }

  /**
   * The day each of {@code itemIds} was suggested for proactive disclosure, where a suggestion
   * stands (not voided).
   */
  public Map<Long, LocalDate> suggestedOn(Collection<Long> itemIds) {
    Map<Long, LocalDate> days = new HashMap<>();
    if (itemIds.isEmpty()) {
      return days;
    }
    List<Long> ids = new ArrayList<>(itemIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
      // A voided suggestion no longer counts (ADR 0173).
      jdbc.query("SELECT item_id, suggested_on FROM ogi_proactive_suggestion WHERE"
          + " voided_at IS NULL AND item_id IN ("
          + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")",
          rs -> {
            days.put(rs.getLong(1), rs.getDate(2).toLocalDate());
          }, part.toArray());
    }
    return days;
  }

  /**
   * The agency's answer to the standing suggestion on each of {@code itemIds}, where one was
   * recorded (ADR 0183).
   */
  public Map<Long, Answer> answers(Collection<Long> itemIds) {
    Map<Long, Answer> answers = new HashMap<>();
    List<Long> ids = new ArrayList<>(itemIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
      jdbc.query("SELECT item_id, answer, answer_reason, answered_on, answered_by,"
          + " answered_by_name, answer_recorded_at FROM ogi_proactive_suggestion WHERE"
          + " voided_at IS NULL AND answer IS NOT NULL AND item_id IN ("
          + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")",
          rs -> {
            answers.put(rs.getLong(1), new Answer(Decision.valueOf(rs.getString(2)),
                rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant()));
          }, part.toArray());
    }
    return answers;
  }

  /** The current held items of the request no suggestion names yet (what the page offers). */
  public List<Item> open(String trackingNumber) {
    Set<Long> done = suggestedOn(items.of(trackingNumber).stream().map(Item::id).toList())
        .keySet();
    return items.of(trackingNumber).stream()
        .filter(i -> i.finding() == ItemFinding.HELD && !done.contains(i.id())).toList();
  }

  private static LocalDate day(Object value, LocalDate receivedOn) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw new InvalidInput("suggestedOn is required（请填写收到建议日期，格式为 年-月-日）");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("suggestedOn is not a date（收到建议日期格式应为 年-月-日，如 2026-01-01）",
          e);
    }
    if (day.isAfter(OfficeTime.today())) {
      throw new InvalidInput("suggestedOn lies in the future（收到建议日期不能晚于今天）");
    }
    if (day.isBefore(receivedOn)) {
      throw new InvalidInput("suggestedOn lies before the request was received on " + receivedOn
          + "（收到建议日期不能早于收到申请日期" + ChineseDateText.of(receivedOn)
          + "；申请书中提出的建议，填写收到申请日期）");
    }
    return day;
  }

  private List<Item> chosen(Object value, List<Item> held, String trackingNumber) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new InvalidInput("items: at least one 序号（请至少选择一个申请人建议主动公开的信息项）");
    }
    Set<Integer> seqs = new LinkedHashSet<>();
    for (Object o : list) {
      Integer seq = o instanceof Integer i ? i
          : o instanceof Long l && l > 0 && l < Integer.MAX_VALUE ? Integer.valueOf(l.intValue())
          : o instanceof String s && s.trim().matches("\\d{1,6}") ? Integer.valueOf(s.trim())
          : null;
      if (seq == null || seq < 1) {
        throw new InvalidInput("items: each is a 序号, a whole number（信息项应以案卷页面所列序号"
            + "（正整数）填写）");
      }
      if (!seqs.add(seq)) {
        throw new InvalidInput("items: 序号 " + seq + " twice（信息项序号 " + seq + " 重复）");
      }
    }
    Map<Integer, Item> bySeq = new HashMap<>();
    held.forEach(i -> bySeq.put(i.seq(), i));
    Map<Long, LocalDate> already = suggestedOn(held.stream().map(Item::id).toList());
    List<Item> chosen = new ArrayList<>();
    for (int seq : seqs) {
      Item item = bySeq.get(seq);
      if (item == null) {
        throw new InvalidInput("items: 序号 " + seq + " is not a held item of " + trackingNumber
            + "（申请 " + trackingNumber + " 没有序号为" + seq + "的本机关保有的信息项，请按案卷页面所列序号"
            + "选择）");
      }
      if (already.containsKey(item.id())) {
        throw new InvalidInput("items: 序号 " + seq + " was suggested on " + already.get(item.id())
            + "（信息项 " + seq + " 已于" + ChineseDateText.of(already.get(item.id()))
            + "登记申请人建议主动公开，不能重复登记）");
      }
      chosen.add(item);
    }
    return chosen;
  }

  private static String reason(Object value) {
    String text = value instanceof String s ? s.strip() : null;
    if (text == null || text.codePointCount(0, text.length()) < MIN_REASON
        || text.codePointCount(0, text.length()) > MAX_REASON) {
      throw new InvalidInput("reason: " + MIN_REASON + " to " + MAX_REASON + " characters"
          + "（请填写申请人建议主动公开的理由（如涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策），"
          + MIN_REASON + "至" + MAX_REASON + "字）");
    }
    if (Vars.hasHiddenCharacters(text, true)) {
      throw new InvalidInput("reason contains control characters（建议理由含有无法识别的字符，请去除后"
          + "再提交）");
    }
    return text;
  }

  /**
   * Whether the request was received and stands: not an online submission still awaiting (or
   * refused) confirmation, not a voided registration. By status: every row carries a 收到日期,
   * an unconfirmed submission its submission day.
   */
  public static boolean receivedAndStanding(CaseRecord c) {
    return !Set.of(Status.SUBMITTED.name(), Status.NOT_CONFIRMED.name(), Status.VOIDED.name())
        .contains(c.status());
  }
}
