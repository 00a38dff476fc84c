package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.retention.HistoryRemovals;
import io.github.ogiworkflow.retention.RetentionPeriods;
import io.github.ogiworkflow.security.StaffAccess;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A case's process history is kept for its archive period, whoever asks (audit 34b F1, ADR
 * 0156). {@code camunda-admin} may do everything else through the engine API, but not delete
 * the history of a case, or move its removal time earlier, before the archive period has ended
 * ({@link RetentionPeriods}), nor shorten a definition's time to live below the period. Checked
 * for every engine API path that deletes history or moves its removal time, on
 * {@code /engine-rest} and on the webapps' copy that Cockpit's batch operations use (Cockpit's
 * own plugin API only reads). What passes is returned as changes to record in the register
 * ({@link HistoryRemovals}) once the engine has accepted them.
 */
final class HistoryRetentionGuard {

  private static final Pattern INSTANCE = Pattern.compile("^history/process-instance/([^/]+)$");
  private static final Pattern INSTANCE_VARIABLES =
      Pattern.compile("^history/process-instance/([^/]+)/variable-instances$");
  private static final Pattern VARIABLE = Pattern.compile("^history/variable-instance/([^/]+)$");
  private static final String INSTANCES_DELETE = "history/process-instance/delete";
  private static final String INSTANCES_REMOVAL = "history/process-instance/set-removal-time";
  private static final String DECISIONS_DELETE = "history/decision-instance/delete";
  private static final String DECISIONS_REMOVAL = "history/decision-instance/set-removal-time";
  private static final String CLEANUP = "history/cleanup";
  private static final Pattern DEPLOYMENT = Pattern.compile("^deployment/([^/]+)$");
  private static final Pattern DEFINITION_BY_ID = Pattern.compile("^process-definition/([^/]+)$");
  private static final Pattern DEFINITION_BY_KEY = Pattern.compile(
      "^process-definition/key/([^/]+)(?:/tenant-id/([^/]+))?/delete$");
  private static final Pattern TTL = Pattern.compile("^(process|decision)-definition/(?:key/"
      + "([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/history-time-to-live$");

  /** The REST API's date format, and ISO with a colon in the offset. */
  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  static final String KEPT = "流程历史记录按档案保管期限保存，不得提前删除";

  /** A change the server lets through, recorded once the engine answered with success. */
  record Change(String caseRef, String processInstanceId, String processKey,
      HistoryRemovals.Action action, String detail, Instant removalTime) {}

  private final HistoryService history;
  private final RepositoryService repository;
  private final StaffAccess access;
  private final Runnable beforeCleanup;

  /**
   * {@code beforeCleanup}: puts the history due for removal into the register before an
   * administrator's own cleanup run ({@code POST history/cleanup}, ADR 0165).
   */
  HistoryRetentionGuard(HistoryService history, RepositoryService repository,
      StaffAccess access, Runnable beforeCleanup) {
    this.history = history;
    this.repository = repository;
    this.access = access;
    this.beforeCleanup = beforeCleanup;
  }

  /**
   * The changes {@code method call} makes to case history, to record after success; empty for
   * any other call. Throws a {@link EngineApiGuard.Refusal} for one the retention forbids.
   */
  List<Change> check(String method, String call, EngineApiGuard.BodyRequest body,
      String queryString) {
    return access.withoutAuthorizations(() -> checkAs(method, call, body, queryString));
  }

  /**
   * An administrator's own cleanup run ({@code POST history/cleanup}) removes whatever is due
   * at once: the due history goes into the register first (ADR 0165), or the run is refused.
   */
  void beforeCleanup(String method, String call) {
    if (!method.equals("POST") || !call.equals(CLEANUP)) {
      return;
    }
    try {
      access.withoutAuthorizations(() -> {
        beforeCleanup.run();
        return null;
      });
    } catch (RuntimeException failed) {
      throw EngineApiGuard.Refusal.forbidden("The history due for removal could not be"
          + " recorded; the cleanup was not started（到期流程记录未能登记，本次历史清理未启动，"
          + "请稍后重试）");
    }
  }

