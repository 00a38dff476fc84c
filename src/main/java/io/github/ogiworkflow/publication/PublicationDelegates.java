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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
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
      PublicationRegister register, ReleaseChecks releaseChecks) {
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
      try {
        for (int i = 0; i < drafts.size(); i++) {
          register.insert(batch, itemIds.get(i), source, drafts.get(i));
        }
      } catch (DuplicateKeyException e) {
        throw new InvalidInput("an item is already published（该信息项已转为主动公开，不能重复发布）", e);
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(TRACKING_NUMBER, batch);
      variables.put(REVIEW_CARRIED_OVER, source != null);
      // SecrecyReview shows a reply deadline when there is one; publication has none.
      variables.put(REPLY_DUE_DATE, null);
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

  /** 登记发布: every line through the publish guard, as the office member who recorded it. */
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
      Set<String> planned = new HashSet<>();
      for (Publication p : register.ofBatch(execution.getProcessBusinessKey())) {
        if (p.status() == PublicationStatus.PUBLISHABLE) {
          p.draft().channels().forEach(c -> planned.add(p.itemId() + "/" + c.name()));
        }
      }
      Set<String> recorded = new HashSet<>();
      for (JsonNode line : lines) {
        String planLine = line.path("itemId").asText("") + "/" + line.path("channel").asText("");
        if (!planned.contains(planLine) || !recorded.add(planLine)) {
          throw new InvalidInput("publications: a line that is not in this batch's plan, or"
              + " twice（发布登记只能包含本批次计划发布的信息项和渠道，且每项只登记一次）");
        }
      }
      for (JsonNode line : lines) {
        PublicationChannel channel;
        try {
          channel = PublicationChannel.valueOf(line.path("channel").asText(""));
        } catch (IllegalArgumentException e) {
          throw new InvalidInput("publications: unknown channel（发布渠道无效）", e);
        }
        java.time.LocalDate on;
        try {
          on = OfficeTime.toLocalDate(PublicationDrafts.text(line, "publishedOn"));
        } catch (IllegalArgumentException e) {
          throw new InvalidInput("publishedOn: " + e.getMessage(), e);
        }
        long itemId = line.path("itemId").asLong(-1);
        // Art. 44 items: the request's review is verified again from the register right before
        // the item goes public (the point of no return of a publication).
        String source = register.byItem(itemId).map(Publication::sourceRequest).orElse(null);
        if (source != null) {
          List<String> problems = releaseChecks.publicationProblems(
              execution.getProcessEngineServices(), source, List.of(itemId));
          if (!problems.isEmpty()) {
            throw new InvalidInput(ReleaseChecks.bilingual("publications", problems));
          }
        }
        publisher.publish(itemId, channel, on,
            PublicationDrafts.text(line, "location"), publishedBy);
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
