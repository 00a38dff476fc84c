// Cockpit offers every user the buttons to edit and delete a process variable (the variable
// table's 操作 column), to add one, and to cancel, retry or suspend; the server refuses
// them all to everyone but camunda-admin (enginerest/EngineApiGuard, the refusal is the control).
// So they are hidden unless the logged-in user is in camunda-admin (ogi-administrator.js).
// The engine's ids and keys (an instance's id, a definition's id and key, DisclosureRequest) are
// nothing staff act on and reach administrators only: a case is named by its 受理编号 (the
// business key) and a process by its Chinese name.
import { adminOnly, isAdministrator } from './ogi-administrator.js';

adminOnly({
  hidden: [
    // the variable table's 操作 column (edit, delete)
    '[cam-widget-variables-table] td.actions',
    // the toolbar of an instance or a definition: add a variable, cancel, retry jobs, suspend
    '.ctn-toolbar a.btn-toolbar[ng-click="openDialog()"]',
    // the 事件 tab's retry of a failed job or external task (job retries are administrators')
    'a[ng-click="openJobRetryDialog(incident)"]',
    'a[ng-click="openExternalTaskRetryDialog(incident)"]',
    // the engine's ids of an instance or a definition (实例 ID, 定义 ID, 部署 ID) and the
    // definition's key (定义键) in the sidebar: the business key 业务编号 names the case
    'dl dt[cam-widget-clipboard$=".id"]', 'dl dt[cam-widget-clipboard$="Id"]',
    'dl dt[cam-widget-clipboard$=".key"]',
    'dl dd.instance-id', 'dl dd.definition-id', 'dl dd.deployment-id', 'dl dd.definition-key',
    // the decision pages' sidebars (audit 32b F2): a decision definition's id (a dd without
    // class) and key, an evaluation's definition key (decisionInstance.decisionDefinitionKey)
    // and the id of the process instance that evaluated it
    'dl dt[cam-hoverable-title="definition-key"]', 'dl dd[cam-hover-trigger="definition-id"]',
    'dl dd[cam-hover-trigger="definition-key"]', 'dl dd[cam-hover-trigger="deployment-id"]',
    'dl dt[cam-hoverable-title="super-process-instance-id"]', 'dl dd.super-process-instance-id',
    // a decision's evaluations: the calling process's key (调用方流程, DisclosureRequest) and
    // the model's activity id (活动标识, Business_DecideOutcome); the 查看 links stay
    'table.decision-instances th.definition-key', 'table.decision-instances td.definition-key',
    'table.decision-instances th.activity-id', 'table.decision-instances td.activity-id',
    // the decision table's "View DRD" (the requirements diagram, with the engine's names)
    '.dmn-decision-table-container .view-drd',
    // the processes page's 键 column (DisclosureRequest, …; the 名称 column links the same page)
    'th.key', 'td.key',
    // the copy-to-clipboard buttons of instance ids in the instance lists (and of the incidents'
    // cause instances) and of task ids in an instance's 人工任务 tab
    'td.instance-id .glyphicon-copy', 'td.called-process-instance .glyphicon-copy',
    'td.task-id .glyphicon-copy',
    // an instance's 作业 tab: the job's id column (the jobs are the instance's: its 受理编号
    // heads the page), as in the retry dialog; 外部任务: the external task's id column
    'table.jobs-tab th.id', 'table.jobs-tab td.id', 'th.job-id', 'td.job-id',
    '[external-tasks-tab] th.state', '[external-tasks-tab] td.state',
    // 部署 (deployments: the model files as deployed) is an administrator's page (its menu
    // entry's <li> too: styles/user-styles.css); opened by its address, it sends a
    // non-administrator to the dashboard (adminPages)
    '.navbar a[href="#/repository"]',
  ],
  adminPages: ['#/repository'],
  home: '#/',
});

