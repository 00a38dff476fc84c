package io.github.ogiworkflow.fee;

import static io.github.ogiworkflow.process.ProcessVariables.FEE_RECOUNT_NOTICE;

import io.github.ogiworkflow.fee.FeeDelegates.Charge;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.FeeNotice;
import io.github.ogiworkflow.register.RegistrationVoided;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An unpaid fee notice charged per request that asks more than the scale does now (ADR 0184):
 * the request's number in its month fell after it was issued, because another registration of
 * the applicant's month was voided (ADR 0119: never an application; audit 36a F2) or a receipt
 * date was corrected. The law lets the office charge only what the scale asks (Art. 42, 国办函
 * 〔2020〕109号, handbook 2.12), so the notice must be corrected (减少收费金额, or 撤销收费 when the
 * scale asks nothing): a letter to the applicant with the reason, which the office sends
 * ({@link FeeCorrections}); the system does not send it by itself. Until then, staff are told on
 * the case page and on the fee forms, and the case is not closed for non-payment nor given
 * more time to pay the old amount ({@code unpaidDecisionCheck}). A paid notice is never touched
 * (a refund is outside this system); a notice charged per page does not depend on the count.
 */
@Component
public class FeeRecount {

  private final CaseRegister cases;

  public FeeRecount(CaseRegister cases) {
    this.cases = cases;
  }

  /** What staff are told, or empty when the notice in force is not too high (or none). */
  public Optional<String> overcharge(String trackingNumber) {
    return cases.latestFeeNotice(trackingNumber).flatMap(notice -> overcharge(trackingNumber,
        notice));
  }

  Optional<String> overcharge(String trackingNumber, FeeNotice notice) {
    if (!notice.inForce() || notice.paidOn() != null
        || !FeeScheme.PER_REQUEST.name().equals(notice.scheme())) {
      return Optional.empty();
    }
    Charge now = FeeDelegates.perRequest(cases.requestNumberInMonth(trackingNumber));
    if (now.amount().compareTo(notice.amount()) >= 0) {
      return Optional.empty();
    }
    String was = notice.amount().stripTrailingZeros().toPlainString();
    return Optional.of("本案" + CaseLetters.chinese(notice.issuedOn()) + "发出的收费通知按"
        + FeeDelegates.summary(FeeScheme.PER_REQUEST, notice.amount(), notice.counted())
        + "收取" + was + "元；本申请人本月其他申请已有登记作废或收到日期更正，按登记簿现在的件数应为"
        + FeeDelegates.summary(FeeScheme.PER_REQUEST, now.amount(), now.counted())
        + "。收费通知只能收取收费标准允许的金额（条例第四十二条、国办函〔2020〕109号），请在案件页面"
        + (now.amount().signum() == 0 ? "撤销收费" : "减少收费金额") + "（更正收费通知）；更正前不能"
        + "以逾期未缴费视为放弃申请，也不能延长缴费期限");
  }

  /**
   * A registration was voided: each of the applicant's other requests of its month whose unpaid
   * notice now asks too much gets {@code feeRecountNotice} on its running case, which the fee
   * forms show (Tasklist reads it when a form is opened). Same transaction as the void.
   */
  @EventListener
  public void voided(RegistrationVoided voided) {
    CaseRegister.CaseRecord record = cases.find(voided.trackingNumber()).orElse(null);
    if (record == null) {
      return;
    }
    List<String> others = cases.sameApplicantCases(voided.trackingNumber(),
        List.of(YearMonth.from(record.firstReceivedOn())));
    for (String other : others) {
      overcharge(other).ifPresent(text -> {
        ProcessInstance running = voided.engine().getRuntimeService()
            .createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DISCLOSURE_REQUEST)
            .processInstanceBusinessKey(other).singleResult();
        if (running != null) {
          voided.engine().getRuntimeService().setVariable(running.getId(), FEE_RECOUNT_NOTICE,
              text);
        }
      });
    }
  }
}
