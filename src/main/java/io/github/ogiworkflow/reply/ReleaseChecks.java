package io.github.ogiworkflow.reply;

import io.github.ogiworkflow.appeal.ThirdPartyRemedies;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.StaffAtTheTime;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.consultation.ConsultationKind;
import io.github.ogiworkflow.consultation.ConsultationRegister;
import io.github.ogiworkflow.consultation.OverrideNotices;
import io.github.ogiworkflow.consultation.ThirdPartySilence;
import io.github.ogiworkflow.consultation.ConsultationRegister.Consultation;
import io.github.ogiworkflow.register.ReasonsRequestRegister;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseRecord;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.DecisionRegister.Kind;
import io.github.ogiworkflow.register.DecisionRegister.RecordedDecision;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.HeldItemReviews;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ItemRegister.ObjectedItem;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister.FrozenLetter;
import io.github.ogiworkflow.security.Groups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The checks at the point of no return (issue 13): before a reply leaves the agency, and before
 * a request's items are published under Art. 44, everything is verified again from the register
 * (never from process variables, which a client may have written): one review per held item by
 * a member of {@code legal}; the outcome fits the items; leadership's approval where the
 * ApprovalRequired table (evaluated again here) requires it; the letter is byte for byte the
 * frozen one; a plausible delivery date. Each problem is one bilingual sentence.
 */
@Component
public class ReleaseChecks {

  /** What delivery may hand out, or why not. */
  public record DeliveryVerdict(List<String> problems, FrozenLetter letter) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  private final CaseRegister cases;
  private final ItemRegister items;
  private final DecisionRegister decisions;
  private final ReplyLetterRegister letters;
  private final ConsultationRegister consultations;
  private final ReasonsRequestRegister reasons;
  private final ThirdPartyRemedies thirdPartyRemedies;
  private final OverrideNotices overrideNotices;
  private final ThirdPartySilence thirdPartySilence;
  /** The tables evaluated again for a check, recording nothing (ADR 0020). */
  private final RuleTables rules = new RuleTables();

  public ReleaseChecks(CaseRegister cases, ItemRegister items, DecisionRegister decisions,
      ReplyLetterRegister letters, ConsultationRegister consultations,
      ReasonsRequestRegister reasons, ThirdPartyRemedies thirdPartyRemedies,
      OverrideNotices overrideNotices, ThirdPartySilence thirdPartySilence) {
    this.thirdPartySilence = thirdPartySilence;
    this.thirdPartyRemedies = thirdPartyRemedies;
    this.overrideNotices = overrideNotices;
    this.cases = cases;
    this.items = items;
    this.decisions = decisions;
    this.letters = letters;
    this.consultations = consultations;
    this.reasons = reasons;
  }

