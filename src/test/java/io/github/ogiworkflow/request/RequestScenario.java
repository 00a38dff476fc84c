package io.github.ogiworkflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.process.ProcessVariables;
import io.github.ogiworkflow.support.EngineClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;

/**
 * Drives one disclosure request through the engine the way staff do in Tasklist: each step is
 * a task completed by a named user with the variables its form submits.
 */
public final class RequestScenario {

  public static final String OFFICE_USER = "wangli";
  public static final String LEGAL_USER = "lina";
  public static final String LEADER = "chengang";

  private final ProcessEngine engine;
  public ProcessInstance instance;

  public RequestScenario(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * A scenario test's set-up: camunda-bpm-assert on this engine, the clock on {@code today}
   * (see {@link #today}), and a fresh scenario. Undo with {@link #end} after each test.
   */
  public static RequestScenario begin(ProcessEngine engine, LocalDate today) {
    BpmnAwareTests.init(engine);
    today(today);
    return new RequestScenario(engine);
  }

  /** After each test: the real clock again, and camunda-bpm-assert let go of the engine. */
  public static void end() {
    EngineClock.reset();
    BpmnAwareTests.reset();
  }

  /** Sets the engine's clock: every "today" of the case follows it. */
  public static void today(LocalDate day) {
    EngineClock.at(day);
  }

  /**
   * Registration as the start form submits it, received on {@code receivedOn}, confirmed as a
   * separate application.
   */
  public static Map<String, Object> registration(LocalDate receivedOn) {
    Map<String, Object> form = new HashMap<>();
    form.put(ProcessVariables.CHANNEL, "IN_PERSON");
    form.put(ProcessVariables.RECEIVED_ON, receivedOn.toString());
    form.put(ProcessVariables.APPLICANT_TYPE, "NATURAL_PERSON");
    form.put(ProcessVariables.APPLICANT_NAME, "张三");
    form.put(ProcessVariables.ID_TYPE, "RESIDENT_ID");
    form.put(ProcessVariables.ID_NUMBER, "350502199001191234");
    form.put(ProcessVariables.CONTACT_PHONE, "13812345678");
    form.put(ProcessVariables.CONTACT_EMAIL, "zhangsan@example.cn");
    form.put(ProcessVariables.CONTACT_ADDRESS, "示范市人民路100号（邮编350001）");
    form.put(ProcessVariables.REQUEST_DESCRIPTION, "2025年本局行政处罚案件统计表");
    form.put(ProcessVariables.DELIVERY_FORM, "ELECTRONIC");
    form.put(ProcessVariables.DELIVERY_METHOD, "EMAIL");
    // The scenarios' standing applicant makes many separate requests of this text, often on one
    // day: each is confirmed as another application (ADR 0116; DuplicateRegistrationScenarioTest
    // registers without it).
    form.put(ProcessVariables.DUPLICATE_CONFIRMED, true);
    return form;
  }

  /** A company's registration (示范贸易有限公司): its letters address it as 贵单位. */
  public static Map<String, Object> companyRegistration(LocalDate receivedOn) {
    Map<String, Object> form = registration(receivedOn);
    form.put(ProcessVariables.APPLICANT_TYPE, "COMMERCIAL");
    form.put(ProcessVariables.APPLICANT_NAME, "示范贸易有限公司");
    form.put(ProcessVariables.ID_TYPE, "USCC");
    form.put(ProcessVariables.ID_NUMBER, "91350100M000100Y43");
    return form;
  }

  public RequestScenario start(Map<String, Object> registration) {
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      instance = engine.getRuntimeService()
          .startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, registration);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    return this;
  }

  /**
   * Registers the request, finds it complete (申请内容明确, 审查申请内容是否明确) and splits it
   * into {@code items} (检索并拆分信息项, see {@link #items}), all as the office.
   */
  public RequestScenario startWithItems(Map<String, Object> registration, Object items) {
    return start(registration)
        .complete(ElementIds.TASK_CHECK_COMPLETENESS, OFFICE_USER,
            ProcessVariables.COMPLETENESS_DECISION, "COMPLETE")
        .complete(ElementIds.TASK_SEARCH_AND_SPLIT, OFFICE_USER, ProcessVariables.ITEMS, items);
  }

  public String trackingNumber() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  /** The open tasks of the case, its secrecy reviews included, with this definition key. */
  public List<Task> tasks(String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(trackingNumber())
        .taskDefinitionKey(taskDefinitionKey).orderByTaskCreateTime().asc().list();
  }

  public Task task(String taskDefinitionKey) {
    List<Task> open = tasks(taskDefinitionKey);
    assertThat(open).as("open %s", taskDefinitionKey).hasSize(1);
    return open.get(0);
  }

  /** Legal completes the oldest open secrecy review (保密审查) of the case. */
  public RequestScenario reviewOldestItem(Object... keyValues) {
    List<Task> open = tasks(ElementIds.TASK_REVIEW_ITEM);
    assertThat(open).as("open reviews").isNotEmpty();
    return complete(open.get(0), LEGAL_USER, keyValues);
  }

  /**
   * Legal completes the open secrecy review of the item titled {@code title} (the task is named
   * 保密审查：title): two reviews created in one step need not be listed in item order.
   */
  public RequestScenario reviewItem(String title, Object... keyValues) {
    List<Task> open = tasks(ElementIds.TASK_REVIEW_ITEM).stream()
        .filter(t -> t.getName() != null && t.getName().endsWith("：" + title)).toList();
    assertThat(open).as("open review of %s", title).hasSize(1);
    return complete(open.get(0), LEGAL_USER, keyValues);
  }

  /** Completes the one open task of that kind as {@code user} and runs what follows. */
  public RequestScenario complete(String taskDefinitionKey, String user, Object... keyValues) {
    return complete(task(taskDefinitionKey), user, keyValues);
  }

  public RequestScenario complete(Task task, String user, Object... keyValues) {
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
   * Runs the asynchronous continuations (not timers) until none is left, as the job executor
   * would. Each test deletes its deployment, and with it every other case, so all jobs are ours.
   */
  public RequestScenario runAsyncSteps() {
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

  /** Fires a timer of the case now, whatever its due date. */
  public RequestScenario fireTimer(String timerEventId) {
    List<Job> timers = timerJobs(timerEventId);
    assertThat(timers).as("timer %s", timerEventId).hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
    return runAsyncSteps();
  }

  /** Fires all {@code count} timers of that event, e.g. of parallel consultations. */
  public RequestScenario fireTimers(String timerEventId, int count) {
    List<Job> timers = timerJobs(timerEventId);
    assertThat(timers).as("timers %s", timerEventId).hasSize(count);
    for (Job timer : timers) {
      engine.getManagementService().executeJob(timer.getId());
    }
    return runAsyncSteps();
  }

  public List<Job> timerJobs(String timerEventId) {
    return engine.getManagementService().createJobQuery().timers()
        .activityId(timerEventId).list().stream()
        .filter(j -> j.getProcessInstanceId() != null
            && isOfThisCase(j.getProcessInstanceId())).toList();
  }

  /**
   * Starts a case with {@code items}; their third party, served on Tue 10 Feb, objects the same
   * day; legal's review finds every held item releasable (先审查、后公开); the office proposes
   * disclosure in the public interest and leadership approves it on Wed 11 Feb (Art. 32). The
   * case then waits for the override notice's service.
   */
  public RequestScenario objectionOverriddenOnWed11Feb(Object items) {
    objectedOnTue10Feb(items);
    while (!tasks(ElementIds.TASK_REVIEW_ITEM).isEmpty()) {
      reviewOldestItem(ProcessVariables.REVIEW_CONCLUSION, "RELEASABLE");
    }
    return publicInterestOverriddenOnWed11Feb();
  }

  /**
   * Starts a case with {@code items}; their third party, served on Tue 10 Feb, objects the same
   * day. The case then waits for the items' secrecy reviews.
   */
  public RequestScenario objectedOnTue10Feb(Object items) {
    return startWithItems(registration(LocalDate.of(2026, 2, 10)), items)
        .complete(ElementIds.TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
            ProcessVariables.CONSULTATION_SERVED_ON, "2026-02-10")
        .complete(ElementIds.TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER,
            ProcessVariables.CONSULTATION_ANSWER, "OBJECTION",
            ProcessVariables.CONSULTATION_ANSWERED_ON, "2026-02-10",
            ProcessVariables.CONSULTATION_OPINION, "涉及商业秘密，不同意公开");
  }

  /**
   * 判断是否涉及重大公共利益's list of reasons as its form sends it: every party the open task
   * lists, each with {@code reason} (ADR 0182).
   */
  public Object overrideReasonForEachParty(String reason) {
    Object listed = engine.getTaskService().getVariable(
        task(ElementIds.TASK_CONSIDER_PUBLIC_INTEREST).getId(),
        ProcessVariables.OVERRIDE_PARTY_REASONS);
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    try {
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(String.valueOf(listed))
          .forEach(row -> rows.add(Map.of("party", row.path("party").asText(),
              "overridePartyReason", reason)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
    return org.camunda.spin.Spin.JSON(rows);
  }

  /**
   * The office proposes disclosure in the public interest of the objected items its review
   * released; leadership approves it on Wed 11 Feb (Art. 32).
   */
  public RequestScenario publicInterestOverriddenOnWed11Feb() {
    complete(ElementIds.TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER,
            ProcessVariables.OVERRIDE_PROPOSED, true, ProcessVariables.OVERRIDE_PARTY_REASONS,
            overrideReasonForEachParty("涉及公众健康，不公开会对公共利益造成重大影响"));
    today(LocalDate.of(2026, 2, 11));
    return complete(ElementIds.TASK_APPROVE_OVERRIDE, LEADER,
        ProcessVariables.OVERRIDE_APPROVAL, "APPROVE");
  }

  /**
   * 6.1: a correction notice, no correction in time, the case closed as abandoned on Tue 10 Mar
   * 2026 (received Tue 10 Feb); its termination notice waits to be served (ADR 0067).
   */
  public String abandonedOnTue10Mar() {
    start(registration(LocalDate.of(2026, 2, 10)))
        .complete(ElementIds.TASK_CHECK_COMPLETENESS, OFFICE_USER,
            ProcessVariables.COMPLETENESS_DECISION, "CORRECTION",
            ProcessVariables.CORRECTION_POINTS, "请明确所需信息的名称。");
    fireTimer(ElementIds.TIMER_CORRECTION_DEADLINE);
    today(LocalDate.of(2026, 3, 10));
    complete(ElementIds.TASK_CONFIRM_NO_CORRECTION, OFFICE_USER,
        ProcessVariables.NO_CORRECTION_DECISION, "CLOSE");
    return trackingNumber();
  }

  /**
   * 6.2 after a third party's notice (ADR 0038): the third party served Wed 11 Feb, the fee
   * unpaid, the case closed Wed 18 Mar 2026 and waiting in its appeal window.
   */
  public String closedUnpaidAfterAThirdPartysNoticeOnWed18Mar() {
    objectionOverriddenOnWed11Feb(items(item("某企业排污数据", "HELD",
            "thirdParty", true, "thirdPartyName", "示范市某化工有限公司")))
        .complete(ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OFFICE_USER,
            ProcessVariables.OVERRIDE_NOTICE_SERVED_ON, "2026-02-11")
        .complete(ElementIds.TASK_EDIT_REPLY, OFFICE_USER, ProcessVariables.CHARGE_FEE, true,
            ProcessVariables.FEE_SCHEME, "PER_PAGE", ProcessVariables.PAGE_COUNT, 250)
        .complete(ElementIds.TASK_APPROVE_REPLY, LEADER, ProcessVariables.REPLY_APPROVAL,
            "APPROVE")
        .complete(ElementIds.TASK_RECORD_FEE_NOTICE_SERVICE, OFFICE_USER,
            ProcessVariables.FEE_NOTICE_SERVED_ON, "2026-02-11");
    today(LocalDate.of(2026, 3, 18));
    fireTimer(ElementIds.TIMER_PAYMENT_DEADLINE)
        .complete(ElementIds.TASK_CONFIRM_UNPAID, OFFICE_USER,
            ProcessVariables.UNPAID_DECISION, "CLOSE",
            ProcessVariables.UNPAID_COMMENT, "电话联系申请人，申请人表示不再缴费");
    BpmnAwareTests.assertThat(instance).isWaitingAt(ElementIds.GATEWAY_APPEAL_EVENTS);
    return trackingNumber();
  }

  /** Delivers a supplement the way the public API will: as the message the case waits for. */
  public RequestScenario supplementArrives(LocalDate receivedOn) {
    engine.getRuntimeService().createMessageCorrelation("SupplementReceived")
        .processInstanceBusinessKey(trackingNumber())
        .setVariable(ProcessVariables.SUPPLEMENT_RECEIVED_ON, receivedOn.toString())
        .correlate();
    return runAsyncSteps();
  }

  public Object variable(String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  /** The items of the search step as the dynamic list of the form submits them (JSON). */
  public static Object items(Map<?, ?>... items) {
    return Spin.JSON(List.of(items));
  }

  public static Map<String, Object> item(String title, String finding, Object... more) {
    Map<String, Object> item = new HashMap<>(vars(more));
    item.put("title", title);
    item.put("finding", finding);
    return item;
  }

  public static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private boolean isOfThisCase(String processInstanceId) {
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return pi != null && trackingNumber().equals(pi.getBusinessKey());
  }
}
