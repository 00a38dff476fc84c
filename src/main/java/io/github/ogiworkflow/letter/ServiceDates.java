package io.github.ogiworkflow.letter;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import java.time.LocalDate;

/**
 * The applicant's receipt of a letter served on it (a reply, a termination notice), from which
 * the appeal periods run (handbook §2.13; ARL Art. 20, ALL Art. 46). One rule for every letter.
 */
public final class ServiceDates {

  private ServiceDates() {}

  /**
   * Refuses, on {@code field}, a signed-for date in the future or before the service, and, for
   * a letter not sent by post, one other than the service date: in person the applicant signs
   * the 送达回证 on the spot, and an e-mail or online letter reaches the applicant the day it is
   * sent (CPL Art. 90 on electronic service), so only a posted letter is received later. A
   * later day would move the appeal window by as much.
   */
  public static void checkSignedFor(String field, LocalDate signedForOn, LocalDate servedOn,
      String servedBy) {
    if (signedForOn.isAfter(OfficeTime.today())) {
      throw new InvalidInput(field + ": the date signed for is in the future"
          + "（申请人签收日期不得晚于今天）");
    }
    if (servedOn != null && signedForOn.isBefore(servedOn)) {
      throw new InvalidInput(field + ": the date signed for is before the delivery on "
          + servedOn + "（申请人签收日期不得早于送达日期" + CaseLetters.chinese(servedOn) + "）");
    }
    if (servedOn != null && servedBy != null && !CaseRegister.BY_POST.equals(servedBy)
        && !signedForOn.equals(servedOn)) {
      throw new InvalidInput(field + ": a letter not sent by post is received on the day of"
          + " delivery, " + servedOn + "（当面送达的当场签收，电子邮件或网上送达的于发出之日"
          + "送达，申请人签收日期应与送达日期" + CaseLetters.chinese(servedOn) + "相同；只有邮寄送达"
          + "的签收日期可以晚于送达日期）");
    }
  }
}