  /**
   * Everything that forbids delivering the reply of a case. {@code letterVariable} is the
   * process variable's letter (compared with the frozen one, may be null); {@code completeness}
   * holds the intake decisions (completenessDecision, notARequestKind, supplementStillUnclear)
   * that decide the outcome of a case without items.
   */
  public DeliveryVerdict checkDelivery(ProcessEngineServices engine, String trackingNumber,
      String letterVariable, LocalDate deliveredOn, Map<String, Object> completeness) {
    List<String> problems = new ArrayList<>();
    Optional<CaseRecord> found = cases.find(trackingNumber);
    if (found.isEmpty()) {
      problems.add("the case is not in the register（办件登记簿中无此案件）");
      return new DeliveryVerdict(problems, null);
    }
    CaseRecord record = found.get();
    String outcome = record.outcomeCode();
    if (outcome == null) {
      problems.add("no outcome is recorded（未登记答复类型）");
    }

    boolean reviewsComplete = reviewProblems(engine, trackingNumber, problems);
    if (outcome != null && reviewsComplete) {
      String expected = expectedOutcome(engine, trackingNumber, completeness);
      if (!outcome.equals(expected)) {
        problems.add("outcome " + outcome + " does not fit the items and their reviews, which"
            + " give " + expected + "（答复类型 " + outcome + " 与各信息项审查结论不符，应为 "
            + expected + "）");
      }
    }

    // Art. 35: 不予处理 for excessive requests only after the applicant was asked for reasons.
    if (OutcomeCode.NOT_PROCESSED_EXCESSIVE.code().equals(outcome)
        && !reasons.allowsNotProcessing(trackingNumber)) {
      problems.add("outcome 5.4 needs a request for reasons that went unanswered or was rejected"
          + " (Art. 35)（答复类型 5.4 须先要求申请人说明理由，且申请人逾期未说明或理由不合理（条例第三十五条））");
    }
    // Art. 32: disclosure over a third party's objection is told to the third party first.
    // ADR 0171: and not before the day each notice lets the information be disclosed.
    overrideNoticeProblem(trackingNumber, deliveredOn).ifPresent(problems::add);
    // Art. 32 across rounds (ADR 0115): information a third party objected to in an earlier
    // round is not released by an item split again without the third party.
    if (reviewsComplete) {
      problems.addAll(unconsultedObjectedItems(trackingNumber));
    }

    FrozenLetter letter = letters.latest(trackingNumber).orElse(null);
    LocalDate releasedOn = null;
    if (letter == null) {
      problems.add("no finalised reply letter is on record（无定稿答复书记录）");
    } else {
      releasedOn = LocalDate.ofInstant(letter.frozenAt(), OfficeTime.ZONE);
      if (!letter.issued()) {
        problems.add("the reply letter was not issued as a document with its number"
            + "（答复书未经签发编号，无定稿文件）");
      } else if (!letter.documentIntact()) {
        problems.add("the stored reply document no longer matches its SHA-256"
            + "（登记的答复书文件与其摘要值不符，已被改动）");
      }
      if (!letter.intact()) {
        problems.add("the stored reply letter no longer matches its SHA-256"
            + "（登记的答复书与其摘要值不符，已被改动）");
      }
      // Art. 31, ADR 0078, 0132: the signed letter states the receipt date it was signed with;
      // the register's, changed after numbering by any path, would contradict it (ADR 0136).
      if (letter.intact()) {
        receiptDateProblem(letter, record).ifPresent(problems::add);
      }
      if (outcome != null && !outcome.equals(letter.outcomeCode())) {
        problems.add("the letter was finalised for outcome " + letter.outcomeCode()
            + ", the case now has " + outcome + "（答复书定稿时的答复类型为 "
            + letter.outcomeCode() + "，现为 " + outcome + "）");
      }
      if (letterVariable != null
          && !letter.sha256().equals(ReplyLetterRegister.sha256(letterVariable))) {
        problems.add("the reply letter was changed after it was finalised or approved"
            + "（答复书在定稿或审批后被修改）");
      }
    }

    if (outcome != null && approvalRequired(engine, trackingNumber, outcome)) {
      RecordedDecision approval = letter == null || letter.approvalId() == null ? null
          : decisions.find(letter.approvalId()).orElse(null);
      if (approval == null) {
        problems.add("leadership approval is required (ApprovalRequired) but the letter has"
            + " none（按审批规则须经领导审批，但答复书无领导审批记录）");
      } else if (approval.kind() != Kind.REPLY || !"APPROVE".equals(approval.decision())) {
        problems.add("the letter's approval record is not an approval of the reply"
            + "（答复书的审批记录不是同意答复）");
      } else if (!wasMember(engine, approval.decidedBy(), approval.decidedByGroups(),
          Groups.LEADERSHIP)) {
        problems.add("the approver " + approval.decidedBy() + " was not a member of leadership"
            + " when approving（审批人 " + approval.decidedBy() + " 审批时不是领导小组成员）");
      } else {
        releasedOn = LocalDate.ofInstant(approval.decidedAt(), OfficeTime.ZONE);
      }
    }

    if (deliveredOn == null) {
      problems.add("no delivery date（未填写送达日期）");
    } else {
      if (deliveredOn.isAfter(OfficeTime.today())) {
        problems.add("delivery date " + deliveredOn + " is in the future（送达日期"
            + CaseLetters.chinese(deliveredOn) + "晚于今天）");
      }
      if (releasedOn != null && deliveredOn.isBefore(releasedOn)) {
        problems.add("delivery date " + deliveredOn + " is before the letter was approved or"
            + " finalised on " + releasedOn + "（送达日期" + CaseLetters.chinese(deliveredOn)
            + "早于答复书审批或定稿日期" + CaseLetters.chinese(releasedOn) + "）");
      }
    }
    return new DeliveryVerdict(List.copyOf(problems), letter);
  }

