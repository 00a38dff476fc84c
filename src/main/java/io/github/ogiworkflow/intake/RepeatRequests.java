package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.EARLIER_REQUEST;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.ApplicantContact;
import io.github.ogiworkflow.register.CaseRegister.RequestAnswer;

/**
 * 5.2 (重复申请) and 5.5 with an earlier answer (ADR 0064; the refusals name neither, so they
 * read right for both): Art. 36(六) lets the agency decline to process a request only where it
 * has already answered the same applicant's request for the same information. The office names
 * that earlier request by its tracking number; the register must show it exists, was answered
 * (its reply delivered) and came from the same applicant: the same ID type and number where both
 * cases have one, else the same name.
 */
final class RepeatRequests {

  static final int MAX_TRACKING_NUMBER = 40;

  private RepeatRequests() {}

  /** The earlier request's tracking number as checked, or a refusal on {@code earlierRequest}. */
  static String check(CaseRegister register, String trackingNumber, String entered) {
    String earlier = entered == null ? "" : entered.strip();
    if (earlier.isEmpty()) {
      throw refused("is required", "请填写此前已答复的同一申请人申请的受理编号");
    }
    if (earlier.length() > MAX_TRACKING_NUMBER) {
      throw refused("is too long", "受理编号不超过" + MAX_TRACKING_NUMBER + "个字符");
    }
    if (earlier.equals(trackingNumber)) {
      throw refused("is this request", "此前的申请不能是本申请");
    }
    RequestAnswer answer = register.requestAnswer(earlier).orElseThrow(() -> refused(
        "is unknown", "未找到受理编号为" + io.github.ogiworkflow.process.Vars.echo(earlier)
            + "的申请"));
    if (answer.deliveredOn() == null) {
      throw refused("was not answered", "受理编号为" + earlier
          + "的申请尚未答复，不能据此不予重复处理（条例第三十六条第（六）项）");
    }
    ApplicantContact applicant = register.applicantContact(trackingNumber).orElseThrow(
        () -> new IllegalStateException("No case " + trackingNumber));
    if (!sameApplicant(applicant, answer)) {
      throw refused("has another applicant", "受理编号为" + earlier
          + "的申请不是本申请人提出的；条例第三十六条第（六）项仅适用于本机关已答复同一申请人的情形");
    }
    return earlier;
  }

  /** Same ID type and number where both have one; else the same name. */
  static boolean sameApplicant(ApplicantContact applicant, RequestAnswer earlier) {
    if (!blank(applicant.idNumber()) && !blank(earlier.idNumber())) {
      return applicant.idNumber().strip().equalsIgnoreCase(earlier.idNumber().strip())
          && java.util.Objects.equals(applicant.idType(), earlier.idType());
    }
    return applicant.applicantName() != null && earlier.applicantName() != null
        && applicant.applicantName().strip().equals(earlier.applicantName().strip());
  }

  private static InvalidInput refused(String english, String chinese) {
    return new InvalidInput(EARLIER_REQUEST + " " + english + "（" + chinese + "）");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
