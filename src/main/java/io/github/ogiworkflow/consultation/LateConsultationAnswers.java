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
 * The reply clock is not touched: the pause ended on the period's last day either way (Art. 33).
 */
@Service
public class LateConsultationAnswers {

  /** The case is still before the reviews' verification: consulting or reviewing. */
  static final Set<String> UNDECIDED_STEPS = Set.of(ElementIds.TASK_RECORD_CONSULTATION_SERVICE,
      ElementIds.TASK_RECORD_CONSULTATION_ANSWER, ElementIds.SERVICE_CLOSE_CONSULTATION,
      ElementIds.CALL_SECRECY_REVIEW);

  /** What was recorded: whether it counted as in time, and the period's last day. */
  public record Recorded(String trackingNumber, String party, Answer answer, LocalDate receivedOn,
      LocalDate postedOn, boolean inTime, LocalDate dueOn) {}

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

  public LateConsultationAnswers(ConsultationRegister consultations, ItemRegister items,
      ThirdPartySilence silence, CaseRegister cases) {
    this.cases = cases;
    this.consultations = consultations;
    this.items = items;
    this.silence = silence;
  }

  /**
   * Records the answer of {@code party} in the case run by {@code engine} (may be omitted when one party of the case stayed
   * silent). Every check comes before the first write: bad input is refused with HTTP 400 on the
   * field, a case in the wrong state with 409, and nothing is written.
   */
  @Transactional
  public Recorded record(RuntimeService engine, String trackingNumber, String party,
      String answerText, String receivedText, String postedText, String opinionText,
      String recordedBy) {
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
    if (engine.getActiveActivityIds(instance.getId()).stream()
        .noneMatch(UNDECIDED_STEPS::contains)
        || partyItems.stream().anyMatch(items::hasReview)) {
      throw new NotRecordable("the third party's items are already reviewed（该第三方的信息项已作出"
          + "保密审查结论，答复期限届满后收到的意见不能再登记；请将其附卷，并报审批人知悉）");
    }
    LocalDate dueOn = consultation.dueOn();
    boolean inTime = !receivedOn.isAfter(dueOn) || (postedOn != null && !postedOn.isAfter(dueOn));
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
    return new Recorded(trackingNumber, consultation.party(), answer, receivedOn, postedOn,
        inTime, dueOn);
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