  /**
   * The frozen letter states a receipt date (本机关于…收到) other than the register's first
   * receipt date, which every letter prints (ADR 0136): the register changed after the letter was
   * signed, by a path that slipped past the refusal of a receipt-date correction (ADR 0132), or
   * on a case signed before it. Delivered, the letter would contradict the register (Art. 31);
   * nothing here chooses which date is right.
   */
  private static Optional<String> receiptDateProblem(FrozenLetter letter, CaseRecord record) {
    if (record.firstReceivedOn() == null) {
      return Optional.empty();
    }
    String registered = CaseLetters.chinese(record.firstReceivedOn());
    String number = letter.documentNumber() == null ? "" : letter.documentNumber();
    return ReplyLetter.statedReceiptDates(letter.body()).stream()
        .filter(stated -> !stated.equals(registered)).findFirst()
        .map(stated -> "the reply letter " + number + " states the request was received on "
            + stated + ", the register on " + record.firstReceivedOn() + "（答复书" + number
            + "载明本机关于" + stated + "收到申请，登记的收到申请日期为" + registered
            + "，两者不符，不得送达：答复书签发编号后登记的收到申请日期被改动，请报系统管理员核查登记记录，"
            + "并按本机关纠正程序处理）");
  }

  /** As {@link #checkDelivery}, refusing with {@link ReleaseRefused} if anything fails. */
  public FrozenLetter verifyDelivery(ProcessEngineServices engine, String trackingNumber,
      String letterVariable, LocalDate deliveredOn, Map<String, Object> completeness) {
    DeliveryVerdict verdict = checkDelivery(engine, trackingNumber, letterVariable, deliveredOn,
        completeness);
    if (!verdict.passed()) {
      throw new ReleaseRefused("Reply of " + trackingNumber + " not delivered（答复书未送达）",
          verdict.problems());
    }
    return verdict.letter();
  }

  /**
   * Art. 44: problems that forbid publishing these items of request {@code source}: the reply
   * must have been delivered (what the applicant has not received is not yet released to
   * anyone); each item must be a held item of that request with exactly one review by a member
   * of legal, made for that request, and must have been released in the reply: an item the
   * reply withheld stays withheld, whether its review withheld it or an upheld third-party
   * objection did (Art. 32) although the review found it releasable; and information a third
   * party objected to in any round of the case is not published (ADR 0115), unless this round's
   * reply released it over the objection in the public interest and the third party's remedies
   * against that decision are over, none having corrected it (ADR 0118; then the PublicationApproval
   * table asks leadership).
   */
  public List<String> publicationProblems(ProcessEngineServices engine, String source,
      List<Long> itemIds) {
    List<String> problems = new ArrayList<>();
    boolean delivered = cases.find(source)
        .map(c -> CaseRegister.Status.DELIVERED.name().equals(c.status())).orElse(false);
    if (!delivered) {
      problems.add("the reply to " + source + " has not been delivered, so its items cannot be"
          + " published（申请 " + source + " 的答复尚未送达，其信息项不能转为主动公开）");
    }
    boolean objectionUpheld = objectionUpheld(source);
    Map<Long, HeldItemReviews> held = new java.util.HashMap<>();
    items.heldItemReviews(source).forEach(h -> held.put(h.itemId(), h));
    Map<Long, Item> all = new java.util.HashMap<>();
    items.of(source).forEach(i -> all.put(i.id(), i));
    for (Long itemId : itemIds) {
      HeldItemReviews h = held.get(itemId);
      Item item = all.get(itemId);
      if (h == null || item == null || item.finding() != ItemFinding.HELD) {
        problems.add("item " + itemId + " is not a held item of " + source + "（信息项 " + itemId
            + " 不是该申请的信息项）");
        continue;
      }
      problems.addAll(reviewProblems(engine, source, h));
      if (item.review() != null
          && ItemSummary.resultOf(item, objectionUpheld) == ItemSummary.Result.WITHHELD) {
        boolean byObjection = item.review().conclusion().releases();
        problems.add("item " + item.seq() + " “" + item.title() + "” was withheld in the reply"
            + (byObjection ? " after a third party's objection" : " by its secrecy review")
            + " and cannot be published（信息项 " + item.seq() + "「" + item.title() + "」在答复中"
            + (byObjection ? "因第三方不同意公开" : "经保密审查") + "不予公开，不能转为主动公开）");
        continue;
      }
      // Art. 32 in any round (ADR 0115): publishing to everyone information a third party
      // objected to is a disclosure the third party was neither consulted on nor told of;
      // proactive disclosure has neither step, whatever the reply released. Except (ADR 0118)
      // information this round released over the objection in the public interest, with the
      // notice served: once the third party's remedies against that decision are over and it
      // stands (ARL Art. 20, ALL Art. 45, 46, 85), it may be proposed, for leadership to approve.
      List<ObjectedItem> objected = items.objectedSameAs(source, item.title());
      if (objected.isEmpty()) {
        continue;
      }
      Optional<OverrideRelease> override = releasedOverObjection(source, item, objected);
      if (override.isEmpty()) {
        ObjectedItem o = objected.get(0);
        problems.add("item " + item.seq() + " “" + item.title() + "” is information a third"
            + " party objected to (Art. 32) and cannot be published（信息项 " + item.seq() + "「"
            + item.title() + "」是第三方" + (o.thirdPartyName() == null ? ""
                : "（" + o.thirdPartyName() + "）") + "曾于"
            + CaseLetters.chinese(o.objectedOn()) + "不同意公开的信息（条例第三十二条），"
            + "不能转为主动公开）");
      } else if (!override.get().standing().over()) {
        problems.add("item " + item.seq() + " “" + item.title() + "” was released over a third"
            + " party's objection, whose remedies against that decision are not over (Art. 32;"
            + " ARL Art. 20, ALL Art. 45, 46)（信息项 " + item.seq() + "「" + item.title()
            + "」是第三方不同意公开、本机关依公共利益决定公开的信息（条例第三十二条）："
            + override.get().standing().account() + "）");
      }
    }
    return problems;
  }

