package io.github.ogiworkflow.intake;

import static io.github.ogiworkflow.process.ProcessVariables.EARLIER_REQUEST;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.ApplicantContact;
import io.github.ogiworkflow.register.CaseRegister.RequestAnswer;
import io.github.ogiworkflow.vocabulary.OutcomeCode;

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
    refuseWhatAnsweredNothing(earlier, answer);
    ApplicantContact applicant = register.applicantContact(trackingNumber).orElseThrow(
        () -> new IllegalStateException("No case " + trackingNumber));
    if (!sameApplicant(applicant, answer)) {
      throw refused("has another applicant", "受理编号为" + earlier
          + "的申请不是本申请人提出的；条例第三十六条第（六）项仅适用于本机关已答复同一申请人的情形");
    }
    return earlier;
  }

  /**
   * Art. 36(六) covers a request the agency answered on the information (已就申请人提出的政府
   * 信息公开申请作出答复): outcomes 1 to 4.2 (ADR 0090). 4.3 (still unclear after correction),
   * every 5.x (not processed) and 6.x (closed without a reply) said nothing about the
   * information, so a request for it again is a new request (audit round 26, F4). A 5.2 or a 5.5
   * on an earlier answer points at the request that was answered: that one is to be named. A
   * request whose reply a 纠正 set aside and whose new round is open has no answer standing.
   */
  static void refuseWhatAnsweredNothing(String earlier, RequestAnswer answer) {
    if (CaseRegister.Status.IN_PROGRESS.name().equals(answer.status())) {
      throw refused("is being handled again", "受理编号为" + earlier
          + "的申请正在重新办理，其答复尚未作出，不能据此不予重复处理（条例第三十六条第（六）项）");
    }
    String outcome = answer.outcomeCode();
    if (outcome == null) {
      return; // delivered before the register kept outcomes: the earlier rule
    }
    if ((outcome.equals(OutcomeCode.NOT_PROCESSED_REPEAT.code())
        || outcome.equals(OutcomeCode.NOT_PROCESSED_CONFIRMATION.code()))
        && answer.repeatOf() != null) {
      throw refused("was itself not processed; name " + answer.repeatOf(), "受理编号为" + earlier
          + "的申请本机关以已答复受理编号为" + answer.repeatOf() + "的申请为由不予处理，未就所申请的"
          + "信息作出答复；请填写受理编号" + answer.repeatOf());
    }
    if (outcome.startsWith("5.") || outcome.startsWith("6.")
        || outcome.equals(OutcomeCode.UNAVAILABLE_STILL_UNCLEAR.code())) {
      throw refused("was answered with " + outcome + ", not on the information", "受理编号为"
          + earlier + "的申请的处理结果为“" + OutcomeCode.ofCode(outcome).label().replaceFirst(
              "^（[一二三四五六]）", "") + "”，本机关未就所申请的信息作出答复；条例第三十六条第（六）项"
          + "仅适用于本机关已就同一信息作出答复的情形，本申请应予办理");
    }
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
