package io.github.ogiworkflow.request;

import static io.github.ogiworkflow.process.ElementIds.CALL_SECRECY_REVIEW;
import static io.github.ogiworkflow.process.ElementIds.SERVICE_VERIFY_REVIEWS;
import static io.github.ogiworkflow.process.ElementIds.TASK_EDIT_REPLY;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static io.github.ogiworkflow.process.ProcessVariables.*;
import static io.github.ogiworkflow.request.RequestScenario.LEGAL_USER;
import static io.github.ogiworkflow.request.RequestScenario.item;
import static io.github.ogiworkflow.request.RequestScenario.items;
import static io.github.ogiworkflow.request.RequestScenario.registration;
import static io.github.ogiworkflow.request.RequestScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.support.AtOnce;
import io.github.ogiworkflow.support.ProcessTestEngine;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * H3 (issue 13): each review task carries its item, fixed when the task is created; the record
 * step records the review for that item only, refuses a changed {@code itemId} or an item of
 * another case, and answers a second review of the same item with a plain InvalidInput (400)
 * instead of a database error. The positive control: the untouched review is recorded.
 */
@Deployment(resources = {
    "processes/disclosure-request.bpmn", "processes/secrecy-review.bpmn",
    "processes/reply-outcome.dmn", "processes/approval-required.dmn"})
class ReviewItemScenarioTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessTestEngine.withCoverageAtLeast(
      0.0, ProcessKeys.DISCLOSURE_REQUEST, ProcessKeys.SECRECY_REVIEW);

  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);

  ProcessEngine engine;
  ItemRegister items;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    today(RECEIVED);
    items = ProcessTestEngine.bean(engine, "itemRegister", ItemRegister.class);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void theReviewTaskCarriesItsItemAndTheUntouchedReviewIsRecorded() {
    RequestScenario mine = caseAwaitingReview("本案信息项");
    long myItem = items.heldItemIds(mine.trackingNumber()).get(0);
    Task review = mine.task(TASK_REVIEW_ITEM);

    assertThat(engine.getTaskService().getVariableLocal(review.getId(), REVIEW_ITEM_ID))
        .isEqualTo(myItem);
    mine.complete(review, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");

    assertThat(items.of(mine.trackingNumber()).get(0).review().reviewer()).isEqualTo(LEGAL_USER);
    assertThat(mine.tasks(TASK_EDIT_REPLY)).hasSize(1);
  }

  @Test
  void eachReviewTaskIsNamedAfterItsItem() {
    RequestScenario scenario = new RequestScenario(engine).startWithItems(registration(RECEIVED),
        items(item("2025年行政许可统计", "HELD"), item("某企业年度检查材料", "HELD")));

    // Issue 16: two legal tasks of one case no longer both read "保密审查".
    assertThat(scenario.tasks(TASK_REVIEW_ITEM)).extracting(Task::getName)
        .containsExactlyInAnyOrder("保密审查：2025年行政许可统计", "保密审查：某企业年度检查材料");
    // The model's name stays the plain step name (diagram, audit trail).
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(TASK_REVIEW_ITEM).list()).isNotEmpty()
        .allSatisfy(a -> assertThat(a.getActivityName()).isEqualTo("保密审查"));
  }

  @Test
  void aLongItemTitleIsShortenedInTheTaskName() {
    String title = "某".repeat(150);
    RequestScenario scenario = caseAwaitingReview(title);

    assertThat(scenario.task(TASK_REVIEW_ITEM).getName())
        .isEqualTo("保密审查：" + "某".repeat(99) + "…");
  }

  @Test
  void anItemIdChangedOnTheTaskIsRefusedAndNothingIsRecorded() {
    RequestScenario mine = caseAwaitingReview("本案信息项");
    RequestScenario other = caseAwaitingReview("他案信息项");
    long otherItem = items.heldItemIds(other.trackingNumber()).get(0);
    Task review = mine.task(TASK_REVIEW_ITEM);
    // The attack: the task-level variable endpoint writes through to the review's itemId.
    engine.getTaskService().setVariable(review.getId(), ITEM_ID, otherItem);

    assertThatThrownBy(() -> mine.complete(review, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE"))
        .satisfies(ReviewItemScenarioTest::isInvalidInput).hasMessageContaining("审查任务的信息项已被更改");
    assertThat(items.hasReview(otherItem)).isFalse();
    assertThat(items.of(mine.trackingNumber()).get(0).review()).isNull();
    assertThat(mine.tasks(TASK_REVIEW_ITEM)).hasSize(1);

    // Put back, the same task completes for its own item.
    engine.getTaskService().setVariable(review.getId(), ITEM_ID,
        items.heldItemIds(mine.trackingNumber()).get(0));
    mine.complete(review, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE");
    assertThat(items.of(mine.trackingNumber()).get(0).review()).isNotNull();
    assertThat(items.hasReview(otherItem)).isFalse();
  }

  @Test
  void anItemOfAnotherCaseIsRefusedEvenWithTheTaskItemChangedToo() {
    RequestScenario mine = caseAwaitingReview("本案信息项");
    RequestScenario other = caseAwaitingReview("他案信息项");
    long otherItem = items.heldItemIds(other.trackingNumber()).get(0);
    Task review = mine.task(TASK_REVIEW_ITEM);
    // Admin-level: both the process variable and the task's own fixed item rewritten.
    engine.getTaskService().setVariable(review.getId(), ITEM_ID, otherItem);
    engine.getTaskService().setVariableLocal(review.getId(), REVIEW_ITEM_ID, otherItem);

    assertThatThrownBy(() -> mine.complete(review, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE"))
        .satisfies(ReviewItemScenarioTest::isInvalidInput).hasMessageContaining("不属于本案件");
    assertThat(items.hasReview(otherItem)).isFalse();
  }

  @Test
  void aSecondReviewOfTheSameItemIsAPlainRefusal() {
    RequestScenario mine = caseAwaitingReview("本案信息项");
    long myItem = items.heldItemIds(mine.trackingNumber()).get(0);
    // Someone else's review of the item got in first (e.g. a second review process).
    items.recordReview(myItem, new Review("liuyang", ReviewConclusion.WITHHOLD,
        io.github.ogiworkflow.vocabulary.WithholdingGround.PROCESS_INFO, "第十六条", null, null,
        false, null));

    assertThatThrownBy(() -> mine.complete(TASK_REVIEW_ITEM, LEGAL_USER,
        REVIEW_CONCLUSION, "RELEASABLE"))
        .satisfies(ReviewItemScenarioTest::isInvalidInput).hasMessageContaining("一事一审")
        .hasMessageNotContaining("INSERT").hasMessageNotContaining("ogi_item_review");
    assertThat(items.of(mine.trackingNumber()).get(0).review().reviewer()).isEqualTo("liuyang");
  }

  @Test
  void aChangedTrackingNumberIsRefused() {
    RequestScenario mine = caseAwaitingReview("本案信息项");
    RequestScenario other = caseAwaitingReview("他案信息项");
    Task review = mine.task(TASK_REVIEW_ITEM);
    engine.getTaskService().setVariable(review.getId(), TRACKING_NUMBER, other.trackingNumber());

    assertThatThrownBy(() -> mine.complete(review, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE"))
        .satisfies(ReviewItemScenarioTest::isInvalidInput).hasMessageContaining("案件编号与所属案件不符");
    assertThat(items.of(mine.trackingNumber()).get(0).review()).isNull();
  }

  /**
   * Art. 37: what a redaction cuts is withheld, so the review names the ground, the legal basis
   * and what is cut; the server refuses a redaction without them, whatever the form showed.
   */
  @Test
  void aRedactionNamesWhatIsCutAndItsGroundAndBasis() {
    RequestScenario mine = caseAwaitingReview("含个人信息的名册");

    assertThatThrownBy(() -> mine.complete(TASK_REVIEW_ITEM, LEGAL_USER,
        REVIEW_CONCLUSION, "RELEASABLE_REDACTED"))
        .satisfies(ReviewItemScenarioTest::isInvalidInput)
        .hasMessageContaining("请填写不予公开理由")
        .hasMessageContaining("删除或遮盖的内容不予公开，须写明法律依据")
        .hasMessageContaining("处理后公开须写明删除或遮盖的内容");
    assertThat(items.of(mine.trackingNumber()).get(0).review()).isNull();
    // Blank is blank however it is typed: a full-width space, a no-break space (a zero-width
    // space is refused before, as a hidden character).
    assertThatThrownBy(() -> mine.complete(TASK_REVIEW_ITEM, LEGAL_USER,
        REVIEW_CONCLUSION, "RELEASABLE_REDACTED", WITHHOLDING_GROUND, "THIRD_PARTY",
        REDACTION_NOTE, "\u3000", LEGAL_BASIS, "\u3000\u00a0"))
        .satisfies(ReviewItemScenarioTest::isInvalidInput)
        .hasMessageContaining("删除或遮盖的内容不予公开，须写明法律依据")
        .hasMessageContaining("处理后公开须写明删除或遮盖的内容");
    assertThat(items.of(mine.trackingNumber()).get(0).review()).isNull();

    mine.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
        REDACTION_NOTE, "遮盖人员身份证号码", WITHHOLDING_GROUND, "THIRD_PARTY",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十五条");
    Review review = items.of(mine.trackingNumber()).get(0).review();
    assertThat(review.conclusion()).isEqualTo(ReviewConclusion.RELEASABLE_REDACTED);
    assertThat(review.ground())
        .isEqualTo(io.github.ogiworkflow.vocabulary.WithholdingGround.THIRD_PARTY);
    assertThat(review.legalBasis()).isEqualTo("《中华人民共和国政府信息公开条例》第十五条");
    assertThat(review.redactionNote()).isEqualTo("遮盖人员身份证号码");
  }

  /**
   * The letter prints the basis the legal team wrote: one that cites the Regulation must cite the
   * ground's own article (process information is Art. 16, not Art. 14), else the letter would
   * state the law wrong. A basis in another law alone is the legal team's to choose.
   */
  @Test
  void aBasisCitingTheRegulationMustCiteTheGroundsArticle() {
    RequestScenario mine = caseAwaitingReview("局务会议讨论记录");

    assertThatThrownBy(() -> mine.complete(TASK_REVIEW_ITEM, LEGAL_USER,
        REVIEW_CONCLUSION, "WITHHOLD", WITHHOLDING_GROUND, "PROCESS_INFO",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十四条"))
        .satisfies(ReviewItemScenarioTest::isInvalidInput)
        .hasMessageContaining("法律依据与不予公开理由不符")
        .hasMessageContaining("条例》第十六条");
    assertThat(items.of(mine.trackingNumber()).get(0).review()).isNull();

    mine.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, "PROCESS_INFO",
        LEGAL_BASIS, "《中华人民共和国政府信息公开条例》第十六条第二款");
    assertThat(items.of(mine.trackingNumber()).get(0).review().legalBasis())
        .isEqualTo("《中华人民共和国政府信息公开条例》第十六条第二款");
  }

  /**
   * Audit 24, F6: "依法", "无" or "相关规定" name no law, and the letter printed 法律依据：依法.
   * A withholding's basis cites a law by its 《title》 and an article; the Regulation's article
   * is the ground's own.
   */
  @Test
  void aBasisNamesALawAndAnArticle() {
    RequestScenario mine = caseAwaitingReview("行政处罚决定书");

    for (String noLaw : new String[] {"依法", "无", "相关规定", "依据有关法律法规",
        "条例第十六条", "《中华人民共和国政府信息公开条例》", "《　》第十六条"}) {
      assertThatThrownBy(() -> mine.complete(TASK_REVIEW_ITEM, LEGAL_USER,
          REVIEW_CONCLUSION, "WITHHOLD", WITHHOLDING_GROUND, "PROCESS_INFO", LEGAL_BASIS, noLaw))
          .as(noLaw)
          .satisfies(ReviewItemScenarioTest::isInvalidInput)
          .hasMessageContaining("legalBasis")
          .hasMessageContaining("法律依据应写明法律、法规的名称和条款")
          .hasMessageContaining("《中华人民共和国政府信息公开条例》第十六条");
      assertThat(items.of(mine.trackingNumber()).get(0).review()).as(noLaw).isNull();
    }
    // Another law with its article is the legal team's choice.
    mine.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "WITHHOLD",
        WITHHOLDING_GROUND, "PROCESS_INFO", LEGAL_BASIS, "《中华人民共和国档案法》第二十七条");
    assertThat(items.of(mine.trackingNumber()).get(0).review().legalBasis())
        .isEqualTo("《中华人民共和国档案法》第二十七条");
  }

  /**
   * A review opened on a SecrecyReview from before the rule (no version tag: its form hid the
   * ground and basis of a redaction) is recorded under the rule it was opened with, so an
   * upgrade leaves no review that nobody can complete.
   */
  @Test
  void aReviewOpenedOnTheEarlierModelKeepsItsRule() throws Exception {
    org.camunda.bpm.model.bpmn.BpmnModelInstance earlier;
    try (java.io.InputStream in = getClass().getResourceAsStream(
        "/processes/secrecy-review.bpmn")) {
      earlier = org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(in);
    }
    org.camunda.bpm.model.bpmn.instance.Process process =
        earlier.getModelElementById(ProcessKeys.SECRECY_REVIEW);
    assertThat(process.getCamundaVersionTag()).as("the current model's tag").isNotNull();
    process.removeAttributeNs(org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS,
        "versionTag");
    // The request calls the review of its own deployment: both are deployed together.
    String deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("secrecy-review.bpmn", earlier)
        .addClasspathResource("processes/disclosure-request.bpmn")
        .addClasspathResource("processes/reply-outcome.dmn")
        .addClasspathResource("processes/approval-required.dmn").deploy().getId();
    try {
      RequestScenario old = caseAwaitingReview("旧版本审查的信息项");
      old.complete(TASK_REVIEW_ITEM, LEGAL_USER, REVIEW_CONCLUSION, "RELEASABLE_REDACTED",
          REDACTION_NOTE, "遮盖人员姓名");
      assertThat(items.of(old.trackingNumber()).get(0).review().conclusion())
          .isEqualTo(ReviewConclusion.RELEASABLE_REDACTED);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  /**
   * Two reviewers finishing two items of one case at the same moment both succeed: each review
   * ends with its own asynchronous continuation (asyncAfter on the multi-instance's inner
   * activity), so neither transaction updates the shared multi-instance counters. With asyncAfter
   * on the call activity itself (the multi-instance body), 9 of 10 such rounds failed with an
   * optimistic locking conflict on {@code nrOfCompletedInstances}, a 409 for one reviewer.
   */
  @Test
  void twoReviewersFinishingAtOnceBothSucceed() throws Exception {
    int rounds = 5;
    for (int round = 0; round < rounds; round++) {
      RequestScenario mine = new RequestScenario(engine).startWithItems(registration(RECEIVED),
          items(item("第一项", "HELD"), item("第二项", "HELD")));
      List<Task> reviews = mine.tasks(TASK_REVIEW_ITEM);
      assertThat(reviews).hasSize(2);
      List<Throwable> failures = AtOnce.run(reviews.stream()
          .<Runnable>map(review -> () -> mine.completeOnly(review, LEGAL_USER,
              REVIEW_CONCLUSION, "RELEASABLE")).toList());
      assertThat(failures).as("round %d", round).isEmpty();

      mine.runAsyncSteps();
      assertThat(items.of(mine.trackingNumber())).allSatisfy(item ->
          assertThat(item.review().reviewer()).isEqualTo(LEGAL_USER));
      assertThat(mine.tasks(TASK_EDIT_REPLY)).hasSize(1);
    }
  }

  /**
   * Audit round 26, F9: an administrator deleted one item's secrecy review; the call activity
   * went on as if it had completed. 核对每项均已审查 stops the case at once (no retries: no
   * retry brings the review back) with an incident that names the item by its title and says
   * what to do. The README's remedy (a modification that starts 逐项保密审查 for the item and
   * cancels the failed step) gives legal the review again, and the case goes on to the reply.
   */
  @Test
  void aDeletedReviewStopsTheCaseAtOnceAndTheREADMEsRestartGoesOn() {
    RequestScenario scenario = new RequestScenario(engine).startWithItems(registration(RECEIVED),
        items(item("某超市食品抽检报告", "HELD"), item("2025年行政许可统计", "HELD")));
    String tn = scenario.trackingNumber();
    long deletedItem = items.heldItemIds(tn).get(0);
    engine.getRuntimeService().deleteProcessInstance(engine.getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SECRECY_REVIEW)
        .processInstanceBusinessKey(tn).variableValueEquals(ITEM_ID, deletedItem)
        .singleResult().getId(), "管理员删除");

    assertThatThrownBy(() -> scenario.reviewItem("2025年行政许可统计", REVIEW_CONCLUSION,
        "RELEASABLE")).hasMessageContaining("某超市食品抽检报告");

    Job verify = engine.getManagementService().createJobQuery()
        .processInstanceId(scenario.instance.getId()).activityId(SERVICE_VERIFY_REVIEWS)
        .singleResult();
    assertThat(verify.getRetries()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(scenario.instance.getId()).list()).singleElement()
        .satisfies(incident -> {
          assertThat(incident.getActivityId()).isEqualTo(SERVICE_VERIFY_REVIEWS);
          // Chinese first: Cockpit's 事件 tab shows it to leadership (not "1 held item(s)
          // without a secrecy review（…）"); the English stays in the admin's stack trace.
          assertThat(incident.getIncidentMessage()).startsWith("以下信息项没有保密审查记录");
          assertThat(engine.getManagementService().getJobExceptionStacktrace(verify.getId()))
              .contains("held item(s) without a secrecy review");
          assertThat(incident.getIncidentMessage()).contains(
              "以下信息项没有保密审查记录，不得答复：“某超市食品抽检报告”。", "重试本步骤不能解决",
              "重新启动逐项保密审查", "取消本步骤").doesNotContain("2025年行政许可统计",
              String.valueOf(deletedItem));
        });
    assertThat(scenario.tasks(TASK_EDIT_REPLY)).isEmpty();

    // The README's remedy ("Restarting a deleted secrecy review"), as the REST modification does.
    engine.getRuntimeService().createProcessInstanceModification(scenario.instance.getId())
        .startBeforeActivity(CALL_SECRECY_REVIEW).setVariable(ITEM_ID, deletedItem)
        .cancelAllForActivity(SERVICE_VERIFY_REVIEWS).execute();
    assertThat(engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(scenario.instance.getId()).count()).isZero();
    assertThat(scenario.tasks(TASK_REVIEW_ITEM)).extracting(Task::getName)
        .containsExactly("保密审查：某超市食品抽检报告");
    scenario.reviewItem("某超市食品抽检报告", REVIEW_CONCLUSION, "RELEASABLE");

    assertThat(items.hasReview(deletedItem)).isTrue();
    assertThat(scenario.tasks(TASK_EDIT_REPLY)).hasSize(1);
    assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(scenario.instance.getId()).activityId(SERVICE_VERIFY_REVIEWS)
        .count()).isZero();
  }

  /** A 400-style refusal: the engine REST API answers InvalidInput with 400 and its message. */
  static void isInvalidInput(Throwable refusal) {
    Throwable t = refusal;
    while (t != null && !(t instanceof InvalidInput)) {
      t = t.getCause();
    }
    assertThat(t).as("InvalidInput in the cause chain of %s", refusal).isNotNull();
  }

  private RequestScenario caseAwaitingReview(String title) {
    RequestScenario scenario = new RequestScenario(engine).startWithItems(registration(RECEIVED),
        items(item(title, "HELD")));
    assertThat(scenario.tasks(TASK_REVIEW_ITEM)).hasSize(1);
    return scenario;
  }
}
