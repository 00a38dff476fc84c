package io.github.ogiworkflow.webapp;

import org.springframework.web.util.HtmlUtils;

/** The plain Chinese HTML pages of our staff endpoints (annual report, audit trail, catalogue). */
public final class StaffPages {

  private StaffPages() {}

  /**
   * A case's audit trail page is this followed by its tracking number. Here, not in audit, so
   * that reports can link to it without depending on the audit package.
   */
  public static final String AUDIT_CASE_PAGES = "/audit/cases/";

  /** Text for HTML: everything from users and the register goes through here. */
  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /**
   * A page's start up to {@code <body>}: zh-CN, UTF-8, the title (escaped here), its style, and
   * the logout link (the pages share the webapps' login session).
   */
  public static StringBuilder begin(String title, String style) {
    return begin(title, style, "");
  }

  /**
   * As {@link #begin(String, String)}, followed by a navigation bar: HTML made by the caller
   * (security/StaffLinks: only the pages the reader may open), not escaped here.
   */
  public static StringBuilder begin(String title, String style, String navigation) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
        + "<title>").append(escape(title)).append("</title>\n").append(style)
        .append("</head><body>\n<p class=\"ogi-logout\" style=\"float:right\">"
            + "<a href=\"/logout\">退出登录</a></p>\n").append(navigation);
  }
}
