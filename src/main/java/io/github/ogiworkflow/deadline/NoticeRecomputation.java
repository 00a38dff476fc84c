package io.github.ogiworkflow.deadline;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineRecomputation.Moved;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * Open working-day deadlines a domain keeps outside the request register (e.g. proactive
 * disclosure's Art. 26 due dates, publication/PublicationDueDateRecomputation) that a year's
 * holiday notice counts again. {@link DeadlineRecomputation} calls every such bean after the
 * requests' deadlines, in the same transaction, with the same arguments.
 */
public interface NoticeRecomputation {

  /**
   * Counts again what reaches into {@code year}; {@code before} is the calendar without the
   * year's notice. Returns what moved, each also recorded in the audit trail.
   */
  List<Moved> recompute(ProcessEngineServices engine, WorkingDayCalendar before, int year);
}
