package io.github.ogiworkflow.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogiworkflow.webapp.StaffPages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refusal on one of our staff pages, opened in a browser, is a Chinese page, not raw JSON (a
 * 403 for a user whose group may not read the page, a 404 for an unknown number). API clients
 * (no text/html in Accept, or the /api, /engine-rest and webapp API paths) keep the JSON.
 * Controllers that answer a page themselves (ledger/LedgerController) use {@link #page(int,
 * String)}, so every refused staff page looks the same.
 */
public final class BrowserErrorPages {

  /** The Chinese part of a bilingual message: the text inside the last full-width (). */
  private static final Pattern CHINESE_PART = Pattern.compile("（([^（]*)）\\s*$");

  private BrowserErrorPages() {}

  static boolean wantsPage(HttpServletRequest request, int status) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader("Accept");
    return status >= 400 && "GET".equals(request.getMethod()) && accept != null
        && accept.contains("text/html")
        && !path.startsWith("/api/") && !path.startsWith("/engine-rest")
        && !path.startsWith("/camunda/") && !path.startsWith("/public/")
        && !path.startsWith("/actuator");
  }

  static byte[] page(int status, JsonNode answer) {
    return page(status, answer == null ? "" : answer.path("message").asText(""));
  }

  /**
   * The page for a refusal: its Chinese title by status, and the message (of a bilingual
   * message, its Chinese part; without Chinese, a general sentence for the status).
   */
  public static byte[] page(int status, String message) {
    String title = switch (status) {
      case 401 -> "请先登录";
      case 403 -> "无权访问";
      case 404 -> "未找到";
      case 429 -> "请求过于频繁";
      default -> status >= 500 ? "服务器错误" : "请求被拒绝";
    };
    if (message == null) {
      message = "";
    }
    Matcher chinese = CHINESE_PART.matcher(message);
    if (chinese.find()) {
      message = chinese.group(1);
    }
    if (message.isBlank() || !message.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)) {
      message = switch (status) {
        case 401 -> "请先在待办任务或驾驶舱登录，再打开本页面。";
        case 403 -> "您所在的用户组无权查看本页面。如需查看，请联系系统管理员。";
        case 404 -> "没有找到所请求的内容。";
        default -> "请求未能完成。";
      };
    }
    String style = "<style>body{font-family:\"Noto Sans CJK SC\",sans-serif;margin:2em}</style>";
    StringBuilder html = StaffPages.begin(title, style).append("<h1>").append(title)
        .append("</h1>\n<p>").append(StaffPages.escape(message)).append("</p>\n")
        .append(status == 401 ? "<p><a href=\"/camunda/app/welcome/default/\">登录</a></p>\n"
            : "<p><a href=\"/camunda/app/welcome/default/\">返回首页</a></p>\n")
        .append("</body></html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }
}