  /**
   * Information of the current round released over a third party's objection in the public
   * interest (ADR 0118): the notice's service, the third party named with the item, and how the
   * third party's remedies against the decision to disclose stand today.
   */
  public record OverrideRelease(LocalDate noticeServedOn, String thirdPartyName,
      ThirdPartyRemedies.Standing standing) {}

  /**
   * ADR 0118: whether held item {@code itemId} of request {@code source} is information the reply
   * released over a third party's objection (see {@link #releasedOverObjection(String, Item,
   * List)}); empty for every other item, also one no third party objected to.
   */
  public Optional<OverrideRelease> releasedOverObjection(String source, long itemId) {
    return items.of(source).stream().filter(i -> i.id() == itemId).findFirst()
        .flatMap(item -> {
          List<ObjectedItem> objected = items.objectedSameAs(source, item.title());
          return objected.isEmpty() ? Optional.empty()
              : releasedOverObjection(source, item, objected);
        });
  }

  /**
   * The item itself touches the third party and carries the objection of this round (an earlier
   * round's objection to the same information was consulted on again), leadership approved
   * disclosure over the latest objection (Art. 32: not upheld) and the 公开决定告知书 was sent
   * after that approval and its service recorded. Anything else a third party objected to stays
   * refused (ADR 0115).
   */
  private Optional<OverrideRelease> releasedOverObjection(String source, Item item,
      List<ObjectedItem> objected) {
    Optional<ObjectedItem> own = objected.stream().filter(o -> o.id() == item.id()).findFirst();
    if (!item.thirdParty() || own.isEmpty() || objectionUpheld(source)
        || overrideNoticeProblem(source).isPresent()) {
      return Optional.empty();
    }
    // The item's own party's notice (ADR 0171: one per objecting party); its remedies run from
    // the day that party received it.
    return overrideNotices.needed(source).stream()
        .filter(n -> n.items().stream().anyMatch(i -> i.id() == item.id())).findFirst()
        .map(n -> n.consultation().overrideNoticeServedOn())
        .map(servedOn -> new OverrideRelease(servedOn, own.get().thirdPartyName(),
            thirdPartyRemedies.standing(source, servedOn, OfficeTime.today())));
  }

