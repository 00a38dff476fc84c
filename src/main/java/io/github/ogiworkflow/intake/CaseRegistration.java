package io.github.ogiworkflow.intake;

import io.github.ogiworkflow.vocabulary.ApplicantType;
import io.github.ogiworkflow.vocabulary.IdType;
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
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.PublishedYearGuard.CountedDate;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 登记受理: gives the request its tracking number (the business key), enters it in the case
 * register and starts the reply clock from the receipt date (Art. 31, 33). The step bean is
 * {@link RegistrationDelegates#registerCaseDelegate}.
 */
@Component
class CaseRegistration {

  private final TrackingNumbers trackingNumbers;
  private final CaseRegister register;
  private final ReplyDeadline deadline;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties limits;
  private final PublishedYearGuard publishedYears;

  CaseRegistration(TrackingNumbers trackingNumbers, CaseRegister register,
      ReplyDeadline deadline, WorkingDayCalendar calendar, DeadlineProperties limits,
      PublishedYearGuard publishedYears) {
    this.publishedYears = publishedYears;
    this.trackingNumbers = trackingNumbers;
    this.register = register;
    this.deadline = deadline;
    this.calendar = calendar;
    this.limits = limits;
  }

  void register(DelegateExecution execution) {
    // Every field is checked before anything is written, and all wrong fields are answered at once.
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate receivedOn = errors.check(() -> notInTheFuture(execution));
    String trackingNumber = execution.getProcessBusinessKey();
    String registered = trackingNumber;
    if (receivedOn != null) {
      // Counted in its year's table 三: not in a year whose report is published (ADR 0080), at
      // the counter (a back-dated receipt) and on confirming an online application alike.
      errors.check(() -> {
        publishedYears.requireRecordable(registered, CountedDate.RECEIPT, receivedOn, RECEIVED_ON,
            "收到申请日期");
        return receivedOn;
      });
    }
    boolean online = trackingNumber != null && register.find(trackingNumber)
        .filter(c -> CaseRegister.Status.SUBMITTED.name().equals(c.status())).isPresent();
    if (online) {
      // An online application: registered at submission, its receipt date is confirmed now.
      errors.throwIfAny();
      LocalDate dueOn = deadline.dueFrom(receivedOn);
      register.confirmReceipt(trackingNumber, execution.getProcessInstanceId(), receivedOn, dueOn);
      setCaseVariables(execution, trackingNumber, receivedOn, dueOn);
      return;
    }
    Channel channel = errors.check(() -> Vars.choice(execution, CHANNEL, Channel.class, "申请方式"));
    ApplicantType applicantType = errors.check(
        () -> Vars.choice(execution, APPLICANT_TYPE, ApplicantType.class, "申请人类型"));
    String applicantName = errors.check(
        () -> Vars.requiredText(execution, APPLICANT_NAME, "申请人姓名或名称"));
    String idType = errors.check(() -> checkedIdType(execution, applicantType));
    String idNumber = errors.check(() -> checkedIdNumber(execution));
    String phone = errors.check(() -> checkedPhone(execution));
    String email = errors.check(() -> checkedEmail(execution));
    String address = errors.check(() -> Vars.text(execution, CONTACT_ADDRESS));
    String description = errors.check(
        () -> Vars.requiredText(execution, REQUEST_DESCRIPTION, "申请内容"));
    DeliveryForm deliveryForm = errors.check(() ->
        Vars.optionalChoice(execution, DELIVERY_FORM, DeliveryForm.class, "获取信息的载体形式"));
    DeliveryMethod deliveryMethod = errors.check(() ->
        Vars.optionalChoice(execution, DELIVERY_METHOD, DeliveryMethod.class, "获取信息的方式"));
    checkContactForDelivery(execution, deliveryMethod, errors);
    if (deliveryForm != null && !deliveryForm.carriedBy(deliveryMethod)) {
      errors.add(new InvalidInput("deliveryMethod: paper is not carried by e-mail or online（获取信息"
          + "的方式：" + DeliveryForm.PAPER_NOT_CARRIED + "）"));
    }
    Boolean confirmedAnother = errors.check(() -> confirmedAnother(execution));
    errors.throwIfAny();

    if (trackingNumber == null) {
      // Taking the number locks the year's counter row until this transaction ends (ADR 0012):
      // the duplicate check below runs after it, so two clerks registering the same
      // application at once check one after the other, the second seeing the first's case
      // (ADR 0116). A refusal rolls the whole start back and gives the number back.
      trackingNumber = trackingNumbers.next(OfficeTime.today().getYear());
      if (!Boolean.TRUE.equals(confirmedAnother)) {
        refuseDuplicate(idNumber, receivedOn, description);
      }
      execution.setProcessBusinessKey(trackingNumber);
    }
    LocalDate dueOn = deadline.dueFrom(receivedOn);
    register.insert(new NewCase(trackingNumber, execution.getProcessInstanceId(),
        channel.name(), applicantType.name(), applicantName, idType, idNumber, phone, email,
        address, description, name(deliveryForm), name(deliveryMethod), receivedOn, dueOn));
    forgetIdNumber(execution);
    maskContact(execution);
    setCaseVariables(execution, trackingNumber, receivedOn, dueOn);
  }

  /**
   * The same application registered twice (a double click, two clerks entering one paper
   * application, audit 30b F3): refused when a case of the same identity number, receipt day
   * and request text (compared as {@link #sameText} normalizes it) exists in any status. Not
   * asked when the clerk confirms a separate application ({@code duplicateConfirmed}); without an
   * identity number nothing is compared.
   */
  private void refuseDuplicate(String idNumber, LocalDate receivedOn, String description) {
    if (idNumber == null) {
      return;
    }
    String text = sameText(description);
    register.sameApplicantSameDay(idNumber, receivedOn).stream()
        .filter(earlier -> text.equals(sameText(earlier.description())))
        .findFirst()
        .ifPresent(earlier -> {
          throw new InvalidInput("requestDescription: the same application as "
              + earlier.trackingNumber() + ", already registered（与已登记的申请"
              + earlier.trackingNumber() + "（同一申请人、同日收到、内容相同）重复；如确为另一份申请，"
              + "请勾选“确认为另一份申请”后重新提交）");
        });
  }

  /** 确认为另一份申请: a check box, true or false; not sent is false. */
  private static Boolean confirmedAnother(DelegateExecution execution) {
    Object confirmed = execution.getVariable(DUPLICATE_CONFIRMED);
    if (confirmed == null) {
      return Boolean.FALSE;
    }
    if (confirmed instanceof Boolean flag) {
      return flag;
    }
    if ("true".equals(confirmed.toString()) || "false".equals(confirmed.toString())) {
      return Boolean.valueOf(confirmed.toString());
    }
    throw new InvalidInput("duplicateConfirmed: not true or false（确认为另一份申请：应为是或否）");
  }

  /** A request text as the duplicate check compares it: NFKC, trimmed, whitespace collapsed. */
  static String sameText(String description) {
    if (description == null) {
      return "";
    }
    return WHITESPACE.matcher(Normalizer.normalize(description, Normalizer.Form.NFKC).strip())
        .replaceAll(" ");
  }

  private static final java.util.regex.Pattern WHITESPACE =
      java.util.regex.Pattern.compile("\\s+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  private static LocalDate notInTheFuture(DelegateExecution execution) {
    LocalDate receivedOn = Vars.requiredDate(execution, RECEIVED_ON, "收到申请日期");
    if (receivedOn.isAfter(OfficeTime.today())) {
      throw new InvalidInput("receivedOn lies in the future（收到申请日期：不能晚于今天）");
    }
    return CaseRegister.requireRecentReceipt(receivedOn, RECEIVED_ON, "收到申请日期");
  }

  /**
   * The contact data the chosen way of delivery needs (Art. 29: the application names the
   * applicant's contact and how the information is to be obtained), the same rule as the public
   * API's: an e-mail address for EMAIL, a postal address for POST. ONLINE needs the query code
   * only an application made on the public page has (ogi_online_access), so a counter
   * application cannot ask for it. An empty or malformed value is refused once, by its own check.
   */
  private static void checkContactForDelivery(DelegateExecution execution,
      DeliveryMethod deliveryMethod, InvalidInput.Collector errors) {
    if (deliveryMethod == DeliveryMethod.EMAIL && blank(execution, CONTACT_EMAIL)) {
      errors.add(new InvalidInput("contactEmail: required for delivery by e-mail"
          + "（电子邮箱：选择电子邮件方式获取信息时必填）"));
    }
    if (deliveryMethod == DeliveryMethod.POST && blank(execution, CONTACT_ADDRESS)) {
      errors.add(new InvalidInput("contactAddress: required for delivery by post"
          + "（通信地址：选择邮寄方式获取信息时必填）"));
    }
    if (deliveryMethod == DeliveryMethod.ONLINE) {
      errors.add(new InvalidInput("deliveryMethod: online access is only for applications made"
          + " on the online platform（获取信息的方式：网上获取仅适用于通过网上申请平台提交、持有查询码的"
          + "申请，请选择电子邮件、邮寄或自行领取）"));
    }
  }

  private static boolean blank(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank();
  }

  /** The same pattern as the registration form's 联系电话: mainland mobile or landline. */
  static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(
      "^(\\+?86[- ]?)?(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|\\d{7,8})$");
  static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** The form checks the phone's format in the browser; the server checks it for every path. */
  private static String checkedPhone(DelegateExecution execution) {
    String phone = Vars.text(execution, CONTACT_PHONE);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new InvalidInput("contactPhone: not a phone number（联系电话：格式不正确，应为手机号码或"
          + "固定电话号码）");
    }
    return phone;
  }

  private static String checkedEmail(DelegateExecution execution) {
    String email = Vars.text(execution, CONTACT_EMAIL);
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInput("contactEmail: not an e-mail address（电子邮箱：格式不正确）");
    }
    return email;
  }

  private void setCaseVariables(DelegateExecution execution, String trackingNumber,
      LocalDate receivedOn, LocalDate dueOn) {
    Map<String, Object> variables = new HashMap<>(deadline.variablesFor(dueOn));
    variables.put(TRACKING_NUMBER, trackingNumber);
    variables.put(CORRECTION_NOTICE_REMIND_AT, OfficeTime.morningOf(calendar.addWorkingDays(
        receivedOn, limits.correctionNoticeReminderWorkingDays())));
    // 审查申请内容是否明确 is due when the correction notice is: a request found unclear later
    // can no longer be corrected in time (Art. 30).
    variables.put(CORRECTION_NOTICE_DUE_AT, OfficeTime.endOf(calendar.addWorkingDays(
        receivedOn, limits.correctionNoticeWorkingDays())));
    // Gateways read these before any form may have set them.
    for (String flag : new String[] {SUPPLEMENT_STILL_UNCLEAR, THIRD_PARTY_OBJECTED,
        OVERRIDE_PROPOSED, CHARGE_FEE, EXTENSION_USED, EXTENSION_REQUESTED}) {
      variables.put(flag, false);
    }
    execution.setVariables(variables);
  }

  /**
   * The identity document, if given: one the form offers, and of the applicant's kind (a person's
   * document for 自然人, an organisation's for the others; table 三 counts by that kind).
   */
  private static String checkedIdType(DelegateExecution execution, ApplicantType applicant) {
    String idType = Vars.text(execution, ID_TYPE);
    if (idType == null || idType.isBlank()) {
      return null;
    }
    IdType document = IdType.of(idType.strip()).orElseThrow(() -> new InvalidInput(
        "idType: not an identity document the form offers（身份证明类型无效）"));
    if (applicant != null && !document.fits(applicant)) {
      throw new InvalidInput("idType: does not fit the applicant type（" + document.misfit(applicant)
          + "）");
    }
    return document.name();
  }

  /**
   * A resident ID taken at the counter passes the same check as an online application's
   * (GB 11643 checksum and birth date, {@link IdNumbers#isValidResidentId}): a mistyped number
   * would otherwise split one applicant in the per-request fee count; so does a 统一社会信用代码
   * (GB 32100-2015, {@link IdNumbers#isValidCreditCode}). Other document types have no checksum. Returns the number as stored (normalized), or null.
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
    if (idNumber != null && "USCC".equals(Vars.text(execution, ID_TYPE))
        && !IdNumbers.isValidCreditCode(idNumber)) {
      throw new InvalidInput("idNumber: not a valid unified social credit code（证件号码："
          + IdNumbers.CREDIT_CODE_CHECK_FAILED + "）");
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
