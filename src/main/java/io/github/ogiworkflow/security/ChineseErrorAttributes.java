package io.github.ogiworkflow.security;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Spring's own error answers (a body it cannot read, a parameter of the wrong type, a method or
 * path our endpoints do not have) say in Chinese what was wrong: Spring's default body names
 * only the status in English. No exception text is added (server.error settings).
 */
@Component
public class ChineseErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request,
      ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    Object status = attributes.get("status");
    if (status instanceof Integer code && code >= 400) {
      attributes.put("message", message(getError(request), code));
    }
    return attributes;
  }

  private static String message(Throwable error, int status) {
    if (error instanceof HttpMessageNotReadableException unreadable) {
      String duplicate = ApiError.duplicateField(unreadable);
      return duplicate != null ? duplicate : "请求内容不是有效的JSON，或某个字段的类型不对";
    }
    if (error instanceof MethodArgumentTypeMismatchException mismatch) {
      return what(mismatch.getName()) + "的格式不对";
    }
    if (error instanceof MissingServletRequestParameterException missing) {
      return "请求缺少" + what(missing.getParameterName());
    }
    return ApiError.chineseGist(status);
  }

  /**
   * A request parameter as the pages name it: a parameter's own name is the program's, not
   * what a person sees (audit round 24, F12).
   */
  private static String what(String parameter) {
    return PARAMETERS.getOrDefault(parameter, "请求中的参数");
  }

  private static final Map<String, String> PARAMETERS = Map.ofEntries(
      Map.entry("trackingNumber", "受理编号"), Map.entry("year", "年度"),
      Map.entry("id", "编号"), Map.entry("itemId", "信息项编号"),
      Map.entry("from", "开始日期"), Map.entry("to", "结束日期"), Map.entry("page", "页码"),
      Map.entry("size", "每页条数"), Map.entry("table", "表格"), Map.entry("row", "行"),
      Map.entry("column", "列"), Map.entry("purpose", "文件用途"), Map.entry("file", "文件"),
      Map.entry("channel", "发布渠道"), Map.entry("category", "信息类别"),
      Map.entry("format", "格式"));
}
