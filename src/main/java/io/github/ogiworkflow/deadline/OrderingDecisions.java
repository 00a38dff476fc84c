package io.github.ogiworkflow.deadline;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The decided appeals that ordered a reply by a date (责令限期答复), as {@link OrderedReplyDates}
 * names them in letters and refusals. The appeal register answers (appeal.AppealRegister, the
 * one owner of ogi_appeal): it is reached through this interface because the appeal domain uses
 * the deadlines, so this shared package cannot depend on it.
 */
public interface OrderingDecisions {

  /**
   * The latest decided appeal of the case that ordered a reply by {@code orderedBy}, as letters
   * name it: "行政复议决定（案号：示府复〔2026〕201号）" or "判决（案号：…）", without the brackets
   * where no 案号 was recorded; empty if none did.
   */
  Optional<String> named(String trackingNumber, LocalDate orderedBy);
}
