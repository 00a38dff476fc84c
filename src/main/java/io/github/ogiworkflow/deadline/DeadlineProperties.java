package io.github.ogiworkflow.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Statutory and local time limits, in working days (handbook 2.3, 2.6, 2.11, 2.12). */
@ConfigurationProperties("ogi.deadlines")
public record DeadlineProperties(
    /** Reply within this many working days of receipt (Art. 33). */
    @DefaultValue("20") int replyWorkingDays,
    /** Remind the office this many working days before the reply is due. */
    @DefaultValue("3") int reminderWorkingDaysBefore,
    /** Most working days one extension may add (Art. 33). */
    @DefaultValue("20") int maxExtensionWorkingDays,
    /** The correction notice must go out within this many working days of receipt. */
    @DefaultValue("7") int correctionNoticeWorkingDays,
    /** Remind the office to send the notice this many working days after receipt. */
    @DefaultValue("5") int correctionNoticeReminderWorkingDays,
    /** The applicant's time to correct (a "reasonable period"; local choice). */
    @DefaultValue("15") int correctionWorkingDays,
    /** Third parties and other agencies answer within this many working days (Art. 32, 34). */
    @DefaultValue("15") int consultationWorkingDays,
    /** The applicant pays a fee within this many working days (109号). */
    @DefaultValue("20") int feePaymentWorkingDays,
    /**
     * The office records the service of a consultation letter or fee notice within this many
     * working days of its issue (local standard, ADR 0122): the reply clock stands still from the
     * issue, and the periods of Art. 32/34 and 109号 start only at the recorded service.
     */
    @DefaultValue("5") int letterServiceWorkingDays,
    /**
     * Information released over a third party's objection (Art. 32) is disclosed to the applicant
     * only once this many working days have passed from the day the third party received the
     * 公开决定告知书, so that it can seek reconsideration or a court and ask for a stay before the
     * disclosure (local choice, ADR 0171). The notice states the resulting day.
     */
    @DefaultValue("15") int overrideDisclosureWorkingDays) {

  public static DeadlineProperties defaults() {
    return new DeadlineProperties(20, 3, 20, 7, 5, 15, 15, 20, 5, 15);
  }
}
