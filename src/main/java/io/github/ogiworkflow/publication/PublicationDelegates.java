package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.intake.TrackingNumbers;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.publication.PublicationRegister.Draft;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.publication.PublicationRegister.ReviewRecord;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;

/**
 * The steps of proactive disclosure (主动公开): register the drafted items as information items
 * (so each gets its one secrecy review from {@code SecrecyReview}), decide per item whether
 * leadership must approve, keep the approval, decide what is published and why not, publish.
 */
@Configuration(proxyBeanMethods = false)
public class PublicationDelegates {

  /** Numbers of publication batches: ZDGK-2026-000001 (主动公开). */
  public static final String BATCH_PREFIX = "ZDGK";

  /**
   * Art. 26 of the 2019 Regulation: information in the proactive scope is published within 20
   * working days of the day it was formed or changed (自该政府信息形成或者变更之日起20个工作日内).
   */
  public static final int ART_26_WORKING_DAYS = 20;

  /** Art. 26: the day an item is due for publication, null without a formed/changed date. */
  static LocalDate publicationDue(WorkingDayCalendar calendar, Draft draft) {
    return draft.formedOn() == null ? null
        : calendar.addWorkingDays(draft.formedOn(), ART_26_WORKING_DAYS);
  }

  /**
   * Before 逐项保密审查 of a batch: the items reviewed here (not those carried over, Art. 44).
   * Transient: the multi-instance reads it at once and it is derivable.
   */
  @Bean
  ExecutionListener itemsToReviewListener(PublicationRegister publications) {
    return execution -> execution.setVariable(ITEMS_TO_REVIEW, Variables.untypedValue(
        publications.itemIdsToReview((String) execution.getVariable(TRACKING_NUMBER)), true));
  }

