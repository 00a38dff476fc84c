package io.github.ogiworkflow.security;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff pages and webapps a person may open, so that navigation (our pages' bar, Cockpit's
 * menu, the Welcome page) shows each role only links that work for it. The groups of our pages
 * are the ones their controllers require (they read them from {@link Page}); Tasklist and
 * Cockpit follow the APPLICATION grants of {@link AuthorizationMatrix}. Administrators may open
 * everything, as {@link StaffAccess} lets them.
 */
@Component
public class StaffLinks {

  /** A page or webapp, its Chinese name, where it is and who may open it. */
  public enum Page {
    WELCOME("首页", "/camunda/app/welcome/default/", Groups.values()),
    TASKLIST("任务列表", "/camunda/app/tasklist/default/", webappUsers("tasklist")),
    COCKPIT("监控中心", "/camunda/app/cockpit/default/", webappUsers("cockpit")),
    LEDGER("办件台账", "/ledger", Groups.OFFICE, Groups.LEADERSHIP, Groups.AUDITOR),
    LEADERSHIP_VIEW("领导视图", "/ledger/leadership", Groups.LEADERSHIP, Groups.OFFICE),
    AUDIT_TRAIL("办理过程记录", "/audit/cases", Groups.AUDITOR, Groups.LEADERSHIP, Groups.OFFICE),
    COMPLIANCE("合规检查", "/audit/compliance", Groups.AUDITOR, Groups.LEADERSHIP, Groups.OFFICE),
    /** The report on last year, the latest complete one (the page lets no year be chosen). */
    ANNUAL_REPORT("年度报告", "/reports/", Groups.LEADERSHIP, Groups.OFFICE, Groups.AUDITOR);

    private final String label;
    private final String path;
    private final Groups[] groups;

    Page(String label, String path, Groups... groups) {
      this.label = label;
      this.path = path;
      this.groups = groups;
    }

    public String label() {
      return label;
    }

    /** Where the link goes today (the annual report: last year's, Beijing time). */
    public String href() {
      return this == ANNUAL_REPORT ? path + (OfficeTime.today().getYear() - 1) : path;
    }

    /** The groups that may open it (administrators always may). */
    public Groups[] groups() {
      return groups.clone();
    }

    private static Groups[] webappUsers(String application) {
      return AuthorizationMatrix.grants().stream()
          .filter(g -> g.resource() == Resources.APPLICATION
              && application.equals(g.resourceId()))
          .map(AuthorizationMatrix.Grant::group).distinct().toArray(Groups[]::new);
    }
  }

  private final StaffAccess access;

  public StaffLinks(StaffAccess access) {
    this.access = access;
  }

  /** The pages the current user may open, in the order of {@link Page}. */
  public List<Page> forCurrentUser() {
    return Arrays.stream(Page.values()).filter(this::mayOpen).toList();
  }

  /** Whether the current user is in the group (administrators count as in every group). */
  public boolean currentUserIn(String groupId) {
    return access.allows(Groups.byId(groupId));
  }

  /** Whether the current user may open the page. */
  public boolean mayOpen(Page page) {
    return access.allows(page.groups);
  }

  /**
   * The navigation bar of our staff pages: a {@code <nav class="ogi-nav">} with a link to each
   * page the current user may open, except the page itself.
   */
  public String navHtml(Page current) {
    return forCurrentUser().stream().filter(p -> p != current)
        .map(p -> "<a data-page=\"" + p.name().toLowerCase() + "\" href=\""
            + HtmlUtils.htmlEscape(p.href(), "UTF-8") + "\">" + HtmlUtils.htmlEscape(p.label(), "UTF-8")
            + "</a>")
        .collect(Collectors.joining("", "<nav class=\"ogi-nav\">", "</nav>"));
  }
}
