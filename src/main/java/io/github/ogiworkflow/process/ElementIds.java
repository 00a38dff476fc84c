package io.github.ogiworkflow.process;

/** Ids of model elements that code refers to (timers it moves, tasks tests drive). */
public final class ElementIds {

  public static final String TIMER_REPLY_REMINDER = "Timer_ReplyReminder";
  public static final String TIMER_REPLY_OVERDUE = "Timer_ReplyOverdue";

  private ElementIds() {}
}