  /**
   * ADR 0115: current items the reply would release that do not touch a third party although a
   * third party objected to the same information (in an earlier round, registered before the split
   * refused that; or in this round, under a second item of the same name).
   */
  private List<String> unconsultedObjectedItems(String trackingNumber) {
    List<String> problems = new ArrayList<>();
    boolean upheld = objectionUpheld(trackingNumber);
    for (Item item : items.of(trackingNumber)) {
      if (item.finding() != ItemFinding.HELD || item.thirdParty() || item.review() == null
          || ItemSummary.resultOf(item, upheld) == ItemSummary.Result.WITHHELD) {
        continue;
      }
      items.objectedSameAs(trackingNumber, item.title()).stream().findFirst().ifPresent(o ->
          problems.add("item " + item.seq() + " “" + item.title() + "” is information a third"
              + " party objected to, released without the third party being consulted on it"
              + " (Art. 32)（信息项 " + item.seq() + "「" + item.title() + "」是第三方"
              + (o.thirdPartyName() == null ? "" : "（" + o.thirdPartyName() + "）") + "曾于"
              + CaseLetters.chinese(o.objectedOn()) + "不同意公开的信息，该信息项未标注涉及第三方、"
              + "未就其征求第三方意见，不得予以公开（条例第三十二条））"));
    }
    return problems;
  }

  /**
   * Several problems as one bilingual message, "field: english; english（中文；中文）", so that
   * the error body's split into English and Chinese stays whole.
   */
  public static String bilingual(String field, List<String> problems) {
    List<String> english = new ArrayList<>();
    List<String> chinese = new ArrayList<>();
    for (String problem : problems) {
      int open = problem.indexOf('（');
      if (open > 0 && problem.endsWith("）")) {
        english.add(problem.substring(0, open).trim());
        chinese.add(problem.substring(open + 1, problem.length() - 1));
      } else {
        english.add(problem);
        chinese.add(problem);
      }
    }
    return field + ": " + String.join("; ", english) + "（" + String.join("；", chinese) + "）";
  }

  /**
   * Adds the review problems of the case's held items; true if every held item has exactly one
   * review (the outcome can then be recomputed).
   */
  private boolean reviewProblems(ProcessEngineServices engine, String trackingNumber,
      List<String> problems) {
    boolean complete = true;
    for (HeldItemReviews h : items.heldItemReviews(trackingNumber)) {
      List<String> own = reviewProblems(engine, trackingNumber, h);
      complete &= h.reviews() == 1;
      problems.addAll(own);
    }
    return complete;
  }

  private List<String> reviewProblems(ProcessEngineServices engine, String caseRef,
      HeldItemReviews h) {
    List<String> problems = new ArrayList<>();
    String item = "item " + h.seq() + " “" + h.title() + "”";
    String chineseItem = "信息项 " + h.seq() + "「" + h.title() + "」";
    if (h.reviews() != 1) {
      problems.add(item + " has " + h.reviews() + " secrecy reviews instead of one（" + chineseItem
          + "有 " + h.reviews() + " 条保密审查记录，应为一条）");
      return problems;
    }
    if (!wasMember(engine, h.reviewer(), h.reviewerGroups(), Groups.LEGAL)) {
      problems.add(item + " was reviewed by " + h.reviewer() + ", not a member of legal when"
          + " reviewing（" + chineseItem + "的审查人 " + h.reviewer() + " 审查时不是法规科成员）");
    }
    if (h.reviewedFor() != null && !h.reviewedFor().equals(caseRef)) {
      problems.add(item + " was reviewed for case " + h.reviewedFor() + "（" + chineseItem
          + "的审查记录属于案件 " + h.reviewedFor() + "）");
    }
    return problems;
  }