// Instance lists link each instance by its id (a uuid): for everyone but administrators the
// link reads 查看 (the row's 业务键 column names the case), without the id as its tooltip; the
// id is taken out of the page, not only out of sight (a screen reader would read it). Once
// the user turns out to be an administrator the ids come back.
// The same for the incidents' cause instances (td.cause.instance-id) and the 人工任务 tab's
// links into Tasklist (td.task-id, headed 任务).
const LINKS = 'td.instance-id a, td.called-process-instance a, td.task-id a';
function hideInstanceIds() {
  const admin = isAdministrator();
  document.querySelectorAll(LINKS).forEach((a) => {
    if (!admin && a.textContent.trim() !== '查看') {
      a.dataset.ogiId = a.textContent.trim();
      a.textContent = '查看';
      a.removeAttribute('title');
    } else if (admin && a.dataset.ogiId) {
      a.textContent = a.dataset.ogiId;
      delete a.dataset.ogiId;
    }
  });
  // Other links carry an id only as their tooltip, e.g. the 变量 tab's 作用域 (the instance's
  // id, audit 32b F9): the tooltip goes for everyone but administrators.
  if (!admin) {
    document.querySelectorAll('a[title]').forEach((a) => {
      if (ENGINE_ID.test(a.getAttribute('title').trim())) a.removeAttribute('title');
    });
  }
}
/** An engine id: a uuid, alone or after a definition's key and version (Key:3:uuid). */
const ENGINE_ID = /^([\w-]+:\d+:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
new MutationObserver(hideInstanceIds).observe(document.documentElement, { childList: true,
  subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'title'] });

// The breadcrumb names an instance by its id (Cockpit: name || key || id; a super instance by
// the id's first 8 characters): it names it by the 受理编号 instead, for everyone (an
// administrator reads the id in the sidebar). A called instance (保密审查) carries its
// request's business key (the call activity passes it), so its super instance's crumb reads
// the same number. An instance without a business key reads 流程实例 for non-administrators.
function crumbLabel(crumb, businessKey) {
  // A decision's evaluation is named 决策实例, not by its id (audit 32b F2); administrators read
  // the id in the sidebar.
  if (crumb && typeof crumb === 'object' && /^#\/decision-instance\//.test(crumb.href || '')) {
    crumb.label = '决策实例';
    return;
  }
  if (!crumb || typeof crumb !== 'object' || !/^#\/process-instance\//.test(crumb.href || '')) return;
  const key = (crumb.processInstance && crumb.processInstance.businessKey) || businessKey;
  if (key) crumb.label = key;
  else if (!isAdministrator()) crumb.label = '流程实例';
}

function renameInstances(crumbs) {
  const own = crumbs.find((c) => c && c.processInstance && c.processInstance.businessKey);
  const businessKey = own ? own.processInstance.businessKey : null;
  crumbs.forEach((c) => crumbLabel(c, businessKey));
}

const { angular } = window;
for (const name of ['cam.cockpit.services', 'cam.cockpit.custom']) {
  try {
    angular.module(name).config(['$provide', ($provide) => {
      $provide.decorator('page', ['$delegate', ($delegate) => {
        for (const method of ['breadcrumbsAdd', 'breadcrumbsInsertAt']) {
          const original = $delegate[method];
          // eslint-disable-next-line func-names
          $delegate[method] = function (...args) {
            const items = method === 'breadcrumbsAdd' ? args[0] : args[1];
            const all = [].concat($delegate.breadcrumbsGet() || [], items || []);
            renameInstances(all);
            return original.apply(this, args);
          };
        }
        // The page's title names a decision's evaluation by its id ("<id> | 决策实例视图"): the
        // id is left out (for everyone, as in the breadcrumb).
        const { titleSet } = $delegate;
        // eslint-disable-next-line func-names
        $delegate.titleSet = function (title, ...rest) {
          const parts = typeof title === 'string' ? title.split(' | ') : null;
          const kept = parts && parts.filter((part) => !ENGINE_ID.test(part.trim()));
          return titleSet.call(this, kept && kept.length ? kept.join(' | ') : title, ...rest);
        };
        return $delegate;
      }]);
    }]);
    break;
  } catch (e) { /* that module is not there (yet): the next one */ }
}

export default [];
