package io.github.ogiworkflow.appeal;

/**
 * 简易程序 / 普通程序 of a reconsideration (ARL): the agency answers within 5 or 10 working days
 * of receiving the copy; the body decides within 30 or 60 calendar days.
 */
public enum ReconsiderationProcedure {
  SIMPLIFIED(5, 30), ORDINARY(10, 60);

  private final int answerWorkingDays;
  private final int decisionCalendarDays;

  ReconsiderationProcedure(int answerWorkingDays, int decisionCalendarDays) {
    this.answerWorkingDays = answerWorkingDays;
    this.decisionCalendarDays = decisionCalendarDays;
  }

  public int answerWorkingDays() {
    return answerWorkingDays;
  }

  public int decisionCalendarDays() {
    return decisionCalendarDays;
  }
}
