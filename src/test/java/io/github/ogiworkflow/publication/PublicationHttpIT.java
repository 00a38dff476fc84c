package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.process.ElementIds.TASK_RECORD_PUBLICATION;
import static io.github.ogiworkflow.process.ElementIds.TASK_REVIEW_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.process.ElementIds;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.process.ProcessKeys;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.NewCase;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.support.EngineRest;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Proactive disclosure over HTTP: a batch drafted, reviewed and published through the engine's
 * REST API by the groups of the matrix; the public catalogue (JSON and HTML, no login) with its
 * 索引号, 生成日期, filters and paging; Art. 44 from a request's reviewed item.
 */
@IntegrationTest
class PublicationHttpIT {

  static final String DEFINITION = "/engine-rest/process-definition/key/"
      + ProcessKeys.PROACTIVE_DISCLOSURE;
  /** A category no other test publishes in, so counts are exact. */
  static final String CATEGORY = "PROCUREMENT";

  @Autowired TestRestTemplate rest;
  EngineRest engineRest;

  @org.junit.jupiter.api.BeforeEach
  void engineRestAsTasklist() {
    engineRest = new EngineRest(rest);
  }

  @Autowired ManagementService management;
  @Autowired ItemRegister items;
  @Autowired CaseRegister cases;
  @Autowired PublicationRegister publications;
  @Autowired IdentityService identityService;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theCatalogueIsPublicReadOnlyWithoutPersonalDataAndPages() throws Exception {
    String batch = publishBatch(List.of("2026年第一批集中采购目录", "2026年第二批集中采购目录",
        "2026年第三批集中采购结果"));

    // Art. 12: everyone may read the catalogue, without logging in; it is read-only.
    ResponseEntity<String> anonymous = rest.getForEntity("/api/catalogue?category=" + CATEGORY,
        String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(anonymous.getBody()).path("total").asLong()).isEqualTo(3);
    assertThat(anonymous.getBody()).doesNotContain("sourceRequest", "YSQ-");
    assertThat(rest.getForEntity("/catalogue", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.postForEntity("/api/catalogue", null, String.class).getStatusCode()
        .is4xxClientError()).isTrue();
    assertThat(outsiderGets("/api/catalogue").getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode first = catalogue("lina", "?category=" + CATEGORY + "&page=0&size=2");
    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(first.path("items")).hasSize(2);
    JsonNode second = catalogue("lina", "?category=" + CATEGORY + "&page=1&size=2");
    assertThat(second.path("items")).hasSize(1);
    List<String> titles = new java.util.ArrayList<>();
    first.path("items").forEach(i -> titles.add(i.path("title").asText()));
    second.path("items").forEach(i -> titles.add(i.path("title").asText()));
    assertThat(titles).containsExactlyInAnyOrder("2026年第一批集中采购目录",
        "2026年第二批集中采购目录", "2026年第三批集中采购结果");
    JsonNode one = first.path("items").get(0);
    // Art. 12 (audit 33a F7): a 索引号 (the batch and the item's 序号 in it), no internal id, and
    // the 生成日期.
    assertThat(one.has("itemId")).isFalse();
    assertThat(one.has("batchNumber")).isFalse();
    assertThat(one.path("indexNumber").asText()).matches(batch + "-00[123]");
    assertThat(one.path("formedOn").asText()).isEqualTo(OfficeTime.today().toString());
    assertThat(one.path("formedOnText").asText())
        .isEqualTo(ChineseDateText.of(OfficeTime.today()));
    assertThat(one.path("channels").get(0).path("link").asBoolean()).isTrue();
    assertThat(one.path("categoryLabel").asText()).isEqualTo("政府集中采购");
    assertThat(one.path("channels").get(0).path("channelLabel").asText()).isEqualTo("政府网站");

    // Channel filter: none of these went to the gazette.
    assertThat(catalogue("chengang", "?category=" + CATEGORY + "&channel=GAZETTE")
        .path("total").asLong()).isZero();
    assertThat(catalogue("chengang", "?category=" + CATEGORY + "&channel=WEBSITE")
        .path("total").asLong()).isEqualTo(3);

    var bad = Http.asUser(rest, "wangli", HttpMethod.GET, "/api/catalogue?channel=TV", null);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(bad.getBody()).path("message").asText()).contains("发布渠道无效");

    var page = Http.asUser(rest, "sunyue", HttpMethod.GET, "/catalogue?category=" + CATEGORY
        + "&size=2", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("政府信息公开目录", "共 3 条", "下一页", "政府集中采购");
    // The page shows the 索引号 and 生成日期, links the website, and no database id.
    assertThat(page.getBody()).contains("<th>索引号</th>", "<th>生成日期</th>",
        "<td>" + batch + "-00", "<td>" + ChineseDateText.of(OfficeTime.today()) + "</td>",
        "<a href=\"https://www.example.gov.cn/zwgk/").doesNotContain("<th>编号</th>");
    for (var p : publications.ofBatch(batch)) {
      assertThat(page.getBody()).doesNotContain("<td>" + p.itemId() + "</td>");
    }

    // Bad input on the page: a Chinese page (400), not the API's JSON nor English.
    for (String query : List.of("?category=BAD", "?page=abc", "?size=0", "?channel=TV")) {
      ResponseEntity<String> refused = rest.getForEntity("/catalogue" + query, String.class);
      assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
          .as(query).isTrue();
      assertThat(refused.getBody()).as(query).contains("<html lang=\"zh-CN\"", "查询条件有误",
          "返回政府信息公开目录").doesNotContain("PublicationCategory", "Bad Request", "{");
    }
    assertThat(rest.getForEntity("/catalogue?category=BAD", String.class).getBody())
        .contains("信息类别无效");
    assertThat(rest.getForEntity("/catalogue?page=abc", String.class).getBody())
        .contains("页码和每页条数须为整数");
    // The JSON API keeps its JSON refusal, in Chinese.
    ResponseEntity<String> apiRefused = rest.getForEntity("/api/catalogue?page=abc",
        String.class);
    assertThat(apiRefused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(apiRefused.getBody()).path("message").asText())
        .contains("页码和每页条数须为整数");
  }

  @Test
  void art44PublishesARequestItemWithItsReviewInOneStep() throws Exception {
    String request = "YSQ-2026-990001";
    registerCase(request, true);
    items.add(request, List.of(new NewItem("2025年特种设备检验结果", ItemFinding.HELD, null, null,
        false, false)));
    long itemId = items.heldItemIds(request).get(0);
    items.recordReview(itemId, new Review("lina", ReviewConclusion.RELEASABLE, null, null, null,
        null, false, null));
    String body = json.writeValueAsString(Map.of("items", List.of(Map.of("seq", 1,
        "category", "STATISTICS", "channels", List.of("WEBSITE"),
        "publishingUnit", "示范市市场监督管理局", "attribute", "PROACTIVE"))));
    String path = "/api/publications/from-request/" + request;

    assertThat(rest.postForEntity(path, new HttpEntity<>(body, jsonHeaders()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Http.asUser(rest, "lina", HttpMethod.POST, path, body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var created = Http.asUser(rest, "wangli", HttpMethod.POST, path, body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String batch = json.readTree(created.getBody()).path("batchNumber").asText();
    assertThat(batch).matches("ZDGK-\\d{4}-\\d{6}");

    // No second secrecy review (one per item), but legal's 主动公开审核 (ADR 0173) first, over
    // /engine-rest as Tasklist submits it: the office cannot pass it, nothing is publishable
    // before it, an unanswered row is a Chinese 400 naming the item.
    assertThat(engineRest.tasks("lina", batch, TASK_REVIEW_ITEM)).isEmpty();
    assertThat(engineRest.tasks("wangli", batch, TASK_RECORD_PUBLICATION)).isEmpty();
    JsonNode review = engineRest.tasks("lina", batch, ElementIds.TASK_ART44_REVIEW);
    assertThat(review).hasSize(1);
    String reviewId = review.get(0).path("id").asText();
    var rows = Http.asUser(rest, "lina", HttpMethod.GET, "/engine-rest/task/" + reviewId
        + "/variables/art44Reviews?deserializeValue=false", null);
    ArrayNode answers = (ArrayNode) json.readTree(json.readTree(rows.getBody())
        .path("value").asText());
    String submit = "/engine-rest/task/" + reviewId + "/submit-form";
    var byOffice = Http.asUser(rest, "wangli", HttpMethod.POST, submit, json.writeValueAsString(
        Map.of("variables", Map.of("art44Reviews", Map.of("type", "Json", "value",
            json.writeValueAsString(answers))))));
    assertThat(byOffice.getStatusCode().is2xxSuccessful()).as(byOffice.getBody()).isFalse();
    var unanswered = Http.asUser(rest, "lina", HttpMethod.POST, submit, json.writeValueAsString(
        Map.of("variables", Map.of("art44Reviews", Map.of("type", "Json", "value",
            json.writeValueAsString(answers))))));
    assertThat(unanswered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unanswered.getBody()).path("message").asText())
        .contains("第1项“2025年特种设备检验结果”：请选择是否属于主动公开范围");
    for (JsonNode answer : answers) {
      ((ObjectNode) answer).put("inScope", "YES").put("personalData", "NO")
          .put("consentLimited", "NO");
    }
    engineRest.submitTaskForm("lina", reviewId, Map.of("art44Reviews", Map.of("type", "Json",
        "value", json.writeValueAsString(answers))));
    recordPublication(batch);
    assertThat(catalogue("wangli", "?category=STATISTICS").path("items").findValuesAsText("title"))
        .contains("2025年特种设备检验结果");

    var again = Http.asUser(rest, "wangli", HttpMethod.POST, path, body);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(again.getBody());
    assertThat(error.path("error").asText()).contains("is registered as " + batch);
    assertThat(error.path("message").asText()).contains("本信息项已于", "发布（" + batch,
        "不能重复发布");
  }

  /**
   * Audit 33a F1, F3 over the Tasklist start form's path (/engine-rest submit-form): a title
   * with an ID number is a 400 naming the row and field, and the body does not carry the
   * number; the same 文号 (brackets and blanks aside) registered again while the first stands
   * is a 400 naming the batch it is in. Nothing is started either time.
   */
  @Test
  void personalDataAndTheSameDocumentTwiceAreRefusedAtTheStartForm() throws Exception {
    var personal = startForm(Map.of("title", "行政处罚决定公示（张三，身份证350102199001011234）",
        "category", "SUPERVISION", "channels", List.of("WEBSITE"),
        "publishingUnit", "执法科", "attribute", "PROACTIVE",
        "formedOn", OfficeTime.today().toString()));
    assertThat(personal.getStatusCode()).as(personal.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(personal.getBody()).path("message").asText())
        .contains("第1项：信息名称含身份证号码等个人信息，请去除后再提交");
    assertThat(personal.getBody()).doesNotContain("350102199001011234");

    Map<String, Object> document = Map.of("title", "示范市政务公开工作规定",
        "docNumber", "示范政发〔2026〕77号", "category", "NORMATIVE_DOCUMENTS",
        "channels", List.of("WEBSITE"), "publishingUnit", "办公室", "attribute", "PROACTIVE",
        "regulationKind", "NORMATIVE", "regulationAction", "ISSUE",
        "formedOn", OfficeTime.today().toString());
    var first = startForm(document);
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
    String batch = json.readTree(first.getBody()).path("businessKey").asText();
    Map<String, Object> again = new java.util.HashMap<>(document);
    again.put("docNumber", "示范政发 [2026] 77号");
    again.put("channels", List.of("GAZETTE"));
    var second = startForm(again);
    assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(second.getBody()).path("message").asText())
        .contains("第1项：文号“示范政发 [2026] 77号”的同一文件（制发行政规范性文件）已在" + batch
            + "第1项“示范市政务公开工作规定”中待审查或审批，不能重复登记");
  }

  /**
   * Audit 33a F5/F6 (ADR 0149) over the start form and the public catalogue: a 废止 without the
   * 文号 it repeals is a 400 on publicationItems[1].repeals, nothing started; a plan's new
   * version names the one it replaces, which stays in the catalogue (JSON and page) marked
   * 已被替代（new 文号）. Before, the 废止 was accepted and both plans were listed alike.
   */
  @Test
  void aRepealMustNameItsDocumentAndAReplacedPlanIsMarkedInTheCatalogue() throws Exception {
    var repeal = startForm(Map.of("title", "关于废止某规范性文件的决定",
        "docNumber", "示范政发〔2026〕149号", "category", "NORMATIVE_DOCUMENTS",
        "channels", List.of("WEBSITE"), "publishingUnit", "办公室", "attribute", "PROACTIVE",
        "regulationKind", "NORMATIVE", "regulationAction", "REPEAL",
        "formedOn", OfficeTime.today().toString()));
    assertThat(repeal.getStatusCode()).as(repeal.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(repeal.getBody()).path("message").asText())
        .contains("第1项：废止行政规范性文件的，请填写被废止文件的文号");

    publishRows(List.of(Map.of("title", "示范市2026年政务公开工作要点", "docNumber",
        "示范办〔2026〕149号", "category", "PLANS", "channels", List.of("WEBSITE"),
        "publishingUnit", "办公室", "attribute", "PROACTIVE",
        "formedOn", OfficeTime.today().toString())));
    publishRows(List.of(Map.of("title", "示范市2026年政务公开工作要点（调整）", "docNumber",
        "示范办〔2026〕150号", "replaces", "示范办〔2026〕149号", "category", "PLANS",
        "channels", List.of("WEBSITE"), "publishingUnit", "办公室", "attribute", "PROACTIVE",
        "formedOn", OfficeTime.today().toString())));

    JsonNode plans = catalogue("wangli", "?category=PLANS&size=100").path("items");
    JsonNode old = null;
    for (JsonNode item : plans) {
      if (item.path("title").asText().equals("示范市2026年政务公开工作要点")) {
        old = item;
      }
    }
    assertThat(old).as(plans.toString()).isNotNull();
    assertThat(old.path("effect").path("status").asText()).isEqualTo("REPLACED");
    assertThat(old.path("effect").path("label").asText()).isEqualTo("已被替代（示范办〔2026〕150号）");
    assertThat(rest.getForEntity("/catalogue?category=PLANS&size=100", String.class).getBody())
        .contains("<strong>已被替代（示范办〔2026〕150号）</strong>");
  }

  /**
   * Audit 33a F8 over the Art. 44 API: an item proposed 依申请公开 by mistake (so 不予发布) may
   * be proposed again (before: 400 该信息项已转为主动公开); while that proposal stands, a third
   * is a 400 saying where it stands.
   */
  @Test
  void art44ProposesAnItemAgainWhoseFirstProposalCameToNothing() throws Exception {
    String request = "YSQ-2026-990005";
    registerCase(request, true);
    long itemId = requestItem(request, "2025年电梯检验结果", ReviewConclusion.RELEASABLE);
    String path = "/api/publications/from-request/" + request;
    String mistaken = json.writeValueAsString(Map.of("items", List.of(Map.of("seq", 1,
        "category", "STATISTICS", "channels", List.of("WEBSITE"),
        "publishingUnit", "示范市市场监督管理局", "attribute", "ON_REQUEST"))));
    var first = Http.asUser(rest, "wangli", HttpMethod.POST, path, mistaken);
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    art44Review(json.readTree(first.getBody()).path("batchNumber").asText());
    EngineRest.runJobs(management);
    assertThat(publications.byItem(itemId).orElseThrow().status())
        .isEqualTo(PublicationStatus.NOT_PUBLISHED);

    var second = Http.asUser(rest, "wangli", HttpMethod.POST, path, fromRequest(itemId));
    assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.CREATED);
    String batch = json.readTree(second.getBody()).path("batchNumber").asText();
    art44Review(batch);
    EngineRest.runJobs(management);

    var third = Http.asUser(rest, "wangli", HttpMethod.POST, path, fromRequest(itemId));
    assertThat(third.getStatusCode()).as(third.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(third.getBody()).path("message").asText())
        .contains("第1项：本信息项已在" + batch + "第1项“2025年电梯检验结果”中待发布，不能重复登记")
        .doesNotContain("已转为主动公开");
  }

  /**
   * 登记补充发布 over HTTP (audit 33a F4, ADR 0152): the gazette line marked 未发布 at 登记发布情况
   * is registered once the issue is out, by the office only; bad input is a 400 in Chinese.
   */
  @Test
  void theOfficeRegistersAChannelLeftForLater() throws Exception {
    var started = startForm(Map.of("title", "2026年12月市场监管工作动态", "category", "PLANS",
        "channels", List.of("WEBSITE", "GAZETTE"), "publishingUnit", "示范市市场监督管理局办公室",
        "attribute", "PROACTIVE", "formedOn", OfficeTime.today().toString()));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String batch = json.readTree(started.getBody()).path("businessKey").asText();
    JsonNode review = engineRest.tasks("lina", batch, TASK_REVIEW_ITEM).get(0);
    engineRest.submitTaskForm("lina", review.path("id").asText(), Map.of("reviewConclusion",
        Map.of("type", "String", "value", "RELEASABLE")));
    EngineRest.runJobs(management);
    String taskId = engineRest.tasks("wangli", batch, TASK_RECORD_PUBLICATION).get(0)
        .path("id").asText();
    var variable = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/engine-rest/task/" + taskId + "/variables/publications?deserializeValue=false", null);
    ArrayNode lines = (ArrayNode) json.readTree(json.readTree(variable.getBody())
        .path("value").asText());
    long itemId = lines.get(0).path("itemId").asLong();
    for (JsonNode line : lines) {
      if ("GAZETTE".equals(line.path("channel").asText())) {
        ((ObjectNode) line).put("notPublished", true);
        ((ObjectNode) line).put("notPublishedReason", "公报下期刊登");
      } else {
        ((ObjectNode) line).put("publishedOn", OfficeTime.today().toString());
        ((ObjectNode) line).put("location", "https://www.example.gov.cn/zwgk/" + itemId);
      }
    }
    engineRest.submitTaskForm("wangli", taskId, Map.of("publications", Map.of("type", "Json",
        "value", json.writeValueAsString(lines))));
    long id = publications.byItem(itemId).orElseThrow().id();
    assertThat(publications.skippedLines(id)).hasSize(1);

    String path = "/api/publications/items/" + itemId + "/channels";
    String body = json.writeValueAsString(Map.of("channel", "GAZETTE",
        "publishedOn", OfficeTime.today().toString(), "location", "2026年第12期"));
    var byLegal = Http.asUser(rest, "lina", HttpMethod.POST, path, body);
    assertThat(byLegal.getStatusCode()).as(byLegal.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    var notANumber = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/publications/items/abc/channels", body);
    assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(notANumber.getBody()).path("message").asText())
        .isEqualTo("信息项编号须为整数");
    var noLocation = Http.asUser(rest, "wangli", HttpMethod.POST, path, json.writeValueAsString(
        Map.of("channel", "GAZETTE", "publishedOn", OfficeTime.today().toString())));
    assertThat(noLocation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noLocation.getBody()).path("message").asText())
        .contains("请填写政府公报的网址、期号或地点");
    assertThat(publications.skippedLines(id)).hasSize(1);

    var registered = Http.asUser(rest, "wangli", HttpMethod.POST, path, body);
    assertThat(registered.getStatusCode()).as(registered.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(publications.skippedLines(id)).isEmpty();
    assertThat(publications.channels(id)).extracting(PublicationRegister.ChannelRecord::channel)
        .containsExactly(PublicationChannel.WEBSITE, PublicationChannel.GAZETTE);
    assertThat(publications.channels(id).get(1).publishedBy()).isEqualTo("wangli");

    var again = Http.asUser(rest, "wangli", HttpMethod.POST, path, body);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(again.getBody()).path("message").asText()).contains("已在政府公报发布");
  }

  private ResponseEntity<String> startForm(Map<String, Object> row) throws Exception {
    return Http.asUser(rest, "wangli", HttpMethod.POST, DEFINITION + "/submit-form",
        EngineRest.variables(Map.of("publicationItems", Map.of("type", "Json",
            "value", json.writeValueAsString(List.of(row))))));
  }

  /**
   * Art. 44 over HTTP: an item the reply withheld, and an item of a reply not yet delivered, are
   * refused with a bilingual 400 and nothing is registered; delivered, the same item publishes.
   */
  @Test
  void art44RefusesWithheldItemsAndRepliesNotYetDelivered() throws Exception {
    String withheldRequest = "YSQ-2026-990002";
    registerCase(withheldRequest, true);
    long withheld = requestItem(withheldRequest, "内部请示报告", ReviewConclusion.WITHHOLD);
    var refused = Http.asUser(rest, "wangli", HttpMethod.POST,
        "/api/publications/from-request/" + withheldRequest, fromRequest(withheld));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(refused.getBody());
    assertThat(error.path("error").asText()).contains("withheld in the reply");
    assertThat(error.path("message").asText()).contains("经保密审查不予公开，不能转为主动公开");
    assertThat(publications.byItem(withheld)).isEmpty();

    String pendingRequest = "YSQ-2026-990003";
    registerCase(pendingRequest, false);
    long pending = requestItem(pendingRequest, "2025年计量监督抽查结果", ReviewConclusion.RELEASABLE);
    String path = "/api/publications/from-request/" + pendingRequest;
    var notYet = Http.asUser(rest, "wangli", HttpMethod.POST, path, fromRequest(pending));
    assertThat(notYet.getStatusCode()).as(notYet.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(notYet.getBody()).path("message").asText())
        .contains("的答复尚未送达，其信息项不能转为主动公开");
    assertThat(publications.byItem(pending)).isEmpty();

    registerCase(pendingRequest, true);
    var created = Http.asUser(rest, "wangli", HttpMethod.POST, path, fromRequest(pending));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(publications.byItem(pending)).isPresent();
  }

  /** The item's 序号 in its request, as the ledger's case page lists it. */
  private int seqOf(long itemId) {
    return items.of(items.caseRefOf(itemId)).stream().filter(i -> i.id() == itemId)
        .findFirst().orElseThrow().seq();
  }

  /**
   * Audit 33a F9: the Art. 44 API takes the request's items by 序号 as the case page lists them,
   * not by database id; a 序号 the request has no held item under is a Chinese 400, nothing
   * registered.
   */
  @Test
  void art44TakesItemsBySeqAsTheCasePageListsThem() throws Exception {
    String request = "YSQ-2026-990019";
    registerCase(request, true);
    items.add(request, List.of(
        new NewItem("2025年食品抽检结果", ItemFinding.HELD, null, null, false, false),
        new NewItem("某企业内部账簿", ItemFinding.NOT_HELD, null, null, false, false),
        new NewItem("2025年餐饮单位量化分级结果", ItemFinding.HELD, null, null, false, false)));
    for (long id : items.heldItemIds(request)) {
      items.recordReview(id, new Review("lina", ReviewConclusion.RELEASABLE, null, null, null,
          null, false, null));
    }
    long third = items.of(request).get(2).id();
    String path = "/api/publications/from-request/" + request;

    var notHeld = Http.asUser(rest, "wangli", HttpMethod.POST, path, bySeq(2));
    assertThat(notHeld.getStatusCode()).as(notHeld.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(notHeld.getBody()).path("message").asText())
        .contains("第1项：申请 " + request + " 没有序号为2的本机关保有的信息项");
    var unknown = Http.asUser(rest, "wangli", HttpMethod.POST, path, bySeq(9));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(unknown.getBody()).path("message").asText())
        .contains("没有序号为9的本机关保有的信息项").doesNotContain("Exception");
    assertThat(publications.ofSourceRequest(request)).isEmpty();

    var created = Http.asUser(rest, "wangli", HttpMethod.POST, path, bySeq(3));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(publications.byItem(third).orElseThrow().title())
        .isEqualTo("2025年餐饮单位量化分级结果");
  }

  private String bySeq(Object seq) throws Exception {
    return json.writeValueAsString(Map.of("items", List.of(Map.of("seq", seq,
        "category", "STATISTICS", "channels", List.of("WEBSITE"),
        "publishingUnit", "示范市市场监督管理局", "attribute", "PROACTIVE"))));
  }

  private long requestItem(String request, String title, ReviewConclusion conclusion) {
    items.add(request, List.of(new NewItem(title, ItemFinding.HELD, null, null, false, false)));
    long itemId = items.heldItemIds(request).get(0);
    boolean withhold = conclusion == ReviewConclusion.WITHHOLD;
    items.recordReview(itemId, new Review("lina", conclusion,
        withhold ? io.github.ogiworkflow.vocabulary.WithholdingGround.PROCESS_INFO : null,
        withhold ? "《政府信息公开条例》第十六条第一款" : null, null, null, false, null));
    return itemId;
  }

  private String fromRequest(long itemId) throws Exception {
    return json.writeValueAsString(Map.of("items", List.of(Map.of("seq", seqOf(itemId),
        "category", "STATISTICS", "channels", List.of("WEBSITE"),
        "publishingUnit", "示范市市场监督管理局", "attribute", "PROACTIVE"))));
  }

  /** The request in the case register: its reply delivered today, or still being prepared. */
  private void registerCase(String request, boolean delivered) {
    if (cases.find(request).isEmpty()) {
      cases.insert(new NewCase(request, null, "IN_PERSON", "NATURAL_PERSON", "张三", null, null,
          null, null, null, "2025年本局统计资料", "ELECTRONIC", "EMAIL",
          OfficeTime.today().minusDays(1), OfficeTime.today().plusDays(20)));
    }
    if (delivered) {
      cases.setOutcome(request, "1");
      cases.recordDelivery(request, "wangli", OfficeTime.today());
    }
  }

  /** Drafted by the office, reviewed by legal, published on the website by the office. */
  private String publishBatch(List<String> titles) throws Exception {
    return publishRows(titles.stream().<Map<String, Object>>map(title -> Map.of("title", title,
        "category", CATEGORY, "channels", List.of("WEBSITE"),
        "publishingUnit", "示范市市场监督管理局办公室", "attribute", "PROACTIVE",
        "formedOn", OfficeTime.today().toString())).toList());
  }

  /** As {@link #publishBatch}, the rows as drafted (items that need no leadership approval). */
  private String publishRows(List<Map<String, Object>> rows) throws Exception {
    ArrayNode list = json.createArrayNode();
    rows.forEach(row -> list.add(json.valueToTree(row)));
    var started = Http.asUser(rest, "wangli", HttpMethod.POST, DEFINITION + "/submit-form",
        EngineRest.variables(Map.of("publicationItems", Map.of("type", "Json",
            "value", json.writeValueAsString(list)))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String batch = json.readTree(started.getBody()).path("businessKey").asText();

    JsonNode reviews = engineRest.tasks("lina", batch, TASK_REVIEW_ITEM);
    assertThat(reviews).hasSize(rows.size());
    for (JsonNode review : reviews) {
      engineRest.submitTaskForm("lina", review.path("id").asText(), Map.of("reviewConclusion",
          Map.of("type", "String", "value", "RELEASABLE")));
    }
    EngineRest.runJobs(management);
    recordPublication(batch);
    return batch;
  }

  /** Legal's 主动公开审核 of an Art. 44 batch over /engine-rest: every item passes (ADR 0173). */
  private void art44Review(String batch) throws Exception {
    String taskId = engineRest.tasks("lina", batch, ElementIds.TASK_ART44_REVIEW).get(0)
        .path("id").asText();
    var rows = Http.asUser(rest, "lina", HttpMethod.GET, "/engine-rest/task/" + taskId
        + "/variables/art44Reviews?deserializeValue=false", null);
    ArrayNode answers = (ArrayNode) json.readTree(json.readTree(rows.getBody())
        .path("value").asText());
    for (JsonNode answer : answers) {
      ((ObjectNode) answer).put("inScope", "YES").put("personalData", "NO")
          .put("consentLimited", "NO");
    }
    engineRest.submitTaskForm("lina", taskId, Map.of("art44Reviews", Map.of("type", "Json",
        "value", json.writeValueAsString(answers))));
  }

  private void recordPublication(String batch) throws Exception {
    JsonNode tasks = engineRest.tasks("wangli", batch, TASK_RECORD_PUBLICATION);
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    var variable = Http.asUser(rest, "wangli", HttpMethod.GET,
        "/engine-rest/task/" + taskId + "/variables/publications?deserializeValue=false", null);
    ArrayNode lines = (ArrayNode) json.readTree(json.readTree(variable.getBody())
        .path("value").asText());
    for (JsonNode line : lines) {
      ((ObjectNode) line).put("publishedOn", OfficeTime.today().toString());
      ((ObjectNode) line).put("location", "https://www.example.gov.cn/zwgk/" + line.path("itemId"));
    }
    engineRest.submitTaskForm("wangli", taskId, Map.of("publications", Map.of("type", "Json",
        "value", json.writeValueAsString(lines))));
  }

  private JsonNode catalogue(String user, String query) throws Exception {
    var response = Http.asUser(rest, user, HttpMethod.GET, "/api/catalogue" + query, null);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  /** A user with a password but in none of the staff groups. */
  private ResponseEntity<String> outsiderGets(String path) {
    User user = identityService.newUser("outsider");
    user.setPassword(Http.DEMO_PASSWORD);
    identityService.saveUser(user);
    try {
      return Http.asUser(rest, "outsider", HttpMethod.GET, path, null);
    } finally {
      identityService.deleteUser("outsider");
    }
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

}
