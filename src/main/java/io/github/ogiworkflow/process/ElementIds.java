package io.github.ogiworkflow.process;

/** Ids of model elements that code refers to (timers it moves, tasks tests drive). */
public final class ElementIds {

  public static final String TIMER_REPLY_REMINDER = "Timer_ReplyReminder";
  public static final String TIMER_REPLY_OVERDUE = "Timer_ReplyOverdue";

  // Online applications (网上申请)
  public static final String TASK_CONFIRM_RECEIPT = "Task_ConfirmReceipt";
  /** Message names (not ids) the public API correlates. */
  public static final String MESSAGE_ONLINE_APPLICATION = "OnlineApplicationReceived";
  public static final String MESSAGE_SUPPLEMENT_RECEIVED = "SupplementReceived";

  private ElementIds() {}
}
