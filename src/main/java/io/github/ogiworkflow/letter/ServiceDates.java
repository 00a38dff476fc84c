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
   * Refuses, on {@code field}, a way of service the applicant cannot be reached by from what the
   * register holds (Art. 29, handbook §2.13: the periods run from the applicant's receipt): by
   * e-mail without an e-mail address, online without a query code (only an application made on
   * the public page has one), by post without a postal address. In person is always possible,
   * so a case registered before this check with missing data can still be served.
   */
  public static void checkReachable(String field, String servedBy, CaseRegister cases,
      String trackingNumber) {
    if (servedBy == null || trackingNumber == null) {
      return;
    }
    CaseRegister.RequestedDelivery contact = cases.requestedDelivery(trackingNumber).orElse(null);
    if (contact == null || contact.reaches(servedBy)) {
      return;
    }
    throw new InvalidInput(field + switch (servedBy) {
      case "EMAIL" -> ": no e-mail address on record for the applicant"
          + "（送达方式：申请人未提供电子邮箱，不能以电子邮件送达，请选择当面送达或其他方式）";
      case "ONLINE" -> ": the applicant has no query code, online service is only for"
          + " applications made on the online platform（送达方式：申请人未通过网上申请平台提交"
          + "申请、没有查询码，不能网上送达，请选择当面送达或其他方式）";
      default -> ": no postal address on record for the applicant"
          + "（送达方式：申请人未提供通信地址，不能邮寄送达，请选择当面送达或其他方式）";
    });
  }

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