  /**
   * The outcome the ReplyOutcome table gives for the case's items as the register has them (and
   * the intake decisions for a case without items).
   */
  public String expectedOutcome(ProcessEngineServices engine, String trackingNumber,
      Map<String, Object> completeness) {
    List<Item> caseItems = items.of(trackingNumber);
    ItemSummary summary = ItemSummary.of(caseItems, objectionUpheld(trackingNumber));
    VariableMap inputs = Variables.createVariables()
        .putValue(ITEM_COUNT, summary.itemCount())
        .putValue(RELEASED_COUNT, summary.releasedCount())
        .putValue(REDACTED_COUNT, summary.redactedCount())
        .putValue(WITHHELD_COUNT, summary.withheldCount())
        .putValue(WITHHELD_GROUND,
            summary.withheldGround() == null ? null : summary.withheldGround().name())
        .putValue(NOT_HELD_COUNT, summary.notHeldCount())
        .putValue(NEEDS_PROCESSING_COUNT, summary.needsProcessingCount())
        .putValue(NOT_GOVERNMENT_INFO_COUNT, summary.notGovernmentInfoCount());
    if (caseItems.isEmpty()) {
      inputs.putValue(COMPLETENESS_DECISION, completeness.get(COMPLETENESS_DECISION))
          .putValue(NOT_A_REQUEST_KIND, completeness.get(NOT_A_REQUEST_KIND))
          .putValue(SUPPLEMENT_STILL_UNCLEAR,
              Boolean.TRUE.equals(completeness.get(SUPPLEMENT_STILL_UNCLEAR)));
    } else {
      // Items exist only after a search, i.e. for a complete request.
      inputs.putValue(COMPLETENESS_DECISION, "COMPLETE").putValue(NOT_A_REQUEST_KIND, null)
          .putValue(SUPPLEMENT_STILL_UNCLEAR, false);
    }
    Object outcome = rules.singleEntry(engine, ProcessKeys.REPLY_OUTCOME_TABLE, inputs);
    return outcome == null ? null : outcome.toString();
  }

  /**
   * The ApprovalRequired table, from the register's outcome, override decision and whether the
   * reply releases over a co-producing agency's objection (ADR 0169) or over a third party's
   * objection made after its period (ADR 0179).
   */
  public boolean approvalRequired(ProcessEngineServices engine, String trackingNumber,
      String outcomeCode) {
    return new ApprovalRule(engine, this::overrideDecision)
        .requiredFor(trackingNumber, outcomeCode);
  }

  /** Art. 34: the case's latest consultation of the other agencies ended in an objection. */
  public boolean agencyObjected(String trackingNumber) {
    return consultations.latest(trackingNumber, ConsultationKind.AGENCY)
        .filter(c -> c.answer() == ConsultationRegister.Answer.OBJECTION).isPresent();
  }

  /**
   * Art. 34 (audit 35a F3, ADR 0169): the reply releases, in whole or in part, an item made with
   * another agency that objected; read from the register.
   */
  public boolean releasedOverAgencyObjection(String trackingNumber) {
    return agencyObjected(trackingNumber) && ItemSummary.releasesOverAgencyObjection(
        items.of(trackingNumber), objectionUpheld(trackingNumber), true);
  }

  /**
   * Art. 32 (ADR 0172's open point, ADR 0179): a third party of the latest round stayed silent
   * and objected after its period (kept beside the silence), and the reply releases, in whole or
   * in part, an item of its information; read from the register.
   */
  public boolean releasedOverLateObjection(String trackingNumber) {
    java.util.Set<Long> ids = thirdPartySilence.lateObjectedItemIds(trackingNumber);
    return !ids.isEmpty() && ItemSummary.releasesAny(items.of(trackingNumber).stream()
        .filter(item -> ids.contains(item.id())).toList(), objectionUpheld(trackingNumber));
  }

  /**
   * Art. 44 (audit 36a F4, ADR 0178): held item {@code itemId} of request {@code source} is
   * made with another agency whose objection ended the case's latest agency consultation, and
   * the reply released it in whole or in part (ADR 0169). An input of the PublicationApproval
   * table: publishing it to everyone is leadership's to weigh again.
   */
  public boolean releasedOverAgencyObjection(String source, long itemId) {
    if (!agencyObjected(source)) {
      return false;
    }
    boolean upheld = objectionUpheld(source);
    return items.of(source).stream().filter(item -> item.id() == itemId).anyMatch(item ->
        ItemSummary.releasesOverAgencyObjection(List.of(item), upheld, true));
  }

