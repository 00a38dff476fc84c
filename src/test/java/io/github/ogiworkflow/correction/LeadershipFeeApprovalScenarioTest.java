package io.github.ogiworkflow.correction;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CHECK_COMPLETENESS;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.appeal.AppealRegister;
import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit round 25 F4 (ADR 0086): leadership approves the fee it was shown with the reply. The
 * audit's YSQ-2026-000038: the applicant's 11th February request, 部分公开 (leadership approves),
 * charged per request ¥100 (第11件, the 11th–30th band). While it waits for approval a receipt
 * date of the same applicant's first request is corrected into January: this one is now the
 * 10th, free. Approving was a 400 on {@code chargeFee}, a field leadership's form does not have;
 * it is now refused on leadership's own field, saying what changed and to send the reply back,
 * and nothing is signed off or issued. Sent back, the office drops the fee and leadership
 * approves the reply again.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class LeadershipFeeApprovalScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);

  ProcessEngine engine;
  JdbcTemplate jdbc;
  CaseRegister register;
  Letters letters;

  @BeforeEach
  void setUp() {
    RequestScenario.begin(engine, RECEIVED);
    jdbc = ProcessTestEngine.jdbc(engine);
    register = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void leadershipCannotIssueAnAmountItWasNotShown() {
    Map<String, Object> applicant = registration(RECEIVED);
    applicant.put(APPLICANT_NAME, "孙八");
    applicant.put(ID_NUMBER, "440106198001010094");
    List<RequestScenario> requests = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      requests.add(new RequestScenario(engine).start(applicant));
    }
    RequestScenario eleventh = requests.get(10);
    String tn = eleventh.trackingNumber();
    eleventh.complete(TASK_CHECK_COMPLETENESS, OFFICE_USER, COMPLETENESS_DECISION, "COMPLETE")
        .complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(item("执法检查记录", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
            REDACTION_NOTE, "遮盖当事人姓名", WITHHOLDING_GROUND, "THIRD_PARTY",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, true, FEE_SCHEME, "PER_REQUEST");
    BpmnAwareTests.assertThat(eleventh.instance).isWaitingAt(TASK_APPROVE_REPLY);
    assertThat((String) eleventh.variable(FEE_PROPOSED_TEXT)).contains("100元（按件计收）",
        "第11件");

    today(LocalDate.of(2026, 2, 11));
    DateCorrectionScenarioTest.dateCorrections(engine, register,
            ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class))
        .correct(requests.get(0).trackingNumber(), "receivedOn", "2026-01-30",
            "该信函实际于1月30日签收，登记有误", OFFICE_USER);

    assertThatThrownBy(() -> eleventh.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL,
        "APPROVE"))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith(REPLY_APPROVAL)
        .hasMessageContaining("报批的收费为100元（按件计收，第11件）",
            "应为不收费（按件计收，第10件）", "请选择“退回修改”");
    // Nothing signed off or issued: the reply has no 文号, no notice, no fee, no pause.
    BpmnAwareTests.assertThat(eleventh.instance).isWaitingAt(TASK_APPROVE_REPLY);
    assertThat(ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class)
        .latest(tn).orElseThrow().issued()).isFalse();
    assertThat(letters.of(tn)).extracting(Letters.Letter::kind)
        .doesNotContain(LetterKind.FEE_NOTICE);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ogi_fee_notice WHERE tracking_number"
        + " = ?", Integer.class, tn)).isZero();

    eleventh.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "SEND_BACK",
            REPLY_APPROVAL_COMMENT, "按更正后的件数本申请为第10件，不收费")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    BpmnAwareTests.assertThat(eleventh.instance).isWaitingAt(TASK_DELIVER_REPLY);
    assertThat(eleventh.variable(FEE_PROPOSED_TEXT)).isNull();
  }
}
