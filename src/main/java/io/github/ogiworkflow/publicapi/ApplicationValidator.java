package io.github.ogiworkflow.publicapi;

import io.github.ogiworkflow.vocabulary.ApplicantType;
import io.github.ogiworkflow.vocabulary.IdType;
import io.github.ogiworkflow.intake.DeliveryForm;
import io.github.ogiworkflow.intake.DeliveryMethod;
import io.github.ogiworkflow.online.IdNumbers;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules an online application must meet, with a Chinese message per field. The lengths and
 * choices are those of the registration form (forms/request-registration.form).
 */
final class ApplicationValidator {

  static final Set<String> FIELDS = Set.of("applicantType", "applicantName", "idType",
      "idNumber", "contactPhone", "contactEmail", "contactAddress", "description",
      "deliveryForm", "deliveryMethod");

  static final List<String> DELIVERY_FORMS =
      Arrays.stream(DeliveryForm.values()).map(Enum::name).toList();
  static final List<String> DELIVERY_METHODS =
      Arrays.stream(DeliveryMethod.values()).map(Enum::name).toList();

  /** Mobile (11 digits) or landline with area code, as the registration form accepts. */
  static final Pattern PHONE = Pattern.compile(
      "^(\\+?86[- ]?)?(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|\\d{7,8})$");
  static final Pattern EMAIL = Pattern.compile(
      "^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
  /** Unified social credit code (统一社会信用代码): 18 characters without I, O, S, V, Z. */
  static final Pattern USCC = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{18}$");

  private ApplicationValidator() {}

  /** The normalized application, or a 400 with every field error at once. */
  static ApplicationForm validate(Map<String, String> raw, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, String> v = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String text = raw.get(field);
      text = text == null ? null : text.strip();
      v.put(field, text == null || text.isEmpty() ? null : text);
    }

    String applicantType = v.get("applicantType");
    if (applicantType == null) {
      errors.put("applicantType", "请选择申请人类型");
    } else if (Stream.of(ApplicantType.values()).noneMatch(t -> t.name().equals(applicantType))) {
      errors.put("applicantType", "申请人类型无效");
    }
    text(v, errors, "applicantName", "申请人姓名或名称", true, 100, false);

    String idType = v.get("idType");
    if (idType == null) {
      errors.put("idType", "请选择身份证明类型");
    } else if (IdType.of(idType).isEmpty()) {
      errors.put("idType", "身份证明类型无效");
    } else if (!errors.containsKey("applicantType")) {
      IdType document = IdType.of(idType).orElseThrow();
      ApplicantType applicant = ApplicantType.valueOf(applicantType);
      if (!document.fits(applicant)) {
        errors.put("idType", document.misfit(applicant));
      }
    }
    String idNumber = IdNumbers.normalize(v.get("idNumber"));
    v.put("idNumber", idNumber);
    if (text(v, errors, "idNumber", "证件号码", true, 50, false)) {
      if ("RESIDENT_ID".equals(idType) && !IdNumbers.isValidResidentId(idNumber, today)) {
        errors.put("idNumber", "居民身份证号码应为18位，且校验位正确");
      } else if ("USCC".equals(idType) && !USCC.matcher(idNumber).matches()) {
        errors.put("idNumber", "统一社会信用代码应为18位数字或大写字母");
      } else if ("USCC".equals(idType) && !IdNumbers.isValidCreditCode(idNumber)) {
        errors.put("idNumber", IdNumbers.CREDIT_CODE_CHECK_FAILED);
      }
    }

    if (text(v, errors, "contactPhone", "联系电话", true, 30, false)
        && !PHONE.matcher(v.get("contactPhone")).matches()) {
      errors.put("contactPhone", "联系电话格式不正确：手机号码（11位）或固定电话（区号-号码）");
    }
    String method = v.get("deliveryMethod");
    if (text(v, errors, "contactEmail", "电子邮箱", "EMAIL".equals(method), 100, false)
        && v.get("contactEmail") != null && !EMAIL.matcher(v.get("contactEmail")).matches()) {
      errors.put("contactEmail", "电子邮箱格式不正确");
    }
    text(v, errors, "contactAddress", "通信地址（选择邮寄方式时必填）", "POST".equals(method), 200,
        false);
    text(v, errors, "description", "所需政府信息的描述", true, 4000, true);
    choice(v, errors, "deliveryForm", "获取信息的载体形式", DELIVERY_FORMS);
    choice(v, errors, "deliveryMethod", "获取信息的方式", DELIVERY_METHODS);
    if (!errors.containsKey("deliveryForm") && !errors.containsKey("deliveryMethod")
        && v.get("deliveryForm") != null && v.get("deliveryMethod") != null
        && !DeliveryForm.valueOf(v.get("deliveryForm"))
            .carriedBy(DeliveryMethod.valueOf(v.get("deliveryMethod")))) {
      errors.put("deliveryMethod", DeliveryForm.PAPER_NOT_CARRIED);
    }

    if (!errors.isEmpty()) {
      throw PublicApiException.invalid(errors);
    }
    return new ApplicationForm(applicantType, v.get("applicantName"), idType, idNumber,
        v.get("contactPhone"), v.get("contactEmail"), v.get("contactAddress"),
        v.get("description"), v.get("deliveryForm"), method);
  }

  /** Checks presence, length (in characters) and control characters; true if a value is fine to check further. */
  static boolean text(Map<String, String> v, Map<String, String> errors, String field,
      String chineseName, boolean required, int maxLength, boolean multiline) {
    String text = v.get(field);
    if (text == null) {
      if (required) {
        errors.put(field, "请填写" + chineseName);
      }
      return false;
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      errors.put(field, chineseName + "不得超过 " + maxLength + " 个字");
      return false;
    }
    if (io.github.ogiworkflow.process.Vars.hasHiddenCharacters(text, multiline)) {
      errors.put(field, chineseName + io.github.ogiworkflow.process.Vars.HIDDEN_CHARACTERS);
      return false;
    }
    return true;
  }

  private static void choice(Map<String, String> v, Map<String, String> errors, String field,
      String chineseName, List<String> allowed) {
    String value = v.get(field);
    if (value == null) {
      errors.put(field, "请选择" + chineseName);
    } else if (!allowed.contains(value)) {
      errors.put(field, chineseName + "无效");
    }
  }
}
