package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ProcessVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.consultation.AgencyObjection;
import io.github.ogiworkflow.consultation.ThirdPartySilence;
import io.github.ogiworkflow.process.CompletedBy;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ModelVersions;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.Vars;
import io.github.ogiworkflow.publication.PublicationRegister.Publication;
import io.github.ogiworkflow.publication.PublicationRegister.ReviewRecord;
import io.github.ogiworkflow.reply.ReleaseChecks;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of proactive disclosure (主动公开): register the drafted items as information items
 * (so each gets its one secrecy review from {@code SecrecyReview}), decide per item whether
 * leadership must approve, keep the approval, decide what is published and why not, publish.
 */
@Configuration(proxyBeanMethods = false)
public class PublicationDelegates {

  /** Numbers of publication batches: ZDGK-2026-000001 (主动公开). */
  public static final String BATCH_PREFIX = "ZDGK";

  /** The Camunda Form of 登记发布情况 (its id). */
  static final String RECORD_FORM = "publication-record";

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
   * reviewed items (Art. 44) are carried over with their review ({@link BatchRegistration}).
   * Runs in the starter's transaction, so bad input refuses the start.
   */
  @Bean
  JavaDelegate registerPublicationDelegate(BatchRegistration registration) {
    return execution -> {
      BatchRegistration.Registered batch = registration.register(
          execution.getProcessEngineServices(), execution.getProcessBusinessKey(),
          Vars.text(execution, SOURCE_REQUEST), execution.getVariable(PUBLICATION_ITEMS));
      if (execution.getProcessBusinessKey() == null) {
        execution.setProcessBusinessKey(batch.batch());
      }
      execution.setVariables(batch.variables());
    };
  }

