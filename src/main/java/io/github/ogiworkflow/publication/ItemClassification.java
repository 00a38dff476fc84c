package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.CLASSIFICATION_WARNING;
import static io.github.ogiworkflow.process.ProcessVariables.CLASSIFIED_CATEGORY;
import static io.github.ogiworkflow.process.ProcessVariables.CLASSIFIED_REGULATION_ACTION;
import static io.github.ogiworkflow.process.ProcessVariables.CLASSIFIED_REGULATION_KIND;
import static io.github.ogiworkflow.process.ProcessVariables.DRAFT_ATTRIBUTE_LABEL;
import static io.github.ogiworkflow.process.ProcessVariables.DRAFT_CATEGORY_LABEL;
import static io.github.ogiworkflow.process.ProcessVariables.DRAFT_CHANNELS_LABEL;
import static io.github.ogiworkflow.process.ProcessVariables.DRAFT_DOC_NUMBER;
import static io.github.ogiworkflow.process.ProcessVariables.DRAFT_FIGURES_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.DRAFT_PERIOD_TEXT;
import static io.github.ogiworkflow.process.ProcessVariables.DRAFT_REGULATION_LABEL;
import static io.github.ogiworkflow.process.ProcessVariables.ITEM_ID;
import static io.github.ogiworkflow.process.ProcessVariables.REPLY_DUE_DATE;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.publication.PublicationRegister.Draft;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DateChangeRegister.Kind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Legal's confirmation of a batch item's classification with its secrecy review (audit 33a F11,
 * ADR 0151). The office's 类别 and 文件类型 (规章/行政规范性文件, 制发/废止) decide leadership
 * approval ({@code PublicationApproval}) and table 二; the review of a batch item shows legal the
 * whole drafted line and takes its 类别 and 文件类型 as confirmed or corrected, checked here and
 * recorded with the review in the register, who and when. A 文号 that looks like a 规章 or
 * 规范性文件 typed 否 gets a note to legal, never a refusal. A request's item (the same
 * SecrecyReview) is not a batch item: nothing here touches it.
 */
@Component
public class ItemClassification {

  /**
   * A 规范性文件's 文号: an issuing organ's 代字 with 规 or 发, then 〔year〕 and a number 号
   * (泉政规〔2026〕3号, 闽政发〔2026〕12号), on {@link DocNumbers#key} (brackets folded).
   */
  static final Pattern NORMATIVE_NUMBER = Pattern.compile("[规发][^〔〕]{0,4}〔(19|20)\\d{2}〕\\d+号");
  /** A 规章's 文号: 政府令 with its number (示范市人民政府令第12号). */
  static final Pattern RULE_NUMBER = Pattern.compile("令第\\d+号");

  private final PublicationRegister register;
  private final RegulationsInForce inForce;
  private final Art26DueDates art26;
  private final DateChangeRegister changes;

  public ItemClassification(PublicationRegister register, RegulationsInForce inForce,
      Art26DueDates art26, DateChangeRegister changes) {
    this.register = register;
    this.inForce = inForce;
    this.art26 = art26;
    this.changes = changes;
  }

  /**
   * The note to legal where the 文号 looks like a 规章 or 规范性文件 and the item is typed 否
   * (not a refusal: a 文号 with 发 may be a notice); null otherwise.
   */
  static String warning(String docNumber, RegulationKind kind) {
    String key = DocNumbers.key(docNumber);
    if (key == null || kind != RegulationKind.NONE) {
      return null;
    }
    String looksLike = RULE_NUMBER.matcher(key).find() ? "规章（政府令）"
        : NORMATIVE_NUMBER.matcher(key).find() ? "行政规范性文件（机关代字含“规”或“发”）" : null;
    return looksLike == null ? null : "文号“" + docNumber + "”形似" + looksLike
        + "，而办公室登记的文件类型为“否”。请核对：属于规章或行政规范性文件的，请将文件类型改为相应类型并选择制发或废止"
        + "（须经领导审批，计入年度报告表二）；确不属于的，保持“否”即可。";
  }

