package io.github.ogiworkflow.appeal;

import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_OVERRIDE;
import static io.github.ogiworkflow.process.ElementIds.TASK_APPROVE_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_CONSIDER_PUBLIC_INTEREST;
import static io.github.ogiworkflow.process.ElementIds.TASK_DELIVER_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_ANSWER;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_CONSULTATION_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_OVERRIDE_NOTICE_SERVICE;
import static io.github.ogiworkflow.process.ElementIds.TASK_SEARCH_AND_SPLIT;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEADER;
import static io.github.ogiworkflow.request.RequestScenario.OFFICE_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.github.ogiworkflow.letter.LetterKind;
import io.github.ogiworkflow.letter.Letters;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.publication.PublicationFromRequest;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Item;
import io.github.ogiworkflow.request.RequestScenario;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Audit 30b, F1 (ADR 0115): a third party's objection (Art. 32, handbook §2.6) stays with the
 * information when a reconsideration revokes the reply and the request is handled anew. The
 * reopened round's split must mark the same item (same title or 文号) as touching the third
 * party, so it is consulted again and released over an objection only with leadership's
 * public-interest approval and the notice to the third party (§2.10); and information a third
 * party objected to in any round is not published under Art. 44 (released over the objection:
 * not while the third party's remedies run, ADR 0118).
 */
@Deployment(resources = {
    "processes/reconsideration.bpmn", "processes/disclosure-request.bpmn",
    "processes/secrecy-review.bpmn", "processes/reply-outcome.dmn",
    "processes/approval-required.dmn", "processes/proactive-disclosure.bpmn",
    "processes/publication-approval.dmn"})
class ThirdPartyObjectionReopenedScenarioTest {

  // The other scenario tests cover the models; these are about the register across rounds.
  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final String COMPANY = "示范市丙丁食品有限公司";
  static final String DECISION = "某食品公司行政处罚决定书（示市监罚〔2026〕12号）";
  static final String PLAN = "2026年抽检计划";

  ProcessEngine engine;
  AppealScenario scenario;
  RequestScenario request;
  ItemRegister itemRegister;
  CaseRegister cases;
  Letters letters;

  @BeforeEach
  void setUp() {
    scenario = AppealScenario.begin(engine);
    request = scenario.request;
    itemRegister = ProcessTestEngine.bean(engine, "itemRegister", ItemRegister.class);
    cases = ProcessTestEngine.bean(engine, "caseRegister", CaseRegister.class);
    letters = ProcessTestEngine.bean(engine, "letters", Letters.class);
  }

  @AfterEach
  void tearDown() {
    RequestScenario.end();
  }

  /**
   * The audit's path: the third party objects, the decision is withheld (部分公开), the
   * reconsideration revokes the reply (撤销, no order to disclose); the office re-splits the same
   * decision without the third-party tick (written differently: half-width brackets, spaces).
   * Refused (nothing registered); with the tick the third party is consulted again, objects
   * again, and the decision is released only after leadership's public-interest approval and
   * the notice to the third party. Before, the re-split was
   * accepted and the decision released with none of it.
   */
  @Test
  void theReopenedRoundConsultsTheThirdPartyAgainAboutTheSameInformation() {
    String trackingNumber = withheldAfterObjectionThenRevoked();
    assertThat(request.instance).isWaitingAt(TASK_SEARCH_AND_SPLIT);

    assertThatThrownBy(() -> request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(
            item("某食品公司行政处罚决定书 (示市监罚[2026]12号)", "HELD"), item(PLAN, "HELD"))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("items[1].thirdParty")
        .hasMessageContaining("与此前答复中第三方（" + COMPANY + "）不同意公开的信息项「" + DECISION
            + "」为同一信息，须勾选“涉及第三方合法权益，需征求第三方意见”");
    // The 文号 alone names it too.
    assertThatThrownBy(() -> request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(
            item("示市监罚〔2026〕12号行政处罚决定", "HELD"), item(PLAN, "HELD"))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("须勾选“涉及第三方合法权益，需征求第三方意见”");
    Assertions.assertThat(itemRegister.of(trackingNumber)).isEmpty();

    // With the tick: consulted again (a second 征求第三方意见函), and the third party objects again.
    request.complete(TASK_SEARCH_AND_SPLIT, OFFICE_USER, ITEMS, items(
        item(DECISION, "HELD", "thirdParty", true, "thirdPartyName", COMPANY),
        item(PLAN, "HELD")));
    assertThat(request.instance).isWaitingAt(TASK_RECORD_CONSULTATION_SERVICE);
    Assertions.assertThat(letters.of(trackingNumber))
        .filteredOn(l -> l.kind() == LetterKind.CONSULTATION_THIRD_PARTY).hasSize(2);
    request.complete(TASK_RECORD_CONSULTATION_SERVICE, OFFICE_USER,
            CONSULTATION_SERVED_ON, "2026-03-03")
        .complete(TASK_RECORD_CONSULTATION_ANSWER, OFFICE_USER, CONSULTATION_ANSWER, "OBJECTION",
            CONSULTATION_ANSWERED_ON, "2026-03-03", CONSULTATION_OPINION, "仍不同意公开")
        .reviewItem(DECISION, REVIEW_CONCLUSION, "RELEASABLE")
        .reviewItem(PLAN, REVIEW_CONCLUSION, "RELEASABLE");
    // Released only over the objection: the public interest, leadership, the notice.
    request.complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, true,
            OVERRIDE_PARTY_REASONS,
            request.overrideReasonForEachParty("涉及食品安全，不公开会对公共利益造成重大影响"))
        .complete(TASK_APPROVE_OVERRIDE, LEADER, OVERRIDE_APPROVAL, "APPROVE")
        .complete(TASK_RECORD_OVERRIDE_NOTICE_SERVICE, OFFICE_USER,
            OVERRIDE_NOTICE_SERVED_ON, "2026-03-03")
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE");
    // ADR 0171: not before the day the notice of Tue 3 Mar states (5 + 15 working days, then
    // the next: Wed 1 Apr).
    today(LocalDate.of(2026, 4, 1));
    request.complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
        DELIVERED_ON, "2026-04-01");
    Assertions.assertThat(letters.of(trackingNumber))
        .filteredOn(l -> l.kind() == LetterKind.OVERRIDE_NOTICE).singleElement()
        .satisfies(notice -> Assertions.assertThat(notice.body()).contains(COMPANY, DECISION));
    Assertions.assertThat(cases.get(trackingNumber).outcomeCode()).isEqualTo("1");

    // Art. 44: the decision was released to the applicant over the objection, not to everyone,
    // while the third party may still contest it (ADR 0118: from the notice served on 3 Mar).
    Item decision = current(trackingNumber, DECISION);
    assertThatThrownBy(() -> publishFromRequest(trackingNumber, decision.id()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("是第三方不同意公开、本机关依公共利益决定公开的信息（条例第三十二条）："
            + "公开决定告知书于2026年3月3日送达第三方")
        .hasMessageContaining("期限届满前不能转为主动公开");
    // The other item is published (positive control).
    publishFromRequest(trackingNumber, current(trackingNumber, PLAN).id());
  }

  /**
   * Art. 44 within one round: the reply released the item over the third party's objection, in
   * the public interest, with the notice to the third party; publishing it to everyone is refused
   * while the third party's remedies run (ADR 0118; what follows them is
   * ObjectedInformationPublicationScenarioTest's) (before ADR 0115, it was accepted without
   * leadership: plain 可以公开).
   */
  @Test
  void art44RefusesAnItemReleasedOverTheThirdPartysObjection() {
    String trackingNumber = scenario.overriddenCase(false);
    Item item = itemRegister.of(trackingNumber).get(0);

    assertThatThrownBy(() -> publishFromRequest(trackingNumber, item.id()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("publicationItems")
        .hasMessageContaining("信息项 1「某企业排污数据」是第三方不同意公开、本机关依公共利益决定公开的"
            + "信息（条例第三十二条）：公开决定告知书于2026年2月11日送达第三方")
        .hasMessageContaining("期限届满前不能转为主动公开");
  }

  /**
   * Round 1: the decision touches 示范市丙丁食品有限公司, which objects (Tue 10 Feb); legal finds
   * both items releasable, the office proposes no override: the decision is withheld (部分公开),
   * approved and delivered. The applicant's reconsideration revokes the reply on Mon 2 Mar.
   */
  private String withheldAfterObjectionThenRevoked() {
    request.objectedOnTue10Feb(items(
            item(DECISION, "HELD", "thirdParty", true, "thirdPartyName", COMPANY),
            item(PLAN, "HELD")))
        .reviewItem(DECISION, REVIEW_CONCLUSION, "RELEASABLE")
        .reviewItem(PLAN, REVIEW_CONCLUSION, "RELEASABLE")
        .complete(TASK_CONSIDER_PUBLIC_INTEREST, OFFICE_USER, OVERRIDE_PROPOSED, false)
        .complete(TASK_EDIT_REPLY, OFFICE_USER, CHARGE_FEE, false)
        .complete(TASK_APPROVE_REPLY, LEADER, REPLY_APPROVAL, "APPROVE")
        .complete(TASK_DELIVER_REPLY, OFFICE_USER, DELIVERED_BY, "IN_PERSON",
            DELIVERED_ON, "2026-02-10");
    String trackingNumber = request.trackingNumber();
    Assertions.assertThat(cases.get(trackingNumber).outcomeCode()).isEqualTo("2");

    today(LocalDate.of(2026, 3, 2));
    scenario.fileReconsideration(trackingNumber, LocalDate.of(2026, 3, 2), "7");
    scenario.submitAnswer(LocalDate.of(2026, 3, 2));
    scenario.correlate("ReconsiderationDecided", trackingNumber, APPEAL_RESULT, "CORRECTED",
        APPEAL_RESULT_DETAIL, "REVOKED", DECIDED_ON, "2026-03-02");
    today(LocalDate.of(2026, 3, 3));
    return trackingNumber;
  }

  private Item current(String trackingNumber, String title) {
    return itemRegister.of(trackingNumber).stream().filter(i -> i.title().equals(title))
        .findFirst().orElseThrow();
  }

  /** Art. 44 as {@code POST /api/publications/from-request} starts it, as the office. */
  private void publishFromRequest(String trackingNumber, long itemId) {
    engine.getIdentityService().setAuthenticatedUserId(OFFICE_USER);
    try {
      engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.PROACTIVE_DISCLOSURE,
          PublicationFromRequest.startVariables(trackingNumber, List.of(Map.of("itemId", itemId,
              "category", "SUPERVISION", "channels", List.of("WEBSITE"),
              "publishingUnit", "执法稽查科", "attribute", "PROACTIVE"))));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
