package io.github.ogiworkflow.fee;

import static io.github.ogiworkflow.process.ProcessVariables.FEE_AMOUNT;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_CALCULATION;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_DUE_AT;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_DUE_AT_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_NOTICE_ISSUED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_NOTICE_SERVED_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_NOTICE_SERVICE_DUE_AT;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_PAID_ON;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_RECOUNT_NOTICE;
import static io.github.ogiworkflow.process.ProcessVariables.FEE_SCHEME;
import static io.github.ogiworkflow.process.ProcessVariables.NEW_FEE_DUE_ON;
import static io.github.ogiworkflow.process.ProcessVariables.UNPAID_COMMENT;
import static io.github.ogiworkflow.process.ProcessVariables.UNPAID_DECISION;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.LetterServiceFollowUp;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.fee.FeeDelegates.Charge;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.FeeNotice;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.PublishedYearGuard.CountedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 更正收费通知 (audit round 25 F4, ADR 0086): the office corrects an issued, unpaid fee notice
 * that asked too much, with a reason. A lower amount is a new notice (new 文号) that replaces the
 * old one, and the 20 working days to pay run again from its service (国办函〔2020〕109号); a
 * withdrawal (撤销收费) ends the demand and the case goes on to its reply as if no fee had been
 * asked, the clock's pause ending today. Both are letters to the applicant and rows in
 * ogi_fee_notice. A higher amount is a new demand, for leadership; a paid notice is not undone
 * here (a refund is outside this system). All in one transaction: a refusal writes nothing.
 */
@Component
public class FeeCorrections {

  /** The reason goes into the letter and the register: a few words at least, and bounded. */
  static final int MIN_REASON = 4;
  static final int MAX_REASON = 2000;

  /** The steps a case with a fee notice in force waits at: the notice's service, payment. */
  static final Set<String> FEE_STEPS = Set.of(ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE,
      ElementIds.TASK_RECORD_PAYMENT, ElementIds.TASK_CONFIRM_UNPAID);

  /** What the office does with the notice in force. */
  public enum Action {
    REDUCE("减少收费金额"), WITHDRAW("撤销收费");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The correction made: the notice replaced and the letter that did it. */
  public record Corrected(String trackingNumber, Action action, String replacedNumber,
      BigDecimal oldAmount, BigDecimal newAmount, String documentNumber) {}

  /** No such case in the register. */
  public static final class UnknownCase extends RuntimeException {
    UnknownCase(String trackingNumber) {
      super("no case " + Vars.echo(trackingNumber) + "（无此受理编号的案件）");
    }
  }

  private final CaseRegister cases;
  private final CaseLetters caseLetters;
  private final Letters letters;
  private final PauseLedger pauses;
  private final PublishedYearGuard publishedYears;
  private final DeadlineProperties limits;
  private final WorkingDayCalendar calendar;
  private final FeeRecount recount;

  public FeeCorrections(CaseRegister cases, CaseLetters caseLetters, Letters letters,
      PauseLedger pauses, PublishedYearGuard publishedYears, DeadlineProperties limits,
      WorkingDayCalendar calendar, FeeRecount recount) {
    this.recount = recount;
    this.calendar = calendar;
    this.cases = cases;
    this.caseLetters = caseLetters;
    this.letters = letters;
    this.pauses = pauses;
    this.publishedYears = publishedYears;
    this.limits = limits;
  }

