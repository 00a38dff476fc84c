package io.github.ogiworkflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogiworkflow.calendar.OfficeTime;
import io.github.ogiworkflow.register.CaseRegister;
import io.github.ogiworkflow.register.CaseRegister.NewCase;
import io.github.ogiworkflow.register.ItemRegister;
import io.github.ogiworkflow.register.ItemRegister.NewItem;
import io.github.ogiworkflow.register.ItemRegister.Review;
import io.github.ogiworkflow.support.Http;
import io.github.ogiworkflow.support.IntegrationTest;
import io.github.ogiworkflow.vocabulary.ItemFinding;
import io.github.ogiworkflow.vocabulary.ReviewConclusion;
import io.github.ogiworkflow.vocabulary.WithholdingGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Art. 44 on the ledger's case page (audit 33a F9, ADR 0162): the office is offered
 * 登记申请人建议主动公开 and 转为主动公开 (items by 序号, the released ones only), records the
 * applicant's suggestion (checked on the server: 400 in Chinese naming each field, nothing
 * written; 403, 404, 409), sees it on the case page and in 多人申请的相同信息 (listed although one
 * applicant asked), and proposes the item through the offered path; the page's scripts carry
 * both forms.
 */
@IntegrationTest
class Art44CasePageIT {

  static final String SUGGESTIONS = "/api/cases/%s/proactive-suggestions";

  @Autowired TestRestTemplate rest;
  @Autowired CaseRegister register;
  @Autowired ItemRegister items;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theOfficeRecordsTheApplicantsSuggestionAndProposesTheItemFromTheCasePage()
      throws Exception {
    int u = ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String title = "2026年第" + u + "批农贸市场检查结果";
    String n = deliveredRequest("建议人" + u, title, "内部请示" + u);
    LocalDate today = OfficeTime.today();

    // Offered to the office only: the suggestion on both held items, Art. 44 on the released one.
    JsonNode actions = caseFile(n, "wangli").path("actions");
    JsonNode offer = actions.path("proactiveSuggestion");
    assertThat(offer.path("path").asText()).isEqualTo(SUGGESTIONS.formatted(n));
    assertThat(seqs(offer.path("items"))).containsExactly(1, 2);
    JsonNode art44 = actions.path("art44");
    assertThat(art44.path("path").asText()).isEqualTo("/api/publications/from-request/" + n);
    assertThat(seqs(art44.path("items"))).containsExactly(1);
    assertThat(art44.path("categories").toString()).contains("统计", "监督检查");
    assertThat(art44.path("channels").toString()).contains("政府网站");
    assertThat(art44.path("publishingUnit").asText()).isNotBlank();
    for (String other : List.of("chengang", "sunyue")) {
      JsonNode theirs = caseFile(n, other).path("actions");
      assertThat(theirs.path("proactiveSuggestion").isNull()).as(other).isTrue();
      assertThat(theirs.path("art44").isNull()).as(other).isTrue();
    }

    // Checked on the server: every wrong field named in Chinese, nothing written.
    String path = SUGGESTIONS.formatted(n);
    ResponseEntity<String> empty = post("wangli", path, Map.of());
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode fields = json.readTree(empty.getBody()).path("fields");
    assertThat(fields.path("suggestedOn").asText()).contains("请填写收到建议日期");
    assertThat(fields.path("items").asText()).contains("请至少选择一个");
    assertThat(fields.path("reason").asText()).contains("建议主动公开的理由");
    ResponseEntity<String> wrong = post("wangli", path, Map.of("suggestedOn",
        today.plusDays(1).toString(), "items", List.of(9), "reason", "涉及公众利益"));
    fields = json.readTree(wrong.getBody()).path("fields");
    assertThat(fields.path("suggestedOn").asText()).contains("不能晚于今天");
    assertThat(fields.path("items").asText()).contains("没有序号为9的本机关保有的信息项");
    assertThat(fields.has("reason")).isFalse();
    ResponseEntity<String> early = post("wangli", path, Map.of("suggestedOn",
        today.minusDays(30).toString(), "items", List.of("x"), "reason", "好"));
    fields = json.readTree(early.getBody()).path("fields");
    assertThat(fields.path("suggestedOn").asText()).contains("不能早于收到申请日期");
    assertThat(fields.path("items").asText()).contains("正整数");
    assertThat(fields.path("reason").asText()).contains("4至1000字");
    assertThat(early.getBody()).doesNotContain("Exception", "SQL");
    assertThat(caseFile(n, "wangli").path("proactiveSuggestions")).isEmpty();
    Map<String, Object> valid = Map.of("suggestedOn", today.toString(), "items", List.of(1),
        "reason", "涉及周边居民食品安全，需要公众广泛知晓");
    assertThat(post("chengang", path, valid).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("wangli", SUGGESTIONS.formatted("YSQ-2026-000000X"), valid).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    String unsplit = deliveredRequest("未拆分" + u);
    ResponseEntity<String> noItems = post("wangli", SUGGESTIONS.formatted(unsplit), valid);
    assertThat(noItems.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(noItems.getBody()).path("message").asText())
        .contains("尚无本机关保有的信息项");

    ResponseEntity<String> recorded = post("wangli", path, valid);
    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(recorded.getBody()).path("items").get(0).path("seq").asInt())
        .isEqualTo(1);
    ResponseEntity<String> again = post("wangli", path, valid);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(again.getBody()).path("fields").path("items").asText())
        .contains("已于" + io.github.ogiworkflow.calendar.ChineseDateText.of(today)
            + "登记申请人建议主动公开，不能重复登记");

