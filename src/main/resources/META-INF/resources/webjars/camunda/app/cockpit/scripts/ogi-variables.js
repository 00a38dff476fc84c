// Cockpit's variable table (a process instance's 变量 tab) in the office's words: 申请人类型 ·
// 文本 · 自然人, not applicantType · String · NATURAL_PERSON. Names and values come from the
// forms' labels and option labels and the domain's code lists (GET /api/form-labels,
// audit/FormLabels); true/false read 是/否, dates 2026年12月3日 23:59, JSON lists one line per
// entry with their fields' labels. The raw name stays in a tooltip for administrators only.
// Each cell gets a rendered copy (.ogi-shown) and its original content is hidden; a cell being
// edited (an administrator's pencil) is left alone. Idempotent, redone whenever AngularJS
// re-renders a row (MutationObserver).
import { isAdministrator } from './ogi-administrator.js';
// A decision's evaluation (#/decision-instance/…) names its inputs and outputs by the table's
// column labels (申请内容审查结论): their values are read as the variable the column reads.
import { decisionVariable } from './ogi-decisions.js';

const API = '/api/form-labels';
const LONG_TEXT = 200;
const TYPES = {
  String: '文本', Boolean: '是/否', Date: '日期', Integer: '数字', Long: '数字', Short: '数字',
  Double: '数字', Json: '结构化数据', Xml: '结构化数据', Object: '结构化数据', Null: '空值',
  Bytes: '文件', File: '文件',
};

let labels = null;
let loading = null;
let retryAfter = 0;
// Asked once per page load, when a variable table is shown; a failure (401 when asked before
// the login: Cockpit logs in without reloading) is asked again 3 s later while a table is shown,
// whether or not the page changes meanwhile.
function load() {
  if (loading || Date.now() < retryAfter) return;
  loading = fetch(API, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(async (res) => {
      const text = await res.text();
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      labels = JSON.parse(text);
      schedule();
    })
    .catch(() => {
      retryAfter = Date.now() + 3000;
      setTimeout(schedule, 3100);
    })
    .finally(() => { loading = null; });
}

function fieldLabel(name) {
  return (labels.fields || {})[name] || name;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** 2026年12月3日, with 23:59 when the time is not midnight (Beijing time). */
export function chineseDate(value) {
  const text = String(value);
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) return `${Number(dateOnly[1])}年${Number(dateOnly[2])}月${Number(dateOnly[3])}日`;
  const date = new Date(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  if (Number.isNaN(date.getTime())) return text;
  const parts = {};
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric',
    day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(date).forEach((p) => { parts[p.type] = p.value; });
  const day = `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日`;
  return parts.hour === '00' && parts.minute === '00' ? day : `${day} ${pad(parts.hour)}:${pad(parts.minute)}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?)?$/;

/** A single value of variable {@code name} in Chinese. */
function valueText(name, value) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return structured(value);
  const text = String(value);
  const option = ((labels.options || {})[name] || {})[text];
  if (option) return option;
  const code = (labels.codes || {})[text];
  if (code) return code;
  if (ISO_DATE.test(text)) return chineseDate(text);
  return text;
}

/** A JSON value: an object as 字段：值；…, a list one numbered entry per line. */
function structured(value) {
  if (Array.isArray(value)) {
    if (value.length === 0) return '（无）';
    return value.map((entry, i) => `${i + 1}. ${structured(entry)}`).join('\n');
  }
  if (value && typeof value === 'object') {
    return Object.keys(value).filter((key) => value[key] !== null && value[key] !== '')
      .map((key) => `${fieldLabel(key)}：${valueText(key, value[key])}`).join('；') || '（无）';
  }
  return valueText('', value);
}

function variableValue(variable, name = variable.name) {
  const { type, value } = variable;
  if (value === null || value === undefined) return '—';
  if (type === 'Boolean') return value === true || value === 'true' ? '是' : '否';
  if (type === 'Date') return chineseDate(value);
  if (type === 'Json') {
    try {
      return structured(typeof value === 'string' ? JSON.parse(value) : value);
    } catch (e) {
      return '（结构化数据）';
    }
  }
  if (type === 'Xml' || type === 'Object') return '（结构化数据）';
  if (type === 'Bytes' || type === 'File') return '（文件）';
  return valueText(name, value);
}

function render(cell, text, title) {
  if (!cell) return;
  if (cell.querySelector('input, select, textarea')) {
    // an administrator is editing the row: Cockpit's own controls
    cell.classList.remove('ogi-translated');
    cell.querySelectorAll(':scope > .ogi-shown').forEach((e) => e.remove());
    return;
  }
  let shown = cell.querySelector(':scope > .ogi-shown');
  if (!shown) {
    shown = document.createElement('div');
    shown.className = 'ogi-shown read-only value-wrapper';
    cell.appendChild(shown);
  }
  if (shown.textContent !== text) shown.textContent = text;
  if (title) shown.setAttribute('title', title);
  else shown.removeAttribute('title');
  cell.classList.add('ogi-translated');
}

function translateRows() {
  if (!labels) {
    if (document.querySelector('[cam-widget-variables-table]')) load();
    return;
  }
  const admin = isAdministrator();
  document.querySelectorAll('[cam-widget-variables-table] tbody tr').forEach((row) => {
    const scope = window.angular && window.angular.element(row).scope();
    const variable = scope && scope.info && scope.info.variable;
    if (!variable || !variable.name) return;
    render(row.querySelector('td.name, td.col-name'), fieldLabel(variable.name),
      admin ? variable.name : null);
    render(row.querySelector('td.type, td.col-type'), TYPES[variable.type] || '其他',
      admin ? variable.type : null);
    // A long text (a letter) shows its beginning; the whole text is its tooltip.
    const value = variableValue(variable, decisionVariable(variable.name) || variable.name);
    const long = value.length > LONG_TEXT;
    render(row.querySelector('td.value, td.col-value'), long ? `${value.slice(0, LONG_TEXT)}…` : value,
      long ? value : null);
  });
}

const style = document.createElement('style');
style.textContent = `
[cam-widget-variables-table] td.ogi-translated > :not(.ogi-shown) { display: none !important; }
[cam-widget-variables-table] td .ogi-shown { white-space: pre-line; }
`;
document.head.appendChild(style);

let pending = null;
function schedule() {
  if (pending) return;
  pending = setTimeout(() => { pending = null; translateRows(); }, 30);
}

new MutationObserver((mutations) => {
  const ours = (m) => {
    const element = m.target.nodeType === Node.ELEMENT_NODE ? m.target : m.target.parentElement;
    return element && element.closest('.ogi-shown');
  };
  if (mutations.some((m) => !ours(m))) schedule();
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