  /**
   * Art. 44 (ADR 0183): held item {@code itemId} of request {@code source} is information of a
   * third party of the latest round that stayed silent and objected after its period (a late
   * objection, ADR 0172; an answer posted within the period is an answer, not late), and the
   * reply released it in whole or in part (ADR 0179). An input of the PublicationApproval table:
   * publishing it to everyone is leadership's to weigh again, as the reply was.
   */
  public boolean releasedOverLateObjection(String source, long itemId) {
    if (!thirdPartySilence.lateObjectedItemIds(source).contains(itemId)) {
      return false;
    }
    boolean upheld = objectionUpheld(source);
    return items.of(source).stream().filter(item -> item.id() == itemId)
        .anyMatch(item -> ItemSummary.releasesAny(List.of(item), upheld));
  }

  /**
   * The ApprovalRequired table for many cases in a row (the compliance report): the override
   * decisions are read at once, and as the table's answer depends only on the outcome and the
   * override decision, each pair is evaluated once.
   */
  public ApprovalRule approvalRule(ProcessEngineServices engine) {
    return new ApprovalRule(engine, decisions.latestOfEveryCase(Kind.OVERRIDE)::get);
  }

  /** See {@link #approvalRule}. */
  public final class ApprovalRule {

    private final ProcessEngineServices engine;
    private final Function<String, String> overrideOfCase;
    private final Map<List<String>, Boolean> answers = new HashMap<>();

    private ApprovalRule(ProcessEngineServices engine, Function<String, String> overrideOfCase) {
      this.engine = engine;
      this.overrideOfCase = overrideOfCase;
    }

    /** Whether the case's reply needed leadership's approval, by the register. */
    public boolean requiredFor(String trackingNumber, String outcomeCode) {
      String override = overrideOfCase.apply(trackingNumber);
      boolean overAgency = releasedOverAgencyObjection(trackingNumber);
      boolean overLate = releasedOverLateObjection(trackingNumber);
      return answers.computeIfAbsent(Arrays.asList(outcomeCode, override,
              String.valueOf(overAgency), String.valueOf(overLate)),
          key -> Boolean.TRUE.equals(rules.singleEntry(engine, ProcessKeys.APPROVAL_REQUIRED_TABLE,
              Variables.createVariables().putValue(OUTCOME_CODE, outcomeCode)
                  .putValue(OVERRIDE_APPROVAL, override)
                  .putValue(RELEASED_OVER_AGENCY_OBJECTION, overAgency)
                  .putValue(RELEASED_OVER_LATE_OBJECTION, overLate))));
    }
  }

  /** Leadership's latest public-interest decision, if it answers the latest objection. */
  private String overrideDecision(String trackingNumber) {
    return decisions.latest(trackingNumber, Kind.OVERRIDE).map(RecordedDecision::decision)
        .orElse(null);
  }

  /**
   * Art. 32: leadership approved disclosure over the third parties' latest objections, but the
   * notice telling an objecting party what will be disclosed of its information and why
   * (公开决定告知书, one per party, ADR 0166, 0171) was not sent after that approval, or its service
   * is not recorded.
   */
  Optional<String> overrideNoticeProblem(String trackingNumber) {
    return overrideNoticeProblem(trackingNumber, null);
  }

