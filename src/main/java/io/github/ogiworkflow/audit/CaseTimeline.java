package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.attachment.FileAccessLog;
import io.github.ogiworkflow.consultation.ConsultationRegister;
import io.github.ogiworkflow.deadline.CorrectionWait;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import io.github.ogiworkflow.deadline.PauseLedger;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.privacy.PersonalDataAccessLog;
import io.github.ogiworkflow.publication.ProactiveSuggestions;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.register.CaseActRegister;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.register.TaskCompletionRegister;
import io.github.ogiworkflow.retention.HistoryCleanups;
import io.github.ogiworkflow.retention.HistoryRemovals;
import io.github.ogiworkflow.security.StaffAccess;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The audit trail of one case (tracking number, or any business key such as a publication
 * batch or an annual report): every step from Camunda's history (activities of the case and of
 * the processes it called, e.g. each SecrecyReview; tasks with who completed them and their
 * due dates; the decisions and comments entered, from the variable history; manual operations
 * from the user operation log) and from the register (receipt, due date, pauses, letters,
 * reviews, leadership decisions, consultations, appeals, delivery and closing), in time order.
 *
 * <p>History is read with the engine's authorization checks off: the caller's group was checked
 * at the endpoint (auditor, leadership, office), and office and leadership hold no READ_HISTORY
 * grant (they do not need Cockpit's history views).
 */
@Component
public class CaseTimeline {

  /** One line of the trail. {@code dateOnly}: the register knows the day, not the time. */
  public record Entry(Instant at, boolean dateOnly, String kind, String activity, String who,
      String outcome, String comment, String detail) {

    public String kindLabel() {
      return KIND_LABELS.getOrDefault(kind, kind);
    }
  }

  /** The case as the register has it (null fields for a key that is not a request). */
  /**
   * {@code dueOn} null and {@code dueText} "补正后重新计算" while the reply clock waits for the
   * applicant's correction (Art. 30; not after a late correction notice, whose deadline runs
   * on); else {@code dueText} is the date, marked 暂算 as {@link DeadlineTexts} marks it.
   */
  public record CaseHeader(String trackingNumber, String status, LocalDate receivedOn,
      LocalDate dueOn, int extensionDays, String outcomeCode, LocalDate deliveredOn,
      LocalDate closedOn, String dueText, LocalDate pausedSince) {

    /** The reply clock restarts with the correction (Art. 30): no reply deadline runs now. */
    boolean awaitingCorrection() {
      return dueOn == null && CaseRegister.Status.AWAITING_CORRECTION.name().equals(status);
    }
  }

  /**
   * A complaint without a request (申诉、举报, Art. 51; its own number SSJB-…, ADR 0037) as the
   * register has it: what it is ({@code kindLabel} 申诉 or 举报), who passed it on and under
   * which docket number, what it is about, when it was served and is due (the office's own
   * standard: the law sets no period), whether it was answered and when.
   */
  public record ComplaintHeader(String complaintNo, String kindLabel, String body,
      String docketNo, String reference, LocalDate receivedOn, LocalDate answerDueOn,
      String dueText, String status, String statusLabel, LocalDate answeredOn) {}

  /**
   * A proactive-disclosure batch (主动公开, ZDGK-…) as the register has it: registered on, its
   * status as the ledger names it (审查审批中, 待登记发布, 已办结), the batch's Art. 26 due date
   * (the earliest item's, marked 暂算 as {@link DeadlineTexts} marks it; null for an Art. 44
   * batch without dates), the request it came from (Art. 44, else null) and its lines.
   */
  public record BatchHeader(String batchNumber, LocalDate registeredOn, String statusLabel,
      LocalDate dueOn, String dueText, String sourceRequest, List<BatchLine> lines) {}

  /**
   * One line (item) of a batch: its 序号, its 信息项编号 ({@code itemId}, what a withdrawal
   * names; the public catalogue shows only the 索引号, batch number and 序号, ADR 0146), its
   * secrecy review ({@code review}: 审查结论 and ground, or 尚未审查; {@code reviewer} by name,
   * {@code reviewedAt}), leadership's decision ({@code approval}: 无需领导审批, 待领导审批, 同意发布 or 不同意发布 with the reason), its status in the register
   * (待审查或审批, 待发布, 已发布, 不予发布 with the reason, 已撤回), its Art. 26 due date, the
   * day it was first published and each planned channel: published on a day at a place, or
   * marked 未发布 with the reason.
   */
  public record BatchLine(int seq, long itemId, String title, String docNumber, String review,
      String reviewer, Instant reviewedAt, String approval, String status, String statusLabel,
      String statusReason, LocalDate dueOn, String dueText, LocalDate firstPublishedOn,
      boolean late, List<String> channels) {}

  /**
   * {@code complaint}: set instead of {@code header} for a complaint's own number;
   * {@code batch} for a publication batch's.
   */
  public record Trail(CaseHeader header, List<String> processes, List<Entry> entries,
      ComplaintHeader complaint, BatchHeader batch) {}

  static final Map<String, String> KIND_LABELS = Map.ofEntries(
      Map.entry("PROCESS", "流程"), Map.entry("TASK", "办理环节"), Map.entry("STEP", "系统步骤"),
      Map.entry("EVENT", "事件"), Map.entry("OPERATION", "人工操作"),
      Map.entry("RECEIPT", "收到申请"), Map.entry("DUE", "答复期限"), Map.entry("PAUSE", "期限中止"),
      Map.entry("LETTER", "发出文书"), Map.entry("REVIEW", "保密审查"),
      Map.entry("APPROVAL", "领导审批"), Map.entry("CONSULTATION", "征求意见"),
      Map.entry("APPEAL", "复议诉讼"), Map.entry("DELIVERY", "送达"), Map.entry("CLOSED", "办结"),
      Map.entry("VARIABLE", "非表单修改变量"), Map.entry("FILE", "附件与下载"),
      Map.entry("DATE_CHANGE", "日期更正与重算"),
      Map.entry("COMPLAINT_RECEIPT", "收到申诉举报"), Map.entry("COMPLAINT", "申诉举报"),
      Map.entry("PUBLICATION", "主动公开发布"), Map.entry("WITHDRAWAL", "申请人撤回申请"),
      Map.entry("VOID", "文书作废"), Map.entry("ACCESS", "查阅完整信息"),
      Map.entry("SUGGESTION", "申请人建议主动公开"),
      Map.entry("SUGGESTION_ANSWER", "答复申请人建议主动公开"), Map.entry("RETENTION", "保管期限"),
      Map.entry("REGISTRATION_VOID", "登记作废"), Map.entry("COMPLETENESS", "审查申请内容"),
      Map.entry("FEE", "是否收费"), Map.entry("ITEMS_SPLIT", "拆分信息项"),
      Map.entry("TIMER", "期限届满（自动）"));

  private final IdentityService identity;
  private final StaffAccess access;
  private final CaseRegister cases;
  private final ItemRegister items;
  private final DecisionRegister decisions;
  private final AppealRegister appeals;
  private final DateChangeRegister dateChanges;
  private final DeadlineTexts deadlineTexts;
  private final PauseLedger pauses;
  private final PublicationRegister publications;
  private final HistoryTrail history;
  private final BatchHeaders batchHeaders;
  /**
   * The register's entries, one source per kind, in the order they are asked: entries of the
   * same moment keep it (the stable sort by time), so a new source goes where its entries
   * should stand among those of the same day.
   */
  private final List<TimelineSource> sources;

  /**
   * The register's part of the trail is asked of each table's owner (issue 17), never read here
   * with SQL of its own.
   */
  public CaseTimeline(HistoryService history, IdentityService identity, StaffAccess access,
      FormLabels labels, CaseRegister cases, PauseLedger pauses, Letters letters,
      ItemRegister items, DecisionRegister decisions, ConsultationRegister consultations,
      AppealRegister appeals, FileAccessLog fileAccess, DateChangeRegister dateChanges,
      DeadlineTexts deadlineTexts, PublicationRegister publications,
      ReplyLetterRegister replyLetters, PersonalDataAccessLog fullDataAccess,
      TaskCompletionRegister completions, ProactiveSuggestions suggestions,
      CaseActRegister caseActs, HistoryRemovals historyRemovals,
      HistoryCleanups historyCleanups) {
    this.identity = identity;
    this.access = access;
    this.cases = cases;
    this.items = items;
    this.decisions = decisions;
    this.appeals = appeals;
    this.dateChanges = dateChanges;
    this.deadlineTexts = deadlineTexts;
    this.pauses = pauses;
    this.publications = publications;
    this.history = new HistoryTrail(history,
        new ActivitySteps(history, labels, deadlineTexts, appeals, cases, completions),
        new ManualOperations(history, labels), new OutsideFormChanges(history, labels));
    this.batchHeaders = new BatchHeaders(publications, deadlineTexts);
    this.sources = List.of(
        // a request's own dates, from its header
        new ReceiptAndDueSource(deadlineTexts),
        new DeliverySource(cases, labels),
        new WithdrawalSource(cases),
        // the applicant's suggestion of proactive disclosure (Art. 44, ADR 0162)
        new ProactiveSuggestionSource(suggestions),
        new ClosingSource(),
        new RegistrationVoidSource(cases),
        // the completeness conclusion, the fee decision, the split, timers (ADR 0174)
        new CaseActSource(caseActs, labels),
        // any key's registrations
        new PauseSource(pauses),
        new LetterSource(letters),
        new VoidedReplySource(replyLetters),
        new ReviewSource(items),
        new ApprovalSource(decisions, labels),
        new ConsultationSource(consultations),
        new AppealSource(appeals),
        new FileAccessSource(fileAccess),
        new FullDataReadSource(fullDataAccess),
        new DateChangeSource(dateChanges),
        // a complaint without a request, by its own number
        new ComplaintSource(appeals, deadlineTexts),
        // a publication batch, by its number
        new BatchPublicationSource(publications),
        new BatchComplaintSource(appeals),
        // accepted changes to the key's process history (ADR 0156)
        new HistoryRemovalSource(historyRemovals),
        // history the engine's cleanup removed at the end of its period (ADR 0165)
        new HistoryCleanupSource(historyCleanups));
  }

  /** The trail, or empty when neither the register nor the history knows the key. */
  public Optional<Trail> of(String trackingNumber) {
    return access.withoutAuthorizations(() -> {
      // One read of the case: its dates and whether the correction notice was late.
      CaseRegister.CaseSummary summary = cases.summary(trackingNumber).orElse(null);
      CaseHeader header = summary == null ? null : header(summary);
      AppealRegister.StandaloneComplaint complaint = summary != null ? null
          : appeals.standaloneComplaint(trackingNumber).orElse(null);
      List<PublicationRegister.BatchLine> batchLines = summary != null || complaint != null
          ? List.of() : publications.batchLines(trackingNumber);
      TrailNames names = new TrailNames(identity, items, decisions, dateChanges);
      BatchHeader batch = batchLines.isEmpty() ? null
          : batchHeaders.of(trackingNumber, batchLines, names);
      List<HistoricProcessInstance> instances = history.instances(trackingNumber);
      if (header == null && complaint == null && batch == null && instances.isEmpty()) {
        return Optional.<Trail>empty();
      }
      HistoryTrail.Steps steps = history.of(instances, names);
      List<Entry> entries = steps.entries();
      TrailSubject subject = new TrailSubject(trackingNumber, summary, header, complaint,
          batchLines, names,
          summary == null ? null : cases.actsRecordedBy(trackingNumber).orElse(null));
      TrailLines register = new TrailLines();
      for (TimelineSource source : sources) {
        source.addTo(subject, register);
      }
      register.entries().forEach(entry -> placeRegisterEntry(entries, entry,
          register.taskOf(entry), steps.completedTasks()));
      // Stable: entries of the same moment keep the order built above.
      entries.sort(Comparator.comparing(CaseTimeline::sortedAt));
      List<String> processes = instances.stream().map(i -> (i.getProcessDefinitionName() == null
          ? i.getProcessDefinitionKey() : i.getProcessDefinitionName())
          + (i.getSuperProcessInstanceId() == null ? "" : "（子流程）")).distinct().toList();
      return Optional.of(new Trail(header, processes, entries,
          complaint == null ? null : complaintHeader(complaint), batch));
    });
  }

  /**
   * A review or an approval is recorded in the transaction that completes its task
   * ({@code taskId}): at the same moment, it follows that task rather than the steps the
   * completion went on to.
   */
  private static void placeRegisterEntry(List<Entry> entries, Entry entry, String taskId,
      Map<Entry, String> completedTasks) {
    if (taskId != null) {
      for (int i = 0; i < entries.size(); i++) {
        Entry task = entries.get(i);
        if (taskId.equals(completedTasks.get(task)) && task.at().equals(entry.at())) {
          entries.add(i + 1, entry);
          return;
        }
      }
    }
    entries.add(entry);
  }

  /**
   * Where an entry sorts. The register knows only the day of a delivery, a closing, a pause, a
   * consultation letter or an appeal: the results of that day's steps, so after them. The day
   * of receipt and a deadline stand at the start of their day.
   */
  static Instant sortedAt(Entry entry) {
    if (!entry.dateOnly() || entry.kind().equals("RECEIPT") || entry.kind().equals("DUE")
        || entry.kind().equals("COMPLAINT_RECEIPT")) {
      return entry.at();
    }
    return entry.at().atZone(OfficeTime.ZONE).toLocalDate().plusDays(1)
        .atStartOfDay(OfficeTime.ZONE).toInstant().minusMillis(1);
  }

  private CaseHeader header(CaseRegister.CaseSummary c) {
    boolean waits = CorrectionWait.clockWaits(c.status(), c.correctionNoticeLate(),
        c.orderedDueOn());
    LocalDate dueOn = waits ? null : c.dueOn();
    // A pause running now (consultation, fee notice): the date will move by it, so the header
    // says since when the clock stands still, as the ledger and the applicant's page (audit 35a
    // F6); the pause's own line says 尚未恢复.
    LocalDate pausedSince = dueOn == null || c.deliveredOn() != null || c.closedOn() != null
        ? null : pauses.pausesOf(c.trackingNumber()).stream()
            .filter(pause -> pause.endedOn() == null).map(PauseLedger.Pause::startedOn)
            .findFirst().orElse(null);
    return new CaseHeader(c.trackingNumber(), c.status(), c.firstReceivedOn(), dueOn,
        c.extensionDays(), c.outcomeCode(), c.deliveredOn(), c.closedOn(),
        waits ? CorrectionWait.RECOMPUTED_AFTER_CORRECTION
            : dueOn == null ? null : pausedSince != null ? DeadlineTexts.paused(pausedSince)
            : deadlineTexts.forStaff(dueOn), pausedSince);
  }

  private ComplaintHeader complaintHeader(AppealRegister.StandaloneComplaint c) {
    return new ComplaintHeader(c.complaintNo(), ComplaintSource.kindLabel(c), c.bodyOrCourt(),
        c.docketNo(), c.reference(), c.servedOn(), c.answerDueOn(),
        c.answerDueOn() == null ? null : deadlineTexts.forStaff(c.answerDueOn()),
        voided(c) ? "VOIDED" : c.pending() ? "PENDING" : "ANSWERED",
        voided(c) ? "已作废" : c.pending() ? "待答复" : "已答复", c.decidedOn());
  }

  private static boolean voided(AppealRegister.StandaloneComplaint c) {
    return "VOIDED".equals(c.result());
  }
}
