package io.github.ogiworkflow.fee;

import io.github.ogiworkflow.process.InvalidInput;
import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.intake.CaseClosing;
import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.CaseRecord;
import io.github.ogiworkflow.reply.OutcomeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fee steps (Art. 42): a notice with the amount from the 109号 scale pauses the reply clock
 * until payment; no payment within 20 working days closes the case as 其他处理-2.
 */
@Configuration
public class FeeDelegates {

  /**
   * 发出收费通知. Runs in the office's transaction: a charge the scale does not allow is refused
   * at once, with the office's form still open.
   */
  @Bean
  JavaDelegate issueFeeNoticeDelegate(CaseRegister register, CaseLetters letters,
      PauseLedger pauses, WorkingDayCalendar calendar, DeadlineProperties limits) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      FeeScheme scheme = Vars.choice(execution, FEE_SCHEME, FeeScheme.class, "收费方式");
      BigDecimal amount;
      if (scheme == FeeScheme.PER_PAGE) {
        Integer pages = Vars.number(execution, PAGE_COUNT);
        if (pages == null || pages < 1) {
          throw new InvalidInput("pageCount is required（请填写页数）");
        }
        amount = FeeCalculator.perPage(pages);
      } else {
        CaseRecord record = register.get(trackingNumber);
        int nth = register.countRequestsOfSameApplicant(trackingNumber,
            YearMonth.from(record.firstReceivedOn()));
        amount = FeeCalculator.perRequest(nth);
      }
      if (amount.signum() == 0) {
        throw new InvalidInput("The 109号 scale charges nothing for this application"
            + "（按收费标准本申请不收费，请取消收费）");
      }
      LocalDate today = OfficeTime.today();
      LocalDate dueOn = calendar.addWorkingDays(today, limits.feePaymentWorkingDays());
      letters.send(trackingNumber, LetterKind.FEE_NOTICE, Map.of("scheme", scheme.label(),
          "amount", amount.toPlainString(), "dueOn", CaseLetters.chinese(dueOn)));
      register.setFee(trackingNumber, amount);
      pauses.hold(execution, trackingNumber, today);
      execution.setVariable(FEE_AMOUNT, amount.doubleValue());
      execution.setVariable(FEE_DUE_AT, OfficeTime.endOf(dueOn));
      execution.setVariable(FEE_DUE_AT_TEXT, dueOn.toString());
    };
  }

  /** 记录缴费: the clock runs again; the deadline moves by the working days waited. */
  @Bean
  JavaDelegate recordPaymentDelegate(CaseRegister register, PauseLedger pauses) {
    return execution -> {
      String trackingNumber = execution.getProcessBusinessKey();
      LocalDate paidOn = Vars.requiredDate(execution, FEE_PAID_ON, "缴费日期");
      register.setFeePaid(trackingNumber, paidOn);
      pauses.release(execution, trackingNumber, paidOn);
    };
  }

  /** 逾期未缴费: closed as 其他处理-2. */
  @Bean
  JavaDelegate closeUnpaidDelegate(CaseClosing closing) {
    return execution -> closing.close(execution, OutcomeCode.OTHER_FEE_UNPAID,
        "您（单位）未在规定期限内缴纳信息处理费，视为放弃申请。");
  }
}
