package io.github.ogiworkflow.enginerest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before any application code sees them (a path with a stray {@code %},
 * raw non-ASCII in the query) were answered with Tomcat's English page "HTTP Status 400 – Bad
 * Request", also on the applicants' public API. Tomcat's host renders those with its error report
 * valve; here that valve answers in Chinese: JSON with {@code message} like our other refusals,
 * or, for a browser, the page of our other refusals ({@link BrowserErrorPages}). Anything the application answered itself is left as it is.
 */
@Component
public class ChineseConnectorErrors
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    // The host adds its error report valve when it starts, after the contexts are prepared.
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ChineseErrorReportValve.class.getName());
      }
    });
  }

  /** Tomcat's error report valve, in Chinese and without server details. */
  public static class ChineseErrorReportValve extends ErrorReportValve {

    public ChineseErrorReportValve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      String message = switch (status) {
        case 400 -> "请求格式不正确：地址或参数中含有无法识别的字符";
        case 404 -> "没有这个页面或接口";
        case 405 -> "不支持这种请求方式";
        case 413 -> "提交的内容过大";
        default -> status >= 500 ? "系统暂时无法处理该请求，请稍后再试" : "请求未能处理";
      };
      String accept = request.getHeader("Accept");
      boolean page = accept != null && accept.contains("text/html");
      try {
        byte[] body = page ? BrowserErrorPages.page(status, message)
            : ("{\"status\":" + status + ",\"error\":\"HTTP " + status + "\",\"message\":\""
                + message + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentType(page ? "text/html;charset=UTF-8"
            : "application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.finishResponse();
      } catch (IOException | IllegalStateException e) {
        // The client has gone, or the response was taken over: nothing more to say.
      }
    }
  }
}