  /**
   * 登记拟公开信息: a drafted batch becomes information items awaiting review; a request's
   * reviewed items (Art. 44) are carried over with their review. Runs in the starter's
   * transaction, so bad input refuses the start.
   */
  @Bean
  JavaDelegate registerPublicationDelegate(TrackingNumbers numbers, ItemRegister items,
      PublicationRegister register, ReleaseChecks releaseChecks, WorkingDayCalendar calendar,
      DeadlineTexts texts) {
    return execution -> {
      List<JsonNode> rows = PublicationDrafts.rows(execution.getVariable(PUBLICATION_ITEMS),
          PUBLICATION_ITEMS);
      if (rows.isEmpty()) {
        throw new InvalidInput("publicationItems: at least one item（请至少填写一项拟公开信息）");
      }
      String source = Vars.text(execution, SOURCE_REQUEST);
      // Validate every row before anything is written or numbered.
      List<Draft> drafts = new ArrayList<>();
      List<Long> carried = new ArrayList<>();
      Map<Long, Item> requestItems = new HashMap<>();
      if (source != null) {
        items.of(source).forEach(item -> requestItems.put(item.id(), item));
      }
      for (int n = 1; n <= rows.size(); n++) {
        JsonNode row = rows.get(n - 1);
        String defaultTitle = null;
        if (source != null) {
          Item item = requestItems.get(row.path("itemId").asLong(-1));
          // Whether the reply released it (review, objection, delivery) is ReleaseChecks' part.
          if (item == null || item.finding() != ItemFinding.HELD) {
            throw new InvalidInput("publicationItems[" + n + "].itemId is not a held item of "
                + source + "（第" + n + "项：须为该申请中本机关保有的信息项）");
          }
          carried.add(item.id());
          defaultTitle = item.title();
        }
        drafts.add(PublicationDrafts.draft(row, n, defaultTitle));
      }
      if (source != null) {
        // Art. 44 releases the items to everyone: verified again from the register.
        List<String> problems = releaseChecks.publicationProblems(
            execution.getProcessEngineServices(), source, carried);
        if (!problems.isEmpty()) {
          throw new InvalidInput(ReleaseChecks.bilingual("publicationItems", problems));
        }
      }
      String batch = execution.getProcessBusinessKey();
      if (batch == null) {
        batch = numbers.next(BATCH_PREFIX, OfficeTime.today().getYear());
        execution.setProcessBusinessKey(batch);
      }
      List<Long> itemIds = carried;
      if (source == null) {
        items.add(batch, drafts.stream()
            .map(d -> new NewItem(d.title(), ItemFinding.HELD, null, null, false, false))
            .toList());
        itemIds = items.heldItemIds(batch);
      }
      LocalDate batchDue = null;
      try {
        for (int i = 0; i < drafts.size(); i++) {
          LocalDate due = publicationDue(calendar, drafts.get(i));
          register.insert(batch, itemIds.get(i), source, drafts.get(i), due);
          if (due != null && (batchDue == null || due.isBefore(batchDue))) {
            batchDue = due;
          }
        }
      } catch (DuplicateKeyException e) {
        throw new InvalidInput("an item is already published（该信息项已转为主动公开，不能重复发布）", e);
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(TRACKING_NUMBER, batch);
      variables.put(REVIEW_CARRIED_OVER, source != null);
      // Art. 26: the batch's tasks are due when its first item is; the reviews it calls too
      // (SecrecyReview's tasks are due at replyDueDate). SecrecyReview shows its text as the
      // reply deadline, which a publication has none of: the text stays empty there.
      Date dueAt = batchDue == null ? null : OfficeTime.endOf(batchDue);
      variables.put(PUBLICATION_DUE_DATE, dueAt);
      variables.put(PUBLICATION_DUE_DATE_TEXT, batchDue == null ? "无（第四十四条转为主动公开）"
          : texts.forStaff(batchDue) + "（第二十六条：自信息形成或者变更之日起20个工作日内公开）");
      variables.put(REPLY_DUE_DATE, dueAt);
      variables.put(REPLY_DUE_DATE_TEXT, "");
      variables.put(APPROVAL_REQUIRED, false);
      execution.setVariables(variables);
    };
  }

  /**
   * 逐项判断是否需领导审批: the decision table PublicationApproval (of this deployment) per item,
   * from its category, regulation kind and review conclusion.
   */
  @Bean
  JavaDelegate decidePublicationApprovalDelegate(PublicationRegister register) {
    return execution -> {
      String decisionId = decisionOfThisDeployment(execution);
      List<Map<String, Object>> approvals = new ArrayList<>();
      for (Publication p : register.ofBatch(execution.getProcessBusinessKey())) {
        ReviewRecord review = register.review(p.itemId()).orElseThrow(() ->
            new IllegalStateException("Item " + p.itemId() + " has no review（信息项未经保密审查）"));
        boolean required = execution.getProcessEngineServices().getDecisionService()
            .evaluateDecisionTableById(decisionId, Variables.createVariables()
                .putValue("category", p.draft().category().name())
                .putValue("regulationKind", p.draft().regulationKind().name())
                .putValue(REVIEW_CONCLUSION, review.conclusion().name()))
            .getSingleEntry();
        register.setApprovalRequired(p.id(), required);
        if (required) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("itemId", p.itemId());
          row.put("title", p.title());
          row.put("categoryLabel", p.draft().category().label());
          row.put("regulationLabel", p.draft().regulationKind().label());
          row.put("conclusionLabel", review.conclusion().label());
          row.put("decision", null);
          row.put("comment", null);
          approvals.add(row);
        }
      }
      execution.setVariable(APPROVAL_REQUIRED, !approvals.isEmpty());
      execution.setVariable(PUBLICATION_APPROVALS, Spin.JSON(approvals));
    };
  }