  /**
   * Parses the request ({@code action} REDUCE or WITHDRAW, {@code pageCount} for a notice
   * charged per page, {@code reason}) and corrects; bad input refused in Chinese on its field.
   */
  @Transactional
  public Corrected correct(ProcessEngineServices engine, String trackingNumber, String action,
      Object pageCount, String reason, String correctedBy) {
    Action what;
    try {
      what = Action.valueOf(action == null ? "" : action.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("action: one of " + Arrays.toString(Action.values())
          + "（请选择更正方式：" + Action.REDUCE.label() + "或" + Action.WITHDRAW.label() + "）");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
      throw new InvalidInput("reason: " + MIN_REASON + "–" + MAX_REASON + " characters（更正理由应为"
          + MIN_REASON + "至" + MAX_REASON + "个字）");
    }
    // Printed in the letter as one sentence: no line breaks, nothing invisible.
    if (Vars.hasHiddenCharacters(why, false)) {
      throw new InvalidInput("reason: control or invisible format characters（更正理由"
          + Vars.HIDDEN_CHARACTERS + "）");
    }
    Integer pages = null;
    if (pageCount != null && what == Action.REDUCE) {
      if (!(pageCount instanceof Integer n) || n < 1 || n > FeeDelegates.MAX_PAGES) {
        throw new InvalidInput("pageCount: a whole number from 1 to " + FeeDelegates.MAX_PAGES
            + "（页数应为1至" + FeeDelegates.MAX_PAGES + "的整数）");
      }
      pages = n;
    }
    // The letter ends the sentence itself, and opens it with 经复核 (audit round 27, F7: a reason
    // typed as 经复核，… read 经复核，经复核，…).
    return correct(engine, trackingNumber, what, pages, asClause(why), correctedBy);
  }

  /** The reason as the clause the letters print after 经复核，and before their own 。 */
  static String asClause(String reason) {
    return reason.replaceFirst("^经复核[，,：:、\\s]*", "").replaceAll("[。；;，,]+$", "");
  }

  @Transactional
  public Corrected correct(ProcessEngineServices engine, String trackingNumber, Action action,
      Integer pages, String reason, String correctedBy) {
    // The case's row first, as the steps and the date corrections take it: one at a time.
    if (!cases.lock(trackingNumber)) {
      throw new UnknownCase(trackingNumber);
    }
    FeeNotice notice = cases.latestFeeNotice(trackingNumber).orElseThrow(() ->
        new InvalidInput("action: the case has no fee notice（本案未发出收费通知，无需更正）"));
    if (!notice.inForce()) {
      throw new InvalidInput("action: the fee notice was withdrawn on " + notice.withdrawnOn()
          + "（本案的收费通知已于" + CaseLetters.chinese(notice.withdrawnOn()) + "撤销，无需更正）");
    }
    if (notice.paidOn() != null) {
      throw new InvalidInput("action: the fee was paid on " + notice.paidOn()
          + "（申请人已于" + CaseLetters.chinese(notice.paidOn()) + "缴纳信息处理费，已缴费的收费通知"
          + "不能更正或撤销；退还已缴费用不在本系统办理，请按财务退费规定另行处理）");
    }
    ProcessInstance running = runningRequest(engine, trackingNumber);
    List<String> waiting = running == null ? List.of() : feeSteps(engine, running.getId());
    if (waiting.isEmpty()) {
      throw new InvalidInput("action: the case is not waiting for the fee（本案不在收费通知送达或"
          + "缴费环节（如已逾期未缴费终止办理，或缴费正在登记），不能更正收费通知）");
    }
    LocalDate today = OfficeTime.today();
    // Section 六 counts the notices in force by their issue day: the old notice's year loses
    // it, today's gains the new one. A published report is final (ADR 0035, 0080).
    publishedYears.requireRecordable(trackingNumber, CountedDate.FEE_NOTICE, notice.issuedOn(),
        "action", "原收费通知的发出日期");
    publishedYears.requireRecordable(trackingNumber, CountedDate.FEE_NOTICE, today, "action",
        "更正日期");
    FeeScheme scheme = notice.scheme() != null ? FeeScheme.valueOf(notice.scheme())
        : FeeScheme.valueOf(String.valueOf(engine.getRuntimeService()
            .getVariable(running.getId(), FEE_SCHEME)));
    String replacedNumber = replacedNumber(trackingNumber);
    Map<String, Object> values = replacedValues(notice, replacedNumber, reason);
    // The reply clock has stood still since the application's first notice (ADR 0086).
    LocalDate firstIssuedOn = cases.feeNotices(trackingNumber).stream()
        .map(FeeNotice::issuedOn).min(LocalDate::compareTo).orElse(notice.issuedOn());
    RuntimeService runtime = engine.getRuntimeService();
    if (action == Action.WITHDRAW) {
      cases.withdrawFeeNotice(notice, today, reason, correctedBy);
      // The fee held the reply clock (Art. 42, 109号); without it the clock runs again today.
      pauses.releaseRunning(engine, running.getId(), trackingNumber, today);
      // The letter says so, with the reply deadline it now has (moved by the days paused);
      // a clock still held by something else has no date to give.
      LocalDate dueOn = pauses.isPaused(trackingNumber) ? null
          : cases.find(trackingNumber).map(c -> c.dueOn()).orElse(null);
      values.put("replyPeriod", withdrawalReplyPeriod(firstIssuedOn, dueOn,
          caseLetters.addressOf(trackingNumber)));
      caseLetters.send(trackingNumber, LetterKind.FEE_WITHDRAWAL_NOTICE, values);
      runtime.removeVariables(running.getId(), List.of(FEE_AMOUNT, FEE_CALCULATION, FEE_DUE_AT,
          FEE_DUE_AT_TEXT, FEE_NOTICE_SERVED_ON, UNPAID_DECISION, NEW_FEE_DUE_ON, UNPAID_COMMENT,
          FEE_PAID_ON, FEE_RECOUNT_NOTICE));
      moveTo(engine, running.getId(), ElementIds.TASK_DELIVER_REPLY);
      return new Corrected(trackingNumber, action, replacedNumber, notice.amount(), BigDecimal.ZERO,
          latestNumber(trackingNumber, LetterKind.FEE_WITHDRAWAL_NOTICE));
    }
    Charge charge = recount(trackingNumber, scheme, pages);
    String was = notice.amount().stripTrailingZeros().toPlainString();
    String now = charge.amount().toPlainString();
    // A per-page amount comes from the pages typed: refused on that field, as when unchanged.
    String amountField = scheme == FeeScheme.PER_PAGE ? "pageCount" : "action";
    if (charge.amount().compareTo(notice.amount()) > 0) {
      throw new InvalidInput(amountField + ": " + now + " is more than the notice's " + was
          + "（按更正后的计费情况应收" + now + "元，高于原收费通知的" + was + "元。更正收费通知只能减少"
          + "或撤销收费；提高收费是新的、更高的收费要求，须报领导审批，不能在此办理）");
    }
    if (charge.amount().signum() == 0) {
      // The summary says 不收费 itself; the page's select shows the labels, never the codes.
      throw new InvalidInput("action: the scale charges nothing（按收费标准本申请"
          + FeeDelegates.summary(scheme, charge.amount(), charge.counted())
          + "，请选择" + Action.WITHDRAW.label() + "）");
    }
    if (charge.amount().compareTo(notice.amount()) == 0) {
      throw new InvalidInput(amountField + ": the amount is unchanged（按" + FeeDelegates.summary(scheme, charge.amount(),
          charge.counted()) + "计算，金额仍为" + now + "元，与原收费通知相同，无需更正）");
    }
    values.putAll(reductionValues(charge, firstIssuedOn, limits.feePaymentWorkingDays(),
        caseLetters.agency().feePayment()));
    caseLetters.send(trackingNumber, LetterKind.FEE_CORRECTION_NOTICE, values);
    cases.supersedeFeeNotice(notice, charge.amount(), charge.counted(), reason, correctedBy);
    // The new notice's period starts at its own service: the case waits for it again, and the
    // pause held since the first notice goes on until payment.
    runtime.removeVariables(running.getId(), List.of(FEE_DUE_AT, FEE_DUE_AT_TEXT,
        FEE_NOTICE_SERVED_ON, UNPAID_DECISION, NEW_FEE_DUE_ON, UNPAID_COMMENT, FEE_PAID_ON,
        FEE_RECOUNT_NOTICE));
    runtime.setVariables(running.getId(), Map.of(FEE_AMOUNT, charge.amount().doubleValue(),
        FEE_CALCULATION, charge.calculation(), FEE_NOTICE_ISSUED_ON, today.toString(),
        // the new notice's service is recorded in time too (ADR 0122)
        FEE_NOTICE_SERVICE_DUE_AT, LetterServiceFollowUp.dueAt(calendar, limits, today)));
    moveTo(engine, running.getId(), ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE);
    return new Corrected(trackingNumber, action, replacedNumber, notice.amount(),
        charge.amount(), latestNumber(trackingNumber, LetterKind.FEE_CORRECTION_NOTICE));
  }

  /** What both letters say of the notice they replace or withdraw, and why. */
  static Map<String, Object> replacedValues(FeeNotice notice, String replacedNumber,
      String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put("replacedIssuedOn", CaseLetters.chinese(notice.issuedOn()));
    values.put("replacedNumber", replacedNumber);
    values.put("replacedAmount", notice.amount().stripTrailingZeros().toPlainString());
    values.put("reason", reason);
    return values;
  }

  /**
   * The 更正收费通知书's own values: the scheme, scale, calculation and new amount as a fee
   * notice states them, the payment period from its service, and the day the application's
   * first notice went out, since when the reply clock stands still (until payment).
   */
  static Map<String, Object> reductionValues(Charge charge, LocalDate firstIssuedOn,
      int paymentWorkingDays, String feePayment) {
    return Map.of("scheme", charge.scheme().label(), "schemeRule", charge.scheme().rule(),
        "calculation", charge.calculation(), "amount", charge.amount().toPlainString(),
        "paymentWorkingDays", paymentWorkingDays, "feePayment", feePayment,
        "feeFirstIssuedOn", CaseLetters.chinese(firstIssuedOn));
  }

  /**
   * The 撤销收费通知书's sentence on the reply period, as the code moves it: the days under the
   * demand stay out of the period, which runs again from the withdrawal, to {@code dueOn}; the
   * reply, signed off before the fee notice, is served next. Without {@code dueOn} (the clock
   * still held by something else) no date is promised.
   */
  static String withdrawalReplyPeriod(LocalDate firstIssuedOn, LocalDate dueOn, String you) {
    String excluded = "自本机关于" + CaseLetters.chinese(firstIssuedOn) + "发出收费通知书之日起至本通知书"
        + "发出之日止的期间，不计算在政府信息公开申请答复期限内";
    return dueOn == null
        ? excluded + "。本机关将依法向" + you + "送达政府信息公开申请答复书。"
        : excluded + Letters.FEE_WITHDRAWAL_NAMES_DEADLINE + CaseLetters.chinese(dueOn)
            + "届满。本机关将在该期限内向" + you + "送达政府信息公开申请答复书。";
  }

  /**
   * The fee notice the office may correct now, or empty: issued, in force, unpaid, and the case
   * waiting at a fee step (the checks {@link #correct} makes before it looks at the amount).
   * The case page offers its form only then; {@link #correct} decides.
   */
  public Optional<Correctable> correctable(ProcessEngineServices engine,
      String trackingNumber) {
    Optional<FeeNotice> found = cases.latestFeeNotice(trackingNumber)
        .filter(n -> n.inForce() && n.paidOn() == null);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ProcessInstance running = runningRequest(engine, trackingNumber);
    if (running == null || feeSteps(engine, running.getId()).isEmpty()) {
      return Optional.empty();
    }
    FeeNotice notice = found.get();
    String scheme = notice.scheme() != null ? notice.scheme() : String.valueOf(engine
        .getRuntimeService().getVariable(running.getId(), FEE_SCHEME));
    FeeScheme known = Arrays.stream(FeeScheme.values()).filter(f -> f.name().equals(scheme))
        .findFirst().orElse(null);
    return Optional.of(new Correctable(known, notice.amount(), replacedNumber(trackingNumber),
        notice.issuedOn(), recount.overcharge(trackingNumber, notice).orElse(null)));
  }

  /**
   * A fee notice the office may correct: how it charges (null if unknown) and what;
   * {@code overcharge} says, when the scale now asks less, that it must be corrected (ADR 0184).
   */
  public record Correctable(FeeScheme scheme, BigDecimal amount, String noticeNumber,
      LocalDate issuedOn, String overcharge) {}

  private static ProcessInstance runningRequest(ProcessEngineServices engine,
      String trackingNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
        .processInstanceBusinessKey(trackingNumber).singleResult();
  }

  /** The scale's amount now: per page for the corrected pages, per request as counted today. */
  private Charge recount(String trackingNumber, FeeScheme scheme, Integer pages) {
    if (scheme == FeeScheme.PER_PAGE) {
      if (pages == null) {
        throw new InvalidInput("pageCount: required for a notice charged per page（原收费通知按量"
            + "计收，请填写更正后的页数）");
      }
      return FeeDelegates.perPage(pages);
    }
    if (pages != null) {
      throw new InvalidInput("pageCount: the notice charges per request（原收费通知按件计收，件数"
          + "由系统按登记的收到申请日期计算，不填写页数）");
    }
    return FeeDelegates.perRequest(cases.requestNumberInMonth(trackingNumber));
  }

  /** The 文号 of the notice in force: the latest fee notice or corrected notice of the case. */
  private String replacedNumber(String trackingNumber) {
    return letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == LetterKind.FEE_NOTICE
            || l.kind() == LetterKind.FEE_CORRECTION_NOTICE)
        .reduce((first, second) -> second).map(Letters.Letter::documentNumber)
        .filter(n -> n != null && !n.isBlank()).orElse("文号见原通知书");
  }

