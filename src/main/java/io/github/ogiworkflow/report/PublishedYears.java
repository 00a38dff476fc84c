package io.github.ogiworkflow.report;

import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.PublishedYearGuard;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A published report is final (ADR 0035), and the next year's 上年结转 must equal its 结转下年度
 * (handbook section 8): a change of the register that moves a case into or out of a year whose
 * report is published is refused (ADR 0080). Which dates decide the year is the report's
 * knowledge ({@link AnnualReports}): the receipt, the first closing, the day the fee was paid.
 * Each figure compares a date with 1 January or 31 December only, so a date moved within its
 * year changes no report, and one moved across years may change every year from the earlier to
 * the later (a case carried over meanwhile). The same check guards a date corrected later
 * ({@link #requireNoPublishedYearMoved}) and one recorded now ({@link #requireRecordable}: a
 * counter registration back-dated into a published year, a delivery or payment dated there).
 */
@Component
public class PublishedYears implements PublishedYearGuard {

  /** The dates of a case the report counts it by (null: not received, closed or paid). */
  public record CountedDates(LocalDate receivedOn, LocalDate closedOn, LocalDate feePaidOn) {}

  private final JdbcTemplate jdbc;
  private final AnnualReportRegister reports;

  public PublishedYears(JdbcTemplate jdbc, AnnualReportRegister reports) {
    this.jdbc = jdbc;
    this.reports = reports;
  }

  /** The case's counted dates as the tables' conditions read them; all null for no case. */
  public CountedDates countedDates(String trackingNumber) {
    List<CountedDates> rows = jdbc.query("SELECT CASE WHEN " + AnnualReports.RECEIVED_CASES
        + " THEN first_received_on END, " + AnnualReports.CLOSED + ", fee_paid_on"
        + " FROM ogi_case WHERE tracking_number = ?", (rs, i) -> new CountedDates(
            day(rs.getDate(1)), day(rs.getDate(2)), day(rs.getDate(3))), trackingNumber);
    return rows.stream().findFirst().orElse(new CountedDates(null, null, null));
  }

  /**
   * A date recorded by a step (not a correction) is counted in its own year: refused when that
   * year is published. A closing counts only as the case's first, so a delivery after a
   * reopening (first closing kept) changes no report. A second payment of a reopened case
   * replaces the first's date in the register (one fee_paid_on); only the new date is checked
   * here, as the register cannot keep both.
   */
  @Override
  public void requireRecordable(String trackingNumber, CountedDate which, LocalDate date,
      String field, String label) {
    if (which == CountedDate.CLOSING && trackingNumber != null
        && countedDates(trackingNumber).closedOn() != null) {
      return;
    }
    // The year's row locked until the caller's write commits: a publication meanwhile waits
    // and sees the write, or was first and is seen here (ADR 0142).
    reports.lockedPublishedBetween(date.getYear(), date.getYear()).stream().findFirst()
        .ifPresent(year -> {
          throw new InvalidInput(field + ": " + date + " would change the published report on "
              + year + "（" + label + "为" + ChineseDateText.of(date) + "，将改变已发布的" + year
              + "年度政府信息公开工作年度报告中的统计；已发布的年度报告不再更改，不能登记此日期。"
              + "该日期确属实情的，请报系统管理员处理）");
        });
  }

  /**
   * A case taken out of the register's counts (voided, ADR 0157) leaves every year it was
   * counted in: received in its receipt year, carried over at each year end until its first
   * closing (today's year while open; never published, a report is on a past year), closed in
   * that year, and its payment in section 六. Refused when any of them is published, the rows
   * of those years locked as for a recorded date (ADR 0142).
   */
  @Override
  public void requireRemovable(String trackingNumber, String field, String act) {
    CountedDates dates = countedDates(trackingNumber);
    if (dates.receivedOn() == null) {
      return;
    }
    int from = dates.receivedOn().getYear();
    int to = dates.closedOn() == null ? OfficeTime.today().getYear()
        : dates.closedOn().getYear();
    Stream.concat(reports.lockedPublishedBetween(from, to).stream(),
            dates.feePaidOn() == null ? Stream.<Integer>empty() : reports.lockedPublishedBetween(
                dates.feePaidOn().getYear(), dates.feePaidOn().getYear()).stream())
        .min(Integer::compare).ifPresent(year -> {
          throw new InvalidInput(field + ": the case is counted in the published report on "
              + year + "（本案收到申请日期为" + ChineseDateText.of(dates.receivedOn()) + "，已计入已发布的"
              + year + "年度政府信息公开工作年度报告中的统计；已发布的年度报告不再更改，不能" + act
              + "。请按申请办理并答复（如属重复申请，按不予处理答复）；确属登记错误须作废的，请报系统管理员处理）");
        });
  }

  /**
   * A complaint voided as registered in error (ADR 0138) leaves the 附表's 接受行政申诉、举报数 of
   * its service year and the 累计 column of every year from then on (the complaint is
   * unanswered, so its answer moves nothing): refused when any of them is published, the rows
   * locked as for a recorded date (ADR 0142), in the words of a request's void (ADR 0157).
   */
  @Override
  public void requireComplaintRemovable(LocalDate servedOn, String field) {
    reports.lockedPublishedBetween(servedOn.getYear(),
            Math.max(servedOn.getYear(), OfficeTime.today().getYear())).stream()
        .min(Integer::compare).ifPresent(year -> {
          throw new InvalidInput(field + ": the complaint is counted in the published report on "
              + year + "（本申诉举报收到日期为" + ChineseDateText.of(servedOn) + "，已计入已发布的"
              + year + "年度政府信息公开工作年度报告中的统计；已发布的年度报告不再更改，不能作废本申诉举报登记。"
              + "请按申诉举报办理并答复；确属登记错误须作废的，请报系统管理员处理）");
        });
  }

  /**
   * Refuses, on {@code field}, a change from {@code before} to {@code after} that moves a date
   * across a year boundary where a year in between (both ends included) is published.
   * {@code label} names the changed date in the message.
   */
  public void requireNoPublishedYearMoved(CountedDates before, CountedDates after, String field,
      String label) {
    firstPublishedYearMoved(before, after).ifPresent(year -> {
      throw new InvalidInput(field + ": the case would move into or out of the published"
          + " report on " + year + "（" + label + "更正后，本案在已发布的" + year
          + "年度政府信息公开工作年度报告中的统计将发生变化；已发布的年度报告不再更改，不能作此更正）");
    });
  }

  /** The earliest published year whose figures the change from before to after would move. */
  private java.util.Optional<Integer> firstPublishedYearMoved(CountedDates before,
      CountedDates after) {
    return Stream.of(span(before.receivedOn(), after.receivedOn()),
            span(before.closedOn(), after.closedOn()),
            span(before.feePaidOn(), after.feePaidOn()))
        .filter(span -> span != null)
        .flatMap(span -> reports.lockedPublishedBetween(span[0], span[1]).stream())
        .min(Integer::compare);
  }

  /** The years a date moved across: null when it stays within its year. */
  private static int[] span(LocalDate before, LocalDate after) {
    if (before == null && after == null) {
      return null;
    }
    if (before == null || after == null) {
      int year = (before == null ? after : before).getYear();
      return new int[] {year, year};
    }
    if (before.getYear() == after.getYear()) {
      return null;
    }
    return new int[] {Math.min(before.getYear(), after.getYear()),
        Math.max(before.getYear(), after.getYear())};
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
