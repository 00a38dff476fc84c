package io.github.ogiworkflow.letter;

import static io.github.ogiworkflow.process.ElementIds.SERVICE_RECORD_DELIVERY;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.companyRegistration;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.register.ReplyLetterRegister.FrozenLetter;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Letters as issued Word documents through the real process (issue 15): the reply is numbered
 * and stored when leadership approves it (or when the office finalises it where no approval is
 * required), opened here with POI; delivery keeps exactly those bytes and the public page's
 * {@link LetterFiles} hands them out only after delivery; a changed document stops delivery.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class LetterDocumentScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(0.0);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);

  ProcessEngine engine;
  RequestScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = RequestScenario.begin(engine, RECEIVED);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  @Test
  void anApprovedPartialReplyIsNumberedOnApprovalAndDeliveredByteForByte() throws IOException {
    scenario.startWithItems(companyRegistration(RECEIVED), items(
        item("2025年行政处罚案件统计表", "HELD"),
        item("2025年第3次局务会议纪要", "HELD")));
    scenario.reviewItem("2025年行政处罚案件统计表", REVIEW_CONCLUSION, "RELEASABLE")
        .reviewItem("2025年第3次局务会议纪要", REVIEW_CONCLUSION, "WITHHOLD",
            WITHHOLDING_GROUND, "PROCESS_INFO",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第二款");
    Assertions.assertThat(scenario.variable(OUTCOME_CODE)).isEqualTo("2");
    String tn = scenario.trackingNumber();
    String number = nextReplyNumber();

    // Finalised by the office: frozen, but not numbered before leadership signs it off.
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    Assertions.assertThat(frozen(tn).issued()).isFalse();
    Assertions.assertThat(files().deliveredReply(tn)).isEmpty();

    scenario.complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    FrozenLetter approved = frozen(tn);
    Assertions.assertThat(approved.documentNumber()).isEqualTo(number);
    Assertions.assertThat(approved.documentIntact()).isTrue();
    Assertions.assertThat(files().deliveredReply(tn)).isEmpty();

    List<String> paragraphs = paragraphs(approved.docx());
    Assertions.assertThat(paragraphs.get(0)).isEqualTo(ProcessTestEngine.AGENCY);
    Assertions.assertThat(paragraphs.get(1)).isEqualTo(number);
    Assertions.assertThat(paragraphs.get(2)).isEqualTo("政府信息公开申请答复书");
    Assertions.assertThat(paragraphs.get(3)).isEqualTo("示范贸易有限公司：");
    Assertions.assertThat(paragraphs).anySatisfy(p -> Assertions.assertThat(p)
        .contains("2. 2025年第3次局务会议纪要：决定不予公开；理由：该信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息",
            "法律依据：《中华人民共和国政府信息公开条例》第十六条第二款"));
    Assertions.assertThat(paragraphs).anySatisfy(p -> Assertions.assertThat(p)
        .startsWith("贵单位如对本答复中不予公开的部分不服")
        .contains("应当先向" + ProcessTestEngine.RECONSIDERATION_BODY + "申请行政复议",
            "《中华人民共和国行政复议法》第二十三条第一款第（四）项、第二款"));
    Assertions.assertThat(paragraphs).anySatisfy(p -> Assertions.assertThat(p)
        .startsWith("贵单位如对本答复的其他部分不服").contains("六个月内"));
    Assertions.assertThat(paragraphs).contains(ProcessTestEngine.AGENCY + "（印章）",
        "2026年2月10日");
    Assertions.assertThat(String.join("\n", paragraphs))
        .doesNotContain("您", "。”。", "{{", "YSQ");

    today(LocalDate.of(2026, 2, 12));
    scenario.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "POST",
        DELIVERED_ON, "2026-02-12");
    LetterFile delivered = files().deliveredReply(tn).orElseThrow();
    Assertions.assertThat(delivered.bytes()).isEqualTo(approved.docx());
    Assertions.assertThat(delivered.sha256()).isEqualTo(approved.docxSha256())
        .isEqualTo(LetterFile.sha256(approved.docx()));
    Assertions.assertThat(delivered.documentNumber()).isEqualTo(number);
    Assertions.assertThat(delivered.fileName())
        .isEqualTo("政府信息公开申请答复书（" + number + "）.docx");
  }

  @Test
  void aReleaseWithoutApprovalIsIssuedWhenFinalisedAndARefusalGoesToReconsiderationFirst()
      throws IOException {
    scenario.startWithItems(registration(RECEIVED),
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")));
    String first = scenario.trackingNumber();
    String number = nextReplyNumber();
    scenario.complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    FrozenLetter released = frozen(first);
    Assertions.assertThat(released.documentNumber()).isEqualTo(number);
    List<String> paragraphs = paragraphs(released.docx());
    Assertions.assertThat(paragraphs.get(3)).isEqualTo("张三：");
    Assertions.assertThat(paragraphs).anySatisfy(p -> Assertions.assertThat(p)
        .startsWith("您如对本答复不服，可以自收到本答复书之日起六十日内").contains("六个月内"));

    // The next reply of the year takes the next number; a refusal's remedy is reconsideration.
    String secondNumber = nextReplyNumber();
    Assertions.assertThat(secondNumber).isNotEqualTo(number);
    RequestScenario second = new RequestScenario(engine);
    second.startWithItems(registration(RECEIVED), items(item("内部会议纪要", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
            WITHHOLDING_GROUND, "INTERNAL_AFFAIRS",
            LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第一款")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    FrozenLetter refused = frozen(second.trackingNumber());
    Assertions.assertThat(refused.documentNumber()).isEqualTo(secondNumber);
    List<String> refusal = paragraphs(refused.docx());
    Assertions.assertThat(refusal).anySatisfy(p -> Assertions.assertThat(p)
        .startsWith("您如对本答复不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项、第二款的规定，应当先向"
            + ProcessTestEngine.RECONSIDERATION_BODY + "申请行政复议")
        .doesNotContain("六个月内"));
    Assertions.assertThat(refusal).anySatisfy(p -> Assertions.assertThat(p)
        .contains("内部会议纪要：决定不予公开", "法律依据：《中华人民共和国政府信息公开条例》第十六条第一款"));
  }

  @Test
  void aDocumentChangedAfterItWasIssuedIsNotDelivered() {
    scenario.startWithItems(registration(RECEIVED),
        items(item("统计年鉴", "PUBLIC", "wherePublic", "本局网站")))
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    String tn = scenario.trackingNumber();
    jdbc().update("UPDATE ogi_reply_letter SET docx = ? WHERE tracking_number = ?",
        new byte[] {1, 2, 3}, tn);
    String task = scenario.task(TASK_DELIVER_REPLY).getId();
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      // Refused on 送达答复书 itself with the checks of 登记送达 (audit 31a, F6).
      Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(task,
          Map.of(DELIVERED_BY, "EMAIL", DELIVERED_ON, "2026-02-10")))
          .hasMessageContaining("答复书文件与其摘要值不符");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Assertions.assertThat(scenario.task(TASK_DELIVER_REPLY).getId()).isEqualTo(task);
    Assertions.assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(scenario.instance.getId()).activityId(SERVICE_RECORD_DELIVERY)
        .count()).isZero();
    Assertions.assertThat(files().deliveredReply(tn)).isEmpty();
  }

  /**
   * The 文号 the next reply of 2026 gets (ProcessTestEngine's agency: 机关代字 示市监信公开, the
   * reply's code 答); the tests of the class share one database.
   */
  private String nextReplyNumber() {
    Integer last = jdbc().queryForObject("SELECT COALESCE(MAX(last_number), 0) FROM"
        + " ogi_document_number WHERE kind = 'REPLY' AND number_year = 2026", Integer.class);
    return "示市监信公开答〔2026〕" + (last + 1) + "号";
  }

  private FrozenLetter frozen(String trackingNumber) {
    return ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class)
        .latest(trackingNumber).orElseThrow();
  }

  private LetterFiles files() {
    return ProcessTestEngine.bean(engine, "letterFiles", LetterFiles.class);
  }

  private JdbcTemplate jdbc() {
    return ProcessTestEngine.bean(engine, "jdbcTemplate", JdbcTemplate.class);
  }

  static List<String> paragraphs(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return document.getParagraphs().stream().map(XWPFParagraph::getText)
          .filter(text -> !text.isBlank()).toList();
    }
  }
}
