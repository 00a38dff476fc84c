package io.github.ogiworkflow.demo;

import static io.github.ogiworkflow.process.ElementIds.*;
import static io.github.ogiworkflow.process.ProcessVariables.*;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.security.Groups;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * 演示案件 (issue 16, point 6): on the first start with the {@code demo} profile, about twenty
 * back-dated requests over the last months in every state — waiting at each main step, paused
 * (征求意见, 补正), overdue, delivered with the main outcomes of table 三 (1, 2, 3.x, 4.1, 5.x,
 * 6.1) and appealed (a 行政复议 pending and one decided) — so Tasklist, Cockpit, 期限监控, the
 * ledger and the report have something to show.
 *
 * <p>Each case is driven as staff drive it: the registration form's variables, then each task
 * completed by a named demo user with the variables its form submits, so every rule of the
 * delegates and listeners applies. Back-dating moves the engine clock ({@link ClockUtil}, which
 * {@link OfficeTime} reads, as the scenario tests do). That is why this runs as an
 * {@link ApplicationRunner}: after the engine and the seeded accounts are up but before the job
 * executor starts (it starts on ApplicationReadyEvent), and only on the first start: a marker
 * property of the engine ({@value #MARKER}) is set first, so a restart never seeds again. A
 * failure logs a warning and leaves the app running. {@code ogi.demo.cases.enabled=false}
 * switches it off (the HTTP tests and the CI scripts do, as they count cases).
 */
@Component
@Profile("demo")
public class DemoCases implements ApplicationRunner {

  static final String MARKER = "ogi.demoCasesSeeded";
  private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);

  private static final String OFFICE = "wangli";
  private static final String OFFICE_2 = "zhangwei";
  private static final String LEGAL = "lina";
  private static final String LEADER = "chengang";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;
  private final boolean enabled;
  private int applicants;

  public DemoCases(RuntimeService runtime, TaskService tasks, ManagementService management,
      IdentityService identity, WorkingDayCalendar calendar,
      @Value("${ogi.demo.cases.enabled:true}") boolean enabled) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.calendar = calendar;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    long start = System.nanoTime();
    try {
      int seeded = seedOnce();
      if (seeded > 0) {
        LOG.info("Seeded {} demo cases (演示案件) in {} ms", seeded,
            (System.nanoTime() - start) / 1_000_000);
      }
    } catch (RuntimeException e) {
      // Demo data is a convenience: a failure must never stop the app.
      LOG.warn("Demo cases (演示案件) could not all be seeded: {}", e.toString());
    }
  }

  /** Seeds the demo cases unless the marker says they were; returns how many it started. */
  public synchronized int seedOnce() {
    if (management.getProperties().containsKey(MARKER)) {
      return 0;
    }
    LocalDate today = OfficeTime.today();
    management.setProperty(MARKER, today.toString());
    try {
      return seed(today);
    } finally {
      ClockUtil.reset();
      identity.clearAuthentication();
    }
  }

  private int seed(LocalDate today) {
    Seeding s = new Seeding(today);
    // Waiting at each main step, received recently (their step deadlines still run).
    s.received(2, "2026年度本局“双随机一公开”抽查计划");
    s.check(s.received(4, "本市食品生产许可企业名单"), 3);
    s.split(s.check(s.received(8, "某超市2025年度食品抽检结果及处理决定"), 7), 6,
        item("某超市食品抽检报告", "HELD"), item("行政处罚决定书", "HELD"));
    s.edit(s.split(s.check(s.received(10, "2025年本局政府信息公开工作年度报告"), 9), 8,
        publicItem("2025年本局政府信息公开工作年度报告")), -1);
    DemoCase toApprove = s.split(s.check(s.received(12, "某案件集体讨论会议纪要"), 11), 10,
        item("某案件集体讨论会议纪要", "HELD"));
    s.edit(s.review(toApprove, 9, "WITHHOLD", "PROCESS_INFO", "《中华人民共和国政府信息公开条例》第十六条第二款"), 8);
    s.edit(s.split(s.check(s.received(14, "本局2025年度部门预算"), 13), 12,
        publicItem("本局2025年度部门预算")), 11);
    // Paused: a third party consulted (Art. 32), and a correction notice (Art. 30).
    DemoCase consulted = s.split(s.check(s.received(9, "某企业环评批复及验收材料"), 8), 7,
        thirdPartyItem("某企业环评验收材料"));
    s.complete(consulted, TASK_RECORD_CONSULTATION_SERVICE, 6, OFFICE, Groups.OFFICE,
        CONSULTATION_SERVED_ON, s.day(6).toString());
    s.correction(s.received(6, "有关部门的文件"), 5);
    // Overdue: the completeness check and the search both past their deadlines (Art. 30, 33).
    s.received(40, "某小区电梯维保记录");
    s.check(s.received(45, "2024年度本市特种设备事故统计"), 43);

    // Delivered with each main outcome of table 三.
    DemoCase statistics = s.received(170, "2025年行政处罚案件统计表");
    s.delivered(s.editAndApprove(s.split(s.check(statistics, 168), 165,
        publicItem("2025年行政处罚案件统计表")), 163), 160);
    s.delivered(s.editAndApprove(s.review(s.split(s.check(s.received(150, "某餐饮企业检查记录"), 149), 146,
        item("某餐饮企业日常检查记录", "HELD")), 142, "RELEASABLE", null, null), 140), 136);
    s.delivered(s.editAndApprove(s.review(s.split(s.check(s.received(130, "某投诉举报处理结果"), 129), 126,
        item("投诉举报处理结果告知书", "HELD")), 122, "RELEASABLE_REDACTED", "THIRD_PARTY",
        "《中华人民共和国政府信息公开条例》第十五条"), 120), 116);
    s.delivered(s.editAndApprove(s.review(s.split(s.check(s.received(110, "某专项执法行动方案"), 109), 106,
        item("专项执法行动方案（涉密）", "HELD")), 102, "WITHHOLD", "STATE_SECRET",
        "《中华人民共和国保守国家秘密法》第十三条"), 100), 96);
    s.delivered(s.editAndApprove(s.split(s.check(s.received(95, "某企业历年纳税明细"), 94), 90,
        item("某企业历年纳税明细", "NOT_HELD", "responsibleAgency", "示范市税务局",
            // Art. 36(五): why it is not this agency's (说明理由; ADR 0130).
            "notOursReason", "企业纳税信息由税务机关在税收征管中制作并保存（条例第十条）",
            // Art. 36(五): the reply gives the responsible agency's name and contact.
            "responsibleAgencyContact", "示范市人民路88号，电话0591-12366")), 88), 85);
    DemoCase petition = s.check(s.received(80, "投诉某商户虚假宣传"), 79,
        NOT_A_REQUEST_KIND, "PETITION");
    s.delivered(s.editAndApprove(petition, 77), 74);
    // 5.2: the same applicant asks again for what was answered above (Art. 36(六)).
    DemoCase repeat = s.repeat(s.receivedAgain(statistics, 60, "2025年行政处罚案件统计表"), 59,
        statistics);
    s.delivered(s.editAndApprove(repeat, 58), 56);
    s.abandoned(s.correction(s.received(75, "相关材料"), 74), 50);

    // Appealed: a reconsideration decided (维持), and one pending at the answer draft.
    DemoCase decided = s.delivered(s.editAndApprove(s.review(s.split(s.check(
        s.received(140, "某案件调查终结报告"), 139), 136,
        item("某案件调查终结报告", "HELD")), 132, "WITHHOLD", "ENFORCEMENT_FILE",
        "《中华人民共和国政府信息公开条例》第十六条第二款"), 130), 125);
    DemoCase answer = s.reconsideration(decided, 110, "示复〔2026〕3号");
    s.complete(answer, TASK_DRAFT_ANSWER, 108, LEGAL, Groups.LEGAL, ANSWER_TEXT,
        "被申请人已依法答复，所涉信息属于行政执法案卷信息，事实清楚，适用依据正确。",
        EVIDENCE_LIST, "1. 申请表；2. 答复书；3. 送达回证");
    s.complete(answer, TASK_APPROVE_ANSWER, 107, LEADER, Groups.LEADERSHIP,
        ANSWER_APPROVAL, "APPROVE");
    s.complete(answer, TASK_SUBMIT_ANSWER, 106, LEGAL, Groups.LEGAL,
        SUBMITTED_ON, s.day(106).toString());
    s.complete(answer, TASK_RECORD_DECISION, 70, LEGAL, Groups.LEGAL,
        APPEAL_RESULT, "MAINTAINED", DECIDED_ON, s.day(71).toString());
    DemoCase pending = s.delivered(s.editAndApprove(s.review(s.split(s.check(
        s.received(55, "某企业信用修复材料"), 54), 52,
        item("某企业信用修复申请材料", "HELD")), 50, "WITHHOLD", "THIRD_PARTY",
        "《中华人民共和国政府信息公开条例》第十五条"), 49), 46);
    s.reconsideration(pending, 3, "示复〔2026〕21号");
    return s.run();
  }

  /** A demo case in the plan; its tracking number once its registration step has run. */
  private static final class DemoCase {
    String trackingNumber;
    int applicant;
  }

  /**
   * The work on the cases, each step on its back-dated day. The calls above only plan the
   * steps; {@link #run} takes them in date order across all cases, as an office would have done
   * them, so tracking numbers and each kind of letter's 文号 rise with their dates, and steps on
   * the same day are some minutes apart (the audit trail orders by time).
   */
  private final class Seeding {

    /** A planned step: on the working day {@code daysAgo} back, after earlier-planned steps. */
    private record Step(int daysAgo, int planned, Runnable work) {}

    private static final LocalTime FIRST_STEP_OF_A_DAY = LocalTime.of(9, 0);
    private static final int MINUTES_BETWEEN_STEPS = 7;

    private final LocalDate today;
    private final List<Step> plan = new ArrayList<>();
    private int started;

    Seeding(LocalDate today) {
      this.today = today;
    }

    /**
     * The working day about {@code daysAgo} calendar days back (a weekend or public holiday moves
     * to the working day before it: nobody receives an application at a closed office).
     */
    LocalDate day(int daysAgo) {
      LocalDate day = today.minusDays(daysAgo);
      while (!calendar.isWorkingDay(day)) {
        day = day.minusDays(1);
      }
      return day.isAfter(today) ? today : day;
    }

    private void at(int daysAgo, Runnable work) {
      plan.add(new Step(daysAgo, plan.size(), work));
    }

    /** Runs the planned steps, the earliest day first; returns how many cases it registered. */
    int run() {
      plan.sort(Comparator.comparingInt(Step::daysAgo).reversed()
          .thenComparingInt(Step::planned));
      LocalDate previousDay = null;
      int stepOfTheDay = 0;
      for (Step step : plan) {
        LocalDate day = day(step.daysAgo());
        stepOfTheDay = day.equals(previousDay) ? stepOfTheDay + 1 : 0;
        previousDay = day;
        ClockUtil.setCurrentTime(Date.from(day.atTime(FIRST_STEP_OF_A_DAY)
            .plusMinutes((long) stepOfTheDay * MINUTES_BETWEEN_STEPS)
            .atZone(OfficeTime.ZONE).toInstant()));
        step.work().run();
      }
      return started;
    }

    /** 登记受理 at the counter or by post, as the registration form submits it. */
    DemoCase received(int daysAgo, String description) {
      return received(applicants++, daysAgo, description);
    }

    /** A new request by the applicant of {@code earlier}. */
    DemoCase receivedAgain(DemoCase earlier, int daysAgo, String description) {
      applicants++; // the other demo applicants keep their names
      return received(earlier.applicant, daysAgo, description);
    }

    private DemoCase received(int n, int daysAgo, String description) {
      DemoCase demoCase = new DemoCase();
      demoCase.applicant = n;
      at(daysAgo, () -> {
        Map<String, Object> form = new HashMap<>();
        form.put(CHANNEL, n % 3 == 2 ? "POST" : "IN_PERSON");
        form.put(RECEIVED_ON, day(daysAgo).toString());
        form.put(APPLICANT_TYPE, "NATURAL_PERSON");
        form.put(APPLICANT_NAME, NAMES[n % NAMES.length]);
        form.put(ID_TYPE, "RESIDENT_ID");
        form.put(ID_NUMBER, residentId(n));
        form.put(CONTACT_PHONE, "138" + String.format("%08d", 10000000 + n * 7919));
        // 电子邮件 is the way asked for: the e-mail it needs (Art. 29), and an address on file.
        form.put(CONTACT_EMAIL, String.format("shenqingren%02d@example.cn", n));
        form.put(CONTACT_ADDRESS, "示范市鼓楼区东街" + (n + 1) + "号（邮编350001）");
        form.put(REQUEST_DESCRIPTION, description);
        form.put(DELIVERY_FORM, "ELECTRONIC");
        form.put(DELIVERY_METHOD, "EMAIL");
        ProcessInstance instance = as(n % 2 == 0 ? OFFICE : OFFICE_2, Groups.OFFICE,
            () -> runtime.startProcessInstanceByKey(ProcessKeys.DISCLOSURE_REQUEST, form));
        started++;
        demoCase.trackingNumber = runtime.createProcessInstanceQuery()
            .processInstanceId(instance.getId()).singleResult().getBusinessKey();
        runJobs(demoCase.trackingNumber);
      });
      return demoCase;
    }

    DemoCase check(DemoCase demoCase, int daysAgo, Object... notARequest) {
      Object[] vars = notARequest.length == 0
          ? new Object[] {COMPLETENESS_DECISION, "COMPLETE"}
          : new Object[] {COMPLETENESS_DECISION, "NOT_A_REQUEST", notARequest[0], notARequest[1]};
      return complete(demoCase, TASK_CHECK_COMPLETENESS, daysAgo, OFFICE, Groups.OFFICE, vars);
    }

    /** 不予处理 as a repeat of {@code earlier}, named by its tracking number (5.2). */
    DemoCase repeat(DemoCase demoCase, int daysAgo, DemoCase earlier) {
      at(daysAgo, () -> completeNow(demoCase.trackingNumber, TASK_CHECK_COMPLETENESS, OFFICE,
          Groups.OFFICE, COMPLETENESS_DECISION, "NOT_A_REQUEST", NOT_A_REQUEST_KIND, "REPEAT",
          EARLIER_REQUEST, earlier.trackingNumber));
      return demoCase;
    }

    DemoCase correction(DemoCase demoCase, int daysAgo) {
      return complete(demoCase, TASK_CHECK_COMPLETENESS, daysAgo, OFFICE, Groups.OFFICE,
          COMPLETENESS_DECISION, "CORRECTION",
          CORRECTION_POINTS, "1. 请写明所需信息的名称或文号；2. 请写明所需信息的年份。");
    }

    /**
     * The correction deadline passed: its timer opens 确认逾期未补正, and the office confirms
     * at once that there was no good reason (Art. 30), so the case closes as 6.1.
     */
    DemoCase abandoned(DemoCase demoCase, int daysAgo) {
      at(daysAgo, () -> {
        fireTimer(demoCase.trackingNumber, TIMER_CORRECTION_DEADLINE);
        completeNow(demoCase.trackingNumber, TASK_CONFIRM_NO_CORRECTION, OFFICE, Groups.OFFICE,
            NO_CORRECTION_DECISION, "CLOSE", NO_CORRECTION_COMMENT, "经电话核实，申请人无正当理由未补正");
      });
      return demoCase;
    }

    @SafeVarargs
    final DemoCase split(DemoCase demoCase, int daysAgo, Map<String, Object>... items) {
      return complete(demoCase, TASK_SEARCH_AND_SPLIT, daysAgo, OFFICE, Groups.OFFICE,
          ITEMS, Spin.JSON(List.of(items)));
    }

    DemoCase review(DemoCase demoCase, int daysAgo, String conclusion, String ground,
        String legalBasis) {
      return complete(demoCase, TASK_REVIEW_ITEM, daysAgo, LEGAL, Groups.LEGAL,
          REVIEW_CONCLUSION, conclusion, WITHHOLDING_GROUND, ground, LEGAL_BASIS, legalBasis,
          REDACTION_NOTE, "RELEASABLE_REDACTED".equals(conclusion) ? "遮盖投诉人姓名及联系方式"
              : null);
    }

    /** 编辑答复书 without a fee; -1: not edited yet. */
    DemoCase edit(DemoCase demoCase, int daysAgo) {
      if (daysAgo >= 0) {
        complete(demoCase, TASK_EDIT_REPLY, daysAgo, OFFICE, Groups.OFFICE, CHARGE_FEE, false);
      }
      return demoCase;
    }

    /** 编辑答复书, then 领导审批 when the outcome asks for it (Art. 36 replies that withhold). */
    DemoCase editAndApprove(DemoCase demoCase, int daysAgo) {
      edit(demoCase, daysAgo);
      at(daysAgo, () -> {
        if (!open(demoCase.trackingNumber, TASK_APPROVE_REPLY).isEmpty()) {
          completeNow(demoCase.trackingNumber, TASK_APPROVE_REPLY, LEADER, Groups.LEADERSHIP,
              REPLY_APPROVAL, "APPROVE");
        }
      });
      return demoCase;
    }

    DemoCase delivered(DemoCase demoCase, int daysAgo) {
      return complete(demoCase, TASK_DELIVER_REPLY, daysAgo, OFFICE, Groups.OFFICE,
          DELIVERED_BY, "EMAIL", DELIVERED_ON, day(daysAgo).toString());
    }

    /** A 行政复议 against the reply, filed by legal with the start form. */
    DemoCase reconsideration(DemoCase demoCase, int daysAgo, String docketNo) {
      at(daysAgo, () -> {
        Map<String, Object> form = new HashMap<>();
        form.put(TRACKING_NUMBER, demoCase.trackingNumber);
        form.put(DOCKET_NO, docketNo);
        form.put(APPEAL_BODY, "示范市人民政府");
        form.put(FILED_ON, day(daysAgo).toString());
        form.put(SERVED_ON, day(daysAgo).toString());
        form.put(PROCEDURE, "SIMPLIFIED");
        as(LEGAL, Groups.LEGAL,
            () -> runtime.startProcessInstanceByKey(ProcessKeys.RECONSIDERATION, form));
        runJobs(demoCase.trackingNumber);
      });
      return demoCase;
    }

    DemoCase complete(DemoCase demoCase, String taskKey, int daysAgo, String user,
        Groups group, Object... keyValues) {
      at(daysAgo, () -> completeNow(demoCase.trackingNumber, taskKey, user, group, keyValues));
      return demoCase;
    }

    /** Completes the case's open task of that step as the user, at the clock's present time. */
    private void completeNow(String trackingNumber, String taskKey, String user, Groups group,
        Object... keyValues) {
      List<Task> open = open(trackingNumber, taskKey);
      if (open.isEmpty()) {
        throw new IllegalStateException(trackingNumber + " does not wait at " + taskKey);
      }
      Map<String, Object> variables = new HashMap<>();
      for (int i = 0; i < keyValues.length; i += 2) {
        variables.put((String) keyValues[i], keyValues[i + 1]);
      }
      as(user, group, () -> {
        tasks.complete(open.get(0).getId(), variables);
        return null;
      });
      runJobs(trackingNumber);
    }

    private void fireTimer(String trackingNumber, String timerId) {
      for (Job timer : management.createJobQuery().timers().activityId(timerId).list()) {
        if (instancesOf(trackingNumber).contains(timer.getProcessInstanceId())) {
          // Never before it is due: the letters it sends would state a date not yet passed.
          if (timer.getDuedate() != null
              && timer.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
          }
          management.executeJob(timer.getId());
        }
      }
      runJobs(trackingNumber);
    }

    List<Task> open(String trackingNumber, String taskKey) {
      return tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
          .taskDefinitionKey(taskKey).orderByTaskCreateTime().asc().list();
    }

    /** The asynchronous steps of this case, as the job executor (not started yet) would run them. */
    void runJobs(String trackingNumber) {
      for (int round = 0; round < 50; round++) {
        Set<String> instances = instancesOf(trackingNumber);
        List<Job> jobs = management.createJobQuery().messages().list().stream()
            .filter(job -> instances.contains(job.getProcessInstanceId())).toList();
        if (jobs.isEmpty()) {
          return;
        }
        jobs.forEach(job -> management.executeJob(job.getId()));
      }
      throw new IllegalStateException(trackingNumber + ": asynchronous steps do not come to rest");
    }

    Set<String> instancesOf(String trackingNumber) {
      return runtime.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber)
          .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    private <T> T as(String user, Groups group, java.util.function.Supplier<T> work) {
      identity.setAuthentication(user, List.of(group.id()));
      try {
        return work.get();
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  private static final String[] NAMES = {
      "张建国", "李秀英", "王志强", "刘芳", "陈晓明", "杨丽", "赵磊", "黄婷", "周伟", "吴敏",
      "徐静", "孙浩", "马丽娟", "朱军", "胡雪", "郭涛", "何琳", "高峰", "林晓燕", "罗斌",
      "梁红", "宋刚", "郑爽", "谢飞"};

  /** A resident ID (居民身份证号) with a correct check digit (GB 11643), one per demo applicant. */
  static String residentId(int n) {
    String body = "350502" + String.format("%04d", 1960 + n % 40) + "0315"
        + String.format("%03d", 100 + n);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static Map<String, Object> item(String title, String finding, Object... more) {
    Map<String, Object> item = new HashMap<>();
    item.put("title", title);
    item.put("finding", finding);
    for (int i = 0; i < more.length; i += 2) {
      item.put((String) more[i], more[i + 1]);
    }
    return item;
  }

  private static Map<String, Object> publicItem(String title) {
    return item(title, "PUBLIC", "wherePublic", "本局门户网站政府信息公开专栏");
  }

  private static Map<String, Object> thirdPartyItem(String title) {
    return item(title, "HELD", "thirdParty", true, "thirdPartyName", "示范市某食品有限公司");
  }
}