  private List<Change> checkAs(String method, String call, EngineApiGuard.BodyRequest body,
      String queryString) {
    Matcher matcher;
    if (method.equals("DELETE") && (matcher = INSTANCE.matcher(call)).matches()) {
      return deletions(List.of(matcher.group(1)), HistoryRemovals.Action.DELETE_HISTORY,
          "通过流程引擎接口删除");
    }
    if (method.equals("DELETE") && (matcher = INSTANCE_VARIABLES.matcher(call)).matches()) {
      return deletions(List.of(matcher.group(1)), HistoryRemovals.Action.DELETE_VARIABLES,
          "通过流程引擎接口删除全部历史变量");
    }
    if (method.equals("DELETE") && (matcher = VARIABLE.matcher(call)).matches()) {
      HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
          .variableId(matcher.group(1)).disableBinaryFetching()
          .disableCustomObjectDeserialization().singleResult();
      if (variable == null || variable.getProcessInstanceId() == null) {
        return List.of(); // the engine answers 404, or it is no case's
      }
      return deletions(List.of(variable.getProcessInstanceId()),
          HistoryRemovals.Action.DELETE_VARIABLES,
          "通过流程引擎接口删除历史变量“" + variable.getName() + "”");
    }
    if (method.equals("POST") && call.equals(INSTANCES_DELETE)) {
      JsonNode json = body.json();
      refuseQuery(json, "historicProcessInstanceQuery");
      return deletions(ids(json, "historicProcessInstanceIds"),
          HistoryRemovals.Action.DELETE_HISTORY, "通过流程引擎接口批量删除");
    }
    if (method.equals("POST") && call.equals(INSTANCES_REMOVAL)) {
      JsonNode json = body.json();
      refuseQuery(json, "historicProcessInstanceQuery");
      return removalTimes(json, ids(json, "historicProcessInstanceIds"));
    }
    if (method.equals("POST") && call.equals(DECISIONS_DELETE)) {
      JsonNode json = body.json();
      refuseQuery(json, "historicDecisionInstanceQuery");
      decisionsDeletable(ids(json, "historicDecisionInstanceIds"));
      return List.of();
    }
    if (method.equals("POST") && call.equals(DECISIONS_REMOVAL)) {
      JsonNode json = body.json();
      refuseQuery(json, "historicDecisionInstanceQuery");
      decisionRemovalTimes(json, ids(json, "historicDecisionInstanceIds"));
      return List.of();
    }
    if (method.equals("DELETE") && cascade(queryString)) {
      if ((matcher = DEPLOYMENT.matcher(call)).matches()) {
        return cascade(repository.createProcessDefinitionQuery()
            .deploymentId(matcher.group(1)).list(), repository.createDecisionDefinitionQuery()
            .deploymentId(matcher.group(1)).list());
      }
      if ((matcher = DEFINITION_BY_ID.matcher(call)).matches()) {
        return cascade(repository.createProcessDefinitionQuery()
            .processDefinitionId(matcher.group(1)).list(), List.of());
      }
      if ((matcher = DEFINITION_BY_KEY.matcher(call)).matches()) {
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(
            matcher.group(1));
        return cascade((matcher.group(2) == null ? query.withoutTenantId()
            : query.tenantIdIn(matcher.group(2))).list(), List.of());
      }
    }
    if (method.equals("PUT") && (matcher = TTL.matcher(call)).matches()) {
      timeToLive(matcher.group(1).equals("process"), matcher.group(2), matcher.group(3),
          body.json());
    }
    return List.of();
  }

  // ---- deletions -------------------------------------------------------------------------

