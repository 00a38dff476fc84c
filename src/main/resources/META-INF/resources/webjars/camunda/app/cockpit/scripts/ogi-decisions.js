// Cockpit's decision pages (a decision table, #/decision-definition/…, and one evaluation of it,
// #/decision-instance/…) in the office's words (audit 32b F2). Cockpit gives its DMN viewer
// (dmn-js) no translations: "When", "And", "Then", "Hit policy:First", "Annotations", the column
// types (string, integer, boolean) and tooltips ("Input label: …", "Rules may overlap. …") are
// rewritten here; the rules' entries read the forms' option labels and field labels, not codes
// and variable names ("STATE_SECRET" → 属于国家秘密, "5.1" → （五）不予处理 1.…, itemCount → 等于信息项数),
// and so do an evaluation's values (When = COMPLETE → 当 = 申请内容明确). Which variable a column
// reads comes from the table itself (its XML, as Cockpit reads it); labels from GET
// /api/form-labels (audit/FormLabels, as ogi-variables.js). Administrators get the raw entry as
// the cell's tooltip. Comparisons (> 0) stay as they are. The table's logic is untouched: this is
// presentation. Idempotent, redone whenever the viewer or Cockpit re-renders (MutationObserver).
import { isAdministrator } from './ogi-administrator.js';

const ENGINE = '/camunda/api/engine/engine/default';
const LABELS = '/api/form-labels';

const CLAUSES = { When: '当', And: '且', Then: '则' };
const TEXTS = { Annotations: '说明', 'View DRD': '查看决策需求图', 'Hit policy:': '命中策略：' };
const HIT_POLICIES = { Unique: '唯一', First: '首条命中', Priority: '优先级', Any: '任一',
  Collect: '汇总', 'Collect (Sum)': '汇总（求和）', 'Collect (Min)': '汇总（最小值）',
  'Collect (Max)': '汇总（最大值）', 'Collect (Count)': '汇总（计数）', 'Rule order': '规则顺序',
  'Output order': '输出顺序' };
// dmn-js's hit-policy tooltips, by policy (an unknown one loses its tooltip).
const HIT_POLICY_TITLES = { Unique: '规则互不重叠，只能命中一条规则', First: '规则可能重叠，按顺序取第一条命中的规则',
  Priority: '规则可能重叠，取输出优先级最高的规则', Any: '规则可能重叠，命中的规则输出必须相同',
  'Rule order': '规则可能重叠，按规则顺序列出所有命中规则的输出', 'Output order': '规则可能重叠，按输出优先级列出所有命中规则的输出' };
const TYPES = { string: '文本', boolean: '是/否', integer: '数字', long: '数字', double: '数字',
  number: '数字', date: '日期' };