  /**
   * As above, and with {@code deliveredOn} (the reply's delivery; null: not asked) also the
   * disclosure day of every notice (ADR 0171): the reply releasing a party's items is not
   * delivered before the day its notice lets them be disclosed.
   */
  Optional<String> overrideNoticeProblem(String trackingNumber, LocalDate deliveredOn) {
    if (consultations.latestThirdPartyObjectionSentOn(trackingNumber).isEmpty()
        || objectionUpheld(trackingNumber)) {
      return Optional.empty();
    }
    LocalDate approvedOn = decisions.latest(trackingNumber, Kind.OVERRIDE)
        .map(d -> LocalDate.ofInstant(d.decidedAt(), OfficeTime.ZONE)).orElseThrow();
    List<String> unserved = new ArrayList<>();
    List<String> early = new ArrayList<>();
    for (OverrideNotices.PartyNotice notice : overrideNotices.needed(trackingNumber)) {
      Consultation c = notice.consultation();
      if (c.overrideNoticeSentOn() == null || c.overrideNoticeSentOn().isBefore(approvedOn)
          || c.overrideNoticeServedOn() == null) {
        unserved.add(notice.partyText());
      } else if (deliveredOn != null) {
        LocalDate from = overrideNotices.disclosureDay(c);
        if (from != null && deliveredOn.isBefore(from)) {
          early.add(notice.partyText() + "：" + CaseLetters.chinese(from));
        }
      }
    }
    if (!unserved.isEmpty()) {
      return Optional.of("a third party has not been served the notice of the decision to"
          + " disclose over its objection (Art. 32)（第三方不同意公开而决定公开的，须先向各第三方"
          + "送达公开决定告知书（条例第三十二条），未登记送达的不得答复：" + String.join("、", unserved)
          + "）");
    }
    if (!early.isEmpty()) {
      return Optional.of("delivery date " + deliveredOn + " is before the disclosure date the"
          + " override notice states (Art. 32, ADR 0171)（送达日期" + CaseLetters.chinese(deliveredOn)
          + "早于公开决定告知书载明的公开日期，不得向申请人送达答复书（条例第三十二条）："
          + String.join("；", early) + "）");
    }
    return Optional.empty();
  }

  /**
   * ADR 0171, 0179: a 公开决定告知书 lets its items be disclosed only after the reply deadline, so
   * the reply cannot be delivered in time without the extension (Art. 33(2)): the warning
   * 审核答复书 shows, naming each such party's day; empty otherwise, and for notices from before
   * ADR 0171 (no day stated). An unserved notice counts with the day it states.
   */
  public Optional<String> disclosureAfterDeadline(String trackingNumber) {
    Optional<CaseRecord> found = cases.find(trackingNumber);
    if (found.isEmpty() || found.get().dueOn() == null || objectionUpheld(trackingNumber)) {
      return Optional.empty();
    }
    LocalDate due = found.get().dueOn();
    List<String> late = new ArrayList<>();
    for (OverrideNotices.PartyNotice notice : overrideNotices.needed(trackingNumber)) {
      Consultation c = notice.consultation();
      LocalDate day = Optional.ofNullable(overrideNotices.disclosureDay(c))
          .orElse(c.overrideDisclosureOn());
      if (day != null && day.isAfter(due)) {
        late.add(notice.partyText() + "：" + CaseLetters.chinese(day));
      }
    }
    return late.isEmpty() ? Optional.empty() : Optional.of("公开决定告知书载明的公开日期晚于答复期限（"
        + CaseLetters.chinese(due) + "），请依法延期答复（条例第三十三条第二款）："
        + String.join("；", late));
  }

  /** Art. 32: a third party objected and leadership did not approve disclosure over it. */
  public boolean objectionUpheld(String trackingNumber) {
    Optional<LocalDate> objection = consultations.latestThirdPartyObjectionSentOn(trackingNumber);
    if (objection.isEmpty()) {
      return false;
    }
    Optional<RecordedDecision> override = decisions.latest(trackingNumber, Kind.OVERRIDE);
    return override.isEmpty() || !"APPROVE".equals(override.get().decision())
        || LocalDate.ofInstant(override.get().decidedAt(), OfficeTime.ZONE)
            .isBefore(objection.get());
  }

  /**
   * Whether {@code userId} was a member of {@code group} when he acted: as the register recorded
   * his groups then ({@code recordedGroups}, ADR 0123), so that a staff change after the review
   * or approval does not undo it; for a row recorded before the register kept them (null), as
   * the identity service has it today.
   */
  public static boolean wasMember(ProcessEngineServices engine, String userId,
      String recordedGroups, Groups group) {
    if (userId == null) {
      return false;
    }
    return recordedGroups != null ? StaffAtTheTime.includes(recordedGroups, group.id())
        : isMember(engine, userId, group);
  }

  /** Group membership as the identity service has it, whoever is asking. */
  static boolean isMember(ProcessEngineServices engine, String userId, Groups group) {
    if (userId == null) {
      return false;
    }
    IdentityService identity = engine.getIdentityService();
    return WithoutAuthorizations.call(identity, () -> identity.createUserQuery()
        .userId(userId).memberOfGroup(group.id()).count() > 0);
  }
}
