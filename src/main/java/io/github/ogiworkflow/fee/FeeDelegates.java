package io.github.ogiworkflow.fee;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.LetterServiceFollowUp;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.deadline.DueSoonDates;
import io.github.ogiworkflow.deadline.NewDeadlines;
import io.github.ogiworkflow.deadline.OrderedReplyDates;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.intake.CaseClosing;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.ActingStaff;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseActRegister;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.FeePeriod;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.PublishedYearGuard.CountedDate;
import io.github.ogiworkflow.vocabulary.OutcomeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fee steps (Art. 42, 国办函〔2020〕109号, handbook 2.12): a notice with the amount from the
 * scale pauses the reply clock until payment; the applicant has 20 working days from receiving
 * the notice to pay; when they have passed, a person in the office decides whether there is a
 * good reason (more time) or not (closed as 其他处理-2). Nothing closes a case by the timer alone.
 */
@Configuration(proxyBeanMethods = false)
public class FeeDelegates {

  /** The reply form's bound for 页数 (reply-edit.form), held here too. */
  static final int MAX_PAGES = 100_000;

  /**
   * A fee the office asked for, as the scale computes it: {@code counted} is the request's
   * number in its month (per request) or the pages (per page).
   */
  record Charge(FeeScheme scheme, BigDecimal amount, String calculation, int counted) {}

  /**
   * The charge the office's reply form asks for, checked against the law: only a reply that
   * provides information (予以公开, 部分公开), one scheme, and an amount the scale does not put
   * at zero. Whatever the client sends, anything else is refused.
   */
  static Charge charge(VariableScope scope, String trackingNumber, CaseRegister register,
      ItemRegister items, OrderedReplyDates orders) {
    requireChargeable(CHARGE_FEE, "请取消收费", trackingNumber, register, orders);
    String outcomeCode = Vars.requiredText(scope, OUTCOME_CODE, "答复类型");
    OutcomeCode outcome = OutcomeCode.ofCode(outcomeCode);
    if (!ChargeableOutcome.providesInformation(outcome)) {
      throw new InvalidInput(CHARGE_FEE + ": No fee may be charged for a reply that provides no information"
          + " (outcome " + outcomeCode + ")（答复未提供政府信息（" + outcome.label()
          + "），不得收取信息处理费，请取消收费）");
    }
    // 予以公开 also counts a reply that only says where published information is (Art. 36(1));
    // the agency then provides nothing and has nothing to process.
    if (!ChargeableOutcome.providesHeldInformation(items.of(trackingNumber))) {
      throw new InvalidInput(CHARGE_FEE + ": No fee may be charged when the agency provides no information of"
          + " its own（答复所列信息均为已主动公开信息，仅告知获取途径，本机关未提供政府信息，"
          + "不得收取信息处理费，请取消收费）");
    }
    Charge charge = scaled(scope, trackingNumber, register);
    if (charge.amount().signum() == 0) {
      throw new InvalidInput(CHARGE_FEE + ": the 109号 scale charges nothing for this application"
          + "（按收费标准本申请不收费，请取消收费）");
    }
    return charge;
  }

  /**
   * What the scale asks for the case now, zero included: per page for the pages the office
   * entered, per request for the request's number in its month as the register counts it today
   * (a corrected or late-registered receipt date moves it).
   */
  static Charge scaled(VariableScope scope, String trackingNumber, CaseRegister register) {
    FeeScheme scheme = Vars.choice(scope, FEE_SCHEME, FeeScheme.class, "计收方式");
    if (scheme == FeeScheme.PER_PAGE) {
      Integer pages = Vars.number(scope, PAGE_COUNT);
      if (pages == null) {
        throw new InvalidInput(PAGE_COUNT + ": required（请填写页数）");
      }
      if (pages < 1 || pages > MAX_PAGES) {
        throw new InvalidInput(PAGE_COUNT + ": out of range（页数应为1至" + MAX_PAGES + "）");
      }
      return perPage(pages);
    }
    return perRequest(register.requestNumberInMonth(trackingNumber));
  }

  static Charge perPage(int pages) {
    return new Charge(FeeScheme.PER_PAGE, FeeCalculator.perPage(pages),
        FeeCalculator.explainPerPage(pages), pages);
  }

