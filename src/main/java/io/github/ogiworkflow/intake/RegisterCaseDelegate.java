package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.vocabulary.ApplicantType;
import io.github.ogiworkflow.process.InvalidInput;
import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.ReplyDeadline;
import io.github.ogiworkflow.online.IdNumberHistory;
import io.github.ogiworkflow.online.IdNumbers;
import io.github.ogiworkflow.privacy.PersonalVariables;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.NewCase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记受理: gives the request its tracking number (the business key), enters it in the case
 * register and starts the reply clock from the receipt date (Art. 31, 33).
 */
@Component("registerCaseDelegate")
public class RegisterCaseDelegate implements JavaDelegate {

  private final TrackingNumbers trackingNumbers;
  private final CaseRegister register;
  private final ReplyDeadline deadline;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;

  public RegisterCaseDelegate(TrackingNumbers trackingNumbers, CaseRegister register,
      ReplyDeadline deadline, WorkingDayCalendar calendar, DeadlineProperties limits) {
    this.trackingNumbers = trackingNumbers;
    this.register = register;
    this.deadline = deadline;
    this.calendar = calendar;
    this.limits = limits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate receivedOn = Vars.requiredDate(execution, RECEIVED_ON, "收到申请日期");
    if (receivedOn.isAfter(OfficeTime.today())) {
      throw new InvalidInput("receivedOn lies in the future（收到申请日期不能晚于今天）");
    }
    String trackingNumber = execution.getProcessBusinessKey();
    if (trackingNumber == null) {
      trackingNumber = trackingNumbers.next(OfficeTime.today().getYear());
      execution.setProcessBusinessKey(trackingNumber);
    }
    LocalDate dueOn = deadline.dueFrom(receivedOn);
    if (register.find(trackingNumber)
        .filter(c -> CaseRegister.Status.SUBMITTED.name().equals(c.status())).isPresent()) {
      // An online application: registered at submission, its receipt date is confirmed now.
      register.confirmReceipt(trackingNumber, execution.getProcessInstanceId(), receivedOn, dueOn);
    } else {
      String idNumber = checkedIdNumber(execution);
      register.insert(new NewCase(trackingNumber, execution.getProcessInstanceId(),
          Vars.choice(execution, CHANNEL, Channel.class, "申请方式").name(),
          Vars.choice(execution, APPLICANT_TYPE, ApplicantType.class, "申请人类型").name(),
          Vars.requiredText(execution, APPLICANT_NAME, "申请人姓名或名称"),
          Vars.text(execution, ID_TYPE), idNumber,
          Vars.text(execution, CONTACT_PHONE), Vars.text(execution, CONTACT_EMAIL),
          Vars.text(execution, CONTACT_ADDRESS),
          Vars.requiredText(execution, REQUEST_DESCRIPTION, "申请内容"),
          name(Vars.optionalChoice(execution, DELIVERY_FORM, DeliveryForm.class, "获取信息的载体形式")),
          name(Vars.optionalChoice(execution, DELIVERY_METHOD, DeliveryMethod.class, "获取信息的方式")),
          receivedOn, dueOn));
      forgetIdNumber(execution);
      maskContact(execution);
    }

    Map<String, Object> variables = new HashMap<>(deadline.variablesFor(dueOn));
    variables.put(TRACKING_NUMBER, trackingNumber);
    variables.put(CORRECTION_NOTICE_REMIND_AT, OfficeTime.morningOf(calendar.addWorkingDays(
        receivedOn, limits.correctionNoticeReminderWorkingDays())));
    // Gateways read these before any form may have set them.
    for (String flag : new String[] {SUPPLEMENT_STILL_UNCLEAR, THIRD_PARTY_OBJECTED,
        OVERRIDE_PROPOSED, CHARGE_FEE, EXTENSION_USED, EXTENSION_REQUESTED}) {
      variables.put(flag, false);
    }
    execution.setVariables(variables);
  }

  /**
   * A resident ID taken at the counter passes the same check as an online application's
   * (GB 11643 checksum and birth date, {@link IdNumbers#isValidResidentId}): a mistyped number
   * would otherwise split one applicant in the per-request fee count. Other document types have
   * no checksum. Returns the number as stored (normalized), or null.
   */
  private static String checkedIdNumber(DelegateExecution execution) {
    String idNumber = IdNumbers.normalize(Vars.text(execution, ID_NUMBER));
    if (idNumber != null && idNumber.isEmpty()) {
      idNumber = null;
    }
    if (idNumber != null && "RESIDENT_ID".equals(Vars.text(execution, ID_TYPE))
        && !IdNumbers.isValidResidentId(idNumber, OfficeTime.today())) {
      throw new InvalidInput("idNumber: not a valid resident ID number, 18 characters with a"
          + " correct check digit（证件号码：居民身份证号码应为18位，且校验位正确）");
    }
    return idNumber;
  }

  /** The register is the full number's only home; staff see the masked form. */
  private static void forgetIdNumber(DelegateExecution execution) {
    String idNumber = Vars.text(execution, ID_NUMBER);
    if (idNumber != null) {
      execution.setVariable(ID_NUMBER_MASKED, IdNumbers.mask(IdNumbers.normalize(idNumber)));
      execution.removeVariable(ID_NUMBER);
      IdNumberHistory.purgeAfterCommit(execution.getProcessInstanceId());
    }
  }

  /**
   * The register now holds the full contact data; the variables keep the masked form, which is
   * all staff other than the office see (the history only ever had the masked form, see
   * privacy/PersonalDataMaskingPlugin). The office reads the full data on the applicant page.
   */
  private static void maskContact(DelegateExecution execution) {
    for (String name : PersonalVariables.CONTACT) {
      String value = Vars.text(execution, name);
      if (value != null) {
        execution.setVariable(name, PersonalVariables.mask(name, value));
      }
    }
  }

  private static String name(Enum<?> choice) {
    return choice == null ? null : choice.name();
  }
}
