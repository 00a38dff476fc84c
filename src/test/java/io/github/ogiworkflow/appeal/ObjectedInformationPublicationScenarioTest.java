package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_PUBLICATION;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_WITHDRAWAL;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PUBLICATION;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.audit.ComplianceQueries;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.calendar.WorkingDayCalendar;
import io.github.ogiworkflow.deadline.DeadlineProperties;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.Art44Withdrawals;
import io.github.ogiworkflow.publication.PublicationAudit;
import io.github.ogiworkflow.publication.PublicationRegister;
import io.github.ogiworkflow.publication.PublicationScenario;
import io.github.ogiworkflow.publication.PublicationStatus;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.register.ReplyLetterRegister;
import io.github.ogiworkflow.reply.ReleaseChecks;
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

/**
 * Audit 30b, F6 (ADR 0118): information released over a third party's objection in the public
 * interest (Art. 32) is not published to everyone under Art. 44 while the third party may still
 * contest the decision to disclose (reconsideration 60 days, suit 6 months from the notice's
 * service; 15 days after a reconsideration decision) or while its appeal is pending; afterwards it
 * may be proposed and leadership approves it (PublicationApproval). And when a decision corrects
 * a reply whose items were published under Art. 44, the decision's notice names them, their
 * withdrawal (PublicationWithdrawal) is proposed once, and the compliance check lists them until
 * withdrawn.
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn", "processes/proactive-disclosure.bpmn",
    "processes/publication-approval.dmn", "processes/publication-withdrawal.bpmn"})
class ObjectedInformationPublicationScenarioTest {

  // The other scenario tests cover the models; these are about the register and the checks.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  ProcessEngine engine;
  AppealScenario scenario;
  RequestScenario request;
  ItemRegister itemRegister;
  PublicationRegister publications;
  AppealRegister appeals;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    request = scenario.request;
    itemRegister = ProcessTestEngine.bean(engine, "itemRegister", ItemRegister.class);
    publications = ProcessTestEngine.bean(engine, "publicationRegister",
        PublicationRegister.class);
    appeals = ProcessTestEngine.bean(engine, "appealRegister", AppealRegister.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /**
   * The audit's path: the item is released over the objection, the notice served on Wed 11 Feb,
   * the reply delivered on Fri 13 Feb. Art. 44 the same day is refused naming the third party's
   * periods (reconsideration to Mon 13 Apr, 12 Apr being a Sunday; suit to Tue 11 Aug), also on
   * the suit period's last day; the day after, the batch is registered and waits for leadership,
   * whose approval row tells how the remedies ended; approved, the item is published. Before,
   * the item was refused for good (ADR 0115), and before that published at once without approval.
   */
  @Test
  void anItemReleasedOverAnObjectionWaitsOutTheThirdPartysRemediesThenGoesToLeadership() {
    String trackingNumber = scenario.overriddenCase(false);
    Item item = itemRegister.of(trackingNumber).get(0);

    assertThatThrownBy(() -> new PublicationScenario(engine).fromRequest(trackingNumber, item.id()))
        .hasMessageContaining("publicationItems")
        .hasMessageContaining("信息项 1「某企业排污数据」是第三方不同意公开、本机关依公共利益决定公开的信息"
            + "（条例第三十二条）：公开决定告知书于2026年2月11日送达第三方，第三方申请行政复议的期限至"
            + "2026年4月13日、提起行政诉讼的期限至2026年8月11日");
    today(LocalDate.of(2026, 8, 11));
    assertThatThrownBy(() -> new PublicationScenario(engine).fromRequest(trackingNumber, item.id()))
        .hasMessageContaining("期限届满前不能转为主动公开");

    today(LocalDate.of(2026, 8, 12));
    PublicationScenario batch = new PublicationScenario(engine).fromRequest(trackingNumber,
        item.id()).art44ReviewIfOpen();
    assertThat(batch.instance()).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(batch.listVariable(PUBLICATION_APPROVALS)).singleElement()
        .satisfies(row -> Assertions.assertThat((String) row.get("overrideAccount"))
            .contains("第三方（" + AppealScenario.THIRD_PARTY + "）不同意公开，本机关依公共利益决定公开",
                "均已届满，第三方未申请行政复议或提起行政诉讼"));
    batch.decideAll("APPROVE", null);
    assertThat(batch.instance()).isWaitingAt(TASK_RECORD_PUBLICATION);
    batch.recordPublication("2026-08-12");
    Assertions.assertThat(publications.byItem(item.id()).orElseThrow().status())
        .isEqualTo(PublicationStatus.PUBLISHED);
  }

  /**
   * The third party's reconsideration (filed in time on Fri 20 Feb) keeps the item out while it
   * is pending, even past the 6 months; maintained (维持) on Wed 12 Aug, the third party may still
   * sue for 15 days (to Thu 27 Aug, ALL Art. 45); after that the item may be proposed.
   */
  @Test
  void theThirdPartysAppealKeepsTheItemOutUntilItUpheldTheReleaseAndNoSuitMayFollow() {
    String trackingNumber = scenario.overriddenCase(false);
    Item item = itemRegister.of(trackingNumber).get(0);
    today(LocalDate.of(2026, 2, 20));
    scenario.start(ProcessKeys.RECONSIDERATION, TRACKING_NUMBER, trackingNumber,
        DOCKET_NO, "示复〔2026〕31号", APPEAL_BODY, "示范市人民政府", FILED_ON, "2026-02-20",
        SERVED_ON, "2026-02-20", PROCEDURE, "SIMPLIFIED", APPELLANT, "THIRD_PARTY");
    scenario.submitAnswer(LocalDate.of(2026, 2, 20));

    today(LocalDate.of(2026, 8, 12));
    assertThatThrownBy(() -> new PublicationScenario(engine).fromRequest(trackingNumber, item.id()))
        .hasMessageContaining("第三方（" + AppealScenario.THIRD_PARTY + "）对公开决定提起的行政复议"
            + "（案号：示复〔2026〕31号）尚未审结");

    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "MAINTAINED",
        DECIDED_ON, "2026-08-12");
    assertThatThrownBy(() -> new PublicationScenario(engine).fromRequest(trackingNumber, item.id()))
        .hasMessageContaining("已于2026年8月12日作出维持决定，公开决定未被纠正；第三方可于2026年8月27日前"
            + "提起行政诉讼");

    today(LocalDate.of(2026, 8, 28));
    PublicationScenario batch = new PublicationScenario(engine).fromRequest(trackingNumber,
        item.id()).art44ReviewIfOpen();
    assertThat(batch.instance()).isWaitingAt(TASK_APPROVE_PUBLICATION);
    Assertions.assertThat(batch.listVariable(PUBLICATION_APPROVALS)).singleElement()
        .satisfies(row -> Assertions.assertThat((String) row.get("overrideAccount"))
            .contains("第三方已无其他救济期限"));
  }

  /**
   * An item released (no third party) and published under Art. 44 on Fri 13 Feb; the applicant's
   * reconsideration revokes the reply on Mon 2 Mar. The decision's notice names the batch and the
   * item, a withdrawal awaits leadership's approval, a second call starts none, the compliance
   * check lists the item until the withdrawal is recorded. Before, the item stayed published with
   * no word.
   */
  @Test
  void aCorrectionOfAPublishedReplyProposesTheWithdrawalOfItsArt44ItemsOnce() {
    request.startWithItems(registration(AppealScenario.RECEIVED),
            items(item("2025年食品抽检结果汇总表", "HELD")))
        .complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false);
    today(LocalDate.of(2026, 2, 13));
    request.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-02-13");
    String trackingNumber = request.trackingNumber();
    Item item = itemRegister.of(trackingNumber).get(0);
    PublicationScenario batch = new PublicationScenario(engine).fromRequest(trackingNumber,
        item.id());
    batch.recordPublication("2026-02-13");
    Assertions.assertThat(publications.byItem(item.id()).orElseThrow().status())
        .isEqualTo(PublicationStatus.PUBLISHED);

    today(LocalDate.of(2026, 3, 2));
    scenario.fileReconsideration(trackingNumber, LocalDate.of(2026, 3, 2), "7");
    scenario.submitAnswer(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02");

    AppealRegister.Appeal appeal = appeals.of(trackingNumber).get(0);
    Assertions.assertThat(appeals.decisionNotice(appeal.id())).contains(
        "须撤回：批次" + batch.batch() + " 信息项" + item.id() + "「2025年食品抽检结果汇总表」"
            + "已提出撤回，待领导小组审批");
    List<ProcessInstance> withdrawals = withdrawals();
    Assertions.assertThat(withdrawals).singleElement().satisfies(w -> {
      assertThat(w).isWaitingAt(TASK_APPROVE_WITHDRAWAL);
      Assertions.assertThat(((Number) engine.getRuntimeService().getVariable(w.getId(),
          PUBLICATION_ITEM_ID)).longValue()).isEqualTo(item.id());
      Assertions.assertThat((String) engine.getRuntimeService().getVariable(w.getId(),
          WITHDRAWAL_REASON)).contains(trackingNumber, "示复〔2026〕7号", "撤销");
    });
    Assertions.assertThat(violations()).singleElement().satisfies(v -> {
      Assertions.assertThat(v.trackingNumber()).isEqualTo(batch.batch());
      Assertions.assertThat(v.detail()).contains(trackingNumber, "尚未撤回（撤回申请正在审批）");
    });

    // Idempotent: a later decision on the same reply proposes no second withdrawal.
    ProcessTestEngine.bean(engine, "art44Withdrawals", Art44Withdrawals.class)
        .replyCorrected(engine, appeals.get(appeal.id()));
    Assertions.assertThat(withdrawals()).hasSize(1);
    Assertions.assertThat(appeals.decisionNotice(appeal.id())).contains("已有撤回申请正在审批");

    request.complete(engine.getTaskService().createTaskQuery()
        .processInstanceId(withdrawals.get(0).getId()).singleResult(), LEADER,
        WITHDRAWAL_APPROVAL, "APPROVE");
    Assertions.assertThat(publications.byItem(item.id()).orElseThrow().status())
        .isEqualTo(PublicationStatus.WITHDRAWN);
    Assertions.assertThat(violations()).isEmpty();
  }

  private List<ProcessInstance> withdrawals() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PUBLICATION_WITHDRAWAL).list();
  }

  private List<ComplianceQueries.Violation> violations() {
    ComplianceQueries queries = new ComplianceQueries(ProcessTestEngine.jdbc(engine),
        ProcessTestEngine.bean(engine, "workingDayCalendar", WorkingDayCalendar.class),
        DeadlineProperties.defaults(),
        ProcessTestEngine.bean(engine, "publicationAudit", PublicationAudit.class), engine,
        ProcessTestEngine.bean(engine, "releaseChecks", ReleaseChecks.class),
        ProcessTestEngine.bean(engine, "replyLetterRegister", ReplyLetterRegister.class));
    LocalDate today = OfficeTime.today();
    return queries.check(today.withDayOfYear(1), today).rules().stream()
        .filter(r -> r.id().equals(ComplianceQueries.PUBLISHED_ON_CORRECTED_REPLY))
        .flatMap(r -> r.violations().stream()).toList();
  }
}