let labels = null;
let loading = null;
let retryAfter = 0;
function loadLabels() {
  if (labels || loading || Date.now() < retryAfter) return;
  loading = fetch(LABELS, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(async (res) => {
      const text = await res.text();
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      labels = JSON.parse(text);
      schedule();
    })
    .catch(() => { retryAfter = Date.now() + 3000; setTimeout(schedule, 3100); })
    .finally(() => { loading = null; });
}

async function json(url) {
  const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return JSON.parse(text);
}

// The columns of the table shown: clause id (and label) → the variable it reads or writes.
const tables = {};
let columns = null;
let columnsOf = null;
function decisionPage() {
  const match = /^#\/decision-(definition|instance)\/([^/?]+)/.exec(window.location.hash);
  return match ? { kind: match[1], id: decodeURIComponent(match[2]) } : null;
}

function parseTable(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const byClause = {};
  for (const input of doc.getElementsByTagNameNS('*', 'input')) {
    const expression = input.getElementsByTagNameNS('*', 'text')[0];
    const variable = expression ? expression.textContent.trim() : '';
    if (!variable) continue;
    byClause[input.getAttribute('id')] = variable;
    if (input.getAttribute('label')) byClause[input.getAttribute('label')] = variable;
  }
  for (const output of doc.getElementsByTagNameNS('*', 'output')) {
    const variable = output.getAttribute('name');
    if (!variable) continue;
    byClause[output.getAttribute('id')] = variable;
    if (output.getAttribute('label')) byClause[output.getAttribute('label')] = variable;
  }
  return byClause;
}

function loadColumns() {
  const page = decisionPage();
  const key = page && `${page.kind}/${page.id}`;
  if (!page || columnsOf === key) return;
  columnsOf = key;
  columns = null;
  (async () => {
    const definitionId = page.kind === 'definition' ? page.id
      : (await json(`${ENGINE}/history/decision-instance/${encodeURIComponent(page.id)}`)).decisionDefinitionId;
    if (!tables[definitionId]) {
      const { dmnXml } = await json(`${ENGINE}/decision-definition/${encodeURIComponent(definitionId)}/xml`);
      tables[definitionId] = parseTable(dmnXml);
    }
    if (columnsOf === key) {
      columns = tables[definitionId];
      schedule();
    }
  })().catch(() => { columnsOf = null; retryAfter = Date.now() + 3000; setTimeout(schedule, 3100); });
}

/**
 * The variable a decision column (by clause id or label) reads or writes, on a decision page
 * whose table is known; null otherwise (ogi-variables.js names an evaluation's inputs by it).
 */
export function decisionVariable(clause) {
  return (decisionPage() && columns && columns[clause]) || null;
}

function fieldLabel(name) {
  return (labels.fields || {})[name] || name;
}

/** A single value of variable {@code variable} in Chinese: its option label or code label. */
function valueLabel(variable, value) {
  if (value === 'true') return '是';
  if (value === 'false') return '否';
  if (value === 'null' || value === '') return '空';
  return ((labels.options || {})[variable] || {})[value] || (labels.codes || {})[value] || value;
}

/** Variable names in a text (itemCount) as the forms label them (信息项数量). */
function fieldsIn(text) {
  return text.replace(/\b[a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b/g, (name) => fieldLabel(name));
}

/** Splits an entry at its commas outside quotes ("3.1","3.2" → two). */
function parts(entry) {
  const found = [];
  let current = '';
  let quoted = false;
  for (const c of entry) {
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      found.push(current.trim());
      current = '';
    } else current += c;
  }
  found.push(current.trim());
  return found;
}

/** A rule's entry (FEEL unary tests or an output's value) in Chinese. */
function entryText(variable, entry) {
  if (!entry || entry === '-') return entry;
  const negated = /^not\s*\((.*)\)$/s.exec(entry);
  if (negated) return `非${entryText(variable, negated[1].trim())}`;
  return parts(entry).map((part) => {
    const literal = /^"(.*)"$/s.exec(part);
    if (literal) return valueLabel(variable, literal[1]);
    if (part === 'true' || part === 'false') return valueLabel(variable, part);
    if (/^[A-Za-z_]\w*$/.test(part)) return `等于${fieldLabel(part)}`;
    return fieldsIn(part);
  }).join('、');
}

/**
 * Sets the text of {@code element}'s own text (its first non-blank text node, the viewer's)
 * to {@code translate(raw)}; the raw text becomes an administrator's tooltip when {@code title}.
 */
function rewrite(element, translate, title = false) {
  const node = [...element.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
  if (!node || node.data === element.dataset.ogiShown) return;
  const raw = node.data.trim();
  const text = translate(raw);
  if (text === null || text === undefined || text === raw) return;
  element.dataset.ogiShown = text;
  node.data = text;
  if (title && isAdministrator()) element.setAttribute('title', raw);
}

function translateTitle(element) {
  const title = element.getAttribute('title');
  if (!title) return;
  let chinese = null;
  let match;
  if ((match = /^Decision name: ?(.*)$/s.exec(title))) chinese = `决策名称：${match[1]}`;
  else if ((match = /^Input label: ?(.*)$/s.exec(title))) chinese = `输入：${match[1]}`;
  else if ((match = /^Output label:? ?(.*)$/s.exec(title))) chinese = match[1] ? `输出：${match[1]}` : '输出';
  else if ((match = /^Input expression: ?(.*)$/s.exec(title))) chinese = `输入：${fieldLabel(match[1])}`;
  else if ((match = /^Output name:? ?(.*)$/s.exec(title))) chinese = match[1] ? `输出：${fieldLabel(match[1])}` : '输出';
  else if (title === 'Input type') chinese = '输入类型';
  else if (title === 'Input values') chinese = '输入取值';
  else if (title === 'Output type') chinese = '输出类型';
  else if (title === 'Output values') chinese = '输出取值';
  else if (/^Variable value of type/.test(title)) chinese = '此类型的值不显示';
  else if (element.classList.contains('hit-policy')) {
    const policy = element.querySelector('.hit-policy-value');
    const raw = policy && (policy.dataset.ogiRaw || policy.textContent.trim());
    chinese = HIT_POLICY_TITLES[raw] || '';
  }
  if (chinese === null || chinese === title) return;
  if (chinese) element.setAttribute('title', chinese);
  else element.removeAttribute('title');
}

function translate() {
  const containers = document.querySelectorAll('.dmn-decision-table-container');
  if (!containers.length) return;
  if (!labels) { loadLabels(); return; }
  if (!columns) { loadColumns(); }
  const variableOf = (element) => {
    const cell = element.closest('[data-col-id]');
    return cell && columns ? columns[cell.getAttribute('data-col-id')] : null;
  };
  containers.forEach((container) => {
    container.querySelectorAll('.clause').forEach((e) => rewrite(e, (raw) => CLAUSES[raw]));
    container.querySelectorAll('.dms-label, .view-drd-button, th.annotation')
      .forEach((e) => rewrite(e, (raw) => TEXTS[raw]));
    container.querySelectorAll('.hit-policy-value').forEach((e) => {
      if (!e.dataset.ogiRaw) e.dataset.ogiRaw = e.textContent.trim();
      rewrite(e, (raw) => HIT_POLICIES[raw]);
    });
    container.querySelectorAll('.input-variable, .output-variable').forEach((e) => rewrite(e,
      (raw) => TYPES[raw] || (/^[a-z]\w*$/i.test(raw) ? fieldLabel(raw) : null)));
    container.querySelectorAll('.input-expression, .output-name').forEach((e) => rewrite(e,
      (raw) => fieldsIn(raw), true));
    container.querySelectorAll('[title]').forEach(translateTitle);
    if (!columns) return;
    container.querySelectorAll('td.input-cell, td.output-cell').forEach((cell) => {
      const variable = variableOf(cell);
      if (variable) rewrite(cell, (raw) => entryText(variable, raw), true);
    });
    container.querySelectorAll('td.annotation').forEach((cell) => rewrite(cell, fieldsIn));
    // An evaluation's values, added by Cockpit (" = COMPLETE" in a column's head, " = 2" in
    // the output cell of the rule that matched).
    container.querySelectorAll('.dmn-input, .dmn-output').forEach((span) => {
      const variable = variableOf(span);
      rewrite(span, (raw) => {
        const value = raw.replace(/^=\s*/, '');
        return ` = ${variable ? valueLabel(variable, value) : value}`;
      });
    });
    container.querySelectorAll('.dmn-input-object, .dmn-output-object')
      .forEach((span) => rewrite(span, () => ' = （结构化数据）'));
  });
}

let pending = null;
function schedule() {
  if (pending) return;
  pending = setTimeout(() => { pending = null; translate(); }, 30);
}

new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true,
  characterData: true });
window.addEventListener('hashchange', () => { columns = null; columnsOf = null; schedule(); });

export default [];