  /** 记录领导审批: one decision per item that needs it, by the leader who completed the task. */
  @Bean
  JavaDelegate recordPublicationApprovalDelegate(PublicationRegister register) {
    return execution -> {
      Map<Long, JsonNode> decided = new HashMap<>();
      for (JsonNode row : PublicationDrafts.rows(execution.getVariable(PUBLICATION_APPROVALS),
          PUBLICATION_APPROVALS)) {
        decided.put(row.path("itemId").asLong(), row);
      }
      String leader = CompletedBy.lastTask(execution, ElementIds.TASK_APPROVE_PUBLICATION);
      for (Publication p : register.ofBatch(execution.getProcessBusinessKey())) {
        if (!Boolean.TRUE.equals(p.approvalRequired())) {
          continue;
        }
        JsonNode row = decided.get(p.itemId());
        String decision = row == null ? null : PublicationDrafts.text(row, "decision");
        String comment = row == null ? null : PublicationDrafts.text(row, "comment");
        if (!"APPROVE".equals(decision) && !"REFUSE".equals(decision)) {
          throw new InvalidInput("decision required for item " + p.itemId() + "（请对“"
              + p.title() + "”作出同意或不同意发布的决定）");
        }
        if ("REFUSE".equals(decision) && comment == null) {
          throw new InvalidInput("comment required to refuse item " + p.itemId() + "（不同意发布“"
              + p.title() + "”须说明理由）");
        }
        register.recordApproval(p.id(), decision, comment, leader);
      }
    };
  }

