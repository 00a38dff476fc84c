package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.register.PublishedYearGuard;
import io.github.ogiworkflow.register.PublishedYearGuard.CountedDate;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Withdrawal (撤回) of a published item: reason from the office, approval by leadership. */
@Configuration(proxyBeanMethods = false)
public class WithdrawalDelegates {

  /**
   * 核对拟撤回信息: only a published item can be withdrawn, only with a reason, and only once at
   * a time: while another withdrawal of the item runs, a second request is refused (audit round
   * 23: leadership got several 审批撤回 tasks for one item and the trail said 已撤回 twice, then
   * 不予撤回). The item's register row is locked first (ADR 0059), so requests started at the
   * same moment on any node are decided one after the other and only the first goes on. A
   * withdrawal takes the page down and leaves table 二 as it was (ADR 0143): a 制发 withdrawn
   * stays in force until a 废止 is registered, so nothing here counts regulations.
   */
  @Bean
  JavaDelegate checkWithdrawalDelegate(PublicationRegister register,
      PublishedYearGuard publishedYears, WorkingDayCalendar calendar) {
    return execution -> {
      Integer itemId = Vars.number(execution, PUBLICATION_ITEM_ID);
      Publication p = itemId == null ? null : register.lockByItem(itemId).orElse(null);
      if (p == null || p.status() != PublicationStatus.PUBLISHED) {
        throw new InvalidInput("publicationItemId is not a published item（该信息项未发布或已撤回）");
      }
      if (anotherWithdrawalRuns(execution, p)) {
        throw new InvalidInput("publicationItemId is already being withdrawn（该信息项已有撤回申请"
            + "正在审批，不能重复提出）");
      }
      Vars.requiredText(execution, WITHDRAWAL_REASON, "撤回理由");
      requireWithdrawableToday(register, publishedYears, p);
      execution.setProcessBusinessKey(p.batchRef());
      execution.setVariable(TRACKING_NUMBER, p.batchRef());
      // Masked as the engine keeps free texts (ADR 0117): an item registered before audit 33a
      // F1 may carry an ID number, the reason it is withdrawn.
      execution.setVariable(ITEM_TITLE, PublicText.masked(p.title()));
      execution.setVariable(WITHDRAWAL_APPROVAL_DUE_DATE, OfficeTime.endOf(
          calendar.addWorkingDays(OfficeTime.today(), APPROVAL_WORKING_DAYS)));
      execution.setVariable(PUBLISHED_CHANNELS_TEXT, register.channels(p.id()).stream()
          // The day as the letters write it (audit 33a F15).
          .map(c -> c.channel().label() + " " + ChineseDateText.of(c.publishedOn()) + " "
              + PublicText.masked(c.location()))
          .collect(Collectors.joining("\n")));
    };
  }

  /**
   * The withdrawal's date (today, the day it is recorded) is what the annual report reads
   * (ADR 0110, 0143): 主动公开信息数 and its channels count an item in the year it was published
   * if it still stood published at that year's end (table 二 ignores withdrawals). So the date
   * may not lie before the item's publication on any channel (it would undo a publication the
   * register says came later), nor in a year whose annual report is published (it would take the
   * item out of that report's 主动公开信息数). 400 on publicationItemId.
   */
  static void requireWithdrawableToday(PublicationRegister register,
      PublishedYearGuard publishedYears, Publication p) {
    LocalDate today = OfficeTime.today();
    LocalDate lastPublished = register.channels(p.id()).stream()
        .map(PublicationRegister.ChannelRecord::publishedOn).filter(java.util.Objects::nonNull)
        .max(LocalDate::compareTo).orElse(p.firstPublishedOn());
    if (lastPublished != null && today.isBefore(lastPublished)) {
      throw new InvalidInput("publicationItemId: the withdrawal on " + today + " lies before the"
          + " item's publication on " + lastPublished + "（“" + p.title() + "”的撤回日期"
          + ChineseDateText.of(today) + "早于其发布日期" + ChineseDateText.of(lastPublished)
          + "，不能撤回；请核对发布日期）");
    }
    publishedYears.requireRecordable(null, CountedDate.PUBLICATION_WITHDRAWAL, today,
        "publicationItemId", "“" + p.title() + "”的撤回日期");
  }

  /**
   * Whether a withdrawal other than this one runs for the item: those of its batch (the business
   * key every withdrawal gets here), compared by the item each one names.
   */
  private static boolean anotherWithdrawalRuns(DelegateExecution execution, Publication p) {
    return withdrawalRuns(execution.getProcessEngineServices().getRuntimeService(), p,
        execution.getProcessInstanceId());
  }

  /**
   * Whether a withdrawal of the item runs, other than instance {@code except} (null: any), also
   * for {@link Art44Withdrawals}, which starts one only where none runs (ADR 0118).
   */
  static boolean withdrawalRuns(RuntimeService runtime, Publication p, String except) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PUBLICATION_WITHDRAWAL)
        .processInstanceBusinessKey(p.batchRef()).list().stream()
        .filter(other -> !other.getId().equals(except))
        .map(other -> runtime.getVariable(other.getId(), PUBLICATION_ITEM_ID))
        .anyMatch(named -> named instanceof Number n && n.doubleValue() == p.itemId()
            || named != null && named.toString().strip().equals(String.valueOf(p.itemId())));
  }

  /**
   * 审批撤回 is due the next working day: a withdrawal is asked for because something published
   * should not be (an error, personal data, audit 33a F14), and it stays public while the step
   * waits. A local standard; the Regulation sets none.
   */
  static final int APPROVAL_WORKING_DAYS = 1;

  /**
   * Leaving 审批撤回: a refusal states its reasons, as leadership's refusal to publish does
   * (audit 33a, F14); 400 on the comment, the task stays open.
   */
  @Bean
  ExecutionListener withdrawalApprovalCheck() {
    return execution -> {
      if (!execution.isCanceled()
          && "REFUSE".equals(Vars.text(execution, WITHDRAWAL_APPROVAL))
          && Vars.text(execution, WITHDRAWAL_APPROVAL_COMMENT) == null) {
        throw new InvalidInput(WITHDRAWAL_APPROVAL_COMMENT + ": a refusal needs its reasons"
            + "（审批说明：不同意撤回的，须说明理由）");
      }
    };
  }

  /**
   * 登记撤回: the item leaves the catalogue (and 主动公开信息数 of its year if withdrawn within it,
   * ADR 0143); table 二 keeps its 制发/废止, decisions and fees. The approver is kept.
   */
  @Bean
  JavaDelegate recordWithdrawalDelegate(PublicationRegister register,
      PublishedYearGuard publishedYears) {
    return execution -> {
      Integer itemId = Vars.number(execution, PUBLICATION_ITEM_ID);
      Publication p = register.byItem(itemId).orElseThrow();
      if (p.status() != PublicationStatus.PUBLISHED) {
        // Withdrawn meanwhile by another approved withdrawal: the first one stands.
        return;
      }
      // Asked again on the day it is recorded: the approval may come days later.
      requireWithdrawableToday(register, publishedYears, p);
      register.withdraw(p.id(), OfficeTime.today(),
          Vars.requiredText(execution, WITHDRAWAL_REASON, "撤回理由"),
          CompletedBy.lastTask(execution, ElementIds.TASK_APPROVE_WITHDRAWAL));
    };
  }
}