  private String latestNumber(String trackingNumber, LetterKind kind) {
    return letters.of(trackingNumber).stream().filter(l -> l.kind() == kind)
        .reduce((first, second) -> second).map(Letters.Letter::documentNumber).orElse(null);
  }

  /** The activity instances of the fee steps the case waits at. */
  private static List<String> feeSteps(ProcessEngineServices engine, String processInstanceId) {
    List<String> found = new ArrayList<>();
    collect(engine.getRuntimeService().getActivityInstance(processInstanceId), found);
    return found;
  }

  private static void collect(ActivityInstance instance, List<String> found) {
    if (instance == null) {
      return;
    }
    if (FEE_STEPS.contains(instance.getActivityId())) {
      found.add(instance.getId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, found);
    }
  }

  /**
   * The case leaves the fee step it waits at (its payment timer with it) for {@code target}:
   * started first, in the same sub-process, so that scope never empties in between.
   */
  private static void moveTo(ProcessEngineServices engine, String processInstanceId,
      String target) {
    List<String> leaving = feeSteps(engine, processInstanceId);
    ProcessInstanceModificationBuilder modification = engine.getRuntimeService()
        .createProcessInstanceModification(processInstanceId).startBeforeActivity(target);
    for (String activityInstanceId : leaving) {
      modification.cancelActivityInstance(activityInstanceId);
    }
    modification.execute();
  }
}
