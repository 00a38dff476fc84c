package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_DUE_DATE;
import static io.github.ogiworkflow.process.ProcessVariables.PUBLICATION_DUE_DATE_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE;

import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineRecomputation.Moved;
import io.github.ogiworkflow.deadline.NoticeRecomputation;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DateChangeRegister.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * When a year's holiday notice arrives, the Art. 26 due dates of open publication batches are
 * counted again on the calendar with the notice, as the requests' deadlines are
 * ({@code DeadlineRecomputation}): each item's due date in the register (its 形成或变更日期 + its
 * period's working days, {@link Art26DueDates}), each change in the batch's audit trail; and, where the
 * batch's due date (its earliest item's) moves or loses its 暂算 mark, the batch's variables,
 * those of the secrecy reviews it called, and the due dates of its open tasks that had the old
 * date. Ended batches keep what they had.
 */
@Component
public class PublicationDueDateRecomputation implements NoticeRecomputation {

  private final PublicationRegister register;
  private final Art26DueDates art26;
  private final DateChangeRegister changes;

  public PublicationDueDateRecomputation(PublicationRegister register, Art26DueDates art26,
      DateChangeRegister changes) {
    this.register = register;
    this.art26 = art26;
    this.changes = changes;
  }

  @Override
  public List<Moved> recompute(ProcessEngineServices engine, WorkingDayCalendar before,
      int year) {
    RuntimeService runtime = engine.getRuntimeService();
    List<Moved> moved = new ArrayList<>();
    for (ProcessInstance batch : runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE).orderByProcessInstanceId().asc()
        .list()) {
      String batchRef = batch.getBusinessKey();
      if (batchRef == null) {
        continue;
      }
      List<LocalDate> dueDates = new ArrayList<>();
      for (Publication p : register.ofBatch(batchRef)) {
        LocalDate newDue = art26.itemDueOn(p.draft());
        if (newDue != null && p.dueOn() != null && !newDue.equals(p.dueOn())) {
          register.setDueOn(p.id(), newDue);
          changes.record(batchRef, DateChangeRegister.PUBLICATION_DUE_ON, Kind.RECOMPUTED,
              p.dueOn(), newDue, DateChangeRegister.RECOMPUTATION_REASON + "（信息项“"
                  + p.title() + "”）", DateChangeRegister.SYSTEM);
          moved.add(new Moved(batchRef, DateChangeRegister.PUBLICATION_DUE_ON, p.dueOn(),
              newDue));
        }
        dueDates.add(p.dueOn() == null ? null : newDue);
      }
      LocalDate due = Art26DueDates.earliest(dueDates);
      moveBatch(engine, batch, due, Art26DueDates.periodDueOn(register.ofBatch(batchRef), due));
    }
    return moved;
  }

  /** A day written as 2026-03-30, as batches' 发布期限 texts were before audit 33a F15. */
  static final java.util.regex.Pattern ISO_DAY =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * Open batches registered before their days were written as letters write them (audit 33a
   * F15) still show an ISO date in 发布期限 until their next step counts the text again: their
   * text (and the called reviews' copies) is written anew from the register, as a holiday
   * notice would. Batches whose text already reads 年月日 are left alone. Answers the batches
   * rewritten.
   */
  public List<String> rewriteIsoDueDateTexts(ProcessEngineServices engine) {
    RuntimeService runtime = engine.getRuntimeService();
    List<String> rewritten = new ArrayList<>();
    for (ProcessInstance batch : runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE).orderByProcessInstanceId().asc()
        .list()) {
      String text = (String) runtime.getVariable(batch.getId(), PUBLICATION_DUE_DATE_TEXT);
      if (batch.getBusinessKey() == null || text == null || !ISO_DAY.matcher(text).find()) {
        continue;
      }
      List<Publication> items = register.ofBatch(batch.getBusinessKey());
      LocalDate due = Art26DueDates.earliest(items.stream().map(Publication::dueOn).toList());
      moveBatch(engine, batch, due, Art26DueDates.periodDueOn(items, due));
      rewritten.add(batch.getBusinessKey());
    }
    return rewritten;
  }

  /**
   * The batch's due date and its text where they changed: the batch's variables, the called
   * reviews' copies, and its open tasks due at the old date (reviews, approval, record).
   */
  private void moveBatch(ProcessEngineServices engine, ProcessInstance batch, LocalDate due,
      Art26DueDates.Period period) {
    RuntimeService runtime = engine.getRuntimeService();
    Date oldAt = (Date) runtime.getVariable(batch.getId(), PUBLICATION_DUE_DATE);
    if (due == null || oldAt == null) {
      return;
    }
    Map<String, Object> variables = art26.variables(due, period);
    Date newAt = (Date) variables.get(PUBLICATION_DUE_DATE);
    if (newAt.equals(oldAt) && Objects.equals(variables.get(PUBLICATION_DUE_DATE_TEXT),
        runtime.getVariable(batch.getId(), PUBLICATION_DUE_DATE_TEXT))) {
      return;
    }
    runtime.setVariables(batch.getId(), variables);
    for (ProcessInstance review : runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(batch.getBusinessKey())
        .processDefinitionKey(ProcessKeys.SECRECY_REVIEW).list()) {
      runtime.setVariable(review.getId(), REPLY_DUE_DATE, newAt);
      runtime.setVariable(review.getId(), PUBLICATION_DUE_DATE_TEXT,
          variables.get(PUBLICATION_DUE_DATE_TEXT));
    }
    if (!newAt.equals(oldAt)) {
      TaskService tasks = engine.getTaskService();
      for (Task task : tasks.createTaskQuery()
          .processInstanceBusinessKey(batch.getBusinessKey()).list()) {
        if (oldAt.equals(task.getDueDate())) {
          task.setDueDate(newAt);
          tasks.saveTask(task);
        }
      }
    }
  }
}