    // On the case page, in the offers and in 多人申请的相同信息 (one applicant, suggested).
    JsonNode file = caseFile(n, "sunyue");
    JsonNode suggestion = file.path("proactiveSuggestions").get(0);
    assertThat(suggestion.path("seq").asInt()).isEqualTo(1);
    assertThat(suggestion.path("title").asText()).isEqualTo(title);
    assertThat(suggestion.path("suggestedOn").asText()).isEqualTo(today.toString());
    assertThat(suggestion.path("reason").asText()).isEqualTo("涉及周边居民食品安全，需要公众广泛知晓");
    assertThat(suggestion.path("recordedByName").asText()).isNotBlank().isNotEqualTo("wangli");
    // A line of the case's audit trail (the case page's 办理过程 is the trail's own).
    List<String> trail = new ArrayList<>();
    file.path("timeline").forEach(e -> trail.add(e.path("kindLabel").asText() + "|"
        + e.path("activity").asText() + "|" + e.path("who").asText() + "|"
        + e.path("outcome").asText()));
    assertThat(trail).anySatisfy(line -> assertThat(line)
        .startsWith("申请人建议主动公开|申请人建议主动公开：信息项 1「" + title + "」|"
            + suggestion.path("recordedByName").asText())
        .contains("建议理由：涉及周边居民食品安全"));
    actions = caseFile(n, "wangli").path("actions");
    assertThat(seqs(actions.path("proactiveSuggestion").path("items"))).containsExactly(2);
    assertThat(actions.path("art44").path("items").get(0).path("suggestedOn").asText())
        .isEqualTo(today.toString());
    JsonNode groups = get("/api/ledger/same-information?year=" + today.getYear(), "chengang")
        .path("groups");
    JsonNode group = null;
    for (JsonNode g : groups) {
      if (g.path("title").asText().equals(title)) {
        group = g;
      }
    }
    assertThat(group).as(groups.toString()).isNotNull();
    assertThat(group.path("applicants").asInt()).isEqualTo(1);
    assertThat(group.path("applicantSuggestions").asInt()).isEqualTo(1);
    assertThat(group.path("requests").get(0).path("applicantSuggestedOn").asText())
        .isEqualTo(today.toString());

