package io.github.ogiworkflow.consultation;

import static io.github.ogiworkflow.process.ProcessVariables.ITEM_ID;
import static io.github.ogiworkflow.process.ProcessVariables.THIRD_PARTY_OBJECTED;
import static io.github.ogiworkflow.process.ProcessVariables.THIRD_PARTY_OBJECTION;
import static io.github.ogiworkflow.process.ProcessVariables.THIRD_PARTY_SILENCE;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.consultation.ConsultationRegister.Answer;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.register.DateChangeRegister;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A third party's answer that reaches the office after its 15 working days (Art. 32; audit 35a
 * F4, ADR 0172): the consultation closed as silence, and the answer is still recorded while the
 * party's items await their secrecy review.
 *
 * <ul>
 *   <li>Posted (邮戳日期) or received on or before the period's last day, it counts as given in
 *       time: the consultation's answer becomes it, and an objection withholds the party's items
 *       (unless the public interest overrides, as for any objection).
 *   <li>Posted and received after the period, it is late: the silence stands and the agency
 *       decides; the answer is kept beside it and shown to the reviewer and approver, to be
 *       weighed.
 * </ul>
 *
 * The reply clock: consultation time is not counted (Art. 32, 33). Silence ended the pause on the
 * period's last day; an answer received earlier within the period and recorded here ends it on
 * the day it was received instead, unless another holder of the pause (another party, the agency,
 * a fee notice) kept it running later, and the reply deadline is counted again
 * ({@link #pauseMovedBack}, ADR 0182). A late answer, or one received after the last day but
 * posted within it, changes nothing: the 15 working days were all the time Art. 32 allows.
 */
@Service
public class LateConsultationAnswers {

  /** The case is still before the reviews' verification: consulting or reviewing. */
  static final Set<String> UNDECIDED_STEPS = Set.of(ElementIds.TASK_RECORD_CONSULTATION_SERVICE,
      ElementIds.TASK_RECORD_CONSULTATION_ANSWER, ElementIds.SERVICE_CLOSE_CONSULTATION,
      ElementIds.CALL_SECRECY_REVIEW);

  /** What was recorded: whether it counted as in time, and the period's last day. */
  public record Recorded(String trackingNumber, String party, Answer answer, LocalDate receivedOn,
      LocalDate postedOn, boolean inTime, LocalDate dueOn, LocalDate replyDueBefore,
      LocalDate replyDueOn) {

    /** Whether the reply deadline was counted again (the pause ended earlier, ADR 0182). */
    public boolean replyDueMoved() {
      return replyDueOn != null && !replyDueOn.equals(replyDueBefore);
    }
  }

  /** The case is not found (404). */
  public static class UnknownCase extends RuntimeException {
    public UnknownCase(String trackingNumber) {
      super("case " + Vars.echo(trackingNumber) + " not found（未找到该办件）");
    }
  }

  /** The case is not in a state where an answer after the period can be recorded (409). */
  public static class NotRecordable extends RuntimeException {
    public NotRecordable(String message) {
      super(message);
    }
  }

  private final ConsultationRegister consultations;
  private final ItemRegister items;
  private final ThirdPartySilence silence;
  private final CaseRegister cases;
  private final PauseLedger pauses;
  private final WorkingDayCalendar calendar;
  private final ReplyDeadline deadline;
  private final DateChangeRegister changes;

  public LateConsultationAnswers(ConsultationRegister consultations, ItemRegister items,
      ThirdPartySilence silence, CaseRegister cases, PauseLedger pauses,
      WorkingDayCalendar calendar, ReplyDeadline deadline, DateChangeRegister changes) {
    this.cases = cases;
    this.pauses = pauses;
    this.calendar = calendar;
    this.deadline = deadline;
    this.changes = changes;
    this.consultations = consultations;
    this.items = items;
    this.silence = silence;
  }

  /**
   * Records the answer of {@code party} in the case run by {@code engineServices} (may be omitted when one party of the case stayed
   * silent). Every check comes before the first write: bad input is refused with HTTP 400 on the
   * field, a case in the wrong state with 409, and nothing is written.
   */
  @Transactional
  public Recorded record(ProcessEngineServices engineServices, String trackingNumber,
      String party, String answerText, String receivedText, String postedText,
      String opinionText, String recordedBy) {
    RuntimeService engine = engineServices.getRuntimeService();
    // The case row's lock serialises two answers for one case (each rewrites the case's
    // objection variable), as the other register writers of a running case do.
    if (trackingNumber == null || !cases.lock(trackingNumber)) {
      throw new UnknownCase(trackingNumber);
    }
    ProcessInstance instance = runningCase(engine, trackingNumber)
        .orElseThrow(() -> new UnknownCase(trackingNumber));
    Consultation consultation = silentConsultation(trackingNumber, text(party, "party",
        "被征求意见的第三方", false));
    Answer answer = answer(answerText);
    LocalDate receivedOn = date(receivedText, "receivedOn", "收到答复日期", true);
    LocalDate postedOn = date(postedText, "postedOn", "邮戳日期", false);
    String opinion = text(opinionText, "opinion", "不同意公开的理由", true);
    LocalDate today = OfficeTime.today();
    if (receivedOn.isAfter(today)) {
      throw new InvalidInput("receivedOn: " + receivedOn + " is in the future（收到答复日期不得晚于今天）");
    }
    if (consultation.servedOn() != null && receivedOn.isBefore(consultation.servedOn())) {
      throw new InvalidInput("receivedOn: " + receivedOn + " is before the letter's service"
          + "（收到答复日期不得早于征求意见函送达日期" + CaseLetters.chinese(consultation.servedOn()) + "）");
    }
    if (postedOn != null && postedOn.isAfter(receivedOn)) {
      throw new InvalidInput("postedOn: " + postedOn + " is after the day it was received"
          + "（邮戳日期不得晚于收到答复日期）");
    }
    if (postedOn != null && consultation.servedOn() != null
        && postedOn.isBefore(consultation.servedOn())) {
      throw new InvalidInput("postedOn: " + postedOn + " is before the letter's service"
          + "（邮戳日期不得早于征求意见函送达日期" + CaseLetters.chinese(consultation.servedOn()) + "）");
    }
    // Art. 32, as for the step in the period (ADR 0124): an objection counts with its reasons.
    if (answer == Answer.OBJECTION && opinion == null) {
      throw new InvalidInput("opinion: an objection is recorded with its reasons"
          + "（不同意公开的理由：请填写对方说明的不同意公开的理由）");
    }
    if (answer == Answer.CONSENT) {
      opinion = null;
    }
    List<Long> partyItems = silence.itemIdsOf(trackingNumber, consultation);
    // Until the agency has decided the party's items: the case is still consulting or
    // reviewing, and no item of the party has its review (先审查、后公开: the reviewer weighs it).
    LocalDate dueOn = consultation.dueOn();
    boolean inTime = !receivedOn.isAfter(dueOn) || (postedOn != null && !postedOn.isAfter(dueOn));
    if (engine.getActiveActivityIds(instance.getId()).stream()
        .noneMatch(UNDECIDED_STEPS::contains)
        || partyItems.stream().anyMatch(items::hasReview)) {
      throw new NotRecordable(alreadyDecided(trackingNumber, consultation, partyItems, inTime));
    }
    // Decided before anything is written (the pause's new end may be refused, ADR 0137).
    Optional<PauseMove> move = inTime ? pauseMovedBack(trackingNumber, consultation, receivedOn)
        : Optional.empty();
    boolean written = inTime
        ? consultations.answerAfterPeriodInTime(consultation.id(), answer, receivedOn, postedOn,
            opinion, recordedBy)
        : consultations.lateAnswer(consultation.id(), answer, receivedOn, postedOn, opinion,
            recordedBy);
    if (!written) {
      throw new NotRecordable("the answer was recorded meanwhile（该第三方的答复已由他人登记，请刷新后查看）");
    }
    if (inTime && answer == Answer.OBJECTION) {
      // As 结束征求意见 does for an objection in the period (ADR 0166): only this party's items;
      // a consultation from before ADR 0166 (no party, named parties) went to all of them.
      boolean perParty = consultation.party() != null
          || !items.thirdPartyItemIds(trackingNumber, null).isEmpty();
      if (perParty) {
        items.markThirdPartyObjected(trackingNumber, receivedOn, consultation.party());
      } else {
        items.markThirdPartyObjected(trackingNumber, receivedOn);
      }
      String pid = instance.getId();
      String earlier = Boolean.TRUE.equals(engine.getVariable(pid, THIRD_PARTY_OBJECTED))
          ? (String) engine.getVariable(pid, THIRD_PARTY_OBJECTION) : null;
      engine.setVariable(pid, THIRD_PARTY_OBJECTED, true);
      engine.setVariable(pid, THIRD_PARTY_OBJECTION, ConsultationDelegates.withEarlier(earlier,
          ConsultationDelegates.objectionText(items, trackingNumber, perParty,
              consultation.party(), receivedOn, postedOn, opinion)));
    }
    showSilence(engine, instance.getId(), trackingNumber, partyItems);
    LocalDate replyDueBefore = cases.get(trackingNumber).dueOn();
    LocalDate replyDueOn = replyDueBefore;
    if (move.isPresent()) {
      PauseMove m = move.get();
      pauses.moveEnd(trackingNumber, m.oldEnd(), m.newEnd());
      replyDueOn = m.newDue();
      deadline.moveRunning(engineServices, instance.getId(), trackingNumber, replyDueOn);
      changes.record(trackingNumber, "replyDueDate", DateChangeRegister.Kind.CORRECTED,
          replyDueBefore, replyDueOn, "第三方答复期限内收到的答复于" + CaseLetters.chinese(today)
              + "登记，征求意见时间计至收到答复之日" + CaseLetters.chinese(receivedOn)
              + "，答复期限重新计算（条例第三十二条、第三十三条）", DateChangeRegister.SYSTEM);
    }
    return new Recorded(trackingNumber, consultation.party(), answer, receivedOn, postedOn,
        inTime, dueOn, replyDueBefore, replyDueOn);
  }

  /** The pause that ended on {@code oldEnd} ends on {@code newEnd}; the deadline becomes newDue. */
  record PauseMove(LocalDate oldEnd, LocalDate newEnd, LocalDate newDue) {}

  /**
   * Art. 32, 33 (ADR 0182): consultation time is not counted, and a consultation answered on
   * {@code receivedOn}, before its last day, ended then, not on the last day its silence was
   * recorded for. The pause that silence ended (on the consultation's last day) ends on the
   * latest day any of its holders let go: this answer's day, every other consultation opened
   * while it ran (its answer's day, or its last day), a fee notice issued meanwhile (its
   * payment). The deadline moves earlier by the working days no longer paused. Nothing moves
   * where the pause did not end on the silence's day (another holder ended it later), where a
   * fee notice of the pause is unpaid, where a decision or judgment ordered the deadline (ADR
   * 0101), or where the clock started again later (a new round).
   */
  Optional<PauseMove> pauseMovedBack(String trackingNumber, Consultation consultation,
      LocalDate receivedOn) {
    LocalDate oldEnd = consultation.dueOn();
    if (oldEnd == null || !receivedOn.isBefore(oldEnd)
        || cases.orderedDueOn(trackingNumber).isPresent()) {
      return Optional.empty();
    }
    PauseLedger.Pause ended = pauses.pausesOf(trackingNumber).stream()
        .filter(p -> oldEnd.equals(p.endedOn())).reduce((first, second) -> second).orElse(null);
    CaseRegister.CaseDates dates = cases.dates(trackingNumber).orElse(null);
    if (ended == null || dates == null || dates.dueOn() == null
        || dates.clockStartedOn() != null && dates.clockStartedOn().isAfter(ended.startedOn())) {
      return Optional.empty();
    }
    LocalDate newEnd = receivedOn.isBefore(ended.startedOn()) ? ended.startedOn() : receivedOn;
    for (Consultation other : consultations.of(trackingNumber)) {
      if (other.id() == consultation.id() || other.letterSentOn().isBefore(ended.startedOn())
          || other.letterSentOn().isAfter(oldEnd)) {
        continue;
      }
      if (other.answer() == null || other.dueOn() == null) {
        return Optional.empty();
      }
      LocalDate release = ConsultationDelegates.pauseEndsOn(other.answeredOn(), other.dueOn());
      newEnd = release.isAfter(newEnd) ? release : newEnd;
    }
    LocalDate feeNotice = cases.latestFeeNoticeIssuedOn(trackingNumber).orElse(null);
    if (feeNotice != null && !feeNotice.isAfter(oldEnd)
        && !feeNotice.isBefore(ended.startedOn())) {
      if (dates.feePaidOn() == null) {
        return Optional.empty();
      }
      newEnd = dates.feePaidOn().isAfter(newEnd) ? dates.feePaidOn() : newEnd;
    }
    if (!newEnd.isBefore(oldEnd)) {
      return Optional.empty();
    }
    java.util.OptionalInt delta = pauses.endMovedBy(trackingNumber, oldEnd, newEnd);
    if (delta.isEmpty() || delta.getAsInt() >= 0) {
      return Optional.empty();
    }
    return Optional.of(new PauseMove(oldEnd, newEnd,
        calendar.workingDaysBefore(dates.dueOn(), -delta.getAsInt())));
  }

  /**
   * ADR 0182: why an answer after the party's items were decided is refused (409), and what the
   * office does instead. The agency decided the items on the silence (Art. 32: 由行政机关依照本条例
   * 的规定决定是否公开); a review once made is not reopened by a letter (no review correction
   * exists, 一事一审), and a record that changed nothing would still change the route (a late
   * objection sends the release to leadership, ADR 0179) after the approval was given. The
   * office files the answer with the case; where its postmark or receipt lies within the period,
   * the answer was in time and the decision was made without it: leadership decides whether the
   * reply is held back (领导审批答复 sends it back; before delivery the reply can be redrafted).
   */
  private String alreadyDecided(String trackingNumber, Consultation consultation,
      List<Long> partyItems, boolean inTime) {
    List<String> reviewed = items.of(trackingNumber).stream()
        .filter(i -> partyItems.contains(i.id()) && i.review() != null)
        .map(i -> "《" + i.title() + "》").toList();
    String party = consultation.party() == null ? "该第三方" : consultation.party();
    return "the third party's items are already decided（" + party
        + (reviewed.isEmpty() ? "的信息项已进入答复阶段" : "的信息项" + String.join("、", reviewed)
            + "已作出保密审查结论")
        + "，本机关已按期限内未提出意见依照条例第三十二条决定是否公开，此后不能再登记该第三方的答复，"
        + "也不改变审查结论。请将答复原件（注明收到日期、邮戳日期）附卷归档，并在办理过程记录中说明；"
        + (inTime ? "该答复的邮戳日期或收到日期在答复期限（" + CaseLetters.chinese(consultation.dueOn())
            + "）内，属于期限内的答复：请立即报审批领导，答复书尚未送达的，由领导决定是否退回重新办理）"
            : "该答复在答复期限（" + CaseLetters.chinese(consultation.dueOn())
                + "）之后提出，请报审批人知悉）");
  }

  /**
   * The silent third parties whose answer after the period {@link #record} would take now (the
   * case page's 登记逾期第三方答复 offer, ADR 0172): none unless the case runs and is still
   * consulting or reviewing, and a party only while none of its items has its secrecy review.
   * The same checks as {@link #record}, which still makes them all.
   */
  public List<Consultation> recordable(RuntimeService engine, String trackingNumber) {
    ProcessInstance instance = runningCase(engine, trackingNumber).orElse(null);
    if (instance == null || engine.getActiveActivityIds(instance.getId()).stream()
        .noneMatch(UNDECIDED_STEPS::contains)) {
      return List.of();
    }
    return silence.silent(trackingNumber).stream().filter(c -> c.lateAnswer() == null)
        .filter(c -> silence.itemIdsOf(trackingNumber, c).stream().noneMatch(items::hasReview))
        .toList();
  }

  /** The case's running (not suspended) main process instance, if any. */
  private static Optional<ProcessInstance> runningCase(RuntimeService engine,
      String trackingNumber) {
    return engine.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).active().list().stream().findFirst();
  }

  /**
   * The case's form texts from the register: the case's, and those of the running reviews of
   * the party's items (a review already waiting shows the late answer too).
   */
  private void showSilence(RuntimeService engine, String pid, String trackingNumber,
      List<Long> partyItems) {
    silence.text(trackingNumber).ifPresentOrElse(
        text -> engine.setVariable(pid, THIRD_PARTY_SILENCE, text),
        () -> engine.removeVariable(pid, THIRD_PARTY_SILENCE));
    for (ProcessInstance review : engine.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SECRECY_REVIEW).processInstanceBusinessKey(trackingNumber)
        .list()) {
      Object item = engine.getVariable(review.getId(), ITEM_ID);
      if (item instanceof Number number && partyItems.contains(number.longValue())) {
        silence.textForItem(trackingNumber, number.longValue()).ifPresentOrElse(
            text -> engine.setVariable(review.getId(), THIRD_PARTY_SILENCE, text),
            () -> engine.removeVariable(review.getId(), THIRD_PARTY_SILENCE));
      }
    }
  }

  /** The party's consultation of the latest round that ended as silence, without a late answer. */
  private Consultation silentConsultation(String trackingNumber, String party) {
    List<Consultation> silent = silence.silent(trackingNumber).stream()
        .filter(c -> c.lateAnswer() == null).toList();
    if (party == null) {
      if (silent.size() == 1) {
        return silent.get(0);
      }
      if (silent.isEmpty()) {
        throw new NotRecordable("no third party's consultation ended in silence（本案没有逾期未答复、"
            + "尚未登记逾期答复的第三方；期限内的答复请在“登记征求意见答复”中登记）");
      }
      throw new InvalidInput("party: several third parties stayed silent（被征求意见的第三方：本案有"
          + silent.size() + "个第三方逾期未答复，请填写答复的第三方名称）");
    }
    return silent.stream().filter(c -> party.equals(c.party())).findFirst()
        .orElseThrow(() -> new InvalidInput("party: no consultation of that party ended in silence"
            + "（被征求意见的第三方：本案没有该第三方逾期未答复、尚未登记逾期答复的征求意见）"));
  }

  private static Answer answer(String text) {
    if ("CONSENT".equals(text)) {
      return Answer.CONSENT;
    }
    if ("OBJECTION".equals(text)) {
      return Answer.OBJECTION;
    }
    throw new InvalidInput(text == null || text.isBlank()
        // (no codes in the Chinese part: the case page shows it on its 答复意见 field)
        ? "answer: required, CONSENT or OBJECTION（答复意见：请选择同意公开或不同意公开）"
        : "answer has no value '" + Vars.echo(text) + "'（答复意见的取值无效：应为同意公开（CONSENT）"
            + "或不同意公开（OBJECTION））");
  }

  private static LocalDate date(String text, String field, String chineseName, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw new InvalidInput(field + ": required（" + chineseName + "：请填写）");
      }
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInput(field + ": not a date（" + chineseName + "：日期格式应为 2026-03-10）", e);
    }
  }

  private static String text(String text, String field, String chineseName, boolean multiline) {
    if (text == null) {
      return null;
    }
    if (Vars.hasHiddenCharacters(text, multiline)) {
      throw new InvalidInput(field + ": holds a control or invisible character（" + chineseName
          + "含有不可见字符或控制字符）");
    }
    String stripped = text.strip();
    if (stripped.length() > 4000) {
      throw new InvalidInput(field + ": longer than 4000 characters（" + chineseName
          + "不得超过4000字）");
    }
    return stripped.isEmpty() ? null : stripped;
  }
}
