package io.github.ogiworkflow.audit;

import static io.github.ogiworkflow.audit.TrailEntries.only;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_COMPLAINT_ANSWER;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogiworkflow.audit.CaseTimeline.Entry;
import io.github.ogiworkflow.audit.CaseTimeline.Trail;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The register's part of the audit trail: a case's header is one read of the register (its
 * dates and whether the correction notice was late, ADR 0036), and a complaint registered
 * without a request (SSJB-…, ADR 0037) has a trail of its own: what was registered, the
 * answer deadline, the answer and who approved it.
 */
@Deployment(resources = {
    "processes/complaint.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn"})
class AuditTrailRegisterScenarioTest {

  /** A Monday. */
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  RequestScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, TODAY);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /** The header's due date and the correction flag come from one read of the case. */
  @Test
  void theHeaderReadsTheCaseOnce() {
    String number = scenario.start(registration(TODAY)).trackingNumber();
    AtomicInteger summaries = new AtomicInteger();
    AtomicInteger flags = new AtomicInteger();
    CaseRegister counting = new CaseRegister(ProcessTestEngine.jdbc(engine)) {
      @Override
      public Optional<CaseSummary> summary(String trackingNumber) {
        summaries.incrementAndGet();
        return super.summary(trackingNumber);
      }

      @Override
      public boolean correctionNoticeLate(String trackingNumber) {
        flags.incrementAndGet();
        return super.correctionNoticeLate(trackingNumber);
      }
    };
    CaseTimeline timeline = ProcessTestEngine.timeline(engine, counting);

    Trail trail = timeline.of(number).orElseThrow();
    assertThat(trail.header().dueOn()).isNotNull();
    assertThat(trail.header().receivedOn()).isEqualTo(TODAY);
    assertThat(summaries.get()).as("reads of the case").isEqualTo(1);
    assertThat(flags.get()).as("separate reads of correction_notice_late").isZero();
  }

  /**
   * Audit 35a F6: while a consultation or a fee notice stops the clock (a pause without its end),
   * the trail's header said the old date as 答复期限 and its line 答复期限（当前）; the date will
   * move by the pause, so the header says since when the clock stands still, as the ledger and
   * the applicant's page do, and the line says the date is the one before the pause.
   */
  @Test
  void whileTheClockStandsStillTheTrailGivesNoCurrentDeadline() {
    String number = scenario.start(registration(TODAY)).trackingNumber();
    CaseTimeline timeline = ProcessTestEngine.timeline(engine);
    assertThat(only(timeline.of(number).orElseThrow(), "DUE").activity())
        .startsWith("答复期限（当前）");
    // The register's pause as PauseLedger#hold writes it for a consultation letter served.
    ProcessTestEngine.jdbc(engine).update("INSERT INTO ogi_case_pause (tracking_number,"
        + " started_on, holders) VALUES (?, ?, 1)", number, java.sql.Date.valueOf(TODAY));

    Trail paused = timeline.of(number).orElseThrow();
    assertThat(paused.header().dueText()).isEqualTo("计时暂停（自2026年3月2日起）");
    assertThat(only(paused, "DUE").activity())
        .startsWith("答复期限（计时暂停前计算，恢复计时后相应顺延）").doesNotContain("当前");
  }

  /** A complaint without a request: its register record and its answer, by its own number. */
  @Test
  void aComplaintWithoutARequestHasItsTrailUnderItsOwnNumber() {
    engine.getIdentityService().setAuthenticatedUserId(LEGAL_USER);
    String number;
    try {
      number = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.COMPLAINT,
          RequestScenario.vars(COMPLAINT_KIND, "COMPLAINT", APPEAL_BODY, "示范市人民政府办公室",
              DOCKET_NO, "示政办转〔2026〕12号", SERVED_ON, TODAY.toString(), COMPLAINT_TEXT,
              "该局政府信息公开指南多年未更新，联系电话 13812345678"))
          .getBusinessKey();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(number).startsWith("SSJB-");
    CaseTimeline timeline = ProcessTestEngine.timeline(engine);
    LocalDate due = ProcessTestEngine.bean(engine, "workingDayCalendar",
        WorkingDayCalendar.class).addWorkingDays(TODAY, 15);

    Trail open = timeline.of(number).orElseThrow();
    assertThat(open.header()).isNull();
    assertThat(open.complaint().complaintNo()).isEqualTo(number);
    assertThat(open.complaint().kindLabel()).isEqualTo("投诉");
    assertThat(open.complaint().body()).isEqualTo("示范市人民政府办公室");
    assertThat(open.complaint().receivedOn()).isEqualTo(TODAY);
    assertThat(open.complaint().answerDueOn()).isEqualTo(due);
    assertThat(open.complaint().statusLabel()).isEqualTo("待答复");
    Entry received = only(open, "COMPLAINT_RECEIPT");
    assertThat(received.activity()).isEqualTo("收到投诉（示范市人民政府办公室转办）");
    assertThat(received.detail()).contains("来文编号 示政办转〔2026〕12号", "所涉：本机关政府信息公开工作");
    assertThat(only(open, "DUE").activity()).startsWith("答复期限（当前）");
    assertThat(open.entries()).noneMatch(e -> e.kind().equals("COMPLAINT"));

    complete(number, TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT, "经核查，已更新指南。");
    complete(number, "Task_ApproveComplaintAnswer", LEADER, ANSWER_APPROVAL, "APPROVE");
    scenario.runAsyncSteps();

    Trail answered = timeline.of(number).orElseThrow();
    assertThat(answered.complaint().statusLabel()).isEqualTo("已答复");
    assertThat(answered.complaint().answeredOn()).isEqualTo(TODAY);
    Entry answer = only(answered, "COMPLAINT");
    assertThat(answer.activity()).isEqualTo("答复投诉");
    assertThat(answer.outcome()).isEqualTo("已答复");
    // Named as the audit trail names people (陈刚（chengang）; the test engine has no users).
    assertThat(answer.detail()).startsWith("审批：").contains("chengang", "在答复期限内");
    // Who registered and drafted it: the history's steps, by name.
    assertThat(answered.entries()).anyMatch(e -> e.kind().equals("TASK")
        && e.activity().equals("起草申诉举报答复") && e.who().contains("wangli"));
    // The complaint's text (which may name people) is not in the trail.
    assertThat(answered.entries()).noneMatch(e -> (e.activity() + e.detail() + e.outcome()
        + e.comment()).contains("13812345678"));
  }

  private void complete(String key, String taskKey, String user, Object... keyValues) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey(taskKey).singleResult();
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getTaskService().complete(task.getId(), RequestScenario.vars(keyValues));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * ADR 0153: a file's download and a read of the case's full data (查阅完整信息) name the
   * staff member as he was named at the act; the old code looked the name up when read.
   */
  @Test
  void fileAccessAndFullDataReadsKeepTheNameOfTheAct() {
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    String reader = ProcessTestEngine.namedStaff(engine, "adr0153reader", "孙敏");
    try {
      String number = scenario.start(registration(TODAY)).trackingNumber();
      org.springframework.beans.factory.ObjectProvider<org.camunda.bpm.engine.IdentityService>
          identities = new org.springframework.beans.factory.support.StaticListableBeanFactory(
              java.util.Map.of("identityService", identity))
              .getBeanProvider(org.camunda.bpm.engine.IdentityService.class);
      new io.github.ogiworkflow.privacy.PersonalDataAccessLog(ProcessTestEngine.jdbc(engine),
          identities).record(number, reader,
              io.github.ogiworkflow.privacy.PersonalDataAccessLog.Purpose.APPLICANT_PAGE);
      new io.github.ogiworkflow.attachment.FileAccessLog(ProcessTestEngine.jdbc(engine),
          identities).record(number, null, "答复书.docx",
              io.github.ogiworkflow.attachment.FileAccessLog.Action.DOWNLOAD, reader);
      org.camunda.bpm.engine.identity.User renamed = identity.createUserQuery().userId(reader)
          .singleResult();
      renamed.setFirstName("孙晓敏");
      identity.saveUser(renamed);

      Trail trail = ProcessTestEngine.timeline(engine).of(number).orElseThrow();
      assertThat(only(trail, "ACCESS").who()).isEqualTo("孙敏（adr0153reader）");
      assertThat(only(trail, "FILE").who()).isEqualTo("孙敏（adr0153reader）");
    } finally {
      identity.deleteUser(reader);
    }
  }

  /**
   * ADR 0161 (audit 34b F4, F8): who registered the request, who recorded its delivery (and
   * how it was delivered) and who issued its reply come from the register, by the names they had
   * at the act; a file's line names its purpose and the start of its SHA-256. On the old code
   * these lines named nobody (only the engine's history knew), and the file line its name only.
   */
  @Test
  void theRegisterNamesWhoRegisteredDeliveredAndIssuedAsNamedAtTheAct() {
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    String clerk = ProcessTestEngine.namedStaff(engine, "adr0161clerk", "周敏", "office");
    try {
      identity.setAuthenticatedUserId(clerk);
      String number;
      try {
        number = engine.getRuntimeService().startProcessInstanceByKey(
            ProcessKeys.DISCLOSURE_REQUEST, registration(TODAY)).getBusinessKey();
      } finally {
        identity.clearAuthentication();
      }
      complete(number, io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS, clerk,
          COMPLETENESS_DECISION, "NOT_A_REQUEST", NOT_A_REQUEST_KIND, "PETITION");
      scenario.runAsyncSteps();
      complete(number, io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY, clerk,
          CHARGE_FEE, false);
      scenario.runAsyncSteps();
      complete(number, io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY, clerk,
          DELIVERED_BY, "IN_PERSON", DELIVERED_ON, TODAY.toString());
      scenario.runAsyncSteps();
      byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      io.github.ogiworkflow.attachment.AttachmentRegister.Attachment found =
          new io.github.ogiworkflow.attachment.Attachments(
              new io.github.ogiworkflow.attachment.AttachmentRegister(
                  ProcessTestEngine.jdbc(engine)),
              new io.github.ogiworkflow.attachment.FileAccessLog(ProcessTestEngine.jdbc(engine)),
              ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class),
              ProcessTestEngine.bean(engine, "itemRegister",
                  io.github.ogiworkflow.register.ItemRegister.class),
              new io.github.ogiworkflow.attachment.AttachmentProperties(
                  org.springframework.util.unit.DataSize.ofMegabytes(20),
                  List.of(io.github.ogiworkflow.attachment.AttachmentTypes.PDF), "",
                  java.time.Duration.ofHours(24)))
              .upload(number, null, "FOUND",
                  new io.github.ogiworkflow.attachment.Attachments.Upload("found.pdf", pdf),
                  clerk);
      org.camunda.bpm.engine.identity.User renamed = identity.createUserQuery().userId(clerk)
          .singleResult();
      renamed.setFirstName("周晓敏");
      identity.saveUser(renamed);

      Trail trail = ProcessTestEngine.timeline(engine).of(number).orElseThrow();
      String named = "周敏（" + clerk + "）";
      assertThat(only(trail, "RECEIPT").who()).isEqualTo(named);
      Entry delivery = only(trail, "DELIVERY");
      assertThat(delivery.who()).isEqualTo(named);
      assertThat(delivery.detail()).startsWith("在答复期限内；送达方式 ")
          .doesNotContain("IN_PERSON");
      assertThat(trail.entries()).filteredOn(e -> e.kind().equals("LETTER")
          && e.activity().contains("答复书")).isNotEmpty()
          .allSatisfy(e -> assertThat(e.who()).isEqualTo(named));
      assertThat(only(trail, "FILE").activity()).isEqualTo("上传附件《found.pdf》（用途：检索到的文件；"
          + "SHA-256：" + found.sha256().substring(0, 12) + "…）");
    } finally {
      identity.deleteMembership(clerk, "office");
      identity.deleteUser(clerk);
    }
  }
}