  /**
   * 确定发布范围: what may be published, and for everything else why not (withheld by the
   * review, refused by leadership, not for proactive disclosure). Prepares the office's list,
   * one line per item and channel.
   */
  @Bean
  JavaDelegate planPublicationDelegate(PublicationRegister register) {
    return execution -> {
      List<Map<String, Object>> lines = new ArrayList<>();
      List<String> notPublished = new ArrayList<>();
      int publishable = 0;
      for (Publication p : register.ofBatch(execution.getProcessBusinessKey())) {
        String reason = reasonNotToPublish(p, register.review(p.itemId()).orElse(null));
        if (reason != null) {
          register.setStatus(p.id(), PublicationStatus.NOT_PUBLISHED, reason);
          notPublished.add("“" + p.title() + "”：" + reason);
          continue;
        }
        register.setStatus(p.id(), PublicationStatus.PUBLISHABLE, null);
        publishable++;
        for (PublicationChannel channel : p.draft().channels()) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("itemId", p.itemId());
          line.put("title", p.title());
          line.put("channel", channel.name());
          line.put("channelLabel", channel.label());
          line.put("publishedOn", null);
          line.put("location", null);
          lines.add(line);
        }
      }
      execution.setVariable(PUBLISHABLE_COUNT, publishable);
      execution.setVariable(PUBLICATIONS, Spin.JSON(lines));
      execution.setVariable(NOT_PUBLISHED_SUMMARY,
          notPublished.isEmpty() ? "无" : String.join("\n", notPublished));
    };
  }

  /**
   * 登记发布: every planned line (item, channel) of the batch is accounted for, either published
   * (date and location, through the publish guard) or marked 未发布 with the office's reason; a
   * line left out refuses the step, so no approved item silently stays unpublished. Recorded as
   * the office member who completed the task. An item published on none of its channels is not
   * published, with those reasons.
   */
  @Bean
  JavaDelegate publishItemsDelegate(Publisher publisher, PublicationRegister register,
      ReleaseChecks releaseChecks) {
    return execution -> {
      String publishedBy = CompletedBy.lastTask(execution, ElementIds.TASK_RECORD_PUBLICATION);
      List<JsonNode> lines = PublicationDrafts.rows(execution.getVariable(PUBLICATIONS),
          PUBLICATIONS);
      if (lines.isEmpty()) {
        throw new InvalidInput("publications: nothing recorded（请登记发布情况）");
      }
      // The list the form sends back is the plan's: each line an item of this batch that the
      // plan found publishable, on a channel its draft names, once. Its item and channel are
      // shown read-only, but they arrive inside one JSON variable, so they are checked here.
      Map<String, Publication> planned = new LinkedHashMap<>();
      for (Publication p : register.ofBatch(execution.getProcessBusinessKey())) {
        if (p.status() == PublicationStatus.PUBLISHABLE) {
          p.draft().channels().forEach(c -> planned.put(p.itemId() + "/" + c.name(), p));
        }
      }
      Map<String, JsonNode> recorded = new HashMap<>();
      for (JsonNode line : lines) {
        String planLine = line.path("itemId").asText("") + "/" + line.path("channel").asText("");
        if (!planned.containsKey(planLine) || recorded.put(planLine, line) != null) {
          throw new InvalidInput("publications: a line that is not in this batch's plan, or"
              + " twice（发布登记只能包含本批次计划发布的信息项和渠道，且每项只登记一次）");
        }
      }
      // Every planned line of a releasable, approved item must be there.
      for (Map.Entry<String, Publication> line : planned.entrySet()) {
        if (!recorded.containsKey(line.getKey())) {
          Publication p = line.getValue();
          PublicationChannel channel = PublicationChannel.valueOf(
              line.getKey().substring(line.getKey().indexOf('/') + 1));
          throw new InvalidInput("publications: item " + p.itemId() + " on " + channel.name()
              + " is not recorded（信息项" + p.itemId() + "“" + p.title() + "”在"
              + channel.label() + "的发布情况未登记：请填写发布日期和网址、期号或地点，"
              + "或勾选未发布并说明原因）");
        }
      }
      for (Map.Entry<String, Publication> planLine : planned.entrySet()) {
        JsonNode line = recorded.get(planLine.getKey());
        Publication p = planLine.getValue();
        PublicationChannel channel = PublicationChannel.valueOf(line.path("channel").asText(""));
        if (line.path("notPublished").asBoolean(false)) {
          String reason = PublicationDrafts.text(line, "notPublishedReason");
          if (reason == null || reason.length() > 2000) {
            throw new InvalidInput("notPublishedReason: required for item " + p.itemId() + " on "
                + channel.name() + "（“" + p.title() + "”未在" + channel.label()
                + "发布：请说明原因，不超过2000字）");
          }
          register.skipChannel(p.id(), channel, reason, publishedBy);
          continue;
        }
        java.time.LocalDate on;
        try {
          on = OfficeTime.toLocalDate(PublicationDrafts.text(line, "publishedOn"));
        } catch (IllegalArgumentException e) {
          throw new InvalidInput("publishedOn: " + e.getMessage(), e);
        }
        // Art. 44 items: the request's review is verified again from the register right before
        // the item goes public (the point of no return of a publication).
        if (p.sourceRequest() != null) {
          List<String> problems = releaseChecks.publicationProblems(
              execution.getProcessEngineServices(), p.sourceRequest(), List.of(p.itemId()));
          if (!problems.isEmpty()) {
            throw new InvalidInput(ReleaseChecks.bilingual("publications", problems));
          }
        }
        publisher.publish(p.itemId(), channel, on, PublicationDrafts.text(line, "location"),
            publishedBy);
      }
      for (Publication p : new LinkedHashSet<>(planned.values())) {
        if (register.channels(p.id()).isEmpty()) {
          register.setStatus(p.id(), PublicationStatus.NOT_PUBLISHED, "未在计划渠道发布："
              + String.join("；", register.skippedLines(p.id()).stream()
                  .map(l -> l.channel().label() + "（" + l.reason() + "）").toList()));
        }
      }
    };
  }

  static String reasonNotToPublish(Publication p, ReviewRecord review) {
    if (review == null || !review.conclusion().releases()) {
      return review == null ? "未经保密审查" : "经保密审查不予公开（" + review.ground().label()
          + "；依据：" + review.legalBasis() + "）";
    }
    if (p.draft().attribute() != DisclosureAttribute.PROACTIVE) {
      return "公开属性为" + p.draft().attribute().label() + "，不主动公开";
    }
    if (Boolean.TRUE.equals(p.approvalRequired()) && !"APPROVE".equals(p.approvalDecision())) {
      return "领导审批不同意发布（" + p.approvalComment() + "）";
    }
    return null;
  }

  private static String decisionOfThisDeployment(DelegateExecution execution) {
    RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
    String deploymentId = repository.getProcessDefinition(execution.getProcessDefinitionId())
        .getDeploymentId();
    DecisionDefinition decision = repository.createDecisionDefinitionQuery()
        .deploymentId(deploymentId).decisionDefinitionKey(ProcessKeys.PUBLICATION_APPROVAL)
        .singleResult();
    if (decision == null) {
      throw new IllegalStateException("Decision " + ProcessKeys.PUBLICATION_APPROVAL
          + " is not deployed with the process");
    }
    return decision.getId();
  }
}
