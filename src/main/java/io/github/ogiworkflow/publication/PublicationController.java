package io.github.ogiworkflow.publication;

import static io.github.ogiworkflow.webapp.StaffPages.escape;

import io.github.ogiworkflow.process.InvalidInput;
import io.github.ogiworkflow.publication.PublicationRegister.CatalogueEntry;
import io.github.ogiworkflow.publication.PublicationRegister.CataloguePage;
import io.github.ogiworkflow.security.AccessDenied;
import io.github.ogiworkflow.security.ApiError;
import io.github.ogiworkflow.security.Groups;
import io.github.ogiworkflow.security.StaffAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
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
 * simple Chinese HTML page, and Art. 44 (a request's answer published in one step).
 */
@RestController
@ConditionalOnWebApplication
public class PublicationController {

  static final int MAX_PAGE_SIZE = 100;

  private final PublicationRegister register;
  private final StaffAccess access;
  private final RuntimeService runtime;

  public PublicationController(PublicationRegister register, StaffAccess access,
      RuntimeService runtime) {
    this.register = register;
    this.access = access;
    this.runtime = runtime;
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
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
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
  public String cataloguePage(@RequestParam(required = false) String category,
      @RequestParam(required = false) String channel,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return CataloguePageHtml.render(page(category, channel, page, size), category, channel);
  }

  /**
   * Art. 44: publishes reviewed items of a request; body {@code {"items": [{"itemId": 1,
   * "category": "STATISTICS", "channels": ["WEBSITE"], "publishingUnit": "…",
   * "attribute": "PROACTIVE"}]}}. Office only; answers 201 with the batch number.
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

  private CataloguePage page(String category, String channel, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInput("page >= 0 and size 1.." + MAX_PAGE_SIZE + "（页码不能为负，每页1至"
          + MAX_PAGE_SIZE + "条）");
    }
    return register.catalogue(
        choice(PublicationCategory.class, category, "信息类别", PublicationCategory::label),
        choice(PublicationChannel.class, channel, "发布渠道", PublicationChannel::label),
        page, size);
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
    item.put("itemId", p.itemId());
    item.put("batchNumber", p.batchRef());
    item.put("title", p.title());
    item.put("docNumber", p.draft().docNumber());
    item.put("category", p.draft().category().name());
    item.put("categoryLabel", p.draft().category().label());
    item.put("publishingUnit", p.draft().publishingUnit());
    item.put("firstPublishedOn", String.valueOf(p.firstPublishedOn()));
    item.put("channels", entry.channels().stream().map(c -> Map.of("channel", c.channel().name(),
        "channelLabel", c.channel().label(), "publishedOn", c.publishedOn().toString(),
        "location", c.location())).toList());
    return item;
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String text) {
    return ApiError.of(status, text);
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
      html.append("<p>共 ").append(page.total()).append(" 条</p>\n<table><thead><tr><th>编号</th>"
          + "<th>信息名称</th><th>文号</th><th>类别</th><th>发布机构</th><th>发布日期</th>"
          + "<th>发布渠道</th></tr></thead><tbody>\n");
      for (CatalogueEntry e : page.entries()) {
        var p = e.publication();
        html.append("<tr><td>").append(p.itemId()).append("</td><td>").append(escape(p.title()))
            .append("</td><td>").append(escape(p.draft().docNumber())).append("</td><td>")
            .append(p.draft().category().label()).append("</td><td>")
            .append(escape(p.draft().publishingUnit())).append("</td><td>")
            .append(p.firstPublishedOn()).append("</td><td>");
        e.channels().forEach(c -> html.append(c.channel().label()).append("：")
            .append(escape(c.location())).append("（").append(c.publishedOn()).append("）<br>"));
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

    private static String option(String value, String label, boolean selected) {
      return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + label
          + "</option>";
    }
  }
}