  static Charge perRequest(int nth) {
    return new Charge(FeeScheme.PER_REQUEST, FeeCalculator.perRequest(nth),
        FeeCalculator.explainPerRequest(nth), nth);
  }

  /** How a charge reads to staff: "100元（按件计收，第11件）", "不收费（按件计收，第10件）". */
  static String summary(FeeScheme scheme, BigDecimal amount, Integer counted) {
    String count = counted == null ? ""
        : "，" + (scheme == FeeScheme.PER_PAGE ? "共" + counted + "页" : "第" + counted + "件");
    return (amount.signum() == 0 ? "不收费" : amount.toPlainString() + "元") + "（"
        + scheme.label() + count + "）";
  }

  /**
   * The notice goes out only for the amount leadership was shown with the reply (ADR 0086):
   * per request, the count may have moved since the office's submission (a receipt date
   * corrected, a request received earlier registered late). Refused on {@code field}; nothing
   * is issued. A case whose submission predates the recorded proposal is not compared.
   */
  static void requireAsProposed(VariableScope scope, Charge now, String field,
      String whatToDo) {
    String proposed = Vars.text(scope, FEE_PROPOSED_AMOUNT);
    if (proposed == null || new BigDecimal(proposed).compareTo(now.amount()) == 0) {
      return;
    }
    Integer proposedCount = Vars.number(scope, FEE_PROPOSED_COUNT);
    throw new InvalidInput(field + ": the fee proposed was " + proposed + " yuan, the scale now"
        + " asks " + now.amount().toPlainString() + "（报批的收费为"
        + summary(now.scheme(), new BigDecimal(proposed), proposedCount) + "，按登记簿现在的件数"
        + "计算应为" + summary(now.scheme(), now.amount(), now.counted())
        + "：本申请人其他申请的收到申请日期已更正或有申请补登记，本申请在当月的件数已变化。"
        + "收费通知只能按领导审批时所见的金额发出（国办函〔2020〕109号），" + whatToDo + "）");
  }

  /**
   * Whether a fee notice may still go out on the case at all, from the register, refused on
   * {@code field} with {@code whatToDo}:
   * <ul>
   * <li>once per application (国办函〔2020〕109号 Art. 3, handbook 2.12: one scheme per
   *     application): a reply owed again because the agency's reply was revoked is not a new
   *     application, so a case that already had a notice gets none (audit round 25 F3);
   * <li>within the processing period (109号: 在政府信息公开申请处理期限内发出收费通知): not after
   *     the reply deadline in the register (audit round 25 F1);
   * <li>not in a round bound by a reply date a decision or judgment ordered (ADR 0108): the
   *     notice would give the agency the applicant's payment period on top of the date the body
   *     fixed, and no pause holds against that date (ADR 0101).
   * </ul>
   */
  static void requireChargeable(String field, String whatToDo, String trackingNumber,
      CaseRegister register, OrderedReplyDates orders) {
    orders.order(trackingNumber).ifPresent(order -> {
      throw new InvalidInput(field + ": the round is bound by the reply date " + order.dueOn()
          + " a decision ordered（" + order.sentence() + "。收费通知发出后，答复须待申请人在收到"
          + "通知之日起20个工作日内缴费，而责令的答复期限是确定的日期，不因收费暂停；本轮办理不得"
          + "收取信息处理费（条例第四十二条、国办函〔2020〕109号），" + whatToDo + "）");
    });
    register.latestFeeNoticeIssuedOn(trackingNumber).ifPresent(issuedOn -> {
      throw new InvalidInput(field + ": a fee notice was already issued on " + issuedOn
          + " for this application（本申请已于" + CaseLetters.chinese(issuedOn)
          + "发出收费通知，同一申请只能收取一次信息处理费（国办函〔2020〕109号），" + whatToDo + "）");
    });
    LocalDate dueOn = register.find(trackingNumber).map(c -> c.dueOn()).orElse(null);
    if (ReplyDeadline.passedBy(dueOn, OfficeTime.today())) {
      throw new InvalidInput(field + ": the reply deadline passed on " + dueOn
          + "（答复期限已于" + CaseLetters.chinese(dueOn) + "届满，收费通知应在答复期限内发出"
          + "（国办函〔2020〕109号），不得再收取信息处理费，" + whatToDo + "）");
    }
  }