  private List<Change> deletions(List<String> ids, HistoryRemovals.Action action,
      String how) {
    List<Change> changes = new ArrayList<>();
    for (String id : ids) {
      HistoricProcessInstance instance = instance(id);
      if (instance == null) {
        continue; // the engine answers 404 (or skips it)
      }
      HistoricProcessInstance root = root(instance);
      Instant from = removableFrom(root);
      Instant now = OfficeTime.now();
      Date removal = instance.getRemovalTime();
      if (from == null || now.isBefore(from) || removal == null
          || now.isBefore(removal.toInstant())) {
        throw kept(root, from, removal);
      }
      changes.add(new Change(root.getBusinessKey(), instance.getId(),
          instance.getProcessDefinitionKey(), action,
          how + "（" + name(instance) + "，档案保管期限已于" + day(from) + "届满）", null));
    }
    return changes;
  }

  private List<Change> cascade(List<ProcessDefinition> definitions,
      List<DecisionDefinition> decisions) {
    List<String> ids = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      history.createHistoricProcessInstanceQuery().processDefinitionId(definition.getId())
          .list().forEach(instance -> ids.add(instance.getId()));
    }
    List<String> decisionIds = new ArrayList<>();
    for (DecisionDefinition decision : decisions) {
      history.createHistoricDecisionInstanceQuery().decisionDefinitionId(decision.getId())
          .list().forEach(instance -> decisionIds.add(instance.getId()));
    }
    decisionsDeletable(decisionIds);
    return deletions(ids, HistoryRemovals.Action.DELETE_HISTORY,
        "随流程定义或部署级联删除");
  }

  private void decisionsDeletable(List<String> ids) {
    Instant now = OfficeTime.now();
    for (String id : ids) {
      HistoricDecisionInstance decision = decision(id);
      if (decision == null) {
        continue;
      }
      Date removal = decision.getRemovalTime();
      HistoricProcessInstance root = decision.getRootProcessInstanceId() == null ? null
          : instance(decision.getRootProcessInstanceId());
      Instant from = root == null ? null : removableFrom(root);
      if (removal == null || now.isBefore(removal.toInstant())
          || (root != null && (from == null || now.isBefore(from)))) {
        throw root != null ? kept(root, from, removal) : EngineApiGuard.Refusal.forbidden(
            "Decision history is kept until its removal time（" + KEPT + "：决策记录的清除时间"
                + (removal == null ? "未设定" : "为" + day(removal.toInstant())) + "）");
      }
    }
  }

  // ---- removal times ---------------------------------------------------------------------

  private List<Change> removalTimes(JsonNode json, List<String> ids) {
    boolean cleared = json.path("clearedRemovalTime").asBoolean(false);
    if (json.path("calculatedRemovalTime").asBoolean(false)) {
      // The engine would count the model's TTL in days from the end: earlier than the archive
      // year (ADR 0156), so the history would go before its period ends.
      throw EngineApiGuard.Refusal.forbidden("A calculated removal time would be earlier than"
          + " the archive period（" + KEPT + "；引擎按天数计算的清除时间早于档案保管期限，"
          + "请指定不早于保管期限届满日的清除时间）");
    }
    if (cleared) {
      List<Change> changes = new ArrayList<>();
      for (String id : ids) {
        HistoricProcessInstance instance = instance(id);
        if (instance != null) {
          HistoricProcessInstance root = root(instance);
          changes.add(new Change(root.getBusinessKey(), instance.getId(),
              instance.getProcessDefinitionKey(), HistoryRemovals.Action.KEEP_FOREVER,
              "通过流程引擎接口取消清除时间（" + name(instance) + "）", null));
        }
      }
      return changes;
    }
    Instant requested = absolute(json);
    if (requested == null) {
      return List.of(); // the engine answers 400 for a request that sets no mode
    }
    boolean hierarchical = json.path("hierarchical").asBoolean(false);
    List<Change> changes = new ArrayList<>();
    for (String id : ids) {
      HistoricProcessInstance instance = instance(id);
      if (instance == null) {
        continue;
      }
      HistoricProcessInstance root = root(instance);
      notEarlier(instance, root, requested);
      if (hierarchical && root != instance) {
        notEarlier(root, root, requested);
      }
      Date before = instance.getRemovalTime();
      changes.add(new Change(root.getBusinessKey(), instance.getId(),
          instance.getProcessDefinitionKey(), HistoryRemovals.Action.MOVE_REMOVAL_TIME,
          "通过流程引擎接口将清除时间由" + (before == null ? "未设定" : day(before.toInstant()))
              + "改为" + day(requested) + "（" + name(instance) + (hierarchical ? "及其调用的子流程"
              : "") + "）", requested));
    }
    return changes;
  }

  /**
   * A new removal time must not be earlier than the current one, nor, where there is none
   * (kept for good), than the end of the archive period; a running case has no period yet.
   */
  private void notEarlier(HistoricProcessInstance instance, HistoricProcessInstance root,
      Instant requested) {
    Instant from = removableFrom(root);
    Date current = instance.getRemovalTime();
    Instant floor = current != null ? current.toInstant() : from;
    if (floor == null || requested.isBefore(floor)) {
      throw EngineApiGuard.Refusal.forbidden("The removal time may only be moved later（" + KEPT
          + "；" + caseOf(root) + (root.getEndTime() == null ? "尚未办结，保管期限尚未起算"
          : floor == null ? (RetentionPeriods.permanent(root.getProcessDefinitionKey())
              ? "的流程记录永久保存，不得设定清除时间" : "的保管期限未定，不得设定清除时间")
          : "的清除时间不得早于" + day(floor)) + "）");
    }
  }

  private void decisionRemovalTimes(JsonNode json, List<String> ids) {
    if (json.path("clearedRemovalTime").asBoolean(false)) {
      return;
    }
    if (json.path("calculatedRemovalTime").asBoolean(false)) {
      throw EngineApiGuard.Refusal.forbidden("A calculated removal time would be earlier than"
          + " the archive period（" + KEPT + "；引擎按天数计算的清除时间早于档案保管期限）");
    }
    Instant requested = absolute(json);
    if (requested == null) {
      return;
    }
    for (String id : ids) {
      HistoricDecisionInstance decision = decision(id);
      if (decision == null) {
        continue;
      }
      HistoricProcessInstance root = decision.getRootProcessInstanceId() == null ? null
          : instance(decision.getRootProcessInstanceId());
      Date current = decision.getRemovalTime();
      Instant floor = current != null ? current.toInstant()
          : root == null ? null : removableFrom(root);
      if (floor == null || requested.isBefore(floor)) {
        throw EngineApiGuard.Refusal.forbidden("The removal time may only be moved later（"
            + KEPT + "；决策记录的清除时间不得提前）");
      }
    }
  }

  // ---- time to live ----------------------------------------------------------------------

  private void timeToLive(boolean process, String key, String id, JsonNode json) {
    JsonNode value = json.path("historyTimeToLive");
    long days;
    if (value.isNumber()) {
      days = value.asLong();
    } else if (value.isTextual() && value.asText().trim().matches("-?\\d{1,9}")) {
      days = Long.parseLong(value.asText().trim()); // Jackson reads "10" as 10
    } else {
      return; // null keeps the history for good; anything else the engine refuses
    }
    String definitionKey = key;
    if (definitionKey == null) {
      definitionKey = process
          ? repository.createProcessDefinitionQuery().processDefinitionId(id).list().stream()
              .map(ProcessDefinition::getKey).findFirst().orElse(null)
          : repository.createDecisionDefinitionQuery().decisionDefinitionId(id).list().stream()
              .map(DecisionDefinition::getKey).findFirst().orElse(null);
    }
    Integer minimum = definitionKey == null ? null
        : RetentionPeriods.minimumTtlDays(definitionKey);
    if (minimum != null && days < minimum) {
      throw EngineApiGuard.Refusal.forbidden("historyTimeToLive may not be shorter than the"
          + " archive period（" + KEPT + "；此流程的历史保存天数不得少于" + minimum + "天）");
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  private HistoricProcessInstance instance(String id) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private HistoricDecisionInstance decision(String id) {
    return history.createHistoricDecisionInstanceQuery().decisionInstanceId(id).singleResult();
  }

  /** The root of the instance's call hierarchy, or the instance if the root is gone. */
  private HistoricProcessInstance root(HistoricProcessInstance instance) {
    String rootId = instance.getRootProcessInstanceId();
    if (rootId == null || rootId.equals(instance.getId())) {
      return instance;
    }
    HistoricProcessInstance root = instance(rootId);
    return root == null ? instance : root;
  }

  private static Instant removableFrom(HistoricProcessInstance root) {
    return RetentionPeriods.removableFrom(root.getProcessDefinitionKey(),
        root.getEndTime() == null ? null : root.getEndTime().toInstant());
  }

  private static EngineApiGuard.Refusal kept(HistoricProcessInstance root, Instant from,
      Date removal) {
    String until;
    if (root.getEndTime() == null) {
      until = "尚未办结，保管期限尚未起算";
    } else if (RetentionPeriods.permanent(root.getProcessDefinitionKey())) {
      until = "的流程记录永久保存，不得删除";
    } else if (from == null) {
      until = "的保管期限未定，长期保存";
    } else {
      Instant later = removal != null && removal.toInstant().isAfter(from)
          ? removal.toInstant() : from;
      until = "的流程记录保存至" + day(later) + "以后方可清除";
    }
    return EngineApiGuard.Refusal.forbidden("Process history is kept for its archive period（"
        + KEPT + "：" + caseOf(root) + until + "）");
  }

  private static String caseOf(HistoricProcessInstance root) {
    return root.getBusinessKey() == null ? "该流程" : "办件" + root.getBusinessKey();
  }

  private static String name(HistoricProcessInstance instance) {
    return instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
        : instance.getProcessDefinitionName();
  }

  private static String day(Instant at) {
    return ChineseDateText.of(LocalDate.ofInstant(at, OfficeTime.ZONE));
  }

  /** The ids listed in the body; a query instead of ids is refused by {@link #refuseQuery}. */
  private static List<String> ids(JsonNode json, String field) {
    List<String> ids = new ArrayList<>();
    for (JsonNode id : json.path(field)) {
      if (id.isTextual()) {
        ids.add(id.asText());
      }
    }
    return ids;
  }

  /**
   * A query selects instances the guard would have to run the engine's query language for; the
   * ids it lists are checked instead (Cockpit's batch operations list them when instances are
   * picked one by one).
   */
  private static void refuseQuery(JsonNode json, String field) {
    JsonNode query = json.path(field);
    if (!query.isMissingNode() && !query.isNull()) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put(field, "请逐一列出流程实例编号，不接受查询条件");
      // Cockpit sends a query when 全选 (select all) or a filter picks the instances: say there
      // what to do instead, in the words of its screens.
      throw EngineApiGuard.Refusal.invalid("List the instances by id: a query is not accepted"
          + " for changes to history（删除历史记录或更改清除时间须逐一列出实例编号，不接受查询条件。"
          + "在Cockpit中请不要使用“全选”或按筛选条件选择全部结果，请在列表中逐个勾选保管期限已届满的"
          + "流程实例后再提交；通过接口调用时请用" + (field.startsWith("historicDecision")
          ? "historicDecisionInstanceIds" : "historicProcessInstanceIds") + "列出实例编号）",
          fields);
    }
  }

  private static Instant absolute(JsonNode json) {
    JsonNode value = json.path("absoluteRemovalTime");
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    String text = value.asText();
    try {
      return OffsetDateTime.parse(text, REST_DATE).toInstant();
    } catch (DateTimeParseException notRest) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notIso) {
        throw EngineApiGuard.Refusal.invalid("absoluteRemovalTime is not a date-time"
            + "（absoluteRemovalTime应为日期时间，如2037-01-01T00:00:00.000+0800）",
            Map.of("absoluteRemovalTime", "应为日期时间"));
      }
    }
  }

  /** {@code cascade=true} anywhere in the query string, as Jersey would read it. */
  private static boolean cascade(String queryString) {
    if (queryString == null) {
      return false;
    }
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
          StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
          StandardCharsets.UTF_8);
      if (name.equals("cascade") && value.equalsIgnoreCase("true")) {
        return true;
      }
    }
    return false;
  }
}
