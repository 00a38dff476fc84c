package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.GATEWAY_APPEAL_EVENTS;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_COMPLAINT_VOID;
import static io.github.ogiworkflow.process.ElementIds.TASK_DRAFT_COMPLAINT_ANSWER;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Complaint} (申诉、举报): recorded, answered by the office with leadership approval, counted. */
@Deployment(resources = {
    "processes/complaint.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn"})
class ComplaintScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      1.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  AppealScenario scenario;
  AppealRegister appeals;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void aComplaintIsAnsweredAfterLeadershipApprovalAndCounted() {
    String trackingNumber = scenario.deliveredCase(false);
    int before = appeals.counts(AppealKind.COMPLAINT, 2026, null).total();
    ProcessInstance complaint = complain(trackingNumber);

    assertThat(complaint).isWaitingAt(TASK_DRAFT_COMPLAINT_ANSWER);
    Assertions.assertThat(engine.getRuntimeService().getVariable(complaint.getId(),
        APPEAL_SUBJECT)).isEqualTo("举报内容：举报该局未依法答复政府信息公开申请");
    // Received 10 Feb + 15 working days: 11–14 = 4; 24–28 Feb = 9; 2–6 Mar = 14; 9 Mar.
    Assertions.assertThat(scenario.request.task(TASK_DRAFT_COMPLAINT_ANSWER).getDueDate())
        .isEqualTo(OfficeTime.endOf(LocalDate.of(2026, 3, 9)));
    answer("SEND_BACK");
    answer("APPROVE");

    assertThat(complaint).isEnded().hasPassed("Service_RecordComplaintAnswer",
        "EndEvent_ComplaintAnswered");
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement().satisfies(appeal -> {
      Assertions.assertThat(appeal.kind()).isEqualTo(AppealKind.COMPLAINT);
      Assertions.assertThat(appeal.procedureKind()).isEqualTo("REPORT");
      Assertions.assertThat(appeal.approvedBy()).isEqualTo(LEADER);
      Assertions.assertThat(appeal.result()).isEqualTo("ANSWERED");
      Assertions.assertThat(appeal.pending()).isFalse();
    });
    Assertions.assertThat(appeals.counts(AppealKind.COMPLAINT, 2026, null).total())
        .isEqualTo(before + 1);
    // The audit trail shows the answered complaint (its result is no table 四 result).
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(entry -> "APPEAL".equals(entry.kind())).singleElement()
        .satisfies(entry -> Assertions.assertThat(entry.toString()).contains("已答复", "答复于"));
    // The answer says which complaint it answers (Art. 51): passed on by whom, received when,
    // about which request (its receipt date and description, no tracking number), then the text.
    io.github.ogiworkflow.letter.Letters letters = ProcessTestEngine.bean(engine, "letters",
        io.github.ogiworkflow.letter.Letters.class);
    io.github.ogiworkflow.letter.Letters.Letter letter = letters.of(trackingNumber).stream()
        .filter(l -> l.kind() == io.github.ogiworkflow.letter.LetterKind.COMPLAINT_ANSWER)
        .findFirst().orElseThrow();
    Assertions.assertThat(letter.body()).startsWith("本机关于2026年2月10日收到示范市人民政府办公室转来的举报，"
        + "事涉本机关于").contains("收到的政府信息公开申请（申请公开：",
        "。举报称：举报该局未依法答复政府信息公开申请。经核查，现答复如下：\n经核查，本局已依法答复。")
        .doesNotContain(trackingNumber);
    Assertions.assertThat(io.github.ogiworkflow.letter.LetterDocuments.text(
        letters.file(trackingNumber, letter.id()).orElseThrow().bytes()))
        .contains("示范市人民政府办公室：", "举报称：举报该局未依法答复政府信息公开申请");
    // A complaint does not hold the appeal window open.
    assertThat(scenario.request.instance).isWaitingAt(GATEWAY_APPEAL_EVENTS);
  }

  /**
   * Audit 30b F4: a 转办函 names the complainant with ID number, phone and address; the engine's
   * tables hold the complaint's text (and the subject shown to the drafter) masked, for
   * leadership and auditors reading the history, while the answer still quotes it in full from
   * the register (ogi_appeal.complaint_text).
   */
  @Test
  void theComplaintsTextIsMaskedInTheEngineAndQuotedInFullInTheAnswer() {
    String trackingNumber = scenario.deliveredCase(false);
    String id = "350502198001011235";
    String phone = "13700001111";
    String text = "投诉人周测试（身份证号" + id + "，电话" + phone + "，住示范市鼓楼区南街5号3单元）"
        + "投诉申请未及时处理";
    ProcessInstance complaint = scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
        trackingNumber, COMPLAINT_KIND, "COMPLAINT", APPEAL_BODY, "示范市人民政府办公室",
        SERVED_ON, "2026-02-10", COMPLAINT_TEXT, text);
    answer("APPROVE");

    org.springframework.jdbc.core.JdbcTemplate jdbc = ProcessTestEngine.jdbc(engine);
    StringBuilder stored = new StringBuilder();
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      jdbc.queryForList("SELECT NAME_, TEXT_ FROM " + table + " WHERE PROC_INST_ID_ = ?",
          complaint.getId()).forEach(row -> stored.append(row).append('\n'));
    }
    Assertions.assertThat(stored).contains("complaintText", "appealSubject", "投诉人周测试",
        "[ID-MASKED]", "[PHONE-MASKED]", "住示范市");
    Assertions.assertThat(stored.toString()).doesNotContain(id, phone, "南街5号", "3单元",
        id.substring(3, 14));
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement().satisfies(appeal ->
        Assertions.assertThat(appeals.complaintText(appeal.id())).contains(text));
    io.github.ogiworkflow.letter.Letters letters = ProcessTestEngine.bean(engine, "letters",
        io.github.ogiworkflow.letter.Letters.class);
    Assertions.assertThat(letters.of(trackingNumber)).filteredOn(l ->
            l.kind() == io.github.ogiworkflow.letter.LetterKind.COMPLAINT_ANSWER)
        .singleElement().satisfies(letter -> Assertions.assertThat(letter.body())
            .contains("投诉称：" + text));
  }

  /**
   * ADR 0129: the answer and its evidence list are stored masked in the engine and kept whole as
   * drafted in the register. After a send-back the drafter's form shows them masked: sent back
   * with the masked parts still in, the redraft is refused (the answer would print ***); sent
   * back unchanged, the full draft stays, leadership approves it and the answer prints it whole.
   * Failed on the code before: the engine stored both as typed.
   */
  @Test
  void theAnswerIsMaskedInTheEngineAndKeptWholeThroughASendBack() {
    String trackingNumber = scenario.deliveredCase(false);
    String id = "350502198001011235";
    String phone = "13700001111";
    String answer = "经核查，投诉人周测试（身份证号" + id + "，电话" + phone
        + "，住示范市鼓楼区南街5号3单元）的申请已依法答复。";
    String evidence = "1. 周测试（身份证号" + id + "）的申请表；2. 答复书";
    ProcessInstance complaint = complain(trackingNumber);
    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT, answer,
            EVIDENCE_LIST, evidence)
        .complete("Task_ApproveComplaintAnswer", LEADER, ANSWER_APPROVAL, "SEND_BACK",
            ANSWER_APPROVAL_COMMENT, "请写明答复日期");

    // What Tasklist shows the drafter now: the stored, masked values.
    String shownAnswer = (String) engine.getRuntimeService().getVariable(complaint.getId(),
        ANSWER_TEXT);
    String shownEvidence = (String) engine.getRuntimeService().getVariable(complaint.getId(),
        EVIDENCE_LIST);
    Assertions.assertThat(shownAnswer).contains("[ID-MASKED]").doesNotContain(id, phone);
    assertThatThrownBy(() -> scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER,
        ANSWER_TEXT, shownAnswer + "答复日期为2026年2月20日。", EVIDENCE_LIST, shownEvidence))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("正文中仍有脱敏显示的内容");
    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT,
            shownAnswer, EVIDENCE_LIST, shownEvidence)
        .complete("Task_ApproveComplaintAnswer", LEADER, ANSWER_APPROVAL, "SEND_BACK",
            ANSWER_APPROVAL_COMMENT, "请核对证据清单");
    // Sent back twice: what is shown now was masked again when stored; still the same draft.
    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT,
            engine.getRuntimeService().getVariable(complaint.getId(), ANSWER_TEXT),
            EVIDENCE_LIST, engine.getRuntimeService().getVariable(complaint.getId(),
                EVIDENCE_LIST))
        .complete("Task_ApproveComplaintAnswer", LEADER, ANSWER_APPROVAL, "APPROVE");

    assertThat(complaint).isEnded();
    org.springframework.jdbc.core.JdbcTemplate jdbc = ProcessTestEngine.jdbc(engine);
    StringBuilder stored = new StringBuilder();
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      jdbc.queryForList("SELECT NAME_, TEXT_ FROM " + table + " WHERE PROC_INST_ID_ = ?",
          complaint.getId()).forEach(row -> stored.append(row).append('\n'));
    }
    Assertions.assertThat(stored).contains("answerText", "evidenceList", "投诉人周测试");
    Assertions.assertThat(stored.toString()).doesNotContain(id, phone, "南街5号",
        id.substring(3, 14));
    long appealId = appeals.of(trackingNumber).get(0).id();
    Assertions.assertThat(appeals.approvedAnswer(appealId)).hasValueSatisfying(approved -> {
      Assertions.assertThat(approved.text()).isEqualTo(answer);
      Assertions.assertThat(approved.evidence()).isEqualTo(evidence);
    });
    io.github.ogiworkflow.letter.Letters letters = ProcessTestEngine.bean(engine, "letters",
        io.github.ogiworkflow.letter.Letters.class);
    Assertions.assertThat(letters.of(trackingNumber)).filteredOn(l ->
            l.kind() == io.github.ogiworkflow.letter.LetterKind.COMPLAINT_ANSWER)
        .singleElement().satisfies(letter -> Assertions.assertThat(letter.body())
            .contains(answer).doesNotContain("***", "[ID-MASKED]"));
  }

  @Test
  void aComplaintNeedsAKnownCaseAndItsContent() {
    assertThatThrownBy(() -> complain("YSQ-2026-999998"))
        .isInstanceOf(UnknownCase.class);
    String trackingNumber = scenario.deliveredCase(false);
    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
        trackingNumber, COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("请填写申诉举报内容");
    // Not passed on before the request it is about was received (10 Feb 2026).
    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
        trackingNumber, COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室",
        SERVED_ON, "2010-05-05", COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("收到日期不能早于政府信息公开申请的收到日期");
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();
  }

  /**
   * Audit round 30, F1: a complaint reaches the agency from the higher authority or the OGI
   * competent department (Art. 51), never from the agency itself: its own name, however
   * written (full-width space, a trailing remark, ADR 0068), is refused on the field and
   * nothing is recorded, so no answer the agency addresses to itself is ever drafted.
   */
  @Test
  void theAgencyItselfIsNoForwardingBody() {
    String trackingNumber = scenario.deliveredCase(false);
    int before = appeals.counts(AppealKind.COMPLAINT, 2026, null).total();
    for (String agency : List.of(ProcessTestEngine.AGENCY, "示范市　市场监督管理局",
        ProcessTestEngine.AGENCY + "（本机关）")) {
      assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
          trackingNumber, COMPLAINT_KIND, "COMPLAINT", APPEAL_BODY, agency,
          COMPLAINT_TEXT, "申请人投诉答复不当"))
          .as(agency).isInstanceOf(InvalidInput.class).hasMessageStartingWith(APPEAL_BODY)
          .hasMessageContaining("转办机关不能是本机关");
    }
    // Nor a complaint of its own number (no request named).
    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, COMPLAINT_KIND, "REPORT",
        APPEAL_BODY, ProcessTestEngine.AGENCY, COMPLAINT_TEXT, "举报本机关未主动公开"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("转办机关不能是本机关");
    Assertions.assertThat(appeals.of(trackingNumber)).isEmpty();
    Assertions.assertThat(appeals.counts(AppealKind.COMPLAINT, 2026, null).total())
        .isEqualTo(before);
  }

  /**
   * Art. 51: a complaint need not be about a request. One about a publication batch (ZDGK-…,
   * here entered where the tracking number goes) and one about the agency's OGI work in general
   * (no number) are registered under their own numbers (SSJB-…), answered and counted in
   * 接受行政申诉、举报数; an unknown batch is refused on the field.
   */
  @Test
  void aComplaintWithoutARequestHasItsOwnNumberAndIsCounted() {
    String trackingNumber = scenario.deliveredCase(false);
    org.springframework.jdbc.core.JdbcTemplate jdbc = ProcessTestEngine.jdbc(engine);
    Long itemId = jdbc.queryForObject("SELECT MIN(id) FROM ogi_info_item WHERE case_ref = ?",
        Long.class, trackingNumber);
    jdbc.update("""
        INSERT INTO ogi_publication_item (batch_ref, item_id, title, category, publishing_unit,
          channels, disclosure_attribute, status, created_at)
        VALUES ('ZDGK-2026-000077', ?, '2025年统计公报', 'STATISTICS', '办公室', 'WEBSITE',
          'PROACTIVE', 'PUBLISHED', CURRENT_TIMESTAMP)""", itemId);
    int before = appeals.counts(AppealKind.COMPLAINT, 2026, null).total();

    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, COMPLAINT_REFERENCE,
        "ZDGK-2026-999999", COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室",
        COMPLAINT_TEXT, "举报统计公报未按时公开"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(COMPLAINT_REFERENCE)
        .hasMessageContaining("主动公开批次号ZDGK-2026-999999不存在");

    ProcessInstance aboutBatch = scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
        "ZDGK-2026-000077", COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室",
        COMPLAINT_TEXT, "举报统计公报未按时公开");
    ProcessInstance general = scenario.start(ProcessKeys.COMPLAINT, COMPLAINT_KIND, "COMPLAINT",
        APPEAL_BODY, "示范市人民政府办公室", COMPLAINT_TEXT, "该局政府信息公开指南多年未更新");

    String batchKey = businessKey(aboutBatch);
    String generalKey = businessKey(general);
    Assertions.assertThat(batchKey).matches("SSJB-2026-\\d{6}");
    Assertions.assertThat(generalKey).matches("SSJB-2026-\\d{6}").isNotEqualTo(batchKey);
    Assertions.assertThat(engine.getRuntimeService().getVariable(aboutBatch.getId(),
        APPEAL_SUBJECT)).isEqualTo("所涉：ZDGK-2026-000077；举报内容：举报统计公报未按时公开");
    Assertions.assertThat(engine.getRuntimeService().getVariable(general.getId(),
        APPEAL_SUBJECT)).asString().startsWith("所涉：本机关政府信息公开工作；投诉内容：");
    Assertions.assertThat(jdbc.queryForList("SELECT complaint_reference FROM ogi_appeal"
        + " WHERE complaint_no = ?", String.class, batchKey)).containsExactly("ZDGK-2026-000077");

    // Answered like any complaint: the tasks are found by the complaint's own number.
    for (String key : java.util.List.of(batchKey, generalKey)) {
      completeByKey(key, TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT, "经核查，已整改。");
      completeByKey(key, "Task_ApproveComplaintAnswer", LEADER, ANSWER_APPROVAL, "APPROVE");
    }
    scenario.request.runAsyncSteps();
    // Without a request: named by what it is about, never by a number.
    io.github.ogiworkflow.letter.Letters letters = ProcessTestEngine.bean(engine, "letters",
        io.github.ogiworkflow.letter.Letters.class);
    Assertions.assertThat(letters.of(batchKey)).singleElement().satisfies(l -> Assertions
        .assertThat(l.body()).contains("转来的举报，事涉本机关主动公开的政府信息《2025年统计公报》。"
            + "举报称：举报统计公报未按时公开。经核查，现答复如下：\n经核查，已整改。")
        .doesNotContain("ZDGK", "SSJB"));
    Assertions.assertThat(letters.of(generalKey)).singleElement().satisfies(l -> Assertions
        .assertThat(l.body()).contains("转来的投诉，事涉本机关政府信息公开工作。投诉称：")
        .doesNotContain("SSJB", "申诉"));
    // Art. 51 of the 2019 Regulation says 投诉、举报 (申诉 was the 2008 regulation's word).
    Assertions.assertThat(letters.of(generalKey)).singleElement().satisfies(l -> Assertions
        .assertThat(l.title()).isEqualTo("关于政府信息公开投诉举报事项的答复"));
    assertThat(aboutBatch).isEnded();
    assertThat(general).isEnded();
    // The batch's own audit trail names the complaint about it (audit 33a, F15).
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of("ZDGK-2026-000077").orElseThrow()
        .entries()).filteredOn(e -> e.kind().equals("APPEAL"))
        .extracting(io.github.ogiworkflow.audit.CaseTimeline.Entry::activity,
            io.github.ogiworkflow.audit.CaseTimeline.Entry::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("投诉、举报 " + batchKey, "已答复"));
    // 接受行政申诉、举报数 counts both, named by their own numbers in the drill-down.
    Assertions.assertThat(appeals.counts(AppealKind.COMPLAINT, 2026, null).total())
        .isEqualTo(before + 2);
    Assertions.assertThat(appeals.counted(AppealKind.COMPLAINT, 2026, null))
        .extracting(AppealRegister.Counted::trackingNumber).contains(batchKey, generalKey);
  }

  /**
   * The same complaint passed on once is counted once: a second registration with the same
   * body's docket number (来文编号) is refused on the field, blanks aside; another body's is not.
   */
  @Test
  void aComplaintWithADocketNumberAlreadyRegisteredIsRefused() {
    String trackingNumber = scenario.deliveredCase(false);
    scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER, trackingNumber, COMPLAINT_KIND,
        "REPORT", APPEAL_BODY, "示范市人民政府办公室", DOCKET_NO, "示政办转〔2026〕88号",
        SERVED_ON, "2026-02-10", COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请");
    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
        trackingNumber, COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室",
        DOCKET_NO, " 示政办转〔2026〕88号", SERVED_ON, "2026-02-10",
        COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(DOCKET_NO)
        .hasMessageContaining("示范市人民政府办公室来文编号示政办转〔2026〕88号的申诉举报已登记（"
            + trackingNumber + "），不能重复登记");
    Assertions.assertThat(appeals.of(trackingNumber)).hasSize(1);
    // Full-width digits or other brackets are the same docket number (audit round 23, F7: each
    // was registered and counted again).
    for (String spelling : List.of("示政办转〔２０２６〕８８号", "示政办转[2026]88号", "示政办转【2026】88号",
        "示政办转（2026）88号", "示政办转［2026］88号")) {
      assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER,
          trackingNumber, COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室",
          DOCKET_NO, spelling, SERVED_ON, "2026-02-10",
          COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请"))
          .as(spelling).isInstanceOf(InvalidInput.class).hasMessageContaining("不能重复登记");
    }
    Assertions.assertThat(appeals.of(trackingNumber)).hasSize(1);
    // Without a request the docket number is checked all the same.
    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, COMPLAINT_KIND, "REPORT",
        APPEAL_BODY, "示范市人民政府办公室", DOCKET_NO, "示政办转〔2026〕88号",
        COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请"))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不能重复登记");
    scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER, trackingNumber, COMPLAINT_KIND,
        "REPORT", APPEAL_BODY, "示范市信访局", DOCKET_NO, "示政办转〔2026〕88号",
        SERVED_ON, "2026-02-10", COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请");
    Assertions.assertThat(appeals.of(trackingNumber)).hasSize(2);
  }

  /**
   * An empty or unknown approval on 审批申诉举报答复 is bad input on the field (InvalidInput,
   * the guard's 400), not an error of a task listener (500); the task stays open.
   */
  @Test
  void anEmptyApprovalIsRefusedOnTheField() {
    String trackingNumber = scenario.deliveredCase(false);
    complain(trackingNumber);
    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT,
        "经核查，本局已依法答复。");
    String task = scenario.request.task("Task_ApproveComplaintAnswer").getId();
    assertThatThrownBy(() -> scenario.request.complete("Task_ApproveComplaintAnswer", LEADER,
        ANSWER_APPROVAL, "")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(ANSWER_APPROVAL).hasMessageContaining("请填写审批意见");
    assertThatThrownBy(() -> scenario.request.complete("Task_ApproveComplaintAnswer", LEADER,
        ANSWER_APPROVAL, "MAYBE")).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("审批意见的取值无效");
    Assertions.assertThat(scenario.request.task("Task_ApproveComplaintAnswer").getId())
        .isEqualTo(task);
  }

  /**
   * ADR 0138 (audit 30b F5): the same telephone complaint is entered twice, the second time with
   * 确认为另一件申诉举报 ticked by mistake, so 接受行政申诉、举报数 counts it twice. The office
   * proposes to void the copy on 起草申诉举报答复 (a reason is required; a decision the form does
   * not offer is refused); the proposer cannot approve it; leadership approves. The copy keeps
   * its row and number, is 已作废 with the reason in the register and the audit trail, and is no
   * longer counted; the first goes on to its answer.
   */
  @Test
  void aComplaintEnteredTwiceByMistakeIsVoidedWithLeadershipsApproval() {
    int before = appeals.counts(AppealKind.COMPLAINT, 2026, null).total();
    Object[] phoned = {COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市12345政务服务便民热线",
        COMPLAINT_TEXT, "举报该局政府信息公开指南多年未更新"};
    String first = businessKey(scenario.start(ProcessKeys.COMPLAINT, phoned));
    Object[] confirmed = java.util.Arrays.copyOf(phoned, phoned.length + 2);
    confirmed[phoned.length] = COMPLAINT_DUPLICATE_CONFIRMED;
    confirmed[phoned.length + 1] = true;
    ProcessInstance copy = scenario.start(ProcessKeys.COMPLAINT, confirmed);
    String copyKey = businessKey(copy);
    Assertions.assertThat(appeals.counts(AppealKind.COMPLAINT, 2026, null).total())
        .isEqualTo(before + 2);

    assertThatThrownBy(() -> completeByKey(copyKey, TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER,
        COMPLAINT_DECISION, "VOID")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(VOID_REASON).hasMessageContaining("作废理由");
    assertThatThrownBy(() -> completeByKey(copyKey, TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER,
        COMPLAINT_DECISION, "DROP", ANSWER_TEXT, "经核查，已更新。"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(COMPLAINT_DECISION);
    assertThat(copy).isWaitingAt(TASK_DRAFT_COMPLAINT_ANSWER);
    String reason = "同一热线来电重复登记，误勾“确认为另一件申诉举报”，与" + first + "重复";
    completeByKey(copyKey, TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, COMPLAINT_DECISION, "VOID",
        VOID_REASON, reason);
    assertThat(copy).isWaitingAt(TASK_APPROVE_COMPLAINT_VOID);
    Assertions.assertThat(appeals.counts(AppealKind.COMPLAINT, 2026, null).total())
        .as("counted while leadership considers it").isEqualTo(before + 2);

    assertThatThrownBy(() -> completeByKey(copyKey, TASK_APPROVE_COMPLAINT_VOID, OFFICE_USER,
        VOID_APPROVAL, "APPROVE")).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("报请作废的人员不能审批本人的报请");
    long id = appeals.standaloneComplaint(copyKey).orElseThrow().id();
    Assertions.assertThat(appeals.voiding(id)).as("nothing written").isEmpty();
    completeByKey(copyKey, TASK_APPROVE_COMPLAINT_VOID, LEADER, VOID_APPROVAL, "APPROVE");

    assertThat(copy).isEnded().hasPassed("Service_VoidComplaint", "EndEvent_ComplaintVoided");
    AppealRegister.StandaloneComplaint voided = appeals.standaloneComplaint(copyKey).orElseThrow();
    Assertions.assertThat(voided.result()).isEqualTo("VOIDED");
    Assertions.assertThat(voided.pending()).isFalse();
    Assertions.assertThat(appeals.voiding(id)).hasValueSatisfying(v -> {
      Assertions.assertThat(v.reason()).isEqualTo(reason);
      Assertions.assertThat(v.proposedBy()).isEqualTo(OFFICE_USER);
      Assertions.assertThat(v.approvedBy()).isEqualTo(LEADER);
      Assertions.assertThat(v.voidedOn()).isEqualTo(OfficeTime.today());
    });
    Assertions.assertThat(appeals.counts(AppealKind.COMPLAINT, 2026, null).total())
        .isEqualTo(before + 1);
    Assertions.assertThat(appeals.counted(AppealKind.COMPLAINT, 2026, null))
        .extracting(AppealRegister.Counted::trackingNumber).contains(first)
        .doesNotContain(copyKey);
    io.github.ogiworkflow.audit.CaseTimeline.Trail trail = ProcessTestEngine.timeline(engine)
        .of(copyKey).orElseThrow();
    Assertions.assertThat(trail.complaint().statusLabel()).isEqualTo("已作废");
    Assertions.assertThat(trail.entries()).filteredOn(e -> "COMPLAINT".equals(e.kind()))
        .singleElement().satisfies(e -> Assertions.assertThat(e.toString())
            .contains("已作废", "作废理由：同一热线来电重复登记", "登记错误，作废于"));

    completeByKey(first, TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT, "经核查，已更新。");
    completeByKey(first, "Task_ApproveComplaintAnswer", LEADER, ANSWER_APPROVAL, "APPROVE");
    scenario.request.runAsyncSteps();
    Assertions.assertThat(appeals.standaloneComplaint(first).orElseThrow().result())
        .isEqualTo("ANSWERED");
  }

  /**
   * ADR 0138: refusing a void needs 审批说明 and returns the complaint to 起草申诉举报答复, which
   * keeps it counted and its docket number held; voided on a second proposal, the complaint
   * releases its docket number, so the same 来文 is registered again correctly. The request's
   * audit trail shows the voided complaint 已作废 with the reason.
   */
  @Test
  void aRefusedVoidReturnsToTheDraftAndAVoidReleasesTheDocketNumber() {
    String trackingNumber = scenario.deliveredCase(false);
    Object[] registration = {TRACKING_NUMBER, trackingNumber, COMPLAINT_KIND, "COMPLAINT",
        APPEAL_BODY, "示范市人民政府办公室", DOCKET_NO, "示政办转〔2026〕90号", SERVED_ON,
        "2026-02-10", COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请"};
    ProcessInstance complaint = scenario.start(ProcessKeys.COMPLAINT, registration);
    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, COMPLAINT_DECISION,
        "VOID", VOID_REASON, "类别登记错误");
    assertThatThrownBy(() -> scenario.request.complete(TASK_APPROVE_COMPLAINT_VOID, LEADER,
        VOID_APPROVAL, "REFUSE")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(VOID_APPROVAL_COMMENT);
    scenario.request.complete(TASK_APPROVE_COMPLAINT_VOID, LEADER, VOID_APPROVAL, "REFUSE",
        VOID_APPROVAL_COMMENT, "类别可在答复中更正，请按时答复");

    assertThat(complaint).isWaitingAt(TASK_DRAFT_COMPLAINT_ANSWER);
    Assertions.assertThat(appeals.of(trackingNumber)).singleElement()
        .satisfies(a -> Assertions.assertThat(a.pending()).isTrue());
    assertThatThrownBy(() -> scenario.start(ProcessKeys.COMPLAINT, registration))
        .isInstanceOf(InvalidInput.class).hasMessageContaining("不能重复登记");

    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, COMPLAINT_DECISION,
        "VOID", VOID_REASON, "来文为举报，误登记为投诉，作废后重新登记");
    scenario.request.complete(TASK_APPROVE_COMPLAINT_VOID, LEADER, VOID_APPROVAL, "APPROVE");
    assertThat(complaint).isEnded().hasPassed("EndEvent_ComplaintVoided");
    registration[3] = "REPORT";
    ProcessInstance again = scenario.start(ProcessKeys.COMPLAINT, registration);
    assertThat(again).isWaitingAt(TASK_DRAFT_COMPLAINT_ANSWER);
    Assertions.assertThat(appeals.of(trackingNumber)).extracting(AppealRegister.Appeal::result)
        .containsExactly("VOIDED", null);
    Assertions.assertThat(ProcessTestEngine.timeline(engine).of(trackingNumber).orElseThrow()
        .entries()).filteredOn(entry -> "APPEAL".equals(entry.kind())
            && entry.toString().contains("已作废")).singleElement()
        .satisfies(entry -> Assertions.assertThat(entry.toString())
            .contains("作废理由：来文为举报，误登记为投诉"));
  }

  /**
   * ADR 0138: a complaint answered is no longer voided: the approval is refused when the
   * register shows the answer recorded since the proposal (nothing written, the task stays),
   * and so is a proposal.
   */
  @Test
  void anAnsweredComplaintIsNotVoided() {
    String trackingNumber = scenario.deliveredCase(false);
    complain(trackingNumber);
    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, COMPLAINT_DECISION,
        "VOID", VOID_REASON, "重复登记");
    long id = appeals.of(trackingNumber).get(0).id();
    appeals.recordResult(id, "ANSWERED", null, OfficeTime.today(), null);
    String task = scenario.request.task(TASK_APPROVE_COMPLAINT_VOID).getId();

    assertThatThrownBy(() -> scenario.request.complete(TASK_APPROVE_COMPLAINT_VOID, LEADER,
        VOID_APPROVAL, "APPROVE")).isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith(VOID_APPROVAL).hasMessageContaining("答复已送转办机关，不能作废");
    Assertions.assertThat(scenario.request.task(TASK_APPROVE_COMPLAINT_VOID).getId())
        .isEqualTo(task);
    Assertions.assertThat(appeals.voiding(id)).isEmpty();
    Assertions.assertThat(appeals.get(id).result()).isEqualTo("ANSWERED");
    Assertions.assertThat(ComplaintDelegates.voidRefusal(appeals.get(id), appeals))
        .contains("答复已送转办机关");
  }

  private String businessKey(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getBusinessKey();
  }

  private void completeByKey(String key, String taskKey, String user, Object... keyValues) {
    org.camunda.bpm.engine.task.Task task = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(key).taskDefinitionKey(taskKey).singleResult();
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getTaskService().complete(task.getId(), RequestScenario.vars(keyValues));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance complain(String trackingNumber) {
    return scenario.start(ProcessKeys.COMPLAINT, TRACKING_NUMBER, trackingNumber,
        COMPLAINT_KIND, "REPORT", APPEAL_BODY, "示范市人民政府办公室", SERVED_ON, "2026-02-10",
        COMPLAINT_TEXT, "举报该局未依法答复政府信息公开申请");
  }

  private void answer(String approval) {
    scenario.request.complete(TASK_DRAFT_COMPLAINT_ANSWER, OFFICE_USER, ANSWER_TEXT,
            "经核查，本局已依法答复。")
        .complete("Task_ApproveComplaintAnswer", LEADER, ANSWER_APPROVAL, approval,
            ANSWER_APPROVAL_COMMENT, "SEND_BACK".equals(approval) ? "请写明答复日期" : null);
  }
}
