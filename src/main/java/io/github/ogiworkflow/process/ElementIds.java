package io.github.ogiworkflow.process;

/** Ids of model elements that code refers to (timers it moves, tasks tests drive). */
public final class ElementIds {

  public static final String TIMER_REPLY_REMINDER = "Timer_ReplyReminder";
  public static final String TIMER_REPLY_OVERDUE = "Timer_ReplyOverdue";

  // Appeals (handbook section 3)
  public static final String MESSAGE_REPLY_CORRECTED = "ReplyCorrected";
  public static final String MESSAGE_RECONSIDERATION_DECIDED = "ReconsiderationDecided";
  public static final String MESSAGE_JUDGMENT_DELIVERED = "JudgmentDelivered";
  public static final String TIMER_APPEAL_WINDOW_CLOSED = "Timer_AppealWindowClosed";

  private ElementIds() {}
}