  /**
   * When leadership approves a reply that charges a fee: the notice goes out in the same step,
   * so the same rules are checked there, on leadership's own field (the deadline may have
   * passed since the office's submission); sending the reply back lets the office drop the fee.
   */
  @Bean
  ExecutionListener feeApprovalCheck(CaseRegister register, OrderedReplyDates orders) {
    return execution -> {
      if (!execution.isCanceled() && Vars.flag(execution, CHARGE_FEE)
          && !"SEND_BACK".equals(Vars.text(execution, REPLY_APPROVAL))) {
        requireChargeable(REPLY_APPROVAL, "请退回修改并取消收费", execution.getProcessBusinessKey(),
            register, orders);
        // Leadership approves the amount it was shown, or sends the reply back: an approval
        // that issued another amount, or that the office's field refused (audit round 25 F4),
        // is refused on leadership's own field, and the reply is not signed off.
        requireAsProposed(execution, scaled(execution, execution.getProcessBusinessKey(),
            register), REPLY_APPROVAL, APPROVAL_SEND_BACK);
      }
    };
  }

  static final String APPROVAL_SEND_BACK = "请选择“退回修改”并在退回意见中说明，由办公室按现在的件数"
      + "重新确定是否收费后再报领导审批";

  /**
   * When 审核答复书并确定是否收费 ends: a fee the law does not allow is refused in the office's own
   * submission, with its form still open (not later in leadership's approval). An execution
   * listener, not a task listener: the engine wraps a task listener's exception, and the client
   * would get a generic error instead of this 400. A fee that passes is computed here, so that
   * leadership approves the amount with the reply, not only the intention to charge.
   */
  @Bean
  ExecutionListener feeChargeCheck(CaseRegister register, ItemRegister items,
      OrderedReplyDates orders, CaseActRegister acts) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      if (Vars.flag(execution, CHARGE_FEE)) {
        Charge charge = charge(execution, trackingNumber, register, items,
            orders);
        execution.setVariable(FEE_PROPOSED_TEXT, charge.amount().toPlainString() + "元（"
            + charge.scheme().label() + "）。" + charge.calculation());
        // What leadership is shown, kept to compare the notice with (ADR 0086).
        execution.setVariable(FEE_PROPOSED_AMOUNT, charge.amount().toPlainString());
        execution.setVariable(FEE_PROPOSED_COUNT, charge.counted());
        acts.record(trackingNumber, CaseActRegister.Kind.FEE, execution.getCurrentActivityName(),
            "CHARGE", execution.getVariable(FEE_PROPOSED_TEXT).toString(),
            ActingStaff.AUTOMATIC_STEP);
      } else {
        execution.removeVariable(FEE_PROPOSED_TEXT);
        execution.removeVariable(FEE_PROPOSED_AMOUNT);
        execution.removeVariable(FEE_PROPOSED_COUNT);
        if (!execution.isCanceled()) {
          // 不收费, by whom, when and on what basis, in the register (ADR 0174).
          acts.record(trackingNumber, CaseActRegister.Kind.FEE,
              execution.getCurrentActivityName(), "NO_FEE",
              noFeeBasis(execution, trackingNumber, register, items), ActingStaff.AUTOMATIC_STEP);
        }
      }
    };
  }

  /**
   * On what basis no fee is charged, as the server finds it (ADR 0174): the reply provides no
   * information, or only where published information is, or the 109号 scale charges nothing for
   * the request's number in its month; else the office chose not to charge what the scale allows.
   */
  static String noFeeBasis(VariableScope scope, String trackingNumber, CaseRegister register,
      ItemRegister items) {
    String outcomeCode = Vars.text(scope, OUTCOME_CODE);
    OutcomeCode outcome = null;
    for (OutcomeCode code : OutcomeCode.values()) {
      if (code.code().equals(outcomeCode) || code.name().equals(outcomeCode)) {
        outcome = code;
      }
    }
    if (outcome != null && !ChargeableOutcome.providesInformation(outcome)) {
      return "答复未提供政府信息（" + outcome.label() + "），不得收取信息处理费";
    }
    if (outcome != null && !ChargeableOutcome.providesHeldInformation(items.of(trackingNumber))) {
      return "答复所列信息均为已主动公开信息，仅告知获取途径，本机关未提供政府信息";
    }
    int nth = register.requestNumberInMonth(trackingNumber);
    if (nth < 1 || FeeCalculator.perRequest(nth).signum() == 0) {
      return "按收费标准（国办函〔2020〕109号）本申请不收费（按件计收，本自然月第" + Math.max(nth, 1)
          + "件）";
    }
    return "按收费标准可收费，办理人员决定不收费（" + FeeCalculator.explainPerRequest(nth) + "）";
  }

  /**
   * 发出收费通知: the notice states the basis, the scheme, the count or pages, the amount and how
   * to pay; the payment period starts only when the applicant has received it (recorded next).
   * The reply clock stands still from today.
   */
  @Bean
  JavaDelegate issueFeeNoticeDelegate(CaseRegister register, CaseLetters letters,
      ItemRegister items, PauseLedger pauses, DeadlineProperties limits,
      OrderedReplyDates orders, WorkingDayCalendar calendar) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      boolean approved = Boolean.TRUE.equals(execution.getVariable(APPROVAL_REQUIRED));
      // An order that came after the approval is refused here too: an incident, not a letter.
      Charge charge = charge(execution, trackingNumber, register, items, orders);
      // Checked when leadership approves (feeApprovalCheck); here again for any other path.
      requireAsProposed(execution, charge, approved ? REPLY_APPROVAL : CHARGE_FEE,
          approved ? APPROVAL_SEND_BACK : "请重新提交");
      LocalDate today = OfficeTime.today();
      letters.send(trackingNumber, LetterKind.FEE_NOTICE, Map.of(
          "scheme", charge.scheme().label(),
          "schemeRule", charge.scheme().rule(),
          "calculation", charge.calculation(),
          "amount", charge.amount().toPlainString(),
          "paymentWorkingDays", limits.feePaymentWorkingDays(),
          "feePayment", letters.agency().feePayment()));
      register.setFee(trackingNumber, charge.amount(), charge.scheme().name(), charge.counted(),
          approved ? approvedBy(execution) : null);
      pauses.hold(execution, trackingNumber, today);
      execution.setVariable(FEE_AMOUNT, charge.amount().doubleValue());
      execution.setVariable(FEE_CALCULATION, charge.calculation());
      execution.setVariable(FEE_NOTICE_ISSUED_ON, today.toString());
      // 登记收费通知送达 is due, and followed up, a few working days after the issue (ADR 0122).
      execution.setVariable(FEE_NOTICE_SERVICE_DUE_AT,
          LetterServiceFollowUp.dueAt(calendar, limits, today));
    };
  }

  /** The leader whose approval issues the notice (the same transaction); null if not known. */
  private static String approvedBy(DelegateExecution execution) {
    try {
      return CompletedBy.lastTask(execution, ElementIds.TASK_APPROVE_REPLY);
    } catch (IllegalStateException notFlushedYet) {
      return null;
    }
  }

  /**
   * 计算缴费期限: the applicant pays within 20 working days of receiving the notice (109号). The
   * service date can be neither in the future nor before the notice was issued.
   */
  @Bean
  JavaDelegate setPaymentDeadlineDelegate(WorkingDayCalendar calendar,
      DeadlineProperties limits, DeadlineTexts texts, CaseRegister register) {
    return execution -> {
      LocalDate servedOn = Vars.requiredDate(execution, FEE_NOTICE_SERVED_ON, "收费通知送达日期");
      LocalDate issuedOn = Vars.requiredDate(execution, FEE_NOTICE_ISSUED_ON, "收费通知发出日期");
      if (servedOn.isAfter(OfficeTime.today())) {
        throw new InvalidInput(FEE_NOTICE_SERVED_ON + ": the service date is in the future"
            + "（收费通知送达日期不得晚于今天）");
      }
      if (servedOn.isBefore(issuedOn)) {
        throw new InvalidInput(FEE_NOTICE_SERVED_ON + ": received before it was issued on "
            + issuedOn + "（收费通知送达日期不得早于发出日期" + CaseLetters.chinese(issuedOn) + "）");
      }
      // Kept in the register, from which the closing for non-payment is checked (ADR 0065);
      // the variables are the timer's input and the forms' text.
      LocalDate dueOn = calendar.addWorkingDays(servedOn, limits.feePaymentWorkingDays());
      register.setFeeNoticeServed(execution.getProcessBusinessKey(), servedOn, dueOn);
      setDueOn(execution, dueOn, texts);
    };
  }

  /**
   * Leaving 确认逾期未缴费 with 无正当理由 (CLOSE): the payment period must have run, checked on
   * the office's form (HTTP 400, nothing written) rather than in the asynchronous closing step,
   * where a refusal would be an incident. Only a timer an administrator fired early gets here
   * that soon (as for 确认逾期未补正).
   */
  @Bean
  ExecutionListener unpaidDecisionCheck(CaseRegister register, WorkingDayCalendar calendar,
      DeadlineProperties limits, PublishedYearGuard publishedYears, FeeRecount recount) {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      UnpaidDecision decision = Vars.optionalChoice(execution, UNPAID_DECISION,
          UnpaidDecision.class, "处理决定");
      if (decision == UnpaidDecision.PAID) {
        confirmedPayment(execution, register, calendar, limits, publishedYears);
        return;
      }
      // Neither 视为放弃 nor more time to pay an amount the scale no longer asks (ADR 0184): the
      // notice is corrected first (a voided registration of the month, a corrected date).
      recount.overcharge(execution.getProcessBusinessKey()).ifPresent(text -> {
        throw new InvalidInput(UNPAID_DECISION + ": the fee notice asks more than the scale now"
            + "（" + text + "）");
      });
      // Hidden on the form unless 已缴费 (ADR 0079): no payment date without a payment.
      Vars.dropHidden(execution, FEE_PAID_ON);
      if (decision == UnpaidDecision.CLOSE) {
        requirePaymentPeriodPassed(execution, register, calendar, limits);
      }
    };
  }

  /**
   * The last day to pay, from the register (ADR 0065): 20 working days after the applicant
   * received the notice (Art. 42, 国办函〔2020〕109号, handbook 2.12), or the later due date the
   * office gave with more time (延长缴费期限), as recorded on the notice; feeDueAt is never read
   * for it. Only a notice served before the register kept the date (V45) falls back to the
   * earlier rule (ADR 0064): its service date, from the process variable before V44, and a later
   * feeDueAt, which is where such a case's extension is. Null when no service of the notice is
   * recorded: no period has begun.
   */
  static LocalDate paymentDueOn(DelegateExecution execution, CaseRegister register,
      WorkingDayCalendar calendar, DeadlineProperties limits) {
    Optional<FeePeriod> period = register.latestFeePeriod(execution.getProcessBusinessKey());
    if (period.map(FeePeriod::dueOn).isPresent()) {
      return period.get().dueOn();
    }
    LocalDate servedOn = period.map(FeePeriod::servedOn)
        .orElseGet(() -> Vars.date(execution, FEE_NOTICE_SERVED_ON));
    if (servedOn == null) {
      return null;
    }
    LocalDate dueOn = calendar.addWorkingDays(servedOn, limits.feePaymentWorkingDays());
    LocalDate extendedTo = OfficeTime.toLocalDate(execution.getVariable(FEE_DUE_AT));
    return extendedTo != null && extendedTo.isAfter(dueOn) ? extendedTo : dueOn;
  }

  static void requirePaymentPeriodPassed(DelegateExecution execution, CaseRegister register,
      WorkingDayCalendar calendar, DeadlineProperties limits) {
    requirePaymentPeriodPassed(paymentDueOn(execution, register, calendar, limits));
  }

  private static void requirePaymentPeriodPassed(LocalDate dueOn) {
    if (dueOn == null) {
      throw new InvalidInput(UNPAID_DECISION + ": the fee notice's service is not recorded"
          + "（未登记收费通知送达，缴费期限尚未起算，不能视为放弃申请）");
    }
    if (!OfficeTime.today().isAfter(dueOn)) {
      throw new InvalidInput(UNPAID_DECISION + ": the payment period ends on " + dueOn
          + "（缴费期限于" + CaseLetters.chinese(dueOn) + "届满，目前尚未届满，不能视为放弃申请）");
    }
  }

  /**
   * 确认逾期未缴费 is due a few working days after the payment deadline it confirms, the one in
   * the register.
   */
  @Bean
  TaskListener feeOverdueDueDate(CaseRegister register, WorkingDayCalendar calendar,
      DeadlineProperties limits) {
    return task -> {
      LocalDate dueOn = paymentDueOn(task.getExecution(), register, calendar, limits);
      task.setDueDate(DueSoonDates.confirmationDue(calendar,
          dueOn == null ? null : OfficeTime.endOf(dueOn)));
    };
  }

  /**
   * 延长缴费期限: the office found a good reason for the delay and sets a new due date, which
   * cannot be in the past; the reason is required, for the audit trail. The applicant is told
   * the new date (延长缴费期限告知书).
   */
  @Bean
  JavaDelegate extendPaymentDeadlineDelegate(CaseRegister register, WorkingDayCalendar calendar,
      DeadlineProperties limits, CaseLetters letters, DeadlineTexts texts) {
    return execution -> {
      UnpaidDecision decision = Vars.choice(execution, UNPAID_DECISION, UnpaidDecision.class,
          "处理决定");
      if (decision != UnpaidDecision.MORE_TIME) {
        throw new InvalidInput("Only a decision to give more time sets a new due date"
            + "（只有延长缴费期限时才设定新的缴费期限）");
      }
      // More time is for a period that has run (handbook 2.12); before, the applicant may still
      // pay, and a payment made is entered as such, without a letter asking for it again
      // (audit round 25 F6). Refused here, in the completion of 确认逾期未缴费 (synchronous).
      LocalDate runningDueOn = paymentDueOn(execution, register, calendar, limits);
      if (runningDueOn != null && !OfficeTime.today().isAfter(runningDueOn)) {
        throw new InvalidInput(UNPAID_DECISION + ": the payment period ends on " + runningDueOn
            + "（缴费期限于" + CaseLetters.chinese(runningDueOn) + "届满，目前尚未届满，无需延长；"
            + "申请人已缴费的，请选择“已缴费”并填写缴费日期）");
      }
      // After the period still running (from the register), which more time never shortens
      // (ADR 0068), and at most a payment period (109号: 20 working days) from the later of
      // today and its last day (ADR 0071).
      LocalDate newDueOn = NewDeadlines.within(execution, NEW_FEE_DUE_ON, "新的缴费期限",
          calendar, limits.feePaymentWorkingDays(),
          paymentDueOn(execution, register, calendar, limits));
      String reason = Vars.requiredText(execution, UNPAID_COMMENT, "延长缴费期限的理由");
      // The register holds the new date, from which the closing is checked (ADR 0065).
      register.extendFeePayment(execution.getProcessBusinessKey(), newDueOn, OfficeTime.today(),
          CompletedBy.lastTask(execution, ElementIds.TASK_CONFIRM_UNPAID), reason);
      setDueOn(execution, newDueOn, texts);
      letters.send(execution.getProcessBusinessKey(), LetterKind.FEE_EXTENSION_NOTICE,
          Map.of("feeDueOn", texts.forLetter(newDueOn)));
    };
  }

  private static void setDueOn(DelegateExecution execution, LocalDate dueOn,
      DeadlineTexts texts) {
    execution.setVariable(FEE_DUE_AT, OfficeTime.endOf(dueOn));
    execution.setVariable(FEE_DUE_AT_TEXT, texts.forStaff(dueOn));
  }

  /**
   * Leaving 登记缴费: the payment date is checked while the office is still on the form (HTTP
   * 400, nothing written; 记录缴费 runs asynchronously, where a refusal would only be an
   * incident). The applicant cannot have paid in the future, nor before receiving the fee
   * notice: the pause would end before it began. Section 六 of the annual report counts the
   * payment in its year, so not in a year whose report is published (ADR 0080).
   */
  @Bean
  ExecutionListener paymentDateCheck(PublishedYearGuard publishedYears) {
    return execution -> paymentDate(execution, publishedYears);
  }

  static LocalDate paymentDate(DelegateExecution execution, PublishedYearGuard publishedYears) {
    LocalDate paidOn = Vars.requiredDate(execution, FEE_PAID_ON, "缴费日期");
    LocalDate servedOn = Vars.requiredDate(execution, FEE_NOTICE_SERVED_ON, "收费通知送达日期");
    if (paidOn.isAfter(OfficeTime.today())) {
      throw new InvalidInput("feePaidOn: the payment date is in the future"
          + "（缴费日期不得晚于今天）");
    }
    if (paidOn.isBefore(servedOn)) {
      throw new InvalidInput("feePaidOn: the payment date is before the fee notice was received on "
          + servedOn + "（缴费日期不得早于收费通知送达日期" + CaseLetters.chinese(servedOn) + "）");
    }
    publishedYears.requireRecordable(execution.getProcessBusinessKey(), CountedDate.FEE_PAYMENT,
        paidOn, FEE_PAID_ON, "缴费日期");
    return paidOn;
  }

  /**
   * 确认逾期未缴费 with 已缴费 (audit round 25 F6): the applicant paid, and the office enters it
   * after the timer fired. The date is checked as on 登记缴费; one after the period's last day
   * (from the register) is accepted only with the reason (理由说明), as more time would have been.
   */
  static LocalDate confirmedPayment(DelegateExecution execution, CaseRegister register,
      WorkingDayCalendar calendar, DeadlineProperties limits, PublishedYearGuard publishedYears) {
    LocalDate paidOn = paymentDate(execution, publishedYears);
    LocalDate dueOn = paymentDueOn(execution, register, calendar, limits);
    if (dueOn != null && paidOn.isAfter(dueOn) && Vars.text(execution, UNPAID_COMMENT) == null) {
      throw new InvalidInput(UNPAID_COMMENT + ": paid after the payment period ended on " + dueOn
          + "（缴费日期晚于缴费期限" + CaseLetters.chinese(dueOn)
          + "，准予逾期缴费的，请在理由说明中写明正当理由）");
    }
    return paidOn;
  }

  /** 记录缴费: the clock runs again; the deadline moves by the working days waited. */
  @Bean
  JavaDelegate recordPaymentDelegate(CaseRegister register, PauseLedger pauses,
      WorkingDayCalendar calendar, DeadlineProperties limits, PublishedYearGuard publishedYears) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      // Checked again: the variables may have been rewritten since the task was completed.
      LocalDate paidOn = Vars.optionalChoice(execution, UNPAID_DECISION, UnpaidDecision.class,
          "处理决定") == UnpaidDecision.PAID
          ? confirmedPayment(execution, register, calendar, limits, publishedYears)
          : paymentDate(execution, publishedYears);
      register.setFeePaid(trackingNumber, paidOn);
      pauses.release(execution, trackingNumber, paidOn);
      // A paid notice is not corrected here (ADR 0184): the prompt has no more use.
      execution.removeVariable(FEE_RECOUNT_NOTICE);
    };
  }

  /** 逾期未缴费, confirmed by the office (no good reason): closed as 其他处理-2. */
  @Bean
  JavaDelegate closeUnpaidDelegate(CaseClosing closing, CaseRegister register,
      WorkingDayCalendar calendar, DeadlineProperties limits) {
    return execution -> {
      LocalDate dueOn = paymentDueOn(execution, register, calendar, limits);
      if (Vars.text(execution, UNPAID_DECISION) != null) {
        // Checked again: the variables may have been rewritten since the task was completed.
        requirePaymentPeriodPassed(dueOn);
      }
      // A case on a model without the service step has no period in the register; its date,
      // printed only, is the variable's.
      closing.close(execution, OutcomeCode.OTHER_FEE_UNPAID, unpaidReason(execution,
          dueOn != null ? dueOn : OfficeTime.toLocalDate(execution.getVariable(FEE_DUE_AT))));
    };
  }

  /**
   * The termination notice's reason, with the last day to pay from the register; cases started
   * on an older model lack the dates.
   */
  static String unpaidReason(DelegateExecution execution, LocalDate dueOn) {
    LocalDate issuedOn = Vars.date(execution, FEE_NOTICE_ISSUED_ON);
    return (issuedOn == null ? "本机关向您（单位）发出收费通知书后，"
            : "本机关于" + CaseLetters.chinese(issuedOn) + "向您（单位）发出收费通知书，")
        + "您（单位）无正当理由未在缴费期限"
        + (dueOn == null ? "" : "（" + CaseLetters.chinese(dueOn) + "）")
        // The notice's next sentence cites Art. 42 and 109号 as the basis; not said twice.
        + "内缴纳信息处理费，视为放弃申请。";
  }
}
