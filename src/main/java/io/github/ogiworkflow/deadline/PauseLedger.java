package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.letter.CaseLetters;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.register.CaseRegister;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pauses of the reply clock (consultations, an unpaid fee notice). Overlapping reasons share one
 * pause, so days paused twice are counted once: the pause ends when its last holder releases it,
 * on the latest of their release dates. A clock whose reply deadline has already passed is not
 * paused at all (audit round 25 F1): Art. 33(3) leaves consultation time out of the running
 * period, it does not revive one that has ended, and a late case stays overdue (handbook 2.11).
 */
@Component
public class PauseLedger {

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final ReplyDeadline deadline;
  private final CaseRegister register;

  public PauseLedger(JdbcTemplate jdbc, WorkingDayCalendar calendar, ReplyDeadline deadline,
      CaseRegister register) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.deadline = deadline;
    this.register = register;
  }

  /**
   * Stops the reply clock (or joins a pause already running). While it stands still the reply
   * reminder and overdue timers are suspended: the deadline is unknown until the pause ends.
   * After the register's reply deadline nothing is paused: the case stays overdue, its timers
   * run, and the matching {@link #release} finds no pause and moves nothing. This is the one
   * place that rule lives; the overdue views (期限监控, 逾期未答复) need no exception for it.
   */
  public void hold(DelegateExecution execution, String trackingNumber, LocalDate on) {
    int joined = jdbc.update("UPDATE ogi_case_pause SET holders = holders + 1"
        + " WHERE tracking_number = ? AND ended_on IS NULL", trackingNumber);
    if (joined == 0) {
      if (deadlinePassed(trackingNumber, on) || fixedByOrder(trackingNumber)) {
        return;
      }
      jdbc.update("INSERT INTO ogi_case_pause (tracking_number, started_on, holders)"
          + " VALUES (?, ?, 1)", trackingNumber, Date.valueOf(on));
      deadline.suspendTimers(execution);
      deadline.reminderPaused(execution.getProcessEngineServices(),
          execution.getProcessInstanceId(), on);
    }
  }

  /**
   * Whether the case's deadline is the date a decision or judgment ordered (ADR 0101): a date the
   * body or court fixed, toward which the clock does not stand still, so nothing is paused.
   */
  boolean fixedByOrder(String trackingNumber) {
    LocalDate ordered = register.orderedDueOn(trackingNumber).orElse(null);
    return ordered != null && register.find(trackingNumber)
        .map(c -> ordered.equals(c.dueOn())).orElse(false);
  }

  /**
   * The deadline after a pause of {@code pausedDays} working days ended: later by those days, but
   * never past a date a decision or judgment ordered for the round (ADR 0101; the pause that was
   * open when the decision came, or one begun while the deadline still lay before that date).
   */
  LocalDate afterPause(String trackingNumber, LocalDate due, int pausedDays) {
    LocalDate moved = calendar.addWorkingDays(due, pausedDays);
    LocalDate ordered = register.orderedDueOn(trackingNumber).orElse(null);
    return ordered != null && moved.isAfter(ordered) && !due.isAfter(ordered) ? ordered : moved;
  }

  /**
   * A decision or judgment made the ordered date the deadline while the clock stood still (ADR
   * 0101): the pause ends that day whoever holds it, as the clock toward a fixed date runs; the
   * holders' later releases find no pause and move nothing.
   */
  public void endForOrderedDate(String trackingNumber, LocalDate on) {
    endOnClosing(trackingNumber, on);
  }

  /** Whether the case's reply deadline (the register's) ended before {@code on}. */
  boolean deadlinePassed(String trackingNumber, LocalDate on) {
    return ReplyDeadline.passedBy(register.find(trackingNumber).map(c -> c.dueOn()).orElse(null),
        on);
  }

  /**
   * Releases one hold; when it was the last, the pause ends, the reply deadline moves later
   * by the working days paused (not past an ordered date, ADR 0101) and its timers run again.
   */
  public void release(DelegateExecution execution, String trackingNumber, LocalDate on) {
    release(trackingNumber, on).ifPresent(pausedDays -> {
      deadline.move(execution, trackingNumber,
          afterPause(trackingNumber, deadline.current(execution), pausedDays));
      deadline.resumeTimers(execution);
    });
  }

  /**
   * As {@link #release(DelegateExecution, String, LocalDate)}, from outside the case's process
   * (a fee notice withdrawn by the office, ADR 0086): the deadline in the register and the
   * running case moves later by the working days paused, and its timers run again.
   */
  public void releaseRunning(org.camunda.bpm.engine.ProcessEngineServices engine,
      String processInstanceId, String trackingNumber, LocalDate on) {
    release(trackingNumber, on).ifPresent(pausedDays -> {
      LocalDate due = register.find(trackingNumber).map(c -> c.dueOn()).orElseThrow();
      deadline.moveRunning(engine, processInstanceId, trackingNumber,
          afterPause(trackingNumber, due, pausedDays));
      deadline.resumeTimers(engine, processInstanceId);
    });
  }

  /**
   * Releases one hold: the working days paused when this was the last holder, else empty. A
   * holder that is not the last leaves its date on the row (pending_end, the latest so far), and
   * the last ends the pause on the latest release date of all (audit round 25 F9): an answer
   * dated earlier but entered later does not cut short a consultation still running.
   */
  OptionalInt release(String trackingNumber, LocalDate on) {
    List<OpenPause> open = jdbc.query("SELECT id, holders, pending_end FROM ogi_case_pause"
        + " WHERE tracking_number = ? AND ended_on IS NULL",
        (rs, i) -> new OpenPause(rs.getLong(1), rs.getInt(2),
            rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()), trackingNumber);
    if (open.isEmpty()) {
      // The hold came after the reply deadline and paused nothing (see hold).
      return OptionalInt.empty();
    }
    OpenPause pause = open.get(0);
    LocalDate latest = pause.pendingEnd() != null && pause.pendingEnd().isAfter(on)
        ? pause.pendingEnd() : on;
    if (pause.holders() > 1) {
      jdbc.update("UPDATE ogi_case_pause SET holders = holders - 1, pending_end = ? WHERE id = ?",
          Date.valueOf(latest), pause.id());
      return OptionalInt.empty();
    }
    return OptionalInt.of(end(pause.id(), latest));
  }

  /** An open pause: its holders and the latest release date of those that let go already. */
  private record OpenPause(long id, int holders, LocalDate pendingEnd) {}

  /**
   * A case closed while its clock stood still (e.g. the fee was never paid): the pause ends that
   * day whoever still holds it, so no pause outlives its case.
   */
  public void endOnClosing(String trackingNumber, LocalDate on) {
    jdbc.queryForList("SELECT id FROM ogi_case_pause WHERE tracking_number = ? AND ended_on IS NULL",
        Long.class, trackingNumber).forEach(id -> end(id, on));
  }

  /** Tracking numbers whose reply clock is paused now (deadline overview, issue 9). */
  public Set<String> pausedCases() {
    return new HashSet<>(jdbc.queryForList(
        "SELECT DISTINCT tracking_number FROM ogi_case_pause WHERE ended_on IS NULL", String.class));
  }

  public boolean isPaused(String trackingNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ogi_case_pause"
        + " WHERE tracking_number = ? AND ended_on IS NULL", Integer.class, trackingNumber) > 0;
  }

  /** One pause of the case's clock; {@code endedOn} null while it runs. */
  public record Pause(LocalDate startedOn, LocalDate endedOn, int workingDays) {}

  /** The case's pauses, earliest first (the audit trail). */
  public List<Pause> pausesOf(String trackingNumber) {
    return jdbc.query("SELECT started_on, ended_on, working_days FROM ogi_case_pause"
        + " WHERE tracking_number = ? ORDER BY started_on", (rs, i) -> new Pause(
            rs.getDate(1).toLocalDate(), rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(),
            rs.getInt(3)), trackingNumber);
  }

  /**
   * A pause's end day corrected (the fee's payment date, Art. 42 with 国办函〔2020〕109号: the clock
   * stands still from the fee notice until payment): the ended pause of the case that ended on
   * {@code oldEnd} now ends on {@code newEnd}, its working days counted again. Returns the
   * change in paused working days (later: more), or empty where no pause ended that day (the
   * payment did not end it: another reason still held it). A pause may neither end before it
   * began nor run into the case's next pause.
   */
  public OptionalInt moveEnd(String trackingNumber, LocalDate oldEnd, LocalDate newEnd) {
    Optional<MovedEnd> moved = movedEnd(trackingNumber, oldEnd, newEnd);
    moved.ifPresent(m -> jdbc.update("UPDATE ogi_case_pause SET ended_on = ?, working_days = ?"
        + " WHERE tracking_number = ? AND started_on = ? AND ended_on = ?", Date.valueOf(newEnd),
        m.workingDays(), trackingNumber, Date.valueOf(m.ended().startedOn()),
        Date.valueOf(oldEnd)));
    return moved.map(m -> OptionalInt.of(m.workingDays() - m.ended().workingDays()))
        .orElse(OptionalInt.empty());
  }

  /**
   * What {@link #moveEnd} would return, checked as it checks, without writing anything: a
   * correction decides whether it may be made (ADR 0124, 0137) before it writes.
   */
  public OptionalInt endMovedBy(String trackingNumber, LocalDate oldEnd, LocalDate newEnd) {
    return movedEnd(trackingNumber, oldEnd, newEnd)
        .map(m -> OptionalInt.of(m.workingDays() - m.ended().workingDays()))
        .orElse(OptionalInt.empty());
  }

  /** The pause that ended on {@code oldEnd} and its working days once ended on the new day. */
  private record MovedEnd(Pause ended, int workingDays) {}

  private Optional<MovedEnd> movedEnd(String trackingNumber, LocalDate oldEnd,
      LocalDate newEnd) {
    List<Pause> pauses = pausesOf(trackingNumber);
    Pause ended = pauses.stream().filter(p -> oldEnd.equals(p.endedOn()))
        .reduce((first, second) -> second).orElse(null);
    if (ended == null) {
      return Optional.empty();
    }
    if (newEnd.isBefore(ended.startedOn())) {
      throw new InvalidInput("the pause of the reply clock began on " + ended.startedOn()
          + "（答复期限自" + CaseLetters.chinese(ended.startedOn())
          + "起中止计算，结束日期不得早于该日）");
    }
    pauses.stream().filter(p -> p.startedOn().isAfter(ended.startedOn())
        && p.startedOn().isBefore(newEnd)).findFirst().ifPresent(next -> {
          throw new InvalidInput("the reply clock was paused again on " + next.startedOn()
              + "（答复期限已于" + CaseLetters.chinese(next.startedOn())
              + "再次中止计算，更正后的日期不得晚于该日）");
        });
    return Optional.of(new MovedEnd(ended,
        Math.max(0, calendar.workingDaysBetween(ended.startedOn(), newEnd))));
  }

  /** Ends a pause on the given day; returns the working days it lasted. */
  private int end(long id, LocalDate on) {
    LocalDate startedOn = jdbc.queryForObject(
        "SELECT started_on FROM ogi_case_pause WHERE id = ?", Date.class, id).toLocalDate();
    int workingDays = Math.max(0, calendar.workingDaysBetween(startedOn, on));
    jdbc.update("UPDATE ogi_case_pause SET holders = 0, ended_on = ?, working_days = ?"
        + " WHERE id = ?", Date.valueOf(on), workingDays, id);
    return workingDays;
  }
}