  /** The batch item under review here, if the review is of one (else a request's item). */
  Optional<Publication> batchItem(DelegateExecution execution) {
    Object itemId = execution.getVariable(ITEM_ID);
    if (!(itemId instanceof Number id)) {
      return Optional.empty();
    }
    String batch = execution.getProcessBusinessKey();
    return register.byItem(id.longValue()).filter(p -> p.batchRef().equals(batch)
        && p.sourceRequest() == null && p.status() == PublicationStatus.DRAFTED);
  }

  /**
   * 收到审查请求 of a batch item: the drafted line for the review form, read-only, and the
   * office's 类别 and 文件类型 as the values legal confirms or corrects; nothing for a request's.
   */
  void showLine(DelegateExecution execution) {
    batchItem(execution).ifPresent(p -> execution.setVariables(lineVariables(p)));
  }

  static Map<String, Object> lineVariables(Publication p) {
    Draft d = p.draft();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(DRAFT_DOC_NUMBER, d.docNumber() == null ? "无" : d.docNumber());
    v.put(DRAFT_CATEGORY_LABEL, d.category().label());
    v.put(DRAFT_ATTRIBUTE_LABEL, d.attribute().label());
    v.put(DRAFT_REGULATION_LABEL, regulationText(d.regulationKind(), d.regulationAction()));
    v.put(DRAFT_CHANNELS_LABEL, d.channels().stream().map(PublicationChannel::label)
        .collect(Collectors.joining("、")));
    v.put(DRAFT_FIGURES_TEXT, "行政许可" + d.licensingDecisions() + "件；行政处罚"
        + d.penaltyDecisions() + "件；行政强制" + d.enforcementDecisions() + "件；行政事业性收费"
        + d.feeAmount().stripTrailingZeros().toPlainString() + "万元");
    Art26DueDates.Period period = Art26DueDates.periodOf(d);
    v.put(DRAFT_PERIOD_TEXT, (d.formedOn() == null ? "未填写形成或变更日期"
        : "形成或变更日期" + d.formedOn()) + "；公开期限" + period.length() + "（"
        + period.basis() + "）" + (p.dueOn() == null ? "" : "，至" + p.dueOn()));
    v.put(CLASSIFIED_CATEGORY, d.category().name());
    v.put(CLASSIFIED_REGULATION_KIND, d.regulationKind().name());
    v.put(CLASSIFIED_REGULATION_ACTION, d.regulationAction() == null ? null
        : d.regulationAction().name());
    v.put(CLASSIFICATION_WARNING, warning(d.docNumber(), d.regulationKind()));
    return v;
  }

  /** 否, 规章（制发）, 行政规范性文件（废止）. */
  public static String regulationText(RegulationKind kind, RegulationKind.Action action) {
    return kind == RegulationKind.NONE || action == null ? kind.label()
        : kind.label() + "（" + action.label() + "）";
  }

  /** Legal's classification of a batch item as the review form sends it, checked. */
  record Confirmed(PublicationCategory category, RegulationKind kind,
      RegulationKind.Action action) {}

  /**
   * Leaving 保密审查 of a batch item (and again before it is recorded): legal's 类别 and 文件类型
   * are valid, 制发或废止 given for a 规章 or 行政规范性文件 (dropped for 否), the document not
   * registered twice (ADR 0140) and a repeal not beyond what is in force (table 二). 400 on the
   * field, nothing written. Empty for a request's item.
   */
  Optional<Confirmed> check(DelegateExecution execution) {
    Optional<Publication> item = batchItem(execution);
    if (item.isEmpty()) {
      return Optional.empty();
    }
    Publication p = item.get();
    PublicationCategory category = Vars.choice(execution, CLASSIFIED_CATEGORY,
        PublicationCategory.class, "信息类别");
    RegulationKind kind = Vars.choice(execution, CLASSIFIED_REGULATION_KIND,
        RegulationKind.class, "文件类型");
    if (kind == RegulationKind.NONE) {
      Vars.dropHidden(execution, CLASSIFIED_REGULATION_ACTION);
    }
    RegulationKind.Action action = kind == RegulationKind.NONE ? null : Vars.choice(execution,
        CLASSIFIED_REGULATION_ACTION, RegulationKind.Action.class, "制发或废止");
    Draft d = p.draft();
    boolean documentChanged = kind != d.regulationKind() || action != d.regulationAction();
    if (documentChanged) {
      Draft classified = d.classifiedAs(category, kind, action);
      register.sameDocument(classified, p.id()).ifPresent(other -> {
        throw new InvalidInput(CLASSIFIED_REGULATION_KIND + ": the same document is registered"
            + " as " + other.batchRef() + "（文号“" + d.docNumber() + "”的"
            + regulationText(kind, action) + "已" + register.standing(other)
            + "，同一文件只登记一次；请核对文件类型或制发、废止）");
      });
      if (action == RegulationKind.Action.REPEAL) {
        inForce.requireRepealable(kind, CLASSIFIED_REGULATION_ACTION);
      }
    }
    return Optional.of(new Confirmed(category, kind, action));
  }

