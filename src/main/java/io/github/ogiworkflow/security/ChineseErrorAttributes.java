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
      return "参数" + mismatch.getName() + "的格式不对";
    }
    if (error instanceof MissingServletRequestParameterException missing) {
      return "缺少参数" + missing.getParameterName();
    }
    return ApiError.chineseGist(status);
  }
}
