package io.github.ogiworkflow.overview;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.overview.DeadlineOverview.CaseTask;
import io.github.ogiworkflow.overview.DeadlineOverview.OpenTask;
import io.github.ogiworkflow.process.PersonNames;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.publication.PublicationRegister.OpenBatchDue;
import io.github.ogiworkflow.security.StaffAccess;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * 期限监控 of proactive disclosure (audit 33a F13, ADR 0144): the running batches (主动公开,
 * ZDGK-…) with items still to review, approve or publish, by the Art. 26 due date of the
 * earliest such item (形成或变更日期 + 20 working days, read from the register), with the same
 * classes as the requests: 已超期, due within the reminder's working days, later.
 */
@Component
public class PublicationDeadlines {

  private final PublicationRegister register;
  private final DeadlineOverview overview;
  private final WorkingDayCalendar calendar;
  private final DeadlineTexts texts;
  private final DeadlineProperties limits;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final StaffAccess access;

  public PublicationDeadlines(PublicationRegister register, DeadlineOverview overview,
      WorkingDayCalendar calendar, DeadlineTexts texts, DeadlineProperties limits,
      RuntimeService runtime, IdentityService identity, StaffAccess access) {
    this.register = register;
    this.overview = overview;
    this.calendar = calendar;
    this.texts = texts;
    this.limits = limits;
    this.runtime = runtime;
    this.identity = identity;
    this.access = access;
  }

  /**
   * A batch in 期限监控: {@code dueOn} is its earliest open item's Art. 26 date, {@code dueText}
   * that date as the batch's forms show it (暂算 where a year's holiday notice is not out),
   * {@code status} 已超期 / 今日到期 / 剩余N个工作日, {@code openItems} the items not yet
   * published or decided not to be.
   */
  public record BatchDeadline(String batchNumber, String processInstanceId,
      LocalDate registeredOn, LocalDate dueOn, String dueText, int workingDaysLeft,
      boolean overdue, boolean dueSoon, boolean provisional, int openItems, String status,
      List<OpenTask> tasks) {}

  /** The batches as of today, earliest due first. Callers check the reader's group first. */
  public List<BatchDeadline> now() {
    return access.withoutAuthorizations(() -> {
      LocalDate today = OfficeTime.today();
      Map<String, String> running = new HashMap<>();
      for (ProcessInstance batch : runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.PROACTIVE_DISCLOSURE).list()) {
        if (batch.getBusinessKey() != null) {
          running.put(batch.getBusinessKey(), batch.getId());
        }
      }
      List<OpenBatchDue> open = register.openBatchDues().stream()
          .filter(b -> running.containsKey(b.batchRef())).toList();
      if (open.isEmpty()) {
        return List.of();
      }
      Map<String, List<CaseTask>> tasks = overview.openTasksOf(
          open.stream().map(OpenBatchDue::batchRef).toArray(String[]::new),
          ProcessKeys.PROACTIVE_DISCLOSURE, ProcessKeys.SECRECY_REVIEW);
      Map<String, String> names = PersonNames.of(identity, tasks.values().stream()
          .flatMap(List::stream).map(t -> t.task().getAssignee()).filter(Objects::nonNull)
          .collect(Collectors.toSet()));
      return open.stream().map(b -> {
        int left = calendar.workingDaysBetween(today, b.dueOn());
        boolean overdue = b.dueOn().isBefore(today);
        return new BatchDeadline(b.batchRef(), running.get(b.batchRef()), b.registeredOn(),
            b.dueOn(), texts.forStaffInChinese(b.dueOn()), left, overdue,
            !overdue && left <= limits.reminderWorkingDaysBefore(),
            texts.isProvisional(b.dueOn()), b.openItems(),
            overdue ? "已超期" : left == 0 ? "今日到期" : "剩余" + left + "个工作日",
            tasks.getOrDefault(b.batchRef(), List.of()).stream().map(t -> new OpenTask(
                t.task().getName(), t.offeredTo().id(), t.offeredTo().chineseName(),
                t.task().getAssignee(), names.get(t.task().getAssignee()))).toList());
      }).toList();
    });
  }
}