  /**
   * 记录审查结果 of a batch item: legal's classification recorded with the review (who: the
   * reviewer of 保密审查; when: now), the office's kept beside it. A category whose statutory
   * period differs moves the item's due date (recorded in the batch's trail as 重算发布期限);
   * the batch's own date follows before its next task ({@code refreshDueDateText}).
   */
  void record(DelegateExecution execution, String reviewer) {
    Optional<Confirmed> confirmed = check(execution);
    if (confirmed.isEmpty()) {
      return;
    }
    Publication p = batchItem(execution).orElseThrow();
    Confirmed c = confirmed.get();
    register.recordClassification(p.id(), c.category(), c.kind(), c.action(), reviewer,
        warning(p.draft().docNumber(), p.draft().regulationKind()));
    if (p.dueOn() != null && c.category() != p.draft().category()) {
      LocalDate newDue = art26.itemDueOn(p.draft().classifiedAs(c.category(), c.kind(), c.action()));
      if (newDue != null && !newDue.equals(p.dueOn())) {
        register.setDueOn(p.id(), newDue);
        changes.record(p.batchRef(), DateChangeRegister.PUBLICATION_DUE_ON, Kind.RECOMPUTED,
            p.dueOn(), newDue, "法规科确认信息类别为“" + c.category().label() + "”，公开期限按"
                + Art26DueDates.periodOf(c.category(), p.draft().ownPeriod()).basis()
                + "重算（信息项“" + PublicText.masked(p.title()) + "”）", reviewer);
        moveOpenSiblingReviews(execution, p.batchRef());
      }
    }
  }

  /**
   * The secrecy reviews of the batch's other items that are still open are due when the batch
   * is (its earliest item, ADR 0034: {@code replyDueDate} passed to each SecrecyReview when it
   * was called). A correction that moved an item's date can move the batch's: their open tasks,
   * and their {@code replyDueDate} for a task still to come (登记保密部门答复), follow it
   * (session 37 classify, ADR 0151). A sibling's own period is not changed by this item's
   * category; only the batch date its review is due on is.
   */
  private void moveOpenSiblingReviews(DelegateExecution execution, String batchRef) {
    LocalDate batchDue = Art26DueDates.earliest(register.ofBatch(batchRef).stream()
        .map(Publication::dueOn).toList());
    if (batchDue == null) {
      return;
    }
    java.util.Date dueAt = io.github.ogiworkflow.calendar.OfficeTime.endOf(batchDue);
    var services = execution.getProcessEngineServices();
    var batchInstance = services.getRuntimeService().createProcessInstanceQuery()
        .subProcessInstanceId(execution.getProcessInstanceId()).singleResult();
    if (batchInstance == null) {
      return;
    }
    for (var review : services.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(batchInstance.getId()).list()) {
      if (review.getId().equals(execution.getProcessInstanceId())) {
        continue;
      }
      services.getRuntimeService().setVariable(review.getId(), REPLY_DUE_DATE, dueAt);
      for (var task : services.getTaskService().createTaskQuery()
          .processInstanceId(review.getId()).list()) {
        if (!dueAt.equals(task.getDueDate())) {
          services.getTaskService().setDueDate(task.getId(), dueAt);
        }
      }
    }
  }
}
