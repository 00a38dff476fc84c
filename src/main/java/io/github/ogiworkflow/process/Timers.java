package io.github.ogiworkflow.process;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Timers of a running process instance, moved from outside or inside it. */
public final class Timers {

  private Timers() {}

  /**
   * Gives the timers waiting at {@code activityId} in the instance a new due date; a suspended
   * timer stays suspended. Answers how many it moved (none: the case is not waiting there).
   */
  public static int move(ManagementService jobs, String processInstanceId, String activityId,
      Date dueAt) {
    int moved = 0;
    for (Job timer : jobs.createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).timers().list()) {
      jobs.setJobDuedate(timer.getId(), dueAt);
      moved++;
    }
    return moved;
  }
}