  /**
   * 逐项判断是否需领导审批: the decision table PublicationApproval (of this deployment) per item,
   * from its category, regulation kind and review conclusion, and for an Art. 44 item whether the
   * request's reply released it over a third party's objection (ADR 0118, from the register; the
   * row then tells leadership how the third party's remedies ended) or over a co-producing
   * agency's objection (Art. 34; ADR 0169, 0178: the row gives the agency's answer) or over a
   * third party's objection made after its period (Art. 32; ADR 0179, 0183: the row gives the
   * silence and the late answer).
   */
  @Bean
  JavaDelegate decidePublicationApprovalDelegate(PublicationRegister register,
      ReleaseChecks releaseChecks, Art26DueDates art26, AgencyObjection agencyObjection,
      ThirdPartySilence thirdPartySilence) {
    return execution -> {
      refreshDueDateText(execution, register, art26);
      String decisionId = decisionOfThisDeployment(execution);
      // Legal's 类别 and 文件类型, confirmed with the review, are what the table reads (ADR 0151).
      Map<Long, PublicationRegister.Classification> classified =
          register.classifications(execution.getProcessBusinessKey());
      List<Map<String, Object>> approvals = new ArrayList<>();
      for (Publication p : register.ofBatch(execution.getProcessBusinessKey())) {
        ReviewRecord review = register.review(p.itemId()).orElseThrow(() ->
            new IllegalStateException("Item " + p.itemId() + " has no review（信息项未经保密审查）"));
        ReleaseChecks.OverrideRelease override = p.sourceRequest() == null ? null
            : releaseChecks.releasedOverObjection(p.sourceRequest(), p.itemId()).orElse(null);
        boolean overAgency = p.sourceRequest() != null
            && releaseChecks.releasedOverAgencyObjection(p.sourceRequest(), p.itemId());
        boolean overLate = p.sourceRequest() != null
            && releaseChecks.releasedOverLateObjection(p.sourceRequest(), p.itemId());
        boolean required = execution.getProcessEngineServices().getDecisionService()
            .evaluateDecisionTableById(decisionId, Variables.createVariables()
                .putValue("category", p.draft().category().name())
                .putValue("regulationKind", p.draft().regulationKind().name())
                .putValue(REVIEW_CONCLUSION, review.conclusion().name())
                .putValue("releasedOverObjection", override != null)
                .putValue(RELEASED_OVER_AGENCY_OBJECTION, overAgency)
                .putValue(RELEASED_OVER_LATE_OBJECTION, overLate))
            .getSingleEntry();
        register.setApprovalRequired(p.id(), required);
        if (required) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("itemId", p.itemId());
          row.put("title", PublicText.masked(p.title()));
          row.put("categoryLabel", p.draft().category().label());
          row.put("regulationLabel", p.draft().regulationKind().label());
          // 制发 or 废止: leadership approves a repeal knowing it is one (audit round 24, F4).
          row.put("regulationActionLabel", p.draft().regulationAction() == null ? null
              : p.draft().regulationAction().label());
          // A 废止: which document it repeals (文号, title, dates; audit pubitem 3, ADR 0186).
          row.put("repealsAccount", register.repealedDocument(p));
          row.put("conclusionLabel", review.conclusion().label());
          // Who confirmed the classification that calls for this approval, and whether legal
          // corrected the office's (audit 33a F11, ADR 0151).
          row.put("classificationAccount", classificationAccount(classified.get(p.id())));
          // 处理后可公开: leadership sees what is to be cut and why (audit 33a F10, ADR 0147).
          putRedaction(row, review);
          row.put("overrideAccount", override == null ? null : "申请 " + p.sourceRequest()
              + " 答复时，第三方" + (override.thirdPartyName() == null ? ""
                  : "（" + override.thirdPartyName() + "）") + "不同意公开，本机关依公共利益决定公开"
              + "（条例第三十二条）；" + override.standing().account());
          row.put("agencyObjectionAccount", !overAgency ? null : "申请 " + p.sourceRequest()
              + " 答复时，合作制作该信息的其他机关不同意公开（条例第三十四条），该答复予以公开；"
              + "转为主动公开是向社会公开，须再经审批。\n" + PublicText.masked(
                  agencyObjection.text(p.sourceRequest()).orElse("")));
          // The third party's late objection (ADR 0172, 0183): whom, the period, the answer after
          // it and its reasons, masked as the agency's answer above.
          row.put("lateObjectionAccount", !overLate ? null : "申请 " + p.sourceRequest()
              + " 答复时，第三方在答复期限内未提出意见，期限届满后才不同意公开（条例第三十二条），"
              + "该答复予以公开；转为主动公开是向社会公开，须再经审批。\n" + PublicText.masked(
                  thirdPartySilence.textForItem(p.sourceRequest(), p.itemId()).orElse("")));
          // Legal's 主动公开审核 of an Art. 44 item (ADR 0173, 0179): what leadership approves
          // after; the note masked as the review's redaction note on the same row.
          row.put("art44ReviewAccount", p.sourceRequest() == null ? null
              : register.scopeReview(p.id()).map(PublicationDelegates::art44ReviewAccount)
                  .orElse(null));
          row.put("decision", null);
          row.put("comment", null);
          approvals.add(row);
        }
      }
      execution.setVariable(APPROVAL_REQUIRED, !approvals.isEmpty());
      execution.setVariable(PUBLICATION_APPROVALS, Spin.JSON(approvals));
    };
  }

  /**
   * 记录主动公开审核 (Art. 44, ADR 0173): legal's answers on each item of an Art. 44 batch, as
   * the server listed them in {@code art44Reviews}, by the legal member who completed 主动公开审核.
   * Every row is checked before anything is written; an item the review keeps back is marked 不予
   * 发布 by 确定发布范围 with the review's reasons.
   */
  @Bean
  JavaDelegate recordArt44ReviewDelegate(PublicationRegister register,
      Art44ReviewFacts art44Facts) {
    return execution -> {
      String reviewer = CompletedBy.lastTask(execution, ElementIds.TASK_ART44_REVIEW);
      if (reviewer == null || !execution.getProcessEngineServices().getIdentityService()
          .createGroupQuery().groupMember(reviewer)
          .groupId(io.github.ogiworkflow.security.Groups.LEGAL.id()).list().iterator().hasNext()) {
        throw new InvalidInput("art44Reviews: reviewed by someone outside legal（主动公开审核须由"
            + "法规科人员办理）");
      }
      Map<Long, Publication> awaiting = new LinkedHashMap<>();
      for (Publication p : register.ofBatch(execution.getProcessBusinessKey())) {
        if (p.sourceRequest() != null && register.scopeReview(p.id()).isEmpty()) {
          awaiting.put(p.itemId(), p);
        }
      }
      List<JsonNode> rows = PublicationDrafts.rows(execution.getVariable(ART44_REVIEWS),
          ART44_REVIEWS);
      Map<Long, JsonNode> answered = eachExpectedOnce(rows, awaiting.keySet(),
          row -> row.path("itemId").asLong(), ART44_REVIEWS + ": a row that is not an item"
              + " awaiting review in this batch, or twice（审核列表只能包含本批次待审核的信息项，且每项只审核一次）");
      InvalidInput.Collector errors = new InvalidInput.Collector();
      Map<Long, Art44Answer> answers = new LinkedHashMap<>();
      int n = 0;
      for (Publication p : awaiting.values()) {
        n++;
        JsonNode row = answered.get(p.itemId());
        String what = "第" + n + "项“" + PublicText.masked(p.title()) + "”";
        String field = ART44_REVIEWS + "[" + n + "]";
        if (row == null) {
          errors.add(new InvalidInput(field + " is missing（" + what + "尚未审核）"));
          continue;
        }
        Boolean inScope = errors.check(() -> yesNo(row, "inScope", field, what
            + "：请选择是否属于主动公开范围"));
        Boolean personal = errors.check(() -> yesNo(row, "personalData", field, what
            + "：请选择是否含个人信息"));
        Boolean limited = errors.check(() -> yesNo(row, "consentLimited", field, what
            + "：请选择第三方同意公开是否仅限于本申请（不涉及第三方的选“否”）"));
        String comment = errors.check(() -> art44Comment(row, field, what));
        if (inScope != null && personal != null && limited != null) {
          boolean releases = inScope && !personal && !limited;
          if (!releases && comment == null) {
            errors.add(new InvalidInput(field + ".comment required to keep the item back（"
                + what + "：不予发布须填写审核意见）"));
          }
          answers.put(p.id(), new Art44Answer(inScope, personal, limited, comment));
        }
      }
      errors.throwIfAny();
      // The rows come back with the client's submit: their read-only facts (ADR 0183) are the
      // server's again, computed from the register, whatever was sent (review37 F2).
      execution.setVariable(ART44_REVIEWS, Spin.JSON(reviewedRows(art44Facts,
          List.copyOf(awaiting.values()), answered)));
      answers.forEach((id, a) -> register.recordScopeReview(id, a.inScope(), a.personalData(),
          a.consentLimited(), a.comment(), reviewer));
    };
  }

  /**
   * The 主动公开审核 rows as kept: item, title, source and {@link Art44ReviewFacts#FIELDS} from the
   * server, legal's answers as checked.
   */
  private static List<Map<String, Object>> reviewedRows(Art44ReviewFacts art44Facts,
      List<Publication> reviewed, Map<Long, JsonNode> answered) {
    Map<String, List<Publication>> bySource = new LinkedHashMap<>();
    reviewed.forEach(p -> bySource.computeIfAbsent(p.sourceRequest(), s -> new ArrayList<>())
        .add(p));
    Map<Long, Map<String, Object>> facts = new HashMap<>();
    bySource.forEach((source, ofSource) -> {
      List<Map<String, Object>> computed = art44Facts.of(source,
          ofSource.stream().map(Publication::itemId).toList(),
          ofSource.stream().map(Publication::draft).toList());
      for (int i = 0; i < ofSource.size(); i++) {
        facts.put(ofSource.get(i).itemId(), computed.get(i));
      }
    });
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Publication p : reviewed) {
      JsonNode answer = answered.get(p.itemId());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("itemId", p.itemId());
      row.put("title", PublicText.masked(p.title()));
      row.put("sourceRequest", p.sourceRequest());
      for (String field : Art44ReviewFacts.FIELDS) {
        row.put(field, facts.get(p.itemId()).get(field));
      }
      for (String field : List.of("inScope", "personalData", "consentLimited")) {
        JsonNode v = answer.path(field);
        row.put(field, v.isBoolean() ? v.asBoolean() : v.isTextual() ? v.asText() : null);
      }
      row.put("comment", PublicationDrafts.text(answer, "comment"));
      rows.add(row);
    }
    return rows;
  }

  private record Art44Answer(boolean inScope, boolean personalData, boolean consentLimited,
      String comment) {}

  private static Boolean yesNo(JsonNode row, String key, String field, String message) {
    JsonNode v = row.path(key);
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    String text = v.isTextual() ? v.asText().trim() : "";
    if (text.equals("true") || text.equals("YES")) {
      return true;
    }
    if (text.equals("false") || text.equals("NO")) {
      return false;
    }
    throw new InvalidInput(field + "." + key + " is yes or no（" + message + "）");
  }

  private static String art44Comment(JsonNode row, String field, String what) {
    String comment = PublicationDrafts.text(row, "comment");
    if (comment == null) {
      return null;
    }
    if (comment.codePointCount(0, comment.length()) > 1000
        || Vars.hasHiddenCharacters(comment, true)) {
      throw new InvalidInput(field + ".comment at most 1000 characters, no control characters（"
          + what + "：审核意见不超过1000字，且不含无法识别的字符）");
    }
    return comment;
  }

  /** 记录领导审批: one decision per item that needs it, by the leader who completed the task. */
  @Bean
  JavaDelegate recordPublicationApprovalDelegate(PublicationRegister register) {
    return execution -> {
      // One decision per item awaiting it, as the server listed them: the rows arrive in one
      // JSON variable, so a row added twice (a refusal, then an approval of the same item) or
      // for another item is refused here (audit round 29, F6).
      Set<Long> awaiting = new HashSet<>();
      for (Publication p : register.ofBatch(execution.getProcessBusinessKey())) {
        if (Boolean.TRUE.equals(p.approvalRequired())) {
          awaiting.add(p.itemId());
        }
      }
      List<JsonNode> rows = PublicationDrafts.rows(execution.getVariable(PUBLICATION_APPROVALS),
          PUBLICATION_APPROVALS);
      Map<Long, JsonNode> decided = eachExpectedOnce(rows, awaiting,
          row -> row.path("itemId").asLong(),
          PUBLICATION_APPROVALS + ": a row that is not an item awaiting"
              + " approval in this batch, or twice（审批列表只能包含本批次待审批的信息项，且每项只作一次决定）");
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
  JavaDelegate planPublicationDelegate(PublicationRegister register, Art26DueDates art26) {
    return execution -> {
      refreshDueDateText(execution, register, art26);
      List<Map<String, Object>> lines = new ArrayList<>();
      List<String> notPublished = new ArrayList<>();
      int publishable = 0;
      for (Publication p : register.ofBatch(execution.getProcessBusinessKey())) {
        String reason = reasonNotToPublish(p, register.review(p.itemId()).orElse(null),
            register.scopeReview(p.id()).orElse(null));
        if (reason != null) {
          register.setStatus(p.id(), PublicationStatus.NOT_PUBLISHED, reason);
          notPublished.add("“" + PublicText.masked(p.title()) + "”：" + reason);
          continue;
        }
        register.setStatus(p.id(), PublicationStatus.PUBLISHABLE, null);
        publishable++;
        ReviewRecord review = register.review(p.itemId()).orElseThrow();
        for (PublicationChannel channel : p.draft().channels()) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("itemId", p.itemId());
          line.put("title", PublicText.masked(p.title()));
          line.put("channel", channel.name());
          line.put("channelLabel", channel.label());
          // The item's own Art. 26 date: a line published after it needs 逾期原因 (ADR 0144).
          line.put("dueOn", p.dueOn() == null ? null : p.dueOn().toString());
          // A redacted item's line carries what to cut; the office ticks redactionApplied
          // (audit 33a F10, ADR 0147).
          if (putRedaction(line, review)) {
            line.put("redactionApplied", false);
          }
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
  JavaDelegate publishItemsDelegate(PublishedLines publishedLines, PublicationRegister register) {
    return execution -> {
      String publishedBy = CompletedBy.lastTask(execution, ElementIds.TASK_RECORD_PUBLICATION);
      Map<String, Publication> planned = plannedLines(register, execution.getProcessBusinessKey());
      Map<String, JsonNode> recorded = recordedLines(execution.getVariable(PUBLICATIONS),
          planned);
      // A field the batch's deployed record form lacks is not asked (one rule for every such
      // field, PublishedLineRule.RequiredField); read once per field and batch.
      Map<String, Boolean> lacks = new HashMap<>();
      Predicate<String> formLacks = field -> lacks.computeIfAbsent(field,
          f -> ModelVersions.formLacks(execution, RECORD_FORM, f));
      Map<PublishedLineRule, List<String>> notes = new LinkedHashMap<>();
      for (Map.Entry<String, Publication> planLine : planned.entrySet()) {
        JsonNode line = recorded.get(planLine.getKey());
        Publication p = planLine.getValue();
        PublicationChannel channel = PublicationChannel.valueOf(line.path("channel").asText(""));
        if (line.path("notPublished").asBoolean(false)) {
          register.skipChannel(p.id(), channel, notPublishedReason(line, p, channel),
              publishedBy);
          continue;
        }
        PublishedLineRule.Line toPublish = new PublishedLineRule.Line(p, channel, line,
            register.review(p.itemId()).orElseThrow(), publishedOn(line), formLacks,
            execution.getProcessEngineServices(), PUBLICATIONS);
        publishedLines.publish(toPublish, PublicationDrafts.text(line, "location"), publishedBy)
            .forEach((rule, note) -> notes.computeIfAbsent(rule, r -> new ArrayList<>())
                .add(note));
      }
      // A string variable holds at most 4000 characters (act_ru_variable.text_); every note
      // stays whole in the lines of the publications variable.
      notes.forEach((rule, ruleNotes) -> execution.setVariable(rule.variable(),
          PublishedLines.cut(String.join("\n", ruleNotes), rule.cutMarker())));
      int published = 0;
      for (Publication p : new LinkedHashSet<>(planned.values())) {
        if (register.channels(p.id()).isEmpty()) {
          register.setStatus(p.id(), PublicationStatus.NOT_PUBLISHED, "未在计划渠道发布："
              + String.join("；", register.skippedLines(p.id()).stream()
                  .map(l -> l.channel().label() + "（" + l.reason() + "）").toList()));
        } else {
          published++;
        }
      }
      // The end the batch reaches (已发布 or 全部未发布) is decided by this count, not the form.
      execution.setVariable(PUBLISHED_COUNT, published);
    };
  }

  /** The plan's lines: each item the plan found publishable on each channel its draft names. */
  private static Map<String, Publication> plannedLines(PublicationRegister register,
      String batch) {
    Map<String, Publication> planned = new LinkedHashMap<>();
    for (Publication p : register.ofBatch(batch)) {
      if (p.status() == PublicationStatus.PUBLISHABLE) {
        p.draft().channels().forEach(c -> planned.put(p.itemId() + "/" + c.name(), p));
      }
    }
    return planned;
  }

  /**
   * Plan completeness: the list the form sends back is the plan's, each line an item of this
   * batch that the plan found publishable, on a channel its draft names, once, and every planned
   * line is there. Its item and channel are shown read-only, but they arrive inside one JSON
   * variable, so they are checked here.
   */
  private static Map<String, JsonNode> recordedLines(Object value,
      Map<String, Publication> planned) {
    List<JsonNode> lines = PublicationDrafts.rows(value, PUBLICATIONS);
    if (lines.isEmpty()) {
      throw new InvalidInput("publications: nothing recorded（请登记发布情况）");
    }
    Map<String, JsonNode> recorded = eachExpectedOnce(lines, planned.keySet(),
        line -> line.path("itemId").asText("") + "/" + line.path("channel").asText(""),
        "publications: a line that is not in this batch's plan, or"
            + " twice（发布登记只能包含本批次计划发布的信息项和渠道，且每项只登记一次）");
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
    return recorded;
  }

  /** A line marked 未发布 states why (ogi_publication_skip.reason). */
  private static String notPublishedReason(JsonNode line, Publication p,
      PublicationChannel channel) {
    String reason = PublicationDrafts.text(line, "notPublishedReason");
    if (reason == null || reason.length() > 2000) {
      throw new InvalidInput("notPublishedReason: required for item " + p.itemId() + " on "
          + channel.name() + "（“" + p.title() + "”未在" + channel.label()
          + "发布：请说明原因，不超过2000字）");
    }
    return reason;
  }

  private static LocalDate publishedOn(JsonNode line) {
    try {
      return OfficeTime.toLocalDate(PublicationDrafts.text(line, "publishedOn"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("publishedOn: " + e.getMessage(), e);
    }
  }

  /**
   * The rows a form sent back in one JSON list, by their key: each must be one the server listed
   * ({@code expected}), and only once, else the step is refused with {@code refusal}. The form
   * shows a row's item (and channel) read-only, but they arrive inside one variable.
   */
  private static <K> Map<K, JsonNode> eachExpectedOnce(List<JsonNode> rows, Set<K> expected,
      Function<JsonNode, K> key, String refusal) {
    Map<K, JsonNode> keyed = new HashMap<>();
    for (JsonNode row : rows) {
      K rowKey = key.apply(row);
      if (!expected.contains(rowKey) || keyed.put(rowKey, row) != null) {
        throw new InvalidInput(refusal);
      }
    }
    return keyed;
  }

  /**
   * 法规科确认 / 法规科更正（办公室登记为其他、否）for an approval row; null for an item legal
   * never classified (an Art. 44 item, a review from before ADR 0151).
   */
  static String classificationAccount(PublicationRegister.Classification c) {
    if (c == null) {
      return null;
    }
    return c.corrected() ? "法规科更正（办公室登记为" + c.draftedCategory().label() + "、"
        + ItemClassification.regulationText(c.draftedKind(), c.draftedAction()) + "）"
        : "法规科确认";
  }

  /**
   * For an item reviewed 处理后可公开: its 处理说明 masked as the engine keeps the review's
   * {@code redactionNote} (ADR 0136; whole in the register) and its ground, on a form's row.
   */
  /** The 领导审批发布 row's account of legal's 主动公开审核 (ADR 0179). */
  static String art44ReviewAccount(PublicationRegister.ScopeReview scope) {
    return (scope.inScope() ? "属于" : "不属于") + "主动公开范围；"
        + (scope.personalData() ? "含" : "不含") + "个人信息；第三方同意公开"
        + (scope.consentLimited() ? "仅限于" : "不限于") + "本申请"
        + "\n审核人：" + (scope.reviewedByName() == null ? scope.reviewedBy()
            : scope.reviewedByName())
        + "（" + io.github.ogiworkflow.letter.CaseLetters.chinese(
            LocalDate.ofInstant(scope.reviewedAt(), OfficeTime.ZONE)) + "）"
        + "\n审核意见：" + (scope.note() == null || scope.note().isBlank() ? "无"
            : io.github.ogiworkflow.logging.PersonalDataMasker.maskFreeText(scope.note()));
  }

  private static boolean putRedaction(Map<String, Object> row, ReviewRecord review) {
    if (review.conclusion() != ReviewConclusion.RELEASABLE_REDACTED) {
      return false;
    }
    row.put("redactionNote", PublishedLines.maskedNote(review));
    row.put("redactionGroundLabel", PublishedLines.groundLabel(review));
    return true;
  }

  static String reasonNotToPublish(Publication p, ReviewRecord review,
      PublicationRegister.ScopeReview scope) {
    if (review == null || !review.conclusion().releases()) {
      return review == null ? "未经保密审查" : "经保密审查不予公开（" + review.ground().label()
          + "；依据：" + review.legalBasis() + "）";
    }
    // Art. 44 items: legal's 主动公开审核 first (ADR 0173); a batch started on a model without
    // that step comes here unreviewed and publishes nothing of it.
    if (p.sourceRequest() != null) {
      if (scope == null) {
        return "未经主动公开审核（条例第四十四条），请重新提出转为主动公开";
      }
      if (!scope.releases()) {
        return scope.refusal();
      }
    }
    if (p.draft().attribute() != DisclosureAttribute.PROACTIVE) {
      return "公开属性为" + p.draft().attribute().label() + "，不主动公开";
    }
    if (Boolean.TRUE.equals(p.approvalRequired()) && !"APPROVE".equals(p.approvalDecision())) {
      return "领导审批不同意发布（" + p.approvalComment() + "）";
    }
    return null;
  }

  /**
   * The batch's 发布期限 text counted again before a task shows it, so a date passed meanwhile
   * reads 已逾期 (audit 33a F13, ADR 0144): the earliest item's due date from the register.
   */
  private static void refreshDueDateText(DelegateExecution execution,
      PublicationRegister register, Art26DueDates art26) {
    List<Publication> items = register.ofBatch(execution.getProcessBusinessKey());
    LocalDate due = Art26DueDates.earliest(items.stream().map(Publication::dueOn).toList());
    execution.setVariable(PUBLICATION_DUE_DATE_TEXT,
        art26.text(due, Art26DueDates.periodDueOn(items, due)));
    if (due != null) {
      // A category legal corrected with the review may have moved an item's date (ADR 0151):
      // the tasks still to come are due at the batch's date as the register now has it.
      execution.setVariable(PUBLICATION_DUE_DATE, OfficeTime.endOf(due));
    }
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
