// 期限监控 (deadline overview) for Cockpit: a page at #/ogi-deadlines, its entry in the header
// menu and a summary on the dashboard. Loaded by config.js (customScripts) as a Cockpit plugin
// module; the data comes from our /api/webapp/deadlines with the Cockpit login session (cookie).
import { renderLink } from './ogi-navigation.js';

const ROUTE = '/ogi-deadlines';
const API = '/api/webapp/deadlines';

function esc(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

async function load() {
  const res = await fetch(API, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const reason = { 401: '请先登录', 403: '无权查看期限监控' }[res.status] || `服务器返回 ${res.status}`;
    throw new Error(body.message || reason);
  }
  return body;
}

function daysLeft(row) {
  if (row.paused) return '计时中止';
  if (row.workingDaysLeft < 0) return `超期 ${-row.workingDaysLeft} 个工作日`;
  if (row.workingDaysLeft === 0) return '今日到期';
  return `${row.workingDaysLeft} 个工作日`;
}

// A year without the State Council's holiday notice: deadlines are provisional (暂算).
function provisionalAlert(data) {
  if (!data.provisionalWarning) return '';
  return `<div class="alert alert-warning ogi-provisional-warning">${esc(data.provisionalWarning)}</div>`;
}

function caseTable(rows, kind) {
  if (rows.length === 0) return '<p class="text-muted">无</p>';
  const body = rows.map((row) => {
    const tasks = row.tasks.length ? row.tasks : [{ name: '（等待外部答复）', groupName: '' }];
    return `<tr class="ogi-deadline-row" data-tracking-number="${esc(row.trackingNumber)}">
      <td><a href="#/process-instance/${encodeURIComponent(row.processInstanceId)}/runtime">${esc(row.trackingNumber)}</a></td>
      <td>${esc(row.applicantTypeLabel)}</td>
      <td>${esc(row.receivedOn)}</td>
      <td>${esc(row.dueOn)}${row.provisional ? ' <span class="label label-warning ogi-provisional">暂算</span>' : ''}</td>
      <td class="${kind === 'overdue' ? 'text-danger' : kind === 'dueSoon' ? 'text-warning' : ''}">${esc(daysLeft(row))}</td>
      <td>${tasks.map((t) => esc(t.name) + (t.assignee ? `（${esc(t.assigneeName || t.assignee)}）` : '')).join('<br>')}</td>
      <td>${tasks.map((t) => esc(t.groupName)).join('<br>')}</td>
    </tr>`;
  }).join('');
  return `<table class="table table-striped table-condensed cam-table">
    <thead><tr><th>受理编号</th><th>申请人类型</th><th>收到申请日期</th><th>答复期限</th><th>剩余工作日</th><th>当前环节</th><th>办理组</th></tr></thead>
    <tbody>${body}</tbody></table>`;
}

// 送达登记期限 (ADR 0122, 0126): the letters that pause the clock, until their service is recorded.
function serviceTable(rows) {
  if (!rows || rows.length === 0) return '<p class="text-muted">无</p>';
  const body = rows.map((row) => `<tr class="ogi-service-row" data-tracking-number="${esc(row.trackingNumber)}">
      <td><a href="#/process-instance/${encodeURIComponent(row.processInstanceId)}/runtime">${esc(row.trackingNumber)}</a></td>
      <td>${esc(row.step)}</td>
      <td>${esc(row.issuedOn)}</td>
      <td>${esc(row.dueOn)}</td>
      <td class="${row.overdue ? 'text-danger' : ''}">${esc(row.status)}</td>
    </tr>`).join('');
  return `<table class="table table-striped table-condensed cam-table ogi-letter-services">
    <thead><tr><th>受理编号</th><th>环节</th><th>发出日期</th><th>送达登记期限</th><th>状态</th></tr></thead>
    <tbody>${body}</tbody></table>`;
}

// 主动公开发布期限 (Art. 26; ADR 0144): batches by the earliest item not yet published.
function publicationTable(rows) {
  if (!rows || rows.length === 0) return '<p class="text-muted">无</p>';
  const body = rows.map((row) => {
    const tasks = row.tasks.length ? row.tasks : [{ name: '（系统处理中）', groupName: '' }];
    return `<tr class="ogi-publication-row" data-batch-number="${esc(row.batchNumber)}">
      <td><a href="#/process-instance/${encodeURIComponent(row.processInstanceId)}/runtime">${esc(row.batchNumber)}</a></td>
      <td>${esc(row.registeredOn)}</td>
      <td>${esc(row.dueOn)}${row.provisional ? ' <span class="label label-warning ogi-provisional">暂算</span>' : ''}</td>
      <td>${esc(row.openItems)}</td>
      <td class="${row.overdue ? 'text-danger' : row.dueSoon ? 'text-warning' : ''}">${esc(row.status)}</td>
      <td>${tasks.map((t) => esc(t.name) + (t.assignee ? `（${esc(t.assigneeName || t.assignee)}）` : '')).join('<br>')}</td>
      <td>${tasks.map((t) => esc(t.groupName)).join('<br>')}</td>
    </tr>`;
  }).join('');
  return `<table class="table table-striped table-condensed cam-table ogi-publications">
    <thead><tr><th>批次编号</th><th>登记日期</th><th>发布期限</th><th>待发布信息项</th><th>期限状态</th><th>当前环节</th><th>办理组</th></tr></thead>
    <tbody>${body}</tbody></table>`;
}

// 行政复议答复书 / 行政诉讼答辩状 the agency owes (ARL Art. 48, 54; ALL Art. 67; audit 37a F6).
function appealAnswerTable(rows) {
  if (!rows || rows.length === 0) return '<p class="text-muted">无</p>';
  const body = rows.map((row) => `<tr class="ogi-appeal-answer-row" data-tracking-number="${esc(row.trackingNumber)}">
      <td>${esc(row.trackingNumber)}</td>
      <td>${esc(row.document)}</td>
      <td>${esc(row.docketNo)}</td>
      <td>${esc(row.dueOn)}</td>
      <td class="${row.overdue ? 'text-danger' : row.dueSoon ? 'text-warning' : ''}">${esc(row.status)}</td>
    </tr>`).join('');
  return `<table class="table table-striped table-condensed cam-table ogi-appeal-answers">
    <thead><tr><th>受理编号</th><th>文书</th><th>案号</th><th>提交期限</th><th>期限状态</th></tr></thead>
    <tbody>${body}</tbody></table>`;
}

function groupTable(groups, dueSoonWorkingDays) {
  const rows = groups.map((g) => `<tr data-group="${esc(g.group)}"><td>${esc(g.name)}</td>
    <td class="ogi-open">${g.open}</td><td class="ogi-overdue text-danger">${g.overdue}</td>
    <td class="ogi-due-soon text-warning">${g.dueSoon}</td></tr>`).join('');
  return `<table class="table table-condensed cam-table ogi-deadline-groups">
    <thead><tr><th>办理组</th><th>办理中</th><th>已超期</th><th>${dueSoonWorkingDays}个工作日内到期</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

function renderPage(node) {
  node.innerHTML = '<section class="ogi-deadlines" style="padding: 15px 20px"><h2>期限监控</h2><p>加载中…</p></section>';
  const section = node.firstChild;
  load().then((data) => {
    section.innerHTML = `<h2>期限监控 <small>答复期限（${esc(data.today)}，按工作日计算）</small></h2>
      ${provisionalAlert(data)}
      <h3>各组办件数</h3>${groupTable(data.groups, data.dueSoonWorkingDays)}
      <h3 id="ogi-overdue">已超期 <span class="badge">${data.overdue.length}</span></h3>${caseTable(data.overdue, 'overdue')}
      <h3 id="ogi-due-soon">${data.dueSoonWorkingDays}个工作日内到期 <span class="badge">${data.dueSoon.length}</span></h3>${caseTable(data.dueSoon, 'dueSoon')}
      <h3 id="ogi-later">其他办理中 <span class="badge">${data.later.length}</span></h3>${caseTable(data.later, 'later')}
      <h3 id="ogi-letter-services">待登记送达（征求意见函、收费通知书；答复期限暂停计时） <span class="badge">${(data.letterServices || []).length}</span></h3>${serviceTable(data.letterServices)}
      <h3 id="ogi-publications">主动公开发布期限（第二十六条：自信息形成或者变更之日起20个工作日内公开） <span class="badge">${(data.publications || []).length}</span></h3>${publicationTable(data.publications)}
      <h3 id="ogi-appeal-answers">行政复议答复、行政诉讼答辩期限（法规科；《行政复议法》第四十八条、第五十四条，《行政诉讼法》第六十七条） <span class="badge">${(data.appealAnswers || []).length}</span></h3>${appealAnswerTable(data.appealAnswers)}`;
    section.setAttribute('data-loaded', 'true');
  }).catch((e) => {
    section.innerHTML = `<h2>期限监控</h2><div class="alert alert-danger">无法加载：${esc(e.message)}</div>`;
  });
}

function renderSummary(node) {
  node.innerHTML = '<section class="ogi-deadline-summary"><h3>期限监控</h3><p>加载中…</p></section>';
  const section = node.firstChild;
  load().then((data) => {
    section.innerHTML = `<h3>期限监控</h3>
      ${provisionalAlert(data)}
      <p><a href="#${ROUTE}">已超期 <strong>${data.overdue.length}</strong> 件，${data.dueSoonWorkingDays}个工作日内到期 <strong>${data.dueSoon.length}</strong> 件</a></p>
      <p><a href="#${ROUTE}">主动公开批次已超期 <strong>${(data.publications || []).filter((p) => p.overdue).length}</strong> 批，${data.dueSoonWorkingDays}个工作日内到期 <strong>${(data.publications || []).filter((p) => p.dueSoon).length}</strong> 批</a></p>
      <p><a href="#${ROUTE}">复议答复书、诉讼答辩状已超期 <strong>${(data.appealAnswers || []).filter((a) => a.overdue).length}</strong> 件，${data.dueSoonWorkingDays}个工作日内到期 <strong>${(data.appealAnswers || []).filter((a) => a.dueSoon).length}</strong> 件</a></p>
      ${groupTable(data.groups, data.dueSoonWorkingDays)}`;
  }).catch(() => { section.innerHTML = ''; });
}

export default [
  {
    id: 'ogi.deadlines.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    render: (node) => { node.innerHTML = `<a href="#${ROUTE}">期限监控</a>`; },
    properties: { pagePath: `#${ROUTE}`, checkActive: (path) => path.indexOf(`#${ROUTE}`) > -1 },
  },
  {
    id: 'ogi.deadlines.route',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE, label: '期限监控' },
    render: renderPage,
  },
  // Our staff pages, same login session: each shown only to those who may open it
  // (ogi-navigation.js; the auditor, for one, has no 领导视图).
  ...[['LEDGER', 90], ['LEADERSHIP_VIEW', 80], ['COMPLIANCE', 70], ['ANNUAL_REPORT', 60]].map(([page, priority]) => ({
    id: `ogi.${page.toLowerCase()}.navigation`,
    pluginPoint: 'cockpit.navigation',
    priority,
    render: (node) => renderLink(node, page),
  })),
  {
    id: 'ogi.deadlines.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: renderSummary,
  },
];
