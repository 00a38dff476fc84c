package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_PUBLICATION;
import static io.github.ogiworkflow.process.ElementIds.TASK_ART44_REVIEW;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PUBLICATION;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;

/** Drives one publication batch (or withdrawal) through the engine as staff do in Tasklist. */
public final class PublicationScenario {

  static final String OFFICE_USER = "wangli";
  static final String LEGAL_USER = "lina";
  static final String LEADER = "chengang";
  static final String UNIT = "示范市市场监督管理局办公室";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ProcessEngine engine;
  ProcessInstance instance;

  public PublicationScenario(ProcessEngine engine) {
    this.engine = engine;
  }

  /** One item of the draft form's dynamic list. */
  public static Map<String, Object> item(String title, String category, List<String> channels,
      Object... more) {
    Map<String, Object> item = new HashMap<>(vars(more));
    item.put("title", title);
    item.put("category", category);
    item.put("channels", channels);
    item.putIfAbsent("publishingUnit", UNIT);
    item.putIfAbsent("attribute", "PROACTIVE");
    return item;
  }

  /** Starts a batch; an item without 形成或变更日期 (Art. 26) was formed today (engine clock). */
  public PublicationScenario draft(Map<?, ?>... items) {
    List<Map<Object, Object>> drafted = new ArrayList<>();
    for (Map<?, ?> item : items) {
      Map<Object, Object> copy = new HashMap<>(item);
      copy.putIfAbsent("formedOn", io.github.ogiworkflow.calendar.OfficeTime.today().toString());
      drafted.add(copy);
    }
    return start(ProcessKeys.PROACTIVE_DISCLOSURE,
        vars(ProcessVariables.PUBLICATION_ITEMS, Spin.JSON(drafted)));
  }

  /**
   * Art. 44 as {@code POST /api/publications/from-request} starts it, as the office: one row per
   * item of request {@code source} (category SUPERVISION on the website, 主动公开).
   */
  public PublicationScenario fromRequest(String source, long... itemIds) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (long itemId : itemIds) {
      rows.add(Map.of("itemId", itemId, "category", "SUPERVISION", "channels",
          List.of("WEBSITE"), "publishingUnit", "执法稽查科", "attribute", "PROACTIVE"));
    }
    return start(ProcessKeys.PROACTIVE_DISCLOSURE,
        io.github.ogiworkflow.publication.PublicationFromRequest.startVariables(source, rows));
  }

  public ProcessInstance instance() {
    return instance;
  }

  /** A JSON list variable of the batch, e.g. the approval rows leadership sees. */
  public List<Map<String, Object>> listVariable(String variable) {
    return list(variable);
  }

  public PublicationScenario start(String key, Map<String, Object> variables) {
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      instance = engine.getRuntimeService().startProcessInstanceByKey(key, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    return runAsyncSteps();
  }

  public String batch() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  /** Open tasks of this batch, the secrecy reviews it called included. */
  List<Task> tasks(String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(batch())
        .taskDefinitionKey(taskDefinitionKey).orderByTaskCreateTime().asc().list();
  }

  Task task(String taskDefinitionKey) {
    List<Task> open = tasks(taskDefinitionKey);
    assertThat(open).as("open %s", taskDefinitionKey).hasSize(1);
    return open.get(0);
  }

  /** The open review of the item with that title. */
  public Task review(String title) {
    return tasks(TASK_REVIEW_ITEM).stream().filter(t -> title.equals(
        engine.getTaskService().getVariable(t.getId(), ProcessVariables.ITEM_TITLE)))
        .findFirst().orElseThrow(() -> new AssertionError("No review of " + title));
  }

  public PublicationScenario complete(String taskDefinitionKey, String user, Object... keyValues) {
    return complete(task(taskDefinitionKey), user, keyValues);
  }

  public PublicationScenario complete(Task task, String user, Object... keyValues) {
    completeOnly(task, user, keyValues);
    return runAsyncSteps();
  }

  /**
   * Completes the task as {@code user} and leaves the asynchronous steps that follow to the jobs,
   * as a person's request in Tasklist does.
   */
  public void completeOnly(Task task, String user, Object... keyValues) {
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getTaskService().complete(task.getId(), vars(keyValues));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * Legal's 主动公开审核 of an Art. 44 batch (ADR 0173): every row answered the same way, as
   * {@code LEGAL_USER}.
   */
  public PublicationScenario art44Review(String inScope, String personalData,
      String consentLimited, String comment) {
    List<Map<String, Object>> rows = list(ProcessVariables.ART44_REVIEWS);
    rows.forEach(row -> {
      row.put("inScope", inScope);
      row.put("personalData", personalData);
      row.put("consentLimited", consentLimited);
      row.put("comment", comment);
    });
    return complete(TASK_ART44_REVIEW, LEGAL_USER, ProcessVariables.ART44_REVIEWS,
        Spin.JSON(rows));
  }

  /** An Art. 44 batch waiting for 主动公开审核 passes it (in scope, nothing personal, no limit). */
  public PublicationScenario art44ReviewIfOpen() {
    if (instance != null && !tasks(TASK_ART44_REVIEW).isEmpty()) {
      art44Review("YES", "NO", "NO", null);
    }
    return this;
  }

  /** Leadership decides every item of the approval list the same way. */
  public PublicationScenario decideAll(String decision, String comment) {
    art44ReviewIfOpen();
    List<Map<String, Object>> rows = list(ProcessVariables.PUBLICATION_APPROVALS);
    rows.forEach(row -> {
      row.put("decision", decision);
      row.put("comment", comment);
    });
    return complete(TASK_APPROVE_PUBLICATION, LEADER,
        ProcessVariables.PUBLICATION_APPROVALS, Spin.JSON(rows));
  }

  /** The office records every planned line as published on {@code day}. */
  public PublicationScenario recordPublication(String day) {
    return recordPublication(day, null);
  }

  /**
   * As {@link #recordPublication(String)}, each line with {@code lateReason} (逾期原因, needed
   * for a line published after its item's Art. 26 date, ADR 0144).
   */
  public PublicationScenario recordPublication(String day, String lateReason) {
    art44ReviewIfOpen();
    List<Map<String, Object>> lines = list(ProcessVariables.PUBLICATIONS);
    lines.forEach(line -> {
      line.put("lateReason", lateReason);
      // A redacted item's line: the office has cut what the 处理说明 says (ADR 0147).
      if (line.get("redactionNote") != null) {
        line.put("redactionApplied", true);
      }
      line.put("publishedOn", day);
      line.put("location", "GAZETTE".equals(line.get("channel")) ? "2026年第3期"
          : "https://www.example.gov.cn/zwgk/" + line.get("itemId"));
    });
    return complete(TASK_RECORD_PUBLICATION, OFFICE_USER, ProcessVariables.PUBLICATIONS,
        Spin.JSON(lines));
  }

  List<Map<String, Object>> list(String variable) {
    try {
      return new ArrayList<>(JSON.readValue(
          engine.getRuntimeService().getVariable(instance.getId(), variable).toString(),
          new TypeReference<List<Map<String, Object>>>() {}));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  Object variable(String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  PublicationScenario runAsyncSteps() {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().messages().list();
      if (jobs.isEmpty()) {
        return this;
      }
      for (Job job : jobs) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    throw new AssertionError("Asynchronous steps do not come to rest");
  }

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
