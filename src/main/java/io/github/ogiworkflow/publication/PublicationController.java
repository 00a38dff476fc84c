package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.calendar.ChineseDateText;
import io.github.ogiworkflow.process.IncidentMessages;
import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.PublicationRegister.CatalogueEntry;
import io.github.ogiworkflow.publication.PublicationRegister.CataloguePage;
import io.github.ogiworkflow.security.AccessDenied;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff endpoints of proactive disclosure: the catalogue (政府信息公开目录) as JSON and as a
 * simple Chinese HTML page, Art. 44 (a request's answer published in one step) and 登记补充发布
 * (a line first marked 未发布, published later).
 */
@RestController
@ConditionalOnWebApplication
public class PublicationController {

  static final int MAX_PAGE_SIZE = 100;

  private final PublicationRegister register;
  private final StaffAccess access;
  private final RuntimeService runtime;
  private final ProcessEngine engine;
  private final LaterPublications laterPublications;
  private final RepealLinks repealLinks;

  public PublicationController(PublicationRegister register, StaffAccess access,
      ProcessEngine engine, LaterPublications laterPublications, RepealLinks repealLinks) {
    this.repealLinks = repealLinks;
    this.register = register;
    this.access = access;
    this.runtime = engine.getRuntimeService();
    this.engine = engine;
    this.laterPublications = laterPublications;
  }

  /**
   * Published items, newest first, by category and channel, paged (page from 0). Public, read
   * only (Art. 12: the catalogue is for everyone): published items only, and nothing of a person,
   * not even the request an item came from.
   */
  @GetMapping(path = PublicationWebConfiguration.CATALOGUE_API,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> catalogue(@RequestParam(required = false) String category,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    CataloguePage result = page(category, channel, page, size);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("page", result.page());
    body.put("size", result.size());
    body.put("total", result.total());
    body.put("items", result.entries().stream().map(PublicationController::json).toList());
    return body;
  }

  @GetMapping(path = PublicationWebConfiguration.CATALOGUE_PAGE,
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public ResponseEntity<String> cataloguePage(@RequestParam(required = false) String category,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    // A reader of the page gets a Chinese page for bad input, not the API's JSON (audit 33a F7).
    CataloguePage result;
    try {
      result = page(category, channel, page, size);
    } catch (InvalidInput e) {
      return ResponseEntity.badRequest().contentType(HTML)
          .body(CataloguePageHtml.refusal(IncidentMessages.chineseOf(e.getMessage())));
    }
    return ResponseEntity.ok().contentType(HTML)
        .body(CataloguePageHtml.render(result, category, channel));
  }

  private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

  /**
   * Art. 44: publishes reviewed items of a request; body {@code {"items": [{"seq": 1,
   * "category": "STATISTICS", "channels": ["WEBSITE"], "publishingUnit": "…",
   * "attribute": "PROACTIVE"}]}}, each item by its 序号 on the case page (audit 33a F9, ADR
   * 0160; a row without {@code seq} may still give the old {@code itemId}). Office only; answers
   * 201 with the batch number.
   */
  @PostMapping(path = PublicationWebConfiguration.PUBLICATIONS_API + "/from-request/{trackingNumber}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> publishFromRequest(
      @PathVariable String trackingNumber, @RequestBody Map<String, Object> body) {
    access.require(Groups.OFFICE);
    Object items = body == null ? null : body.get("items");
    if (!(items instanceof List<?> list) || list.isEmpty()) {
      throw new InvalidInput("items: at least one item（请至少选择一个信息项）");
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> map)) {
        throw new InvalidInput("items: each item is an object（信息项格式错误）");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      map.forEach((k, v) -> row.put(String.valueOf(k), v));
      rows.add(row);
    }
    String batch = PublicationFromRequest.publishFromRequest(runtime, trackingNumber, rows);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("batchNumber", batch));
  }

  /**
   * 登记补充发布 (audit 33a F4, ADR 0152): a published item's planned channel first marked 未发布
   * is published later; body {@code {"channel": "GAZETTE", "publishedOn": "2026-12-20",
   * "location": "2026年第12期"}}, with {@code lateReason} (逾期原因) past the item's Art. 26 date
   * and {@code redactionApplied} for an item reviewed 处理后可公开. Office only; answers 204.
   */
  @PostMapping(path = PublicationWebConfiguration.PUBLICATIONS_API + "/items/{itemId}/channels")
  public ResponseEntity<Void> registerLaterPublication(@PathVariable String itemId,
      @RequestBody Map<String, Object> body) {
    access.require(Groups.OFFICE);
    long id;
    try {
      id = Long.parseLong(itemId.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput("itemId is not a number（信息项编号须为整数）", e);
    }
    laterPublications.register(engine, id, JSON.valueToTree(body == null ? Map.of() : body),
        access.currentUser());
    return ResponseEntity.noContent().build();
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * 补充关联被废止文件 (audit pubitem 1, ADR 0186): a 废止 registered without the document it
   * repeals is linked to it afterwards; body {@code {"repeals": "X政发〔2026〕5号"}}, the 文号 of
   * a published 制发 of the same kind not yet repealed ({@link RepealLinks}). Office only;
   * answers 204.
   */
  @PostMapping(path = PublicationWebConfiguration.PUBLICATIONS_API + "/items/{itemId}/repeals")
  public ResponseEntity<Void> linkRepeal(@PathVariable String itemId,
      @RequestBody(required = false) Map<String, Object> body) {
    access.require(Groups.OFFICE);
    long id;
    try {
      id = Long.parseLong(itemId.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput("itemId is not a number（信息项编号须为整数）", e);
    }
    repealLinks.link(id, body == null ? null : body.get("repeals"), access.currentUser());
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, String>> refused(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInput invalid) {
        return error(HttpStatus.BAD_REQUEST, invalid.getMessage());
      }
      if (t instanceof AuthorizationException) {
        return error(HttpStatus.FORBIDDEN, "not authorized（无权执行此操作）");
      }
      if (t instanceof AccessDenied) {
        return error(HttpStatus.FORBIDDEN, t.getMessage());
      }
    }
    throw e;
  }

  private CataloguePage page(String category, String channel, String pageText,
      String sizeText) {
    int page = number(pageText, 0);
    int size = number(sizeText, 20);
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInput("page >= 0 and size 1.." + MAX_PAGE_SIZE + "（页码不能为负，每页1至"
          + MAX_PAGE_SIZE + "条）");
    }
    return register.catalogue(
        choice(PublicationCategory.class, category, "信息类别", PublicationCategory::label),
        choice(PublicationChannel.class, channel, "发布渠道", PublicationChannel::label),
        page, size);
  }

  /** A page number or size as given, {@code absent} when not; any other text is refused. */
  private static int number(String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput("page and size are whole numbers（页码和每页条数须为整数，每页1至"
          + MAX_PAGE_SIZE + "条）", e);
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String chineseName,
      java.util.function.Function<E, String> label) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      // The codes for clients in the English part; their names for people in the Chinese one.
      throw new InvalidInput("unknown " + type.getSimpleName() + " '" + value + "', one of "
          + Arrays.toString(type.getEnumConstants()) + "（" + chineseName + "无效，可选："
          + Arrays.stream(type.getEnumConstants()).map(label)
              .collect(java.util.stream.Collectors.joining("、")) + "）", e);
    }
  }

  private static Map<String, Object> json(CatalogueEntry entry) {
    var p = entry.publication();
    Map<String, Object> item = new LinkedHashMap<>();
    // No internal id (item, batch) in public (audit 33a F7): the 索引号 names the item.
    item.put("indexNumber", entry.indexNumber());
    item.put("title", p.title());
    item.put("docNumber", p.draft().docNumber());
    item.put("category", p.draft().category().name());
    item.put("categoryLabel", p.draft().category().label());
    item.put("publishingUnit", p.draft().publishingUnit());
    // Art. 12: 生成日期, the day the office entered as formed (none for an Art. 44 item).
    LocalDate formed = p.draft().formedOn();
    item.put("formedOn", formed == null ? null : formed.toString());
    item.put("formedOnText", formed == null ? null : ChineseDateText.of(formed));
    item.put("firstPublishedOn", String.valueOf(p.firstPublishedOn()));
    // 效力状态 (audit 33a F6, ADR 0149): a repealed or replaced document stays listed, marked.
    PublicationRegister.Effect effect = entry.effect();
    if (effect == null) {
      item.put("effect", null);
    } else {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("status", effect.status());
      e.put("label", effect.label());
      e.put("byDocNumber", effect.byDocNumber());
      e.put("byIndexNumber", effect.byIndexNumber());
      e.put("on", effect.on() == null ? null : effect.on().toString());
      item.put("effect", e);
    }
    item.put("repeals", p.draft().repeals());
    item.put("channels", entry.channels().stream().map(c -> Map.of("channel", c.channel().name(),
        "channelLabel", c.channel().label(), "publishedOn", c.publishedOn().toString(),
        "location", c.location(), "link", link(c) != null)).toList());
    return item;
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String text) {
    return ApiError.of(status, text);
  }

  /**
   * A line's location as a link target: an http(s) URL on a web channel (政府网站, 政务新媒体);
   * null for anything else, such as a {@code javascript:} address registered before the check.
   */
  static String link(PublicationRegister.ChannelRecord c) {
    return c.channel().locatedByUrl()
        ? PublicationChannel.webAddress(c.location()).map(java.net.URI::toString).orElse(null)
        : null;
  }

  /** The catalogue as a plain Chinese page with filters and paging links. */
  static final class CataloguePageHtml {

    private CataloguePageHtml() {}

    static String render(CataloguePage page, String category, String channel) {
      StringBuilder html = new StringBuilder("""
          <!DOCTYPE html>
          <html lang="zh-CN"><head><meta charset="UTF-8"><title>政府信息公开目录</title>
          <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}
          td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head><body>
          <h1>政府信息公开目录</h1>
          <form method="get" action="/catalogue">信息类别 <select name="category"><option value="">全部</option>""");
      for (PublicationCategory c : PublicationCategory.values()) {
        html.append(option(c.name(), c.label(), c.name().equals(category)));
      }
      html.append("</select> 发布渠道 <select name=\"channel\"><option value=\"\">全部</option>");
      for (PublicationChannel c : PublicationChannel.values()) {
        html.append(option(c.name(), c.label(), c.name().equals(channel)));
      }
      html.append("</select> <button type=\"submit\">查询</button></form>\n");
      html.append("<p>共 ").append(page.total()).append(" 条</p>\n<table><thead><tr><th>索引号</th>"
          + "<th>信息名称</th><th>文号</th><th>类别</th><th>发布机构</th><th>生成日期</th>"
          + "<th>发布日期</th><th>效力状态</th><th>发布渠道</th></tr></thead><tbody>\n");
      for (CatalogueEntry e : page.entries()) {
        var p = e.publication();
        LocalDate formed = p.draft().formedOn();
        html.append("<tr><td>").append(escape(e.indexNumber())).append("</td><td>")
            .append(escape(p.title()))
            .append("</td><td>").append(escape(p.draft().docNumber())).append("</td><td>")
            .append(p.draft().category().label()).append("</td><td>")
            .append(escape(p.draft().publishingUnit())).append("</td><td>")
            .append(formed == null ? "—" : ChineseDateText.of(formed)).append("</td><td>")
            .append(p.firstPublishedOn()).append("</td><td>").append(effect(e))
            .append("</td><td>");
        e.channels().forEach(c -> {
          String link = link(c);
          html.append(c.channel().label()).append("：").append(link == null
              ? escape(c.location()) : "<a href=\"" + escape(link)
                  + "\" rel=\"noopener noreferrer\">" + escape(c.location()) + "</a>")
              .append("（").append(c.publishedOn()).append("）<br>");
        });
        html.append("</td></tr>\n");
      }
      html.append("</tbody></table>\n<p>");
      String filter = "category=" + escape(category == null ? "" : category) + "&amp;channel="
          + escape(channel == null ? "" : channel) + "&amp;size=" + page.size();
      if (page.page() > 0) {
        html.append("<a href=\"/catalogue?").append(filter).append("&amp;page=")
            .append(page.page() - 1).append("\">上一页</a> ");
      }
      html.append("第 ").append(page.page() + 1).append(" 页");
      if ((long) (page.page() + 1) * page.size() < page.total()) {
        html.append(" <a href=\"/catalogue?").append(filter).append("&amp;page=")
            .append(page.page() + 1).append("\">下一页</a>");
      }
      return html.append("</p>\n</body></html>\n").toString();
    }

    /**
     * 效力状态 as the page shows it (ADR 0149): 有效, 已废止（文号，日期）or 已被替代（文号）, in bold
     * when no longer in force; a 废止 names what it repeals; — for anything else.
     */
    private static String effect(CatalogueEntry e) {
      if (e.effect() != null) {
        String label = escape(e.effect().label());
        return "IN_FORCE".equals(e.effect().status()) ? label : "<strong>" + label + "</strong>";
      }
      String repeals = e.publication().draft().repeals();
      return repeals == null ? "—" : "废止" + escape(repeals);
    }

    /** The page's answer to bad input: what was wrong, in Chinese, and the way back. */
    static String refusal(String chinese) {
      return """
          <!DOCTYPE html>
          <html lang="zh-CN"><head><meta charset="UTF-8"><title>查询条件有误</title></head><body>
          <h1>查询条件有误</h1>
          <p>""" + escape(chinese) + """
          </p>
          <p><a href="/catalogue">返回政府信息公开目录</a></p>
          </body></html>
          """;
    }

    private static String option(String value, String label, boolean selected) {
      return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + label
          + "</option>";
    }
  }
}