    // Proposed through the offered path by 序号: the item shows its batch, nothing left to offer.
    ResponseEntity<String> proposed = post("wangli", art44.path("path").asText(),
        Map.of("items", List.of(Map.of("seq", 1, "category", "SUPERVISION",
            "channels", List.of("WEBSITE"), "publishingUnit",
            art44.path("publishingUnit").asText(), "attribute", art44.path("attribute").asText()))));
    assertThat(proposed.getStatusCode()).as(proposed.getBody()).isEqualTo(HttpStatus.CREATED);
    String batch = json.readTree(proposed.getBody()).path("batchNumber").asText();
    file = caseFile(n, "wangli");
    assertThat(file.path("items").get(0).path("art44").path("batchNumber").asText())
        .isEqualTo(batch);
    assertThat(file.path("items").get(1).path("art44").isNull()).isTrue();
    assertThat(file.path("actions").path("art44").isNull()).isTrue();
  }

  /**
   * A suggestion recorded in error is voided by the office with a reason (ADR 0173): every wrong
   * field a Chinese 400, nothing half-written; afterwards the row stays, struck, with why, who
   * and when on the case page and in the trail, no longer counts in 多人申请的相同信息, and the
   * item may be suggested again. Before, there was no such path (404).
   */
  @Test
  void aSuggestionRecordedInErrorIsVoidedWithAReason() throws Exception {
    int u = ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String title = "2026年第" + u + "批餐具抽检结果";
    String n = deliveredRequest("作废" + u, title, "另一项" + u);
    LocalDate today = OfficeTime.today();
    String path = SUGGESTIONS.formatted(n);
    String voidPath = path + "/void";
    assertThat(post("wangli", path, Map.of("suggestedOn", today.toString(), "items",
        List.of(1), "reason", "涉及公众饮食安全")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // Offered to the office on the case page for the standing suggestion.
    JsonNode offer = caseFile(n, "wangli").path("actions").path("proactiveSuggestionVoid");
    assertThat(offer.path("path").asText()).isEqualTo(voidPath);
    assertThat(seqs(offer.path("items"))).containsExactly(1);
    JsonNode leaders = caseFile(n, "chengang").path("actions").path("proactiveSuggestionVoid");
    assertThat(leaders.isNull() || leaders.isMissingNode()).isTrue();
    assertThat(rest.getForObject("/ledger-assets/case-actions.js", String.class))
        .contains("proactiveSuggestionVoid: {", "'作废理由'");

    ResponseEntity<String> empty = post("wangli", voidPath, Map.of());
    assertThat(empty.getStatusCode()).as(empty.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode fields = json.readTree(empty.getBody()).path("fields");
    assertThat(fields.path("items").asText()).contains("请至少选择一项要作废的申请人建议主动公开登记");
    assertThat(fields.path("reason").asText()).contains("请填写作废理由", "4至1000字");
    // Item 2 has no suggestion: refused, and item 1 is not voided either (nothing half-written).
    ResponseEntity<String> half = post("wangli", voidPath, Map.of("items", List.of(1, 2),
        "reason", "登记错误：申请人未提出该建议"));
    assertThat(half.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(half.getBody()).path("fields").path("items").asText())
        .contains("信息项 2 没有未作废的申请人建议主动公开登记");
    assertThat(half.getBody()).doesNotContain("Exception", "SQL");
    assertThat(caseFile(n, "wangli").path("proactiveSuggestions").get(0).path("voided")
        .asBoolean()).isFalse();
    Map<String, Object> valid = Map.of("items", List.of(1), "reason",
        "登记错误：申请人未提出该建议");
    assertThat(post("chengang", voidPath, valid).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("wangli", SUGGESTIONS.formatted("YSQ-2026-000000X") + "/void", valid)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    String none = deliveredRequest("无建议" + u, "无建议的信息" + u);
    assertThat(post("wangli", SUGGESTIONS.formatted(none) + "/void", valid).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<String> voided = post("wangli", voidPath, valid);
    assertThat(voided.getStatusCode()).as(voided.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode file = caseFile(n, "sunyue");
    JsonNode row = file.path("proactiveSuggestions").get(0);
    assertThat(row.path("voided").asBoolean()).isTrue();
    assertThat(row.path("voidReason").asText()).isEqualTo("登记错误：申请人未提出该建议");
    assertThat(row.path("voidedByName").asText()).isNotBlank().isNotEqualTo("wangli");
    assertThat(row.path("voidedOn").asText()).isEqualTo(today.toString());
    List<String> trail = new ArrayList<>();
    file.path("timeline").forEach(e -> trail.add(e.path("activity").asText() + "|"
        + e.path("outcome").asText()));
    assertThat(trail).anySatisfy(line -> assertThat(line)
        .startsWith("申请人建议主动公开：信息项 1「" + title + "」|已作废（登记错误，作废于")
        .contains("作废理由：登记错误：申请人未提出该建议", "建议理由：涉及公众饮食安全"));
    assertThat(caseFile(n, "wangli").path("actions").path("proactiveSuggestionVoid").isNull())
        .isTrue();
    // Voided twice: refused. No longer counted: the group (one applicant) is not listed.
    assertThat(post("wangli", voidPath, valid).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode groups = get("/api/ledger/same-information?year=" + today.getYear(), "chengang")
        .path("groups");
    groups.forEach(g -> assertThat(g.path("title").asText()).isNotEqualTo(title));
    // The item may be suggested again.
    assertThat(seqs(caseFile(n, "wangli").path("actions").path("proactiveSuggestion")
        .path("items"))).containsExactly(1, 2);
    assertThat(post("wangli", path, Map.of("suggestedOn", today.toString(), "items",
        List.of(1), "reason", "申请人书面补充提出建议")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(caseFile(n, "wangli").path("proactiveSuggestions")).hasSize(2);
  }

  /**
   * ADR 0183: the office records the agency's answer to the applicant's suggestion (采纳 / 不予
   * 采纳, reasons, day, who): every wrong field a Chinese 400 with nothing written, a voided
   * suggestion refused (400 on items), answered once; the answer shows on the case page, in
   * 多人申请的相同信息 and in the trail, and the offer goes. Before, there was no such path (404)
   * and nothing kept the answer.
   */
  @Test
  void theAgencysAnswerToASuggestionIsRecordedAndShown() throws Exception {
    int u = ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String title = "2026年第" + u + "批校园食堂检查结果";
    String n = deliveredRequest("答复" + u, title, "另一项" + u);
    LocalDate today = OfficeTime.today();
    String path = SUGGESTIONS.formatted(n);
    String answerPath = path + "/answer";
    assertThat(post("wangli", path, Map.of("suggestedOn", today.toString(), "items",
        List.of(1, 2), "reason", "涉及学生饮食安全")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(post("wangli", path + "/void", Map.of("items", List.of(2), "reason",
        "登记错误：申请人未建议该项")).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Offered to the office for the standing, unanswered suggestion only.
    JsonNode offer = caseFile(n, "wangli").path("actions").path("proactiveSuggestionAnswer");
    assertThat(offer.path("path").asText()).isEqualTo(answerPath);
    assertThat(seqs(offer.path("items"))).containsExactly(1);
    assertThat(offer.path("decisions").toString()).contains("ADOPTED", "采纳", "不予采纳");
    assertThat(rest.getForObject("/ledger-assets/case-actions.js", String.class))
        .contains("proactiveSuggestionAnswer: {", "'答复意见'", "'答复理由'");

    ResponseEntity<String> empty = post("wangli", answerPath, Map.of());
    assertThat(empty.getStatusCode()).as(empty.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode fields = json.readTree(empty.getBody()).path("fields");
    assertThat(fields.path("items").asText()).contains("请至少选择一项要答复的申请人建议主动公开");
    assertThat(fields.path("decision").asText()).contains("采纳或不予采纳");
    assertThat(fields.path("answeredOn").asText()).contains("请填写答复日期");
    assertThat(fields.path("reason").asText()).contains("请填写答复理由", "4至1000字");
    ResponseEntity<String> bad = post("wangli", answerPath, Map.of("items", List.of(1),
        "decision", "MAYBE", "answeredOn", today.plusDays(1).toString(), "reason", "好"));
    JsonNode badFields = json.readTree(bad.getBody()).path("fields");
    assertThat(badFields.path("decision").asText()).contains("采纳或不予采纳");
    assertThat(badFields.path("answeredOn").asText()).contains("答复日期不能晚于今天");
    assertThat(badFields.path("reason").asText()).contains("4至1000字");
    // The voided suggestion cannot be answered; item 1 is not answered either.
    ResponseEntity<String> voided = post("wangli", answerPath, Map.of("items", List.of(1, 2),
        "decision", "NOT_ADOPTED", "answeredOn", today.toString(), "reason",
        "该信息已在本机关网站公开"));
    assertThat(voided.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(voided.getBody()).path("fields").path("items").asText())
        .contains("信息项 2 的申请人建议主动公开登记已作废，不能答复");
    assertThat(voided.getBody()).doesNotContain("Exception", "SQL");
    assertThat(caseFile(n, "wangli").path("proactiveSuggestions").get(0).path("answer")
        .isNull()).isTrue();
    Map<String, Object> valid = Map.of("items", List.of(1), "decision", "ADOPTED",
        "answeredOn", today.toString(), "reason", "属于主动公开范围，拟转为主动公开");
    assertThat(post("chengang", answerPath, valid).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("wangli", SUGGESTIONS.formatted("YSQ-2026-000000X") + "/answer", valid)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> answered = post("wangli", answerPath, valid);
    assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode file = caseFile(n, "sunyue");
    JsonNode row = file.path("proactiveSuggestions").get(0);
    assertThat(row.path("seq").asInt()).isEqualTo(1);
    assertThat(row.path("answer").path("decisionLabel").asText()).isEqualTo("采纳");
    assertThat(row.path("answer").path("reason").asText()).isEqualTo("属于主动公开范围，拟转为主动公开");
    assertThat(row.path("answer").path("answeredOn").asText()).isEqualTo(today.toString());
    assertThat(row.path("answer").path("answeredByName").asText()).isNotBlank()
        .isNotEqualTo("wangli");
    List<String> trail = new ArrayList<>();
    file.path("timeline").forEach(e -> trail.add(e.path("activity").asText() + "|"
        + e.path("outcome").asText()));
    assertThat(trail).anySatisfy(line -> assertThat(line)
        .isEqualTo("答复申请人建议主动公开：信息项 1「" + title + "」|采纳；答复理由：属于主动公开范围，"
            + "拟转为主动公开"));
    assertThat(rest.getForObject("/ledger-assets/case.js", String.class))
        .contains("'本机关答复'", "s.answer.decisionLabel");
    // Answered once; the offer goes.
    ResponseEntity<String> twice = post("wangli", answerPath, valid);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(twice.getBody()).path("fields").path("items").asText())
        .contains("信息项 1 的申请人建议已于", "答复（采纳），不能重复答复");
    assertThat(caseFile(n, "wangli").path("actions").path("proactiveSuggestionAnswer").isNull())
        .isTrue();
    // 多人申请的相同信息 lists the request (suggested) with the answer.
    JsonNode groups = get("/api/ledger/same-information?year=" + today.getYear(), "chengang")
        .path("groups");
    List<JsonNode> asked = new ArrayList<>();
    groups.forEach(g -> g.path("requests").forEach(r -> {
      if (r.path("trackingNumber").asText().equals(n)) {
        asked.add(r);
      }
    }));
    assertThat(asked).singleElement().satisfies(r -> {
      assertThat(r.path("suggestionAnswer").path("decisionLabel").asText()).isEqualTo("采纳");
      assertThat(r.path("suggestionAnswer").path("answeredOn").asText())
          .isEqualTo(today.toString());
    });
    assertThat(rest.getForObject("/ledger-assets/same-information.js", String.class))
        .contains("r.suggestionAnswer");
  }

  /**
   * 多人申请的相同信息 as a page (ADR 0173): office, leadership and auditors open it, legal not;
   * the ledger links it; its script reads the JSON and links each request's case page. Before,
   * the view was JSON only (404).
   */
  @Test
  void sameInformationHasAPageForTheReaders() {
    for (String reader : List.of("wangli", "chengang", "sunyue")) {
      ResponseEntity<String> page = Http.get(rest, "/ledger/same-information", reader, null);
      assertThat(page.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(page.getBody()).contains("<h1>多人申请的相同信息", "申请人数不少于",
          "/ledger-assets/same-information.js").doesNotContain("<!--ogi-nav-->");
    }
    assertThat(Http.get(rest, "/ledger/same-information", "lina", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Http.get(rest, "/ledger", "wangli", null).getBody())
        .contains("href=\"/ledger/same-information\"");
    assertThat(rest.getForObject("/ledger-assets/same-information.js", String.class))
        .contains("/api/ledger/same-information?", "r.casePage", "<th>申请人建议主动公开</th>");
  }

  /** The case page in the browser: its scripts carry both forms and the suggestions' table. */
  @Test
  void theCasePageScriptsOfferBothArt44Forms() {
    String n = deliveredRequest("页面" + ThreadLocalRandom.current().nextInt(1000, 9999),
        "某统计表");
    ResponseEntity<String> page = Http.get(rest, "/ledger/cases/" + n, "wangli", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("/ledger-assets/case-actions.js",
        "/ledger-assets/case.js");
    String actions = rest.getForObject("/ledger-assets/case-actions.js", String.class);
    assertThat(actions).contains("proactiveSuggestion: {", "'登记申请人建议主动公开'",
        "'收到建议日期'", "'建议理由'", "art44: {", "'转为主动公开（条例第四十四条）'",
        "'信息类别'", "'发布渠道'", "'发布机构'", "type=\"checkbox\"");
    String caseScript = rest.getForObject("/ledger-assets/case.js", String.class);
    assertThat(caseScript).contains("'<h2>申请人建议主动公开</h2>'", "'转为主动公开']",
        "c.proactiveSuggestions");
  }

  private ResponseEntity<String> post(String user, String path, Object body) throws Exception {
    return Http.asUser(rest, user, HttpMethod.POST, path, json.writeValueAsString(body));
  }

  private JsonNode caseFile(String n, String user) throws Exception {
    return get("/api/ledger/cases/" + n, user);
  }

  private JsonNode get(String path, String user) throws Exception {
    ResponseEntity<String> response = Http.get(rest, path, user, null);
    assertThat(response.getStatusCode()).as(path + " " + response.getBody())
        .isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static List<Integer> seqs(JsonNode items) {
    List<Integer> seqs = new ArrayList<>();
    items.forEach(i -> seqs.add(i.path("seq").asInt()));
    return seqs;
  }

  /**
   * A request received three days ago, its reply delivered today, with {@code titles} as its
   * held items, each reviewed releasable by legal but a title starting 内部请示 (withheld).
   */
  private String deliveredRequest(String applicant, String... titles) {
    String number;
    do {
      number = "YSQ-2026-96" + ThreadLocalRandom.current().nextInt(1000, 9999);
    } while (register.find(number).isPresent());
    LocalDate today = OfficeTime.today();
    register.insert(new NewCase(number, null, "IN_PERSON", "NATURAL_PERSON", applicant, null,
        null, null, null, null, "相关信息", "ELECTRONIC", "EMAIL", today.minusDays(3),
        today.plusDays(17)));
    List<NewItem> newItems = new ArrayList<>();
    for (String t : titles) {
      newItems.add(new NewItem(t, ItemFinding.HELD, null, null, false, false));
    }
    items.add(number, newItems);
    for (var item : items.of(number)) {
      boolean withhold = item.title().startsWith("内部请示");
      items.recordReview(item.id(), new Review("lina", withhold ? ReviewConclusion.WITHHOLD
          : ReviewConclusion.RELEASABLE, withhold ? WithholdingGround.PROCESS_INFO : null,
          withhold ? "《政府信息公开条例》第十六条第一款" : null, null, null, false, null));
    }
    register.setOutcome(number, "1");
    register.recordDelivery(number, "wangli", today);
    return number;
  }
}
