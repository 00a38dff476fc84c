// End-to-end run of one disclosure request through the real webapps in headless Chromium:
// the office registers and splits it in Tasklist (in Chinese), legal reviews each item, the office
// edits the reply, leadership approves it, the office delivers it; a manager looks at the case and
// the deadline overview in Cockpit; the office records a withdrawal, corrects a fee notice and
// corrects dates on the ledger's case page, and leadership corrects a receipt date there; the
// office records an applicant's suggestion of proactive disclosure and proposes the item (Art. 44),
// issues a query code and prints it on the 受理回执, voids a suggestion and reads 多人申请的相同信息,
// opens a voided registration's page and records a third party's answer after its period;
// records the agency's answer to a suggestion, sees a fee notice's recount warning after a void,
// and gives 判断是否涉及重大公共利益 a reason per objecting party in Tasklist.
// Screenshots: target/e2e/NN-step.png.
//
//   .ci/run-e2e                                             starts the built app and runs this
//   E2E_BASE_URL=http://localhost:8080 node .ci/e2e/e2e.cjs   an app already running (demo profile)
//   E2E_STEPS=ledger-case-actions,no-english …               only those steps
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'target/e2e');
const BASE = process.env.E2E_BASE_URL || 'http://localhost:18085';
const PASSWORD = 'demo';
const TIMEOUT = 30_000;
const PROCESS_NAME = '政府信息公开申请办理';

// Today in the office's time zone (the app rejects dates after "today" in Asia/Shanghai).
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

fs.mkdirSync(OUT, { recursive: true });

let browser;
const state = {};
const results = [];
let shot = 0;

function log(...args) {
  console.log(`[e2e ${new Date().toISOString().slice(11, 19)}]`, ...args);
}

// ---------------------------------------------------------------- REST

async function waitFor(what, probe, timeoutMs = TIMEOUT, everyMs = 250) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

async function waitForHealth() {
  await waitFor('the app to be healthy', async () => {
    const res = await fetch(`${BASE}/actuator/health`);
    return res.ok && (await res.json()).status === 'UP';
  }, 150_000, 1000);
}

// Lookups go through the engine's REST API as the admin: the browser does the work, REST only
// tells the test which task belongs to the case it is driving.
async function rest(pathAndQuery, method = 'GET', body = undefined) {
  const res = await fetch(`${BASE}/engine-rest${pathAndQuery}`, {
    method,
    headers: { Authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${pathAndQuery}: HTTP ${res.status}`);
  return res.status === 204 ? null : res.json();
}

async function taskOf(taskDefinitionKey, processInstanceId) {
  return waitFor(`task ${taskDefinitionKey}`, async () => {
    const tasks = await rest(`/task?taskDefinitionKey=${taskDefinitionKey}&processInstanceId=${processInstanceId}`);
    return tasks[0];
  }, 60_000);
}

/** 2026年12月8日 for 2026-12-08, as letters and the trail write a day. */
function ogiDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** yyyy-MM-dd, n days before today in Beijing. */
function daysAgo(n) {
  const [y, m, d] = TODAY.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
}

/** Registers a request as the office through the engine's REST API; answers its tracking number. */
async function registerOverRest(receivedOn, applicantName = '示范市某科技有限公司') {
  const value = (v) => ({ type: 'String', value: v });
  const res = await fetch(`${BASE}/engine-rest/process-definition/key/DisclosureRequest/submit-form`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`wangli:${PASSWORD}`).toString('base64')}` },
    body: JSON.stringify({ variables: { channel: value('POST'), receivedOn: value(receivedOn),
      applicantType: value('COMMERCIAL'), applicantName: value(applicantName),
      requestDescription: value('本局 2025 年政府采购合同'), deliveryForm: value('PAPER'),
      deliveryMethod: value('POST'), contactAddress: value('示范市鼓楼区东街8号（邮编350001）') } }),
  });
  if (!res.ok) throw new Error(`registering over REST: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).businessKey;
}

/**
 * Completes every open task of the case with that definition key (one per third party or item),
 * once `count` are open, over the engine's REST API as the user given.
 */
async function completeEachOverRest(user, businessKey, taskDefinitionKey, count, variables) {
  const tasks = await waitFor(`${count} tasks ${taskDefinitionKey} of ${businessKey}`, async () => {
    const open = await rest(`/task?taskDefinitionKey=${taskDefinitionKey}&processInstanceBusinessKey=${encodeURIComponent(businessKey)}`);
    return open.length === count && open;
  }, 60_000);
  for (const task of tasks) {
    const res = await fetch(`${BASE}/engine-rest/task/${task.id}/submit-form`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json',
        Authorization: `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}` },
      body: JSON.stringify({ variables }),
    });
    if (!res.ok) throw new Error(`completing ${taskDefinitionKey} as ${user}: HTTP ${res.status} ${await res.text()}`);
  }
}

/** A staff API's JSON (our /api, not the engine's) as a user, over HTTP Basic. */
async function api(user, pathAndQuery, method = 'GET', body = undefined) {
  const res = await fetch(`${BASE}${pathAndQuery}`, {
    method,
    headers: { Authorization: `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${pathAndQuery} as ${user}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * Completes the case's one open task with that definition key over the engine's REST API, as
 * the user given (as Tasklist's 完成 sends it): waits for it first, the steps between being
 * asynchronous.
 */
async function completeOverRest(user, businessKey, taskDefinitionKey, variables) {
  const task = await waitFor(`task ${taskDefinitionKey} of ${businessKey}`, async () => {
    const tasks = await rest(`/task?taskDefinitionKey=${taskDefinitionKey}&processInstanceBusinessKey=${encodeURIComponent(businessKey)}`);
    return tasks.length === 1 && tasks[0];
  }, 60_000);
  const res = await fetch(`${BASE}/engine-rest/task/${task.id}/submit-form`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}` },
    body: JSON.stringify({ variables }),
  });
  if (!res.ok) throw new Error(`completing ${taskDefinitionKey} as ${user}: HTTP ${res.status} ${await res.text()}`);
}

/**
 * A company's posted request registered today, its one item released by legal and the reply
 * charged per page for `pages` (as the HTTP tests' ChargedPerPage): the fee notice is issued
 * and the case waits for its service. Answers the tracking number once the office is offered
 * 更正或撤销收费通知 on it.
 */
async function chargedPerPageOverRest(pages) {
  const text = (v) => ({ type: 'String', value: v });
  const number = await registerOverRest(TODAY);
  await completeOverRest('wangli', number, 'Task_CheckCompleteness', { completenessDecision: text('COMPLETE') });
  await completeOverRest('wangli', number, 'Task_SearchAndSplit', { items: { type: 'Json',
    value: JSON.stringify([{ title: '2025 年度本局政府采购合同汇编', finding: 'HELD' }]) } });
  await completeOverRest('lina', number, 'Task_ReviewItem', { reviewConclusion: text('RELEASABLE') });
  await completeOverRest('wangli', number, 'Task_EditReply', { chargeFee: { type: 'Boolean', value: true },
    feeScheme: text('PER_PAGE'), pageCount: { type: 'Integer', value: pages } });
  await waitFor(`the fee notice of ${number} offered for correction`, async () =>
    (await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`)).actions.feeCorrection, 60_000);
  return number;
}

/**
 * A company's posted request registered today, its one item released by legal and the reply
 * (no fee) approved by leadership where the table asks for it and delivered today. Answers the
 * tracking number once the office is offered 转为主动公开 on it (ADR 0162).
 */
async function deliveredOverRest(title) {
  const text = (v) => ({ type: 'String', value: v });
  const number = await registerOverRest(TODAY);
  await completeOverRest('wangli', number, 'Task_CheckCompleteness', { completenessDecision: text('COMPLETE') });
  await completeOverRest('wangli', number, 'Task_SearchAndSplit', { items: { type: 'Json',
    value: JSON.stringify([{ title, finding: 'HELD' }]) } });
  await completeOverRest('lina', number, 'Task_ReviewItem', { reviewConclusion: text('RELEASABLE') });
  await completeOverRest('wangli', number, 'Task_EditReply', { chargeFee: { type: 'Boolean', value: false } });
  const next = await waitFor(`the reply of ${number} ready`, async () => {
    const tasks = await rest(`/task?processInstanceBusinessKey=${encodeURIComponent(number)}`);
    return tasks.find((t) => t.taskDefinitionKey === 'Task_ApproveReply' || t.taskDefinitionKey === 'Task_DeliverReply');
  }, 60_000);
  if (next.taskDefinitionKey === 'Task_ApproveReply') {
    await completeOverRest('chengang', number, 'Task_ApproveReply', { replyApproval: text('APPROVE') });
  }
  await completeOverRest('wangli', number, 'Task_DeliverReply', { deliveredBy: text('POST'), deliveredOn: text(TODAY) });
  await waitFor(`转为主动公开 offered on ${number}`, async () =>
    (await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`)).actions.art44, 60_000);
  return number;
}

// ---------------------------------------------------------------- browser helpers

// E2E_PREVIOUS_FORM_SCRIPT=1 serves Tasklist the form script of before issue 16 (it re-enabled
// 完成 only in forms with a dynamic list): the run then shows the stuck button it reproduces.
const PREVIOUS_FORM_SCRIPT = process.env.E2E_PREVIOUS_FORM_SCRIPT === '1';

// E2E_STEPS=ledger-case-actions,no-english runs only the steps named (those that set up what
// they need themselves); the whole run otherwise.
const ONLY = (process.env.E2E_STEPS || '').split(',').map((s) => s.trim()).filter(Boolean);

async function newPage(locale = 'zh-CN', timezoneId = 'Asia/Shanghai') {
  const context = await browser.newContext({ locale, timezoneId,
    viewport: { width: 1440, height: 1000 } });
  context.setDefaultTimeout(TIMEOUT);
  if (PREVIOUS_FORM_SCRIPT) {
    // (matched on the path: requirejs adds a cache-busting query)
    await context.route((url) => url.pathname.endsWith('/tasklist/scripts/ogi-forms.js'), (route) => route.fulfill({
      contentType: 'application/javascript',
      body: fs.readFileSync(path.join(__dirname, 'previous-ogi-dynamic-list-fix.js'), 'utf8'),
    }));
  }
  const page = await context.newPage();
  // CI keeps only the printed log: the browser's own errors belong in it when a step fails.
  page.on('console', (m) => { if (m.type() === 'error') remember(`console: ${m.text()}`); });
  page.on('pageerror', (e) => remember(`page error: ${e.message}`));
  page.on('requestfailed', (r) => remember(`request failed: ${r.url()} ${r.failure()?.errorText || ''}`));
  return page;
}

const browserErrors = [];
function remember(line) {
  browserErrors.push(`[${new Date().toISOString().slice(11, 19)}] ${line.slice(0, 300)}`);
  if (browserErrors.length > 20) browserErrors.shift();
}

// English UI words that must not reach staff: form-js's own strings, the date picker, Camunda's
// untranslated labels. Matched as whole words, case-sensitive, in the visible text, placeholders
// and tooltips of every page the run looks at.
const ENGLISH_WORDS = ['Select', 'required', 'Required', 'Add new', 'Field', 'must', 'valid',
  'Search', 'Expand all', 'Collapse', 'Remove', 'January', 'February', 'March', 'April', 'May',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Sun', 'Mon', 'Tue',
  'Wed', 'Thu', 'Fri', 'Sat', 'Actions', 'Error', 'null', 'undefined', 'Cannot', 'permission',
  'Case', 'Tenant', 'yyyy', 'mm/dd', 'Loading', 'Untitled', 'Process Definition', 'Custom',
  'zoom', 'ALL', 'READ', 'ACCESS', 'TASK_WORK', 'CREATE_INSTANCE', 'Select all', 'ID'];
const englishFound = []; // and other failures to speak Chinese, reported by the last step

/**
 * A check of what staff read that must hold within a few seconds (scripts rewrite the page as
 * Cockpit or Tasklist renders it); a failure is recorded and reported by the last step, so one
 * run shows every such failure.
 */
async function expectShown(what, probe, timeoutMs = 10_000) {
  try {
    await waitFor(what, probe, timeoutMs);
  } catch (e) {
    englishFound.push(`${what}: ${e.message.slice(0, 300)}`);
  }
}

/** Variable names (camelCase), codes (UPPER_CASE) and ISO timestamps in a text, if any. */
function codesIn(text) {
  const found = text.match(/\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Z]{2,}_[A-Z_]+\b|\b(String|Boolean|Date|Json|true|false)\b|\d{4}-\d\d-\d\dT\d\d:/g);
  return found ? [...new Set(found)] : [];
}

/** Records every English UI word visible on the page (checked at the end of the run). */
async function scanForEnglish(page, where) {
  const text = await page.evaluate(() => {
    const parts = [document.title, document.body ? document.body.innerText : ''];
    document.querySelectorAll('[placeholder], [title], [aria-label]').forEach((el) => {
      if (el.offsetParent === null && el.tagName !== 'BODY') return; // not shown
      ['placeholder', 'title'].forEach((a) => { if (el.getAttribute(a)) parts.push(el.getAttribute(a)); });
    });
    return parts.join('\n');
  });
  for (const word of ENGLISH_WORDS) {
    const re = new RegExp(`(^|[^A-Za-z])${word.replace(/[/]/g, '\\/')}([^A-Za-z]|$)`);
    const line = text.split('\n').find((l) => re.test(l));
    if (line) englishFound.push(`${where}: "${word}" in "${line.trim().slice(0, 120)}"`);
  }
}

/**
 * Waits (at most a few seconds) until the webapps' translation keys (PLUGIN_USER_TASKS_…) are
 * replaced by their Chinese text: angular-translate fills a table header in after its rows can
 * already be there (a run read the keys once, 2026-12-06). A key still shown after that is
 * reported by the scan as before.
 */
async function translationsApplied(page) {
  await waitFor('the translations applied', async () =>
    !/\b[A-Z]+(_[A-Z]+){2,}\b/.test(await page.locator('body').innerText()), 5_000)
    .catch(() => {});
}

async function screenshot(page, name) {
  await translationsApplied(page);
  await scanForEnglish(page, name);
  shot += 1;
  const file = path.join(OUT, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  log(`screenshot ${path.relative(ROOT, file)}`);
}

async function login(page, appName, user) {
  await page.goto(`${BASE}/camunda/app/${appName}/default/`);
  // The first load of a webapp parses megabytes of script: slow on a busy machine.
  const form = page.locator('form[name=signinForm]');
  const name = form.locator('input[type=text]');
  const password = form.locator('input[type=password]');
  try {
    await name.waitFor({ timeout: 4 * TIMEOUT });
  } catch (e) {
    // Under load a webapp's scripts can fail to load (refused or timed out; CI of 2026-12-07, a
    // Cockpit login under load 10): a fresh page loads them again, once, before the run gives up.
    log(`the ${appName} login form did not show for ${user}; loading the page again`);
    await page.goto(`${BASE}/camunda/app/${appName}/default/`);
    await name.waitFor({ timeout: 4 * TIMEOUT });
  }
  // fill() types into the focused field, and the login view focuses the user name field when
  // its controller starts, which can be after the field shows: the password then lands in the
  // user name ("linademo", CI of 2026-12-04). Fill until both fields hold what was typed.
  await waitFor(`the login form filled for ${user}`, async () => {
    await name.fill(user);
    await password.fill(PASSWORD);
    return (await name.inputValue()) === user && (await password.inputValue()) === PASSWORD;
  });
  await form.locator('button[type=submit]').click();
  try {
    await form.waitFor({ state: 'detached' });
  } catch (e) {
    const notice = (await page.locator('.notifications-panel').allInnerTexts()).join(' ').trim();
    throw new Error(`${user} is not logged in to ${appName}: ${notice || e.message}`);
  }
}

/**
 * Opens 发起流程 and the request's start form. A click on the process can be lost while Tasklist
 * still redraws the dialog's list (CI of 2026-12-07: the form never showed, no error on the
 * server), so the choice is made again, from a freshly loaded page, before the run gives up; what the
 * dialog showed goes into the error.
 */
async function openStartForm(page) {
  const form = page.locator('.modal .fjs-form');
  let shown = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (await page.locator('.modal').count() === 0) await page.locator('text=发起流程').first().click();
    const choice = page.locator('.modal').getByText(PROCESS_NAME, { exact: true });
    await choice.or(form).first().waitFor();
    if (await choice.isVisible()) await choice.click();
    try {
      await form.waitFor({ timeout: 15_000 });
      return form;
    } catch (e) {
      shown = (await page.locator('.modal').allInnerTexts()).join(' ').replace(/\s+/g, ' ').slice(0, 300);
      log(`start form not shown (attempt ${attempt}); the dialog showed: ${shown}`);
      // A fresh page, not only a fresh dialog: a script RequireJS gave up loading stays failed
      // until the page loads again.
      // (Tasklist's address would reopen the dialog on the process: the run loads its start page.)
      await page.goto(`${BASE}/camunda/app/tasklist/default/`);
      await page.locator('text=发起流程').first().waitFor({ timeout: 4 * TIMEOUT });
    }
  }
  throw new Error(`the start form did not show after three tries; the dialog showed: ${shown}`);
}

/** The form-js field whose label contains the text. */
function field(scope, label) {
  // A `has` locator is matched inside each candidate, so it must not carry the scope's own path.
  return scope.locator('.fjs-form-field').filter({
    has: scope.page().locator('label.fjs-form-field-label', { hasText: label }),
  }).last();
}

async function fillText(scope, label, value) {
  await field(scope, label).locator('input, textarea').first().fill(value);
}

async function choose(scope, label, option) {
  const f = field(scope, label);
  const item = f.locator('.fjs-dropdownlist-item', { hasText: option }).first();
  // The list toggles on click; a focus change (e.g. a closing date picker) may have opened it already.
  await waitFor(`option ${option} of ${label}`, async () => {
    if (!(await item.isVisible())) await f.locator('.fjs-select-display, .fjs-input').first().click();
    await item.waitFor({ timeout: 2000 });
    return true;
  });
  await item.click();
  await f.locator('.fjs-select-display', { hasText: option }).waitFor();
}

async function pickRadio(scope, label, option) {
  await field(scope, label).locator('label', { hasText: option }).first().click();
}

async function fillDate(scope, label, isoDate) {
  const input = field(scope, label).locator('input').first();
  await input.fill(isoDate);
  await input.press('Enter');
  await input.press('Tab'); // closes the date picker
}

/** The error form-js (or our script, for the server's answer) shows under a field. */
function fieldError(scope, label) {
  return field(scope, label).locator('.fjs-form-field-error');
}

/** Fails unless 完成 is enabled within a few seconds (the form shows no error). */
async function completeEnabled(page, what) {
  try {
    await page.locator('button[ng-click="complete()"]:not([disabled])').waitFor({ timeout: 5000 });
  } catch (e) {
    await screenshot(page, 'stuck-complete-button');
    throw new Error(`完成 stays disabled ${what} (the stuck button)`);
  }
}

/** Chinese text, no English words: what a form's error must read like. */
async function expectChineseError(locator, what) {
  try {
    await locator.first().waitFor({ timeout: 5000 });
  } catch (e) {
    englishFound.push(`${what}: the error is not shown on the field`);
    return null;
  }
  const text = (await locator.first().innerText()).trim();
  // Recorded, not thrown: the run goes on and the last step fails on every English word.
  if (!/[\u4e00-\u9fa5]/.test(text) || /[A-Za-z]{3,}/.test(text)) {
    englishFound.push(`${what}: error not in Chinese: "${text}"`);
  }
  return text;
}

/**
 * The case page's 办公室登记事项 and the answer shown above them read in Chinese: no English
 * words, no codes (REDUCE, PER_PAGE, withdrawnOn), no engine ids. Every form is opened, so its
 * labels, hints, choices and errors are visible text; the case's own numbers are left out.
 */
async function sectionSpeaksChinese(page, where, numbers) {
  await page.locator('.ogi-actions details:not([open]) summary').evaluateAll((all) => all.forEach((s) => s.click()));
  const parts = await page.evaluate(() => {
    const shown = [document.getElementById('ogi-notice'), document.querySelector('.ogi-actions')]
      .filter(Boolean).map((n) => n.innerText);
    document.querySelectorAll('.ogi-actions option, #ogi-notice a').forEach((n) => shown.push(n.textContent));
    document.querySelectorAll('.ogi-actions [placeholder]').forEach((n) => shown.push(n.getAttribute('placeholder')));
    return shown;
  });
  let text = parts.join('\n');
  for (const n of numbers) text = text.split(n).join('');
  const found = text.match(/[A-Za-z_]{2,}|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}\b/g);
  if (found) throw new Error(`${where}: 办公室登记事项 shows ${[...new Set(found)].join(', ')}`);
  if (!/[\u4e00-\u9fa5]/.test(text)) throw new Error(`${where}: no 办公室登记事项 shown`);
}

/** Legal (refused the page), leadership and the auditor are offered no registration on the case. */
async function noRegistrationsFor(number) {
  for (const [user, app] of [['lina', 'welcome'], ['chengang', 'cockpit'], ['sunyue', 'cockpit']]) {
    const page = await newPage();
    await login(page, app, user);
    await page.goto(`${BASE}/ledger/cases/${encodeURIComponent(number)}`);
    // Legal may not read the ledger: the Chinese refusal page, no case.
    await page.locator(user === 'lina' ? 'h1:has-text("无权访问")' : 'body[data-loaded=true]').waitFor();
    // Leadership is offered 更正日期 of its own dates only (ADR 0137): none of the office's forms.
    const forms = await page.locator('form.ogi-action-form').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-action')));
    const allowed = user === 'chengang' ? ['dateCorrection'] : [];
    if (forms.some((f) => !allowed.includes(f))
        || (await page.locator('.ogi-actions').count() !== 0 && forms.length === 0)
        || (await page.locator('body').innerText()).includes('办公室登记事项')) {
      throw new Error(`the case page offers ${user} a registration: ${forms.join(', ')}`);
    }
    if (forms.length) {
      const offered = (await page.locator('.ogi-actions select[name=field] option').allTextContents()).map((t) => t.trim()).slice(1);
      if (offered.some((t) => !/^(收到申请日期|缴费日期|送达日期)（/.test(t))) {
        throw new Error(`the case page offers ${user} to correct ${offered.join('、')}`);
      }
    }
    await scanForEnglish(page, `case page as ${user}`);
    await page.context().close();
  }
}

/** Opens a task in Tasklist, claims it when needed, waits until its form can be edited. */
async function openTask(page, task) {
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  const claim = page.locator('button[ng-click="claim()"]');
  const unclaim = page.locator('button[ng-click="unclaim()"]');
  await claim.or(unclaim).first().waitFor();
  if (await claim.isVisible()) {
    // A refused claim fails the step with the server's answer. Once in CI the claim did not show
    // within 30 s: the task is then reloaded once, and the log says whether the claim had been sent.
    const sent = page.waitForResponse((r) => r.request().method() === 'POST'
      && r.url().includes(`/task/${task.id}/claim`), { timeout: 15_000 }).catch(() => null);
    await claim.click();
    const res = await sent;
    if (res && !res.ok()) throw new Error(`claiming ${task.name}: HTTP ${res.status()} ${await res.text()}`);
    try {
      await unclaim.waitFor({ timeout: 10_000 });
    } catch (e) {
      log(`claiming ${task.name}: ${res ? 'claimed, but Tasklist did not show it' : 'the click sent no claim'}; reloading the task once`);
      await page.reload();
      await claim.or(unclaim).first().waitFor();
      if (await claim.isVisible()) await claim.click();
      await unclaim.waitFor();
    }
  }
  await page.locator('.fjs-form').first().waitFor();
  // Tasklist disables the form until it knows the user is the assignee.
  await page.locator('.fjs-form fieldset:not([disabled]), .fjs-form:not(.fjs-disabled)').first().waitFor();
}

/**
 * The open date picker names its month and weekdays in Chinese, its week from Monday, as the
 * forms' picker (ADR 0062; AngularJS's built-in $locale reads "December 2026", Sun Mon ...).
 */
async function pickerSpeaksChinese(page, app) {
  const picker = page.locator('.uib-daypicker:visible').first();
  await expectShown(`${app}'s date picker reads its month as 2026年12月 and its week from 一 to 日`, async () => {
    const title = (await picker.locator('.uib-title').first().innerText()).trim();
    const days = (await picker.locator('thead tr').nth(1).locator('th small').allInnerTexts()).map((t) => t.trim());
    if (!/^\d{4}年\d{1,2}月$/.test(title) || days.join('') !== '一二三四五六日') {
      throw new Error(`reads "${title}", ${days.join(' ')}`);
    }
    return true;
  });
}

/**
 * The step's due date (the server's working-day deadline) is shown to staff, but neither it nor
 * the follow-up date nor the groups can be changed or reset in Tasklist: the server would refuse
 * it (EngineApiGuard). An administrator, whom the server lets, still has the controls.
 */
async function datesAreTheServers(page, task) {
  const meta = page.locator('[cam-tasklist-task-meta]');
  await meta.locator('.due-date').waitFor();
  await page.waitForLoadState('networkidle');
  const offered = async (scope) => scope.locator('a.reset-due-date, a.reset-follow-up-date, '
    + 'a[translate="SET_DUE_DATE"], a[translate="SET_FOLLOW_UP_DATE"], a[translate="ADD_GROUPS"]')
    .evaluateAll((links) => links.filter((a) => a.offsetParent !== null).length);
  if (await offered(meta) !== 0) throw new Error('Tasklist offers staff to change or reset the dates');
  // The office may not open Cockpit: the header's link to the instance there is not offered.
  const cockpitLinks = (scope) => scope.locator('a.instance-link')
    .evaluateAll((links) => links.filter((a) => a.offsetParent !== null).length);
  if (await cockpitLinks(page) !== 0) throw new Error('Tasklist offers the office a link into Cockpit (a 403 page)');
  // Standalone tasks are the administrator's (the server answers 403): 新建任务 is not offered
  // (audit 32b, F11).
  const createTask = await page.locator('.create-task-action a')
    .evaluateAll((links) => links.filter((a) => a.offsetParent !== null).length);
  if (createTask !== 0) throw new Error('Tasklist offers staff 新建任务, which the server refuses');
  await meta.locator('.due-date').click({ force: true });
  await meta.locator('li.groups > span').click({ force: true });
  await page.waitForTimeout(300);
  if (await page.locator('[cam-tasklist-task-meta] .inline-editing, .modal').count() !== 0) {
    throw new Error('a click on the due date or the groups opened an editor for staff');
  }
  const admin = await newPage();
  await login(admin, 'tasklist', 'admin');
  await admin.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  const adminMeta = admin.locator('[cam-tasklist-task-meta]');
  await adminMeta.locator('.due-date').waitFor();
  await waitFor('the date controls for an administrator', async () => await offered(adminMeta) > 0);
  await waitFor('the link into Cockpit for an administrator', async () => await cockpitLinks(admin) > 0);
  // The due date is set, so its field opens the editor with Tasklist's date picker.
  await adminMeta.locator('.due-date').click({ force: true });
  await pickerSpeaksChinese(admin, 'Tasklist');
  await screenshot(admin, 'tasklist-date-picker');
  await admin.close();
  log('due date shown; dates and groups read-only for staff, editable for an administrator; Cockpit link for the administrator only');
}

/**
 * Completes the open task with Tasklist's 完成 button and waits until the engine has it done.
 * (完成 is kept usable by our Tasklist script ogi-forms.js; see the stuck-button checks.)
 */
async function completeTask(page, task) {
  const complete = page.locator('button[ng-click="complete()"]');
  await page.locator('button[ng-click="complete()"]:not([disabled])').waitFor();
  const response = page.waitForResponse((r) => r.request().method() === 'POST'
    && r.url().includes(`/task/${task.id}/submit-form`));
  await complete.click();
  const res = await response;
  if (!res.ok()) throw new Error(`completing ${task.name}: HTTP ${res.status()} ${await res.text()}`);
  await waitFor(`task ${task.name} to be completed`, async () => {
    const r = await fetch(`${BASE}/engine-rest/task/${task.id}`, {
      headers: { Authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}` },
    });
    return r.status === 404;
  });
}

/**
 * Opens a collapsed sub-process in Cockpit's diagram (its drill-down button): the request
 * process draws 办理与答复 collapsed, so its steps are on their own plane (issue 16, point 5).
 */
async function drillDown(page, subProcessId) {
  await page.locator(`.djs-overlays[data-container-id=${subProcessId}] .bjs-drilldown`).first().click();
}

/** Waits until Cockpit's diagram has stopped moving (it zooms to fit after loading). */
async function diagramSettled(page, elementId) {
  await page.locator(`.djs-container svg .djs-element[data-element-id=${elementId}]`).first().waitFor();
  await page.waitForLoadState('networkidle');
  await waitFor('Cockpit to finish loading', async () =>
    (await page.locator('text=正在加载 >> visible=true').count()) === 0);
  let last = null;
  await waitFor('the diagram to settle', async () => {
    const now = await page.locator('.djs-container svg .viewport').first().getAttribute('transform');
    const same = now === last;
    last = now;
    return same;
  }, TIMEOUT, 300);
}

async function reviewTasks(instanceId) {
  return waitFor('the item reviews', async () => {
    const reviews = await rest(`/process-instance?superProcessInstance=${instanceId}`);
    if (reviews.length < ITEMS.length) return null;
    const tasks = [];
    for (const review of reviews) {
      const [task] = await rest(`/task?taskDefinitionKey=Task_ReviewItem&processInstanceId=${review.id}`);
      if (!task) return null;
      tasks.push(task);
    }
    return tasks;
  }, 60_000);
}

// The request: two held items, one releasable and one withheld, so the reply is 部分公开 and
// needs leadership approval.
const ITEMS = [
  { title: '2025 年度行政许可事项办理情况统计表', release: true },
  { title: '2025 年第三季度局务会议纪要（内部讨论部分）', release: false },
];

// ---------------------------------------------------------------- the steps

const steps = [
  ['tasklist-login', async () => {
    state.office = await newPage();
    await login(state.office, 'tasklist', 'wangli');
    await state.office.locator('text=发起流程').first().waitFor();
    await state.office.locator('text=待办任务').first().waitFor();
    await state.office.locator('text=我的待办').first().waitFor();
    await screenshot(state.office, 'tasklist-login');
  }],

  ['date-fields-in-an-english-browser', async () => {
    // An office PC set to English: Camunda Forms would write dates as 12/05/2026 (mm/dd/yyyy).
    // The date fields read 年-月-日 and show the date picked as 2026-12-05.
    const page = await newPage('en-US');
    await login(page, 'tasklist', 'wangli');
    const form = await openStartForm(page);
    const input = field(form, '收到申请日期').locator('input').first();
    await waitFor('the date field to read 年-月-日', async () =>
      (await input.getAttribute('placeholder')) === '年-月-日');
    await input.click();
    await page.locator('.flatpickr-calendar.open .flatpickr-day.today').click();
    await waitFor(`today shown as ${TODAY}`, async () => (await input.inputValue()) === TODAY);
    await screenshot(page, 'date-field-english-browser');
    await page.context().close();
  }],

  ['start-form', async () => {
    const page = state.office;
    const before = new Set((await rest('/process-instance?processDefinitionKey=DisclosureRequest')).map((p) => p.id));
    const form = await openStartForm(page);
    await choose(form, '申请渠道', '信函');
    // The date picker speaks Chinese: months, weeks from Monday.
    await field(form, '收到申请日期').locator('input').first().click();
    await page.locator('.flatpickr-calendar.open').waitFor();
    const weekdays = (await page.locator('.flatpickr-calendar.open .flatpickr-weekday').allInnerTexts()).map((t) => t.trim());
    if (weekdays[0] !== '一') englishFound.push(`date picker: the week starts with "${weekdays[0]}", not 一 (Monday)`);
    await screenshot(page, 'date-picker');
    await fillDate(form, '收到申请日期', TODAY);
    const shown = await field(form, '收到申请日期').locator('input').first().inputValue();
    if (shown !== TODAY) throw new Error(`the date field shows "${shown}", not ${TODAY}`);
    await choose(form, '申请人类型', '自然人');
    await choose(form, '身份证明类型', '居民身份证');
    await fillText(form, '证件号码', '110101199001011237');
    await fillText(form, '通信地址', '示范市人民路 1 号');
    await fillText(form, '特征性描述', '2025 年度本局行政许可事项办理情况统计表及第三季度局务会议纪要');
    await pickRadio(form, '载体形式', '纸质');
    await pickRadio(form, '获取信息的方式', '邮寄');
    // Three wrong fields in the browser: a name typed and deleted, a phone number and an e-mail
    // address that are none. form-js marks each as it is changed, and 发起 waits until all are right.
    await fillText(form, '申请人姓名/名称', '赵');
    await fillText(form, '申请人姓名/名称', '');
    await fillText(form, '联系电话', '12345');
    await fillText(form, '电子邮箱', 'zhao-at-example');
    const submit = page.locator('.modal-footer button.btn-primary').last();
    for (const label of ['申请人姓名/名称', '联系电话', '电子邮箱']) {
      log(`${label}: ${await expectChineseError(fieldError(form, label), label)}`);
    }
    await screenshot(page, 'start-form-three-wrong-fields');
    // Fixed in the browser, but wrong for the server: a future receipt date, a wrong check digit.
    await fillText(form, '申请人姓名/名称', '赵小明');
    await fillText(form, '联系电话', '13800000000');
    await fillText(form, '电子邮箱', 'zhao@example.cn');
    await fillDate(form, '收到申请日期', daysAgo(-1));
    await fillText(form, '证件号码', '110101199001011238');
    const refused = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/submit-form'));
    await submit.click();
    if ((await refused).status() !== 400) throw new Error(`the server took a future date: HTTP ${(await refused).status()}`);
    for (const label of ['收到申请日期', '证件号码']) {
      log(`${label}: ${await expectChineseError(field(form, label).locator('.ogi-server-error'), label)}`);
    }
    await screenshot(page, 'start-form-server-refusal');
    await fillDate(form, '收到申请日期', TODAY);
    await fillText(form, '证件号码', '110101199001011237');
    await screenshot(page, 'start-form');
    const started = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/submit-form'));
    await submit.click();
    const res = await started;
    if (!res.ok()) throw new Error(`start form: HTTP ${res.status()} ${await res.text()}`);
    const instance = await waitFor('the new request', async () =>
      (await rest('/process-instance?processDefinitionKey=DisclosureRequest')).find((p) => !before.has(p.id)));
    state.instance = instance;
    log(`request ${instance.businessKey} started (instance ${instance.id})`);
    // Tasklist's own "流程已发起。" says nothing; the tracking number and 继续办理 are shown.
    await page.locator('.ogi-started', { hasText: instance.businessKey }).waitFor();
    await page.locator('.ogi-started .ogi-continue').waitFor();
    await screenshot(page, 'registered');
    await page.locator('.ogi-started .close').click();
  }],

  ['task-list', async () => {
    // The office's list: the search box finds the case by part of its 受理编号; the
    // list is sorted by the due date it says it sorts by; each entry shows the step's due date and
    // the 答复期限 without being expanded, and no bare priority number.
    const page = await newPage();
    await login(page, 'tasklist', 'wangli');
    const number = state.instance.businessKey;
    const task = await taskOf('Task_CheckCompleteness', state.instance.id);
    // Registration gives the first step to the registering officer (继续办理), else to the group.
    const filter = task.assignee ? '我的待办' : '本组待办';
    await page.locator('.task-filter', { hasText: filter }).first().click();
    await page.locator('.task-filter.active', { hasText: filter }).waitFor();
    const sortLabel = (await page.locator('[cam-sorting-choices] .sort-by').first().innerText()).trim();
    if (!/到期|截止/.test(sortLabel) || /创建/.test(sortLabel)) {
      throw new Error(`the list says it is sorted by "${sortLabel}", not by the due date`);
    }
    // Part of the number (without its prefix), typed and entered as a staff member would.
    const part = number.slice(number.indexOf('-') + 1);
    const input = page.locator('[cam-widget-search] input.main-field');
    await input.fill(part);
    const listed = page.waitForRequest((r) => r.method() === 'POST' && /\/filter\/[^/]+\/list/.test(r.url())
      && (r.postData() || '').includes('processInstanceBusinessKeyLike'));
    await input.press('Enter');
    const query = JSON.parse((await listed).postData());
    if (query.processInstanceBusinessKeyLike !== `%${part}%`) {
      throw new Error(`searched ${JSON.stringify(query.processInstanceBusinessKeyLike)}, not %${part}%`);
    }
    // The sort applied is the one shown.
    const applied = (query.sorting || [])[0] || {};
    if (applied.sortBy !== 'dueDate' || applied.sortOrder !== 'asc') {
      throw new Error(`the list is sorted by ${JSON.stringify(query.sorting)} while it says ${sortLabel}`);
    }
    await page.locator('[cam-widget-search-pill]', { hasText: '受理编号' }).waitFor();
    const entry = page.locator('.tasks-list li.task', { hasText: number });
    await entry.waitFor();
    await waitFor('only the case in the list', async () => (await page.locator('.tasks-list li.task').count()) === 1);
    await entry.locator('h4.task', { hasText: task.name }).waitFor();
    // The step's own due date, as a date, in the entry.
    const dueOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date(task.due.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')));
    const due = entry.locator('.ogi-due');
    await due.waitFor();
    if ((await due.innerText()).trim() !== `本环节办理期限：${dueOn}`) {
      throw new Error(`the entry shows "${(await due.innerText()).trim()}", not 本环节办理期限：${dueOn}`);
    }
    // The filter's columns inside the entry's box, not cut off (no expander to click).
    const replyDue = (await rest(`/process-instance/${state.instance.id}/variables/replyDueDateText`)).value;
    const columns = await entry.evaluate((li) => {
      const box = li.querySelector('.task-card-details').getBoundingClientRect();
      return [...li.querySelectorAll('.variable-item')].map((item) => {
        // The text's own boxes: cut off at the bottom (the expander) or at the right edge.
        const range = document.createRange();
        range.selectNodeContents(item);
        const r = range.getBoundingClientRect();
        return { text: item.innerText.replace(/\s+/g, ' ').trim(),
          shown: r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1
            && r.left >= box.left - 1 && r.right <= box.right + 1 };
      });
    });
    for (const [label, value] of [['受理编号', number], ['答复期限', replyDue]]) {
      const column = columns.find((c) => c.text.startsWith(label));
      if (!column || !column.shown || !column.text.includes(value)) {
        throw new Error(`${label} ${value} is not shown in the entry: ${JSON.stringify(columns)}`);
      }
    }
    if (await entry.locator('.priority').isVisible()) throw new Error('the bare priority number is shown');
    // Hover tooltips name the assignee and the column, not task.assignee or trackingNumber.
    for (const [hovered, what] of [[entry.locator('h5.assignee'), 'the assignee'],
      [entry.locator('.variable-label').first(), 'the 受理编号 column']]) {
      if (!(await hovered.count())) continue;
      await hovered.hover();
      const shown = (await hovered.innerText()).replace(/[:：]\s*$/, '').trim();
      await expectShown(`Tasklist's tooltip of ${what} reads "${shown}"`, async () => {
        const tip = page.locator('.tooltip-inner').last();
        return (await tip.count()) && (await tip.innerText()).trim() === shown;
      }, 5_000);
      await page.mouse.move(0, 0);
    }
    await screenshot(page, 'task-list-search');
    await page.context().close();
  }],

  ['completeness-check', async () => {
    const page = state.office;
    const task = await taskOf('Task_CheckCompleteness', state.instance.id);
    await openTask(page, task);
    await datesAreTheServers(page, task);
    // The header names the process, without the model's version tag (v. 2026年12月版·征求意见对象).
    const header = (await page.locator('h4.process-definition').first().innerText()).trim();
    if (header !== PROCESS_NAME) englishFound.push(`task header: "${header}"`);
    const form = page.locator('.fjs-form').first();
    const number = field(form, '受理编号').locator('input');
    await waitFor('the tracking number on the form', async () => (await number.inputValue()) === state.instance.businessKey);
    // The stuck button: an option that shows a required field, the field touched and left
    // empty (its error shows), then another option that hides it again.
    await pickRadio(form, '审查结论', '需要补正');
    await fillText(form, '补正告知内容', '请补充');
    await fillText(form, '补正告知内容', '');
    await expectChineseError(fieldError(form, '补正告知内容'), '补正告知内容');
    await screenshot(page, 'completeness-check-required');
    await pickRadio(form, '审查结论', '申请内容明确');
    await completeEnabled(page, 'after 需要补正 → 申请内容明确');
    await screenshot(page, 'completeness-check');
    await completeTask(page, task);
  }],

  ['item-split', async () => {
    const page = state.office;
    const task = await taskOf('Task_SearchAndSplit', state.instance.id);
    await openTask(page, task);
    const list = page.locator('.fjs-form .fjs-form-field-dynamiclist').first();
    const rows = list.locator('.fjs-repeat-row-container');
    for (let i = 0; i < ITEMS.length; i += 1) {
      // The list opens with one empty row; further rows come from its 添加一项 button.
      if (await rows.count() <= i) {
        await list.locator('button.fjs-repeat-render-add').click();
        await rows.nth(i).waitFor();
      }
      const row = rows.nth(i);
      await fillText(row, '信息项名称/文号', ITEMS[i].title);
      await choose(row, '检索结果', '本机关保有');
    }
    await list.locator('label').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'item-split');
    await completeTask(page, task);
  }],

  ['legal-review', async () => {
    const tasks = await reviewTasks(state.instance.id);
    state.legal = await newPage();
    await login(state.legal, 'tasklist', 'lina');
    const page = state.legal;
    for (const task of tasks) {
      await openTask(page, task);
      const form = page.locator('.fjs-form').first();
      const titleInput = field(form, '信息项名称/文号').locator('input');
      const title = await waitFor('the item title', async () => titleInput.inputValue());
      const item = ITEMS.find((it) => it.title === title);
      if (!item) throw new Error(`unexpected item ${title}`);
      if (item.release) {
        await pickRadio(form, '审查结论', '可以公开');
        await fillText(form, '审查意见', '经审查，该信息不涉及国家秘密和不宜公开的内容。');
      } else {
        await pickRadio(form, '审查结论', '不予公开');
        await choose(form, '不予公开理由', '6.属于四类过程性信息');
        await fillText(form, '法律依据', '《中华人民共和国政府信息公开条例》第十六条第二款');
        await fillText(form, '审查意见', '会议纪要内部讨论部分属于过程性信息。');
        await screenshot(page, 'legal-review');
      }
      await completeTask(page, task);
    }
  }],

  ['reply-edit', async () => {
    const page = state.office;
    const task = await taskOf('Task_EditReply', state.instance.id);
    await openTask(page, task);
    const form = page.locator('.fjs-form').first();
    const letter = field(form, '答复书').locator('textarea');
    await waitFor('the drafted reply letter', async () => (await letter.inputValue()).length > 20);
    await waitFor('the outcome 部分公开', async () =>
      (await field(form, '答复类型').locator('input').last().inputValue()).includes('部分公开'));
    await screenshot(page, 'reply-edit');
    await completeTask(page, task);
  }],

  ['leadership-approval', async () => {
    const task = await taskOf('Task_ApproveReply', state.instance.id);
    state.leader = await newPage();
    await login(state.leader, 'tasklist', 'chengang');
    await openTask(state.leader, task);
    const form = state.leader.locator('.fjs-form').first();
    await waitFor('the reply letter to approve', async () =>
      (await field(form, '答复书').locator('textarea').inputValue()).length > 20);
    await pickRadio(form, '审批意见', '退回修改');
    await fillText(form, '退回修改意见', '请核对');
    await fillText(form, '退回修改意见', '');
    await expectChineseError(fieldError(form, '退回修改意见'), '退回修改意见');
    await pickRadio(form, '审批意见', '同意');
    await completeEnabled(state.leader, 'after 退回修改 → 同意');
    await screenshot(state.leader, 'leadership-approval');
    // Cockpit shows the leader no task id in the instance's 人工任务 tab: the task's link into
    // Tasklist reads 查看 (ADR 0062). (Checked here: leadership reads only its own tasks.)
    const cockpit = await state.leader.context().newPage();
    const tasks = await rest(`/task?processInstanceId=${state.instance.id}`);
    await cockpit.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${state.instance.id}/runtime?tab=user-tasks-tab`);
    await cockpit.locator('td.task-id a').first().waitFor();
    await expectShown('Cockpit\'s 人工任务 tab shows leadership no task id (its link reads 查看)', async () => {
      const text = await cockpit.locator('body').innerText();
      const ids = tasks.map((t) => t.id).filter((id) => text.includes(id));
      if (ids.length) throw new Error(`shows ${ids.join(', ')}`);
      return (await cockpit.locator('td.task-id a').first().innerText()).trim() === '查看';
    });
    await screenshot(cockpit, 'cockpit-user-tasks-tab');
    await cockpit.close();
    await completeTask(state.leader, task);
  }],

  ['reply-letter-print', async () => {
    // The approved letter as it will be printed (A4 print view of the stored .docx; issue 15).
    await taskOf('Task_DeliverReply', state.instance.id);
    const page = state.office;
    await page.goto(`${BASE}/cases/${state.instance.businessKey}/reply-letter`);
    await page.locator('text=政府信息公开申请答复书').first().waitFor();
    await page.locator('text=〔').first().waitFor(); // the 文号 is there once approved
    await page.setViewportSize({ width: 900, height: 1273 });
    await screenshot(page, 'reply-letter-print');
    await page.setViewportSize({ width: 1440, height: 1000 });
  }],

  ['cockpit-running-instance', async () => {
    await taskOf('Task_DeliverReply', state.instance.id);
    // A leader on a laptop set to Berlin time: the webapps still show Beijing time (the footer
    // says so; cockpit/scripts/ogi-beijing-time.js).
    state.manager = await newPage('zh-CN', 'Europe/Berlin');
    await login(state.manager, 'cockpit', 'chengang');
    await state.manager.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${state.instance.id}/runtime`);
    // The running step is inside the collapsed 办理与答复: drill down to it.
    await state.manager.locator('.djs-container svg .djs-element[data-element-id=SubProcess_Handling]').first().waitFor();
    await drillDown(state.manager, 'SubProcess_Handling');
    await state.manager.locator('text=送达答复书').first().waitFor();
    await diagramSettled(state.manager, 'Task_DeliverReply');
    // Leadership may not change variables (the server refuses it): no such buttons offered.
    const variables = state.manager.locator('[cam-widget-variables-table] tbody tr');
    await variables.first().waitFor();
    for (const button of ['[cam-widget-variables-table] .glyphicon-pencil', '.ctn-toolbar .glyphicon-plus']) {
      if (await state.manager.locator(`${button} >> visible=true`).count()) {
        throw new Error(`Cockpit offers leadership a button the server refuses: ${button}`);
      }
    }
    // The variables in the forms' words: 申请人类型 自然人 (as the start form chose), not
    // applicantType String NATURAL_PERSON,
    // dates as dates (no 2026-12-04T09:00:00), lists with their fields' labels.
    const table = state.manager.locator('[cam-widget-variables-table]').first();
    await expectShown('Cockpit\'s variable table in Chinese (申请人类型：自然人, no names, codes or ISO times)',
      async () => {
        const text = await table.innerText();
        const codes = codesIn(text);
        if (codes.length) throw new Error(`shows ${codes.slice(0, 8).join(', ')}`);
        return text.includes('申请人类型') && text.includes('自然人');
      });
    // No engine id for a non-administrator: the breadcrumb names the case by its 受理编号, the
    // sidebar shows no 实例 ID or 定义键.
    await expectShown('Cockpit names the instance by its 受理编号, not its id, in the breadcrumb',
      async () => {
        const crumbs = await state.manager.locator('.cam-breadcrumb').first().innerText();
        if (crumbs.includes(state.instance.id.slice(0, 8))) throw new Error(`shows ${crumbs}`);
        return crumbs.includes(state.instance.businessKey);
      });
    await expectShown('Cockpit shows leadership no engine id or key', async () => {
      const text = await state.manager.locator('body').innerText();
      const leaked = [state.instance.id, state.instance.definitionId, 'DisclosureRequest']
        .filter((id) => text.includes(id));
      if (leaked.length) throw new Error(`shows ${leaked.join(', ')}`);
      return true;
    });
    await screenshot(state.manager, 'cockpit-running-instance');
    // Nor in the instance's 作业 tab (no job id column; the 人工任务 tab: leadership-approval,
    // ADR 0062).
    const jobs = await rest(`/job?processInstanceId=${state.instance.id}`);
    await state.manager.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${state.instance.id}/runtime?tab=jobs-tab`);
    await state.manager.locator('table.jobs-tab').first().waitFor();
    await expectShown('Cockpit\'s 作业 tab shows leadership no job id', async () => {
      const text = await state.manager.locator('body').innerText();
      const ids = jobs.map((j) => j.id).filter((id) => text.includes(id));
      if (ids.length) throw new Error(`shows ${ids.join(', ')}`);
      return jobs.length === 0 || (await state.manager.locator('table.jobs-tab tbody tr').count()) > 0;
    });
  }],

  ['cockpit-incidents', async () => {
    // An incident, as a step that failed three times leaves one (FailingLetterStepIT): the
    // administrator sets a timer job of a new case to no retries over the engine REST (allowed to
    // camunda-admin alone), and the engine raises a failed-job incident. Leadership reads the
    // instance's 事件 tab in Chinese: the type 作业失败 (Cockpit hard-codes "Failed Job"), the
    // columns, no engine id.
    const key = await registerOverRest(daysAgo(1));
    const [pi] = await rest(`/process-instance?businessKey=${encodeURIComponent(key)}`);
    const [job] = await waitFor('a timer job of the new case', async () =>
      rest(`/job?processInstanceId=${pi.id}&timers=true`).then((jobs) => jobs.length && jobs));
    await rest(`/job/${job.id}/retries`, 'PUT', { retries: 0 });
    await waitFor('the incident', async () =>
      rest(`/incident?processInstanceId=${pi.id}`).then((incidents) => incidents.length));
    const page = state.manager;
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${pi.id}/runtime?tab=incidents-tab`);
    const type = page.locator('td.type').first();
    await type.waitFor();
    await expectShown('Cockpit\'s 事件 tab names a failed job\'s incident 作业失败, not "Failed Job"', async () => {
      const text = (await type.innerText()).trim();
      if (text !== '作业失败') throw new Error(`reads "${text}"`);
      return true;
    });
    await expectShown('Cockpit\'s 事件 tab says an incident without a message has none in Chinese (消息为空)', async () => {
      const text = (await page.locator('td.message').first().innerText()).trim();
      if (text !== '消息为空') throw new Error(`reads "${text}"`);
      return true;
    });
    await expectShown('Cockpit\'s 事件 tab has Chinese column heads and shows leadership no engine id', async () => {
      const heads = (await page.locator('thead').filter({ has: page.locator('th.type') }).first().innerText());
      const text = await page.locator('body').innerText();
      const leaked = [pi.id, job.id, pi.definitionId].filter((id) => text.includes(id));
      if (leaked.length) throw new Error(`shows ${leaked.join(', ')}`);
      if (!heads.includes('消息') || !heads.includes('类型')) throw new Error(`heads read ${heads.replace(/\s+/g, ' ')}`);
      return true;
    });
    // The retry the server refuses leadership (job retries are administrators') is not offered.
    await expectShown('Cockpit\'s 事件 tab offers leadership no retry of the failed job', async () =>
      await page.locator('a[ng-click="openJobRetryDialog(incident)"]:visible').count() === 0);
    await screenshot(page, 'cockpit-incidents');
  }],

  ['deadline-overview', async () => {
    // Two more requests, registered over REST as the office with earlier receipt dates, so the
    // overview has an overdue case and (without holidays in between) one due within 3 working days.
    const overdue = await registerOverRest(daysAgo(45));
    await registerOverRest(daysAgo(25));
    const page = state.manager;
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/dashboard`);
    await page.locator('.ogi-deadline-summary table').waitFor();
    await page.locator('a[href="#/ogi-deadlines"]').first().click();
    await page.locator('.ogi-deadlines[data-loaded=true]').waitFor();
    await page.locator(`#ogi-overdue + table tr[data-tracking-number="${overdue}"]`).waitFor();
    const ours = page.locator(`tr[data-tracking-number="${state.instance.businessKey}"]`);
    await ours.locator('text=送达答复书').waitFor();
    await screenshot(page, 'deadline-overview');
    await ours.locator('a').click();
    await page.locator(`text=${state.instance.businessKey}`).first().waitFor();
    await page.locator('.djs-container svg .djs-element[data-element-id=SubProcess_Handling]').first().waitFor();
    await drillDown(page, 'SubProcess_Handling');
    await diagramSettled(page, 'Task_DeliverReply');
  }],

  ['ledger-search', async () => {
    // 办件台账 from Cockpit's menu, same login: search by tracking number, open the case page.
    const page = state.manager;
    const number = state.instance.businessKey;
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/dashboard`);
    await page.locator('a[href="/ledger"]').first().click();
    await page.locator('body[data-loaded=true]').waitFor();
    await page.locator('#f-trackingNumber').fill(number);
    await page.locator('#ogi-search-button').click();
    // The unfiltered list may already show the case: wait for the answer to the search.
    await page.locator('#ogi-summary:has-text("共 1 件")').waitFor();
    const row = page.locator(`tr.ogi-case[data-tracking-number="${number}"]`);
    await row.waitFor();
    if (await page.locator('tr.ogi-case').count() !== 1) throw new Error('the search by tracking number found more than one case');
    await row.locator('text=送达答复书').waitFor();
    await screenshot(page, 'ledger');
    await row.locator(`a:text("${number}")`).click();
    await page.locator('body[data-loaded=true]').waitFor();
    await page.locator('text=信息项与保密审查').waitFor();
    await screenshot(page, 'ledger-case');
  }],

  ['leadership-view', async () => {
    // 领导视图: charts drawn by ECharts, and the outcome figures equal the annual report's table 三.
    const page = state.manager;
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/dashboard`);
    await page.locator('a[href="/ledger/leadership"]').first().click();
    await page.locator('body[data-loaded=true]').waitFor();
    await page.locator('#chart-intake canvas').waitFor();
    const year = (await page.locator('#f-year').inputValue()).trim();
    const response = await page.request.get(`${BASE}/api/reports/${year}`);
    if (!response.ok()) throw new Error(`report ${year}: HTTP ${response.status()}`);
    const t3 = (await response.json()).tables.find((t) => t.id === 't3');
    const cells = {};
    t3.rows.forEach((r) => r.cells.forEach((c) => { cells[c.id] = c.value; }));
    const rows = page.locator('table[data-figures="table-outcomes"] tr[data-key]');
    const n = await rows.count();
    if (n === 0) throw new Error('no outcome figures on the page');
    for (let i = 0; i < n; i++) {
      const key = await rows.nth(i).getAttribute('data-key');
      const shown = Number((await rows.nth(i).locator('a').innerText()).trim());
      if (shown !== cells[`t3.o${key}.TOTAL`]) throw new Error(`outcome ${key}: page ${shown}, report ${cells[`t3.o${key}.TOTAL`]}`);
    }
    await screenshot(page, 'leadership-view');
  }],

  ['reply-delivery', async () => {
    const page = state.office;
    const task = await taskOf('Task_DeliverReply', state.instance.id);
    await openTask(page, task);
    const form = page.locator('.fjs-form').first();
    await pickRadio(form, '送达方式', '邮寄');
    await fillDate(form, '送达日期', TODAY);
    // A posted reply starts the appeal periods only once signed for (README, "Appeal window");
    // here the return receipt is back the same day.
    await fillDate(form, '申请人签收日期', TODAY);
    await fillText(form, '送达说明', '挂号信寄出，回执已收回。');
    await screenshot(page, 'reply-delivery');
    await completeTask(page, task);
    // The case now waits out the appeal window (6 months for a lawsuit): the test lets that time
    // pass by running the window's timer through the REST API.
    const [timer] = await waitFor('the appeal window', async () => {
      const instance = await rest(`/process-instance/${state.instance.id}/activity-instances`);
      const waiting = instance.childActivityInstances.some((a) => a.activityId === 'Gateway_AppealEvents');
      return waiting && rest(`/job?processInstanceId=${state.instance.id}&timers=true`);
    }, 60_000);
    await rest(`/job/${timer.id}/execute`, 'POST');
    await waitFor('the request to finish', async () =>
      (await rest(`/history/process-instance/${state.instance.id}`)).state === 'COMPLETED', 60_000);
    log(`request ${state.instance.businessKey} completed`);
  }],

  ['cockpit-definition', async () => {
    // Cockpit CE has no view of a finished instance (history views are Enterprise only): the
    // manager saw the instance while it ran (above) and now sees the definition's diagram.
    const page = state.manager;
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-definition/${state.instance.definitionId}/runtime`);
    await diagramSettled(page, 'Task_CheckCompleteness');
    // The instance list's 开始时间 reads 2026-12-04 09:00:00 (Cockpit's default was 2026-12-04T09:00:00).
    await expectShown('Cockpit\'s instance list shows start times without the ISO "T"', async () => {
      const text = await page.locator('body').innerText();
      const iso = text.match(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
      if (iso) throw new Error(`shows ${iso[0]}`);
      return /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(text);
    });
    // ... in Beijing time in a browser set to Berlin: the instances' start times as the engine
    // has them at +08:00 (Berlin's clock would read 7 hours earlier).
    const running = await rest(`/process-instance?processDefinitionId=${encodeURIComponent(state.instance.definitionId)}`);
    const starts = await Promise.all(running.map(async (pi) => (await rest(`/history/process-instance/${pi.id}`)).startTime));
    const beijing = starts.map((t) => new Date(t.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')))
      .map((d) => new Date(d.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19));
    await expectShown('Cockpit shows start times in Beijing time in a browser set to Berlin', async () => {
      const text = await page.locator('body').innerText();
      return beijing.length > 0 && beijing.some((t) => text.includes(t));
    });
    // The instance list's ids read 查看 for a non-administrator; the processes page has no 键.
    await expectShown('Cockpit\'s instance list shows leadership no instance id', async () => {
      const text = await page.locator('body').innerText();
      const ids = running.map((pi) => pi.id).filter((id) => text.includes(id));
      if (ids.length) throw new Error(`shows ${ids.join(', ')}`);
      return text.includes('查看');
    });
    await screenshot(page, 'cockpit-definition');
    // A date typed into the search means Beijing time too (ADR 0062): 开始日期 晚于 one hour
    // before the earliest running instance started, as Beijing's clock read it, lists them all
    // (read in Berlin's zone, the criterion lay 6 to 7 hours later and listed none). The pill
    // and the date picker's preview read the time as typed, and the query names that instant.
    const earliest = new Date(Math.floor(Math.min(...starts.map((t) =>
      new Date(t.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')).getTime())) / 1000) * 1000);
    const typed = new Date(earliest.getTime() + 8 * 3600_000 - 3600_000).toISOString().slice(0, 19);
    const criterion = JSON.stringify([{ type: 'startedDate', operator: 'After', value: typed, name: '' }]);
    const queried = page.waitForRequest((r) => r.method() === 'POST'
      && /\/process-instance\?/.test(r.url()) && (r.postData() || '').includes('startedAfter'));
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-definition/${state.instance.definitionId}/runtime?searchQuery=${encodeURIComponent(criterion)}`);
    const sent = JSON.parse((await queried).postData()).startedAfter;
    const sentInstant = new Date(sent.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')).getTime();
    if (sentInstant !== earliest.getTime() - 3600_000) {
      englishFound.push(`Cockpit's search reads ${typed} (typed, Beijing time) as ${sent}, not ${new Date(earliest.getTime() - 3600_000).toISOString()}`);
    }
    const shownTyped = typed.replace('T', ' ');
    const pill = page.locator('[cam-widget-search-pill]').first();
    await expectShown(`Cockpit's search pill reads the typed Beijing time ${shownTyped}`, async () =>
      (await pill.innerText()).includes(shownTyped));
    const runningKeys = running.map((pi) => pi.businessKey);
    await expectShown('Cockpit lists the instances started after a time typed in Beijing time (browser in Berlin)', async () => {
      const text = await page.locator('body').innerText();
      const missing = runningKeys.filter((k) => !text.includes(k));
      if (missing.length) throw new Error(`does not list ${missing.join(', ')}`);
      return true;
    });
    await pill.locator('.value-field .view-value').first().click();
    await expectShown(`Cockpit's date picker previews the criterion as typed (${shownTyped})`, async () =>
      (await pill.locator('.preview').first().innerText()).includes(shownTyped));
    // (the inline field's picker is appended to the page's body, not inside the pill)
    await pickerSpeaksChinese(page, 'Cockpit');
    await screenshot(page, 'cockpit-search-by-date');
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`);
    await page.locator('td.name a').first().waitFor();
    await expectShown('Cockpit\'s processes page shows leadership no 键 (process keys)', async () => {
      const text = await page.locator('body').innerText();
      if (text.includes('DisclosureRequest')) throw new Error('shows DisclosureRequest');
      return text.includes('政府信息公开');
    });
    // 部署 opened by its address sends a non-administrator to the dashboard.
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/repository`);
    await expectShown('Cockpit\'s 部署 page, opened by its address, sends leadership away', async () =>
      !page.url().includes('#/repository'));
  }],

  ['cockpit-decisions', async () => {
    // Cockpit's decision pages for an auditor and for leadership (audit 32b F2): the decision
    // table (dmn-js) and an evaluation of it in Chinese, its entries by the forms' option labels
    // (申请内容明确, not "COMPLETE" or "NOT_A_REQUEST"), no engine id or key (the definition's id,
    // the calling instance's id, DisclosureRequest, the activity id Business_DecideOutcome).
    const [evaluation] = await waitFor('an evaluation of ReplyOutcome', async () =>
      rest('/history/decision-instance?decisionDefinitionKey=ReplyOutcome&sortBy=evaluationTime&sortOrder=desc&maxResults=1')
        .then((list) => list.length && list));
    const [approval] = await waitFor('an evaluation of ApprovalRequired', async () =>
      rest('/history/decision-instance?decisionDefinitionKey=ApprovalRequired&sortBy=evaluationTime&sortOrder=desc&maxResults=1')
        .then((list) => list.length && list));
    const ENGLISH = ['When', 'And', 'Then', 'Hit policy', 'First', 'Annotations', 'View DRD',
      'string', 'integer', 'boolean', 'Decision name', 'Input label', 'Input type', 'Output label',
      'Output type', 'Rules may overlap'];
    async function decisionPageSpeaksChinese(page, what, hash, ids, expected) {
      await page.goto(`${BASE}/camunda/app/cockpit/default/${hash}`);
      await page.locator('.dmn-decision-table-container td.output-cell').first().waitFor();
      // a table's page lists its evaluations (调用方流程, 活动标识) as far as the user may read
      // them (leadership reads none): read once the list is there
      if (hash.startsWith('#/decision-definition/')) {
        await page.locator('table.decision-instances tbody tr, :text("没有符合当前筛选条件的决策实例")').first().waitFor();
      }
      await expectShown(`Cockpit's ${what} in Chinese, without codes, variable names or engine ids`, async () => {
        const text = await page.evaluate(() => {
          const parts = [document.title, document.body.innerText];
          document.querySelectorAll('[title]').forEach((el) => {
            if (el.offsetParent !== null && !el.classList.contains('bjs-powered-by')) parts.push(el.getAttribute('title'));
          });
          return parts.join('\n');
        });
        const leaked = [
          ...ids.filter((id) => text.includes(id)),
          ...ENGLISH.filter((word) => new RegExp(`(^|[^A-Za-z])${word}([^A-Za-z]|$)`).test(text)),
          ...codesIn(text),
          ...(text.match(/"[^"\n]*"|= [A-Z]{3,}\b/g) || []),
        ];
        if (leaked.length) throw new Error(`shows ${[...new Set(leaked)].slice(0, 12).join(', ')}`);
        const missing = expected.filter((t) => !text.includes(t));
        if (missing.length) throw new Error(`does not show ${missing.join(', ')}`);
        return true;
      });
    }
    const auditor = await newPage();
    await login(auditor, 'cockpit', 'sunyue');
    const idsOf = (d) => [d.id, d.decisionDefinitionId, d.decisionDefinitionKey, d.processInstanceId,
      d.processDefinitionId, d.processDefinitionKey, d.activityId].filter(Boolean);
    await decisionPageSpeaksChinese(auditor, 'evaluation of 确定答复类型 (auditor)',
      `#/decision-instance/${evaluation.id}`, idsOf(evaluation), ['当', '命中策略', '申请内容审查结论', '申请内容明确', '说明']);
    await screenshot(auditor, 'cockpit-decision-instance');
    await decisionPageSpeaksChinese(auditor, 'decision table 确定答复类型 (auditor)',
      `#/decision-definition/${evaluation.decisionDefinitionId}`, idsOf(evaluation),
      ['当', '首条命中', '不予处理类型', '信访、举报、投诉类申请', '（五）不予处理 1.信访举报投诉类申请', '等于信息项数量']);
    await screenshot(auditor, 'cockpit-decision-definition');
    await auditor.context().close();
    const leader = await newPage();
    await login(leader, 'cockpit', 'chengang');
    await decisionPageSpeaksChinese(leader, 'decision table 是否需领导审批 (leadership)',
      `#/decision-definition/${approval.decisionDefinitionId}`, idsOf(approval), ['则', '同意公开', '是']);
    await screenshot(leader, 'cockpit-decision-approval');
    await leader.context().close();
  }],

  ['audit-trail', async () => {
    // The audit trail is Chinese only, in the webapps' session (chengang is leadership).
    const page = state.manager;
    await page.goto(`${BASE}/audit/cases/${state.instance.businessKey}`);
    await page.locator('h1', { hasText: '办理过程记录' }).waitFor();
    const text = await page.locator('body').innerText();
    for (const code of ['DisclosureRequest', 'DELIVERED', 'CLOSED', 'DeleteHistory', '=', 'WITHHOLD', 'PROCESS_INFO']) {
      if (text.includes(code)) englishFound.push(`audit trail: "${code}"`);
    }
    // Variable names (camelCase) and codes (UPPER_CASE) are not for staff.
    const identifier = text.match(/\b([a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}_[A-Z_]+)\b/);
    if (identifier) englishFound.push(`audit trail: "${identifier[0]}"`);
    await screenshot(page, 'audit-trail');
    await page.goto(`${BASE}/audit/cases`);
    await page.locator('input[name=trackingNumber]').waitFor();
    await screenshot(page, 'audit-search');
    // legal may not read the audit trail: a Chinese page, not JSON.
    await state.legal.goto(`${BASE}/audit/cases/${state.instance.businessKey}`);
    await state.legal.locator('h1', { hasText: '无权访问' }).waitFor();
    await screenshot(state.legal, 'audit-refused');
  }],

  ['public-pages', async () => {
    const page = await newPage();
    await page.goto(`${BASE}/public/index.html`);
    await page.locator('#agency-name', { hasText: '示范市' }).waitFor();
    await page.locator('#agency-contact-list dd').first().waitFor();
    if ((await page.locator('body').innerText()).includes('openapi')) throw new Error('developer text on the public page');
    await screenshot(page, 'public-page');
    await page.goto(`${BASE}/catalogue`);
    await page.locator('h1', { hasText: '政府信息公开目录' }).waitFor();
    await screenshot(page, 'public-catalogue');
  }],

  ['admin-authorizations', async () => {
    // Admin's authorizations of the process definitions: the permissions read in Chinese, also
    // in the edit menu of a row (the scan of the screenshots fails on READ, ALL, TASK_WORK, ...).
    const page = await newPage();
    await login(page, 'admin', 'admin');
    await page.goto(`${BASE}/camunda/app/admin/default/#/authorization?resource=6`);
    const cells = page.locator('td.permissions');
    await cells.first().waitFor();
    await waitFor('the permissions in Chinese', async () =>
      (await cells.allInnerTexts()).some((t) => t.includes('读取')));
    await screenshot(page, 'admin-authorizations');
    await page.locator('a[ng-click="updateAuthorization(authorization)"]').first().click();
    await page.locator('td.permissions .dropdown-toggle').first().click();
    await page.locator('td.permissions .dropdown-menu li').first().waitFor();
    await screenshot(page, 'admin-authorization-edit');
    await page.context().close();
  }],

  ['admin-date-picker', async () => {
    // Admin's date picker (系统 → 执行指标, 合同开始日期) speaks Chinese as Cockpit's and
    // Tasklist's do (ADR 0062: ogi-beijing-time.js gives every webapp's picker Chinese months and
    // a week from Monday).
    const page = await newPage();
    await login(page, 'admin', 'admin');
    await page.goto(`${BASE}/camunda/app/admin/default/#/system?section=system-settings-metrics`);
    await page.locator('#startDate a').first().click();
    await page.locator('.uib-daypicker:visible').first().waitFor();
    await pickerSpeaksChinese(page, 'Admin');
    await screenshot(page, 'admin-date-picker');
    await page.context().close();
  }],

  ['navigation-by-role', async () => {
    // Each role is shown only links that open for it (security/StaffLinks). The auditor: Cockpit's
    // menu has 合规检查 and 年度报告 but no 领导视图, the ledger no Tasklist links.
    const auditor = await newPage();
    await login(auditor, 'cockpit', 'sunyue');
    await auditor.goto(`${BASE}/camunda/app/cockpit/default/#/dashboard`);
    await auditor.locator('a[data-page="annual_report"]').first().waitFor();
    await auditor.locator('a[data-page="ledger"]').first().waitFor();
    if (await auditor.locator('a[href="/ledger/leadership"]').count() !== 0) throw new Error('Cockpit shows the auditor 领导视图');
    // 人工任务: open tasks by group, named (政府信息公开办公室), not by id (office). The page counts
    // unassigned tasks by group: one more request, its first step handed back to the group.
    const unassigned = await registerOverRest(daysAgo(1));
    const [first] = await waitFor('the new request\'s first task', async () =>
      rest(`/task?processInstanceBusinessKey=${unassigned}`).then((tasks) => tasks.length && tasks));
    if (first.assignee) await rest(`/task/${first.id}/unclaim`, 'POST');
    await auditor.goto(`${BASE}/camunda/app/cockpit/default/#/tasks`);
    await expectShown('Cockpit\'s 人工任务 names the groups (政府信息公开办公室, not office)', async () => {
      const text = await auditor.locator('body').innerText();
      const ids = text.match(/(^|[^A-Za-z-])(office|legal|leadership|auditor)([^A-Za-z-]|$)/m);
      if (ids) throw new Error(`shows the group id ${ids[2]}`);
      return text.includes('政府信息公开办公室');
    });
    await screenshot(auditor, 'cockpit-human-tasks');
    await auditor.goto(`${BASE}/camunda/app/cockpit/default/#/dashboard`);
    await auditor.locator('a[data-page="annual_report"]').first().waitFor();
    await auditor.locator('a[data-page="compliance"]').first().click();
    await auditor.locator('h1', { hasText: '政府信息公开合规检查' }).waitFor();
    const complianceNav = await auditor.locator('nav.ogi-nav').innerText();
    if (complianceNav.includes('任务列表') || complianceNav.includes('领导视图')) throw new Error(`合规检查 offers the auditor: ${complianceNav}`);
    await auditor.locator('nav.ogi-nav a[data-page="ledger"]').click();
    await auditor.locator('body[data-loaded=true]').waitFor();
    if (await auditor.locator('a[href*="/camunda/app/tasklist/"]').count() !== 0) throw new Error('the ledger links the auditor into Tasklist');
    await screenshot(auditor, 'auditor-ledger');
    await auditor.context().close();

    // Welcome: the office sees 办件台账 and 领导视图 but no 编辑个人资料 (administrators only);
    // legal sees none of our pages.
    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    await office.locator('.custom-link-wrapper a[href="/ledger/leadership"]').waitFor();
    await office.locator('.custom-link-wrapper a[href^="/reports/"]').waitFor();
    await office.locator('a[ng-click="showForm(\'password\')"]').waitFor();
    if (await office.locator('a[ng-click="showForm(\'profile\')"]').isVisible()) throw new Error('Welcome offers the office 编辑个人资料');
    await screenshot(office, 'welcome-office');
    await office.context().close();
    const legal = await newPage();
    await login(legal, 'welcome', 'lina');
    await legal.locator('a[ng-click="showForm(\'password\')"]').waitFor();
    await legal.locator('html[data-ogi-links=loaded]').waitFor({ state: 'attached' });
    await legal.locator('.custom-link-wrapper a[href="/ledger"]').waitFor({ state: 'attached' });
    if (await legal.locator('.custom-link-wrapper:visible').count() !== 0) throw new Error('Welcome shows legal a page it may not open');
    await legal.context().close();
  }],

  ['ledger-case-actions', async () => {
    // The office records an applicant's withdrawal on the case page (ADR 0093): the form the
    // server offers, a date the server refuses shown on its field with nothing written, then the
    // withdrawal with a link to the 终止办理告知书 it issued. An auditor is offered nothing.
    const number = await registerOverRest(TODAY);
    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(number)}`);
    await office.locator('body[data-loaded=true]').waitFor();
    const offered = office.locator('.ogi-actions details[data-action=withdrawal]');
    await offered.locator('summary', { hasText: '登记撤回申请' }).click();
    const form = offered.locator('form');
    const date = form.locator('input[name=withdrawnOn]');
    if (await date.getAttribute('placeholder') !== '年-月-日，如 2026-01-01') throw new Error('the withdrawal date does not read 年-月-日');
    await date.fill(daysAgo(-1)); // tomorrow: the server refuses it
    await form.locator('select[name=withdrawalForm]').selectOption({ label: '书面' });
    await form.locator('textarea[name=withdrawalReason]').fill('申请人来函表示不再需要该信息');
    await form.locator('button.ogi-action-submit').click();
    const confirm = form.locator('.ogi-confirm');
    await confirm.locator('text=确认登记撤回申请？本操作将终止办理本申请并生成终止办理告知书').waitFor();
    await screenshot(office, 'case-withdrawal-confirm');
    await confirm.locator('button.ogi-confirm-yes', { hasText: '确认' }).click();
    const refused = form.locator('.ogi-field-error[data-for=withdrawnOn]');
    await refused.filter({ hasText: '撤回申请日期不能晚于今天' }).waitFor();
    await expectChineseError(refused, 'the withdrawal date refused');
    if (await form.locator('input[name=withdrawnOn].ogi-invalid').count() !== 1) throw new Error('the refused date is not marked on its field');
    if ((await form.locator('.ogi-error[data-for=form]').innerText()).trim() !== '') throw new Error('the date\'s refusal is shown for the whole form');
    await screenshot(office, 'case-withdrawal-refused');
    const still = await (await office.request.get(`${BASE}/api/ledger/cases/${encodeURIComponent(number)}`)).json();
    if (!still.actions.withdrawal || still.outcomeLabel) throw new Error('a refused withdrawal changed the case');

    await date.fill(TODAY);
    await form.locator('button.ogi-action-submit').click();
    await confirm.locator('button.ogi-confirm-yes').click();
    const notice = office.locator('#ogi-notice');
    await notice.locator('text=已登记申请人撤回申请').waitFor();
    await office.locator('body[data-loaded=true]').waitFor();
    await office.locator('.ogi-request', { hasText: '申请人撤回申请' }).waitFor();
    if (await office.locator('.ogi-actions details[data-action=withdrawal]').count() !== 0) throw new Error('the page still offers the withdrawal');
    await screenshot(office, 'case-withdrawn');
    const letter = notice.locator('a.ogi-letter-link', { hasText: '查看终止办理告知书' });
    const href = await letter.getAttribute('href');
    if (!href || !href.startsWith(`/cases/${number}/letters/`)) throw new Error(`the letter link is ${href}`);
    await letter.click();
    await office.locator('body', { hasText: '终止办理告知书' }).waitFor();
    await office.context().close();

    const running = await registerOverRest(TODAY);
    const auditor = await newPage();
    await login(auditor, 'cockpit', 'sunyue');
    await auditor.goto(`${BASE}/ledger/cases/${encodeURIComponent(running)}`);
    await auditor.locator('body[data-loaded=true]').waitFor();
    if (await auditor.locator('.ogi-actions, form.ogi-action-form').count() !== 0) throw new Error('the case page offers the auditor a registration');
    await auditor.context().close();
  }],

  ['ledger-fee-correction', async () => {
    // 更正或撤销收费通知 on a case charged per page (1,500 pages, 54,700 元; ADR 0086, 0093): no
    // choice, pages that are no number and pages that would charge more are each refused in
    // Chinese on their field with nothing written; 150 pages issue a 更正收费通知书 (1,700 元),
    // which the page links and the office opens. Legal, leadership and the auditor get no form.
    const number = await chargedPerPageOverRest(1500);
    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(number)}`);
    await office.locator('body[data-loaded=true]').waitFor();
    const offered = office.locator('.ogi-actions details[data-action=feeCorrection]');
    await offered.locator('summary', { hasText: '更正或撤销收费通知' }).click();
    const form = offered.locator('form');
    await form.locator('p', { hasText: /现行收费通知：.*按量计收，金额 54700 元，尚未缴费。/ }).waitFor();
    const reason = form.locator('textarea[name=reason]');
    const pages = form.locator('input[name=pageCount]');
    const send = async () => {
      await form.locator('button.ogi-action-submit').click();
      await form.locator('.ogi-confirm button.ogi-confirm-yes', { hasText: '确认' }).click();
    };
    const refusedOn = async (name, text, what) => {
      const error = form.locator(`.ogi-field-error[data-for=${name}]`);
      await error.filter({ hasText: text }).waitFor();
      const shown = await expectChineseError(error, what);
      if (/REDUCE|WITHDRAW|PER_PAGE|pageCount|action/.test(shown || '')) throw new Error(`${what}: shows a code: "${shown}"`);
      if (await form.locator(`[name=${name}].ogi-invalid`).count() !== 1) throw new Error(`${what}: not marked on its field`);
      if ((await form.locator('.ogi-error[data-for=form]').innerText()).trim() !== '') throw new Error(`${what}: shown for the whole form`);
      return shown;
    };

    await reason.fill('页数误录为1500页，实际为150页');
    await send();
    log(`no choice: ${await refusedOn('action', '请选择更正方式', 'the fee correction without a choice')}`);
    await form.locator('select[name=action]').selectOption({ label: '减少收费金额' });
    await pages.fill('一百五十');
    await send();
    log(`pages not a number: ${await refusedOn('pageCount', '页数应为1至100000的整数', 'the corrected pages not a number')}`);
    await pages.fill('2000');
    await send();
    log(`more pages: ${await refusedOn('pageCount', '高于原收费通知的54700元', 'the corrected pages charging more')}`);
    await sectionSpeaksChinese(office, 'the fee correction refused', [number]);
    await screenshot(office, 'case-fee-correction-refused');
    const still = await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`);
    if (!still.actions.feeCorrection || still.actions.feeCorrection.amount !== '54700'
        || still.letters.some((l) => l.title.includes('更正收费通知书'))) {
      throw new Error('a refused fee correction changed the case');
    }

    await pages.fill('150');
    await form.locator('button.ogi-action-submit').click();
    await form.locator('.ogi-confirm-text', { hasText: '确认更正收费通知？将发出更正收费通知书' }).waitFor();
    await form.locator('.ogi-confirm button.ogi-confirm-yes').click();
    const notice = office.locator('#ogi-notice');
    await notice.locator('text=已更正收费通知：收费金额由 54700 元改为 1700 元。').waitFor();
    await office.locator('body[data-loaded=true]').waitFor();
    // The new notice is in force and waits for its service: offered again, for 1,700 元.
    await office.locator('.ogi-actions details[data-action=feeCorrection] form p', { hasText: '金额 1700 元' })
      .waitFor({ state: 'attached' });
    await office.locator('table a', { hasText: '更正收费通知书' }).first().waitFor();
    await sectionSpeaksChinese(office, 'the fee corrected', [number]);
    await screenshot(office, 'case-fee-corrected');
    const letter = notice.locator('a.ogi-letter-link', { hasText: '查看更正收费通知书' });
    const href = await letter.getAttribute('href');
    if (!href || !href.startsWith(`/cases/${number}/letters/`)) throw new Error(`the letter link is ${href}`);
    if (!(await notice.innerText()).includes('费更〔')) throw new Error('the notice does not name the new 文号');
    await letter.click();
    await office.locator('body', { hasText: '更正收费通知书' }).waitFor();
    await office.locator('body', { hasText: '1700' }).waitFor();
    await screenshot(office, 'fee-correction-notice');
    await office.context().close();

    await noRegistrationsFor(number);
  }],

  ['ledger-date-correction', async () => {
    // 更正日期 (issue 14 point 11, ADR 0093): on a running case the receipt date, on a withdrawn
    // one the withdrawal's day (its 终止办理告知书 states the receipt date, which is then no longer
    // corrected). A day after today, one before the receipt and one that is no date are refused
    // in Chinese on 更正后的日期, nothing written; a correction is recorded and the page shows the
    // API's warnings (the withdrawal's: the issued notice states the old day).
    const running = await registerOverRest(TODAY);
    const withdrawn = await registerOverRest(daysAgo(2));
    await api('wangli', `/api/cases/${encodeURIComponent(withdrawn)}/withdrawal`, 'POST',
      { withdrawnOn: TODAY, withdrawalForm: 'WRITTEN', withdrawalReason: '申请人来函撤回申请' });
    const office = await newPage();
    await login(office, 'welcome', 'wangli');

    const correct = async (number, field, label, from, refusals, to) => {
      await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(number)}`);
      await office.locator('body[data-loaded=true]').waitFor();
      const offered = office.locator('.ogi-actions details[data-action=dateCorrection]');
      await offered.locator('summary', { hasText: '更正日期' }).click();
      const form = offered.locator('form');
      const choices = (await form.locator('select[name=field] option').allInnerTexts()).map((t) => t.trim());
      const wanted = choices.find((c) => c.startsWith(`${label}（现为 `));
      if (!wanted) throw new Error(`更正日期 offers ${choices.join('、')}, not ${label}`);
      const date = form.locator('input[name=newDate]');
      if (await date.getAttribute('placeholder') !== '年-月-日，如 2026-01-01') throw new Error('更正后的日期 does not read 年-月-日');
      await form.locator('select[name=field]').selectOption({ label: wanted });
      await form.locator('textarea[name=reason]').fill(`${label}登记有误，按来函落款日期更正`);
      const error = form.locator('.ogi-field-error[data-for=newDate]');
      for (const [day, text] of refusals) {
        await date.fill(day);
        await form.locator('button.ogi-action-submit').click();
        await form.locator('.ogi-confirm-text', { hasText: `确认将${label}由 ` }).waitFor();
        await form.locator('.ogi-confirm button.ogi-confirm-yes').click();
        await error.filter({ hasText: text }).waitFor();
        const shown = await expectChineseError(error, `${label} ${day} refused`);
        if (/[A-Za-z]{2,}/.test(shown || '')) throw new Error(`${label} ${day}: shows "${shown}"`);
        if (await form.locator('input[name=newDate].ogi-invalid').count() !== 1) throw new Error(`${label} ${day}: not marked on 更正后的日期`);
        if ((await form.locator('.ogi-error[data-for=form]').innerText()).trim() !== '') throw new Error(`${label} ${day}: shown for the whole form`);
        log(`${label} ${day}: ${shown}`);
      }
      await sectionSpeaksChinese(office, `${label} refused`, [number]);
      await screenshot(office, `case-date-correction-refused-${field}`);
      const before = (await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`))
        .actions.dateCorrection.fields.find((f) => f.value === field).current;
      if (before !== from) throw new Error(`a refused correction changed ${label} from ${from} to ${before}`);

      await date.fill(to);
      const answered = office.waitForResponse((r) => r.request().method() === 'POST'
        && r.url().includes(`/api/cases/${encodeURIComponent(number)}/date-corrections`) && r.status() === 201);
      await form.locator('button.ogi-action-submit').click();
      await form.locator('.ogi-confirm button.ogi-confirm-yes').click();
      const answer = await (await answered).json();
      const notice = office.locator('#ogi-notice');
      await notice.locator(`text=已将${label}由 ${before} 更正为 ${to}。`).waitFor();
      await office.locator('body[data-loaded=true]').waitFor();
      const shownWarnings = (await notice.locator('li').allInnerTexts()).map((t) => t.trim());
      if (JSON.stringify(shownWarnings) !== JSON.stringify(answer.warnings || [])) {
        throw new Error(`the page shows the warnings ${JSON.stringify(shownWarnings)}, the API answered ${JSON.stringify(answer.warnings)}`);
      }
      if (!answer.warnings.length && (await notice.innerText()).includes('请注意')) throw new Error('请注意 without a warning');
      const after = (await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`))
        .actions.dateCorrection.fields.find((f) => f.value === field);
      if (!after || after.current !== to) throw new Error(`${label} reads ${after && after.current} after the correction`);
      await sectionSpeaksChinese(office, `${label} corrected`, [number]);
      await screenshot(office, `case-date-corrected-${field}`);
      return answer.warnings;
    };

    await correct(running, 'receivedOn', '收到申请日期', TODAY, [
      [daysAgo(-1), '收到申请日期不得晚于今天'],
      ['2000-01-01', '收到申请日期不能早于'],
      ['2026年1月1日', '更正后的日期格式应为 年-月-日'],
    ], daysAgo(1));
    const warnings = await correct(withdrawn, 'withdrawnOn', '撤回申请日期', TODAY, [
      [daysAgo(-1), '撤回申请日期不得晚于今天'],
      [daysAgo(3), '撤回申请日期不能早于收到申请日期'],
    ], daysAgo(1));
    if (!warnings.some((w) => w.includes('终止办理告知书') && w.includes('与更正后的日期不符'))) {
      throw new Error(`the withdrawal's correction did not warn of the issued notice: ${JSON.stringify(warnings)}`);
    }
    // The withdrawn case's receipt date is stated in its notice: not offered.
    const offeredNow = await office.locator('.ogi-actions select[name=field] option').allInnerTexts();
    if (offeredNow.some((t) => t.includes('收到申请日期'))) throw new Error('a withdrawn case offers its receipt date for correction');
    await office.context().close();

    // 领导小组 corrects the dates that are leadership's (ADR 0137: one that lifts a passed deadline
    // or a late reply is only its to make) on the same page, under its own heading, recorded
    // under its name.
    const leader = await newPage();
    await login(leader, 'cockpit', 'chengang');
    await leader.goto(`${BASE}/ledger/cases/${encodeURIComponent(running)}`);
    await leader.locator('body[data-loaded=true]').waitFor();
    await leader.locator('h2', { hasText: '领导小组更正事项' }).waitFor();
    const leaderForm = leader.locator('.ogi-actions details[data-action=dateCorrection]');
    await leaderForm.locator('summary', { hasText: '更正日期' }).click();
    await leaderForm.locator('p.ogi-muted', { hasText: '须经领导小组同意' }).waitFor();
    const leaderChoices = (await leaderForm.locator('select[name=field] option').allInnerTexts()).map((t) => t.trim());
    const receipt = leaderChoices.find((c) => c.startsWith('收到申请日期（现为 '));
    if (!receipt || leaderChoices.length !== 2) throw new Error(`leadership is offered ${leaderChoices.join('、')}`);
    await leaderForm.locator('select[name=field]').selectOption({ label: receipt });
    await leaderForm.locator('input[name=newDate]').fill(daysAgo(2));
    await leaderForm.locator('textarea[name=reason]').fill('收到申请日期登记有误，按收文登记簿更正');
    await leaderForm.locator('button.ogi-action-submit').click();
    await leaderForm.locator('.ogi-confirm button.ogi-confirm-yes').click();
    await leader.locator('#ogi-notice', { hasText: `已将收到申请日期由 ${daysAgo(1)} 更正为 ${daysAgo(2)}。` }).waitFor();
    await leader.locator('body[data-loaded=true]').waitFor();
    const trail = (await api('chengang', `/api/ledger/cases/${encodeURIComponent(running)}`)).timeline
      .filter((e) => e.activity === '更正收到申请日期').map((e) => e.who);
    if (trail[trail.length - 1] !== '陈刚（chengang）') throw new Error(`the leader's correction is recorded as by ${trail.join('、')}`);
    await scanForEnglish(leader, 'case page as leadership after its correction');
    await screenshot(leader, 'case-date-corrected-by-leadership');
    await leader.context().close();

    await noRegistrationsFor(running);
  }],

  ['ledger-art44', async () => {
    // Art. 44 on the case page (ADR 0162): the office records the applicant's suggestion that
    // the released item be published proactively (an empty form refused on each field in
    // Chinese, nothing written), sees it in the page's table, then proposes the item for
    // proactive disclosure by 序号 (no channel: refused on 发布渠道) and gets the batch number.
    const title = '2025 年度本局统计公报';
    const number = await deliveredOverRest(title);
    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(number)}`);
    await office.locator('body[data-loaded=true]').waitFor();
    await sectionSpeaksChinese(office, 'case page with Art. 44 forms', [number]);
    const suggestion = office.locator('.ogi-actions details[data-action=proactiveSuggestion]');
    const sForm = suggestion.locator('form');
    await sForm.locator('button.ogi-action-submit').click();
    await sForm.locator('.ogi-confirm button.ogi-confirm-yes').click();
    for (const [name, words] of [['items', '请至少选择一个'], ['suggestedOn', '请填写收到建议日期'], ['reason', '建议主动公开的理由']]) {
      const error = sForm.locator(`.ogi-field-error[data-for=${name}]`);
      await error.filter({ hasText: words }).waitFor();
      await expectChineseError(error, `the suggestion's ${name} refused`);
    }
    const empty = await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`);
    if (empty.proactiveSuggestions.length !== 0) throw new Error('a refused suggestion was recorded');
    await screenshot(office, 'case-suggestion-refused');
    await sForm.locator('input[name=items][value="1"]').check();
    await sForm.locator('input[name=suggestedOn]').fill(TODAY);
    await sForm.locator('textarea[name=reason]').fill('涉及全市企业，需要公众广泛知晓');
    await sForm.locator('button.ogi-action-submit').click();
    await sForm.locator('.ogi-confirm-text', { hasText: '确认登记申请人建议将序号 1 的信息项纳入主动公开范围' }).waitFor();
    await sForm.locator('.ogi-confirm button.ogi-confirm-yes').click();
    await office.locator('#ogi-notice', { hasText: '已登记申请人建议主动公开' }).waitFor();
    await office.locator('body[data-loaded=true]').waitFor();
    await office.locator('h2:text-is("申请人建议主动公开") + table', { hasText: '涉及全市企业，需要公众广泛知晓' }).waitFor();
    if (await office.locator('.ogi-actions details[data-action=proactiveSuggestion]').count() !== 0) throw new Error('the page still offers the suggestion');
    await screenshot(office, 'case-suggestion-recorded');

    const proposal = office.locator('.ogi-actions details[data-action=art44]');
    await proposal.locator('summary', { hasText: '转为主动公开（条例第四十四条）' }).click();
    const pForm = proposal.locator('form');
    // The suggestion's day as a sentence writes it (2026年12月8日), not the table's ISO date.
    await pForm.locator('label.ogi-choice', { hasText: /申请人已于\d{4}年\d{1,2}月\d{1,2}日建议主动公开/ }).waitFor();
    await pForm.locator('input[name=items][value="1"]').check();
    await pForm.locator('select[name=category]').selectOption({ label: '统计' });
    await pForm.locator('button.ogi-action-submit').click();
    await pForm.locator('.ogi-confirm button.ogi-confirm-yes').click();
    const channels = pForm.locator('.ogi-field-error[data-for=channels]');
    await channels.filter({ hasText: '请至少选择一个发布渠道' }).waitFor();
    await expectChineseError(channels, 'the proposal without a channel');
    await pForm.locator('label.ogi-choice', { hasText: '政府网站' }).locator('input').check();
    await pForm.locator('button.ogi-action-submit').click();
    await pForm.locator('.ogi-confirm button.ogi-confirm-yes').click();
    await office.locator('#ogi-notice', { hasText: '已生成主动公开批次 ZDGK-' }).waitFor();
    await office.locator('body[data-loaded=true]').waitFor();
    await office.locator('td', { hasText: /ZDGK-\d{4}-\d+（/ }).first().waitFor();
    await screenshot(office, 'case-art44-proposed');
    await scanForEnglish(office, 'case page after Art. 44');
    await office.context().close();
  }],

  ['ledger-query-code', async () => {
    // 生成查询码 on the case page (ADR 0175): for a posted request the office is refused without
    // 已核对申请人身份证明 (in Chinese, on the box, nothing issued), then gets the code once in the
    // notice and prints the 受理回执 with it; the code opens the applicant's status lookup; the
    // page, loaded again, shows no code.
    const number = await registerOverRest(TODAY);
    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(number)}`);
    await office.locator('body[data-loaded=true]').waitFor();
    const offered = office.locator('.ogi-actions details[data-action=queryCode]');
    await offered.locator('summary', { hasText: '生成查询码' }).click();
    const form = offered.locator('form');
    await form.locator('p.ogi-muted', { hasText: '当面或邮寄提交的申请' }).waitFor();
    await form.locator('button.ogi-action-submit').click();
    await form.locator('.ogi-confirm-text', { hasText: '确认生成新的查询码？原查询码（如有）将立即失效' }).waitFor();
    await form.locator('.ogi-confirm button.ogi-confirm-yes').click();
    const refused = form.locator('.ogi-field-error[data-for=identityChecked]');
    await refused.filter({ hasText: /\S/ }).waitFor();
    log(`no identity check: ${await expectChineseError(refused, 'the query code without the identity check')}`);
    if (await form.locator('input[name=identityChecked].ogi-invalid').count() !== 1) throw new Error('the refusal is not marked on 已核对申请人身份证明');
    if (await office.locator('#ogi-notice .ogi-query-code').count() !== 0) throw new Error('a refused request shows a code');
    await sectionSpeaksChinese(office, 'the query code refused', [number]);
    await screenshot(office, 'case-query-code-refused');

    await form.locator('input[name=identityChecked]').check();
    await form.locator('button.ogi-action-submit').click();
    await form.locator('.ogi-confirm button.ogi-confirm-yes').click();
    const notice = office.locator('#ogi-notice');
    const shownCode = notice.locator('.ogi-query-code');
    await shownCode.waitFor();
    const code = (await shownCode.innerText()).trim();
    if (!/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(code)) throw new Error(`the notice shows the code "${code}"`);
    await office.locator('body[data-loaded=true]').waitFor();
    await screenshot(office, 'case-query-code-issued');
    const lookup = await fetch(`${BASE}/api/public/requests/${encodeURIComponent(number)}`, { headers: { 'X-Query-Code': code } });
    if (lookup.status !== 200) throw new Error(`the code shown does not open the status lookup: HTTP ${lookup.status}`);

    // (the form posts to a new tab: its page and the click awaited together)
    const [receipt] = await Promise.all([office.context().waitForEvent('page'),
      notice.getByRole('button', { name: '打印含此查询码的受理回执' }).click()]);
    await receipt.waitForLoadState();
    await receipt.locator('body', { hasText: '受理回执' }).waitFor();
    const receiptText = await receipt.locator('body').innerText();
    if (!receiptText.includes(code) || !receiptText.includes(number)) throw new Error('the printed 受理回执 lacks the code or the number');
    await screenshot(receipt, 'receipt-with-query-code');
    await receipt.close();

    await office.reload();
    await office.locator('body[data-loaded=true]').waitFor();
    if ((await office.locator('body').innerText()).includes(code)) throw new Error('the page shows the code again');
    await office.context().close();
  }],

  ['ledger-suggestion-void', async () => {
    // 作废申请人建议主动公开登记 (ADR 0173): a suggestion recorded on a delivered case is listed on
    // 多人申请的相同信息 (linking the case); the office's void form refuses an empty answer on each
    // field in Chinese, then voids it: the row is struck with 已作废（登记错误）, the page no longer
    // lists the item, and the form is no longer offered.
    const title = '2025 年度本局双随机抽查结果汇总';
    const reason = '误将来电咨询登记为建议';
    const number = await deliveredOverRest(title);
    await api('wangli', `/api/cases/${encodeURIComponent(number)}/proactive-suggestions`, 'POST',
      { items: [1], suggestedOn: TODAY, reason: '涉及全市企业，需要公众广泛知晓' });
    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    const sameInformation = async () => {
      await office.goto(`${BASE}/ledger/same-information`);
      await office.locator('body[data-loaded=true]').waitFor();
      await office.locator('#ogi-year-label', { hasText: /^\d{4}年度，申请人数不少于2人$/ }).waitFor();
      return office.locator('#ogi-same tr', { hasText: title });
    };
    const listed = await sameInformation();
    await listed.locator(`a[href*="${number}"]`).waitFor();
    await scanForEnglish(office, 'same information');
    await screenshot(office, 'same-information');
    // Fewer than two applicants is refused on its field, in Chinese.
    await office.locator('#f-min').fill('1');
    await office.locator('#ogi-same-form button[type=submit]').click();
    await office.locator('body[data-loaded=error]').waitFor();
    const minError = office.locator('#ogi-same-form .ogi-field-error[data-for=minApplicants]');
    log(`one applicant: ${await expectChineseError(minError.filter({ hasText: /\S/ }), 'same information for one applicant')}`);
    await scanForEnglish(office, 'same information refused');

    await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(number)}`);
    await office.locator('body[data-loaded=true]').waitFor();
    await sectionSpeaksChinese(office, 'case page with the void form', [number]);
    const offered = office.locator('.ogi-actions details[data-action=proactiveSuggestionVoid]');
    await offered.locator('summary', { hasText: '作废申请人建议主动公开登记' }).waitFor();
    const form = offered.locator('form');
    const send = async () => {
      await form.locator('button.ogi-action-submit').click();
      await form.locator('.ogi-confirm button.ogi-confirm-yes').click();
    };
    await send();
    for (const name of ['items', 'reason']) {
      const error = form.locator(`.ogi-field-error[data-for=${name}]`);
      await error.filter({ hasText: /\S/ }).waitFor();
      log(`void without ${name}: ${await expectChineseError(error, `the void's ${name} refused`)}`);
    }
    const still = await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`);
    if (still.proactiveSuggestions.some((s) => s.voided)) throw new Error('a refused void voided the suggestion');
    await screenshot(office, 'case-suggestion-void-refused');

    await form.locator('input[name=items][value="1"]').check();
    await form.locator('textarea[name=reason]').fill(reason);
    await form.locator('button.ogi-action-submit').click();
    await form.locator('.ogi-confirm-text', { hasText: '确认作废序号 1 的申请人建议主动公开登记' }).waitFor();
    await form.locator('.ogi-confirm button.ogi-confirm-yes').click();
    await office.locator('#ogi-notice', { hasText: '已作废申请人建议主动公开登记：序号 1' }).waitFor();
    await office.locator('body[data-loaded=true]').waitFor();
    const row = office.locator('h2:text-is("申请人建议主动公开") + table tr', { hasText: reason });
    await row.locator('s', { hasText: title }).waitFor();
    await row.locator('.ogi-muted', { hasText: `已作废（登记错误）：${reason}（` }).waitFor();
    // The trail's line of the suggestion says it too.
    await office.locator('td', { hasText: `已作废（登记错误，作废于${ogiDay(TODAY)}；作废理由：${reason}；作废人：` }).first().waitFor();
    if (await office.locator('.ogi-actions details[data-action=proactiveSuggestionVoid]').count() !== 0) throw new Error('the page still offers the void');
    await scanForEnglish(office, 'case page after the void');
    await screenshot(office, 'case-suggestion-voided');

    await sameInformation();
    if (await office.locator('#ogi-same tr', { hasText: title }).count() !== 0) throw new Error('多人申请的相同信息 still lists the voided suggestion');
    await office.context().close();
  }],

  ['ledger-voided-registration', async () => {
    // A registration voided as a duplicate (ADR 0119, 0177): its case page, drawn by script,
    // reads 已作废（登记错误） and 登记已作废，不作答复 for the reply date (it read 补正后重新计算)
    // and offers the office no registration that would handle it.
    const original = await registerOverRest(TODAY);
    const copy = await registerOverRest(TODAY);
    const text = (v) => ({ type: 'String', value: v });
    await completeOverRest('wangli', copy, 'Task_CheckCompleteness', { completenessDecision: text('VOID'),
      voidReason: text(`与${original}系同一份信函申请，重复登记`), voidDuplicateOf: text(original),
      voidNothingIssued: { type: 'Boolean', value: true } });
    await completeOverRest('chengang', copy, 'Task_ApproveVoid', { voidApproval: text('APPROVE') });
    await waitFor(`${copy} voided`, async () =>
      (await api('wangli', `/api/ledger/cases/${encodeURIComponent(copy)}`)).statusLabel === '已作废（登记错误）', 60_000);
    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(copy)}`);
    await office.locator('body[data-loaded=true]').waitFor();
    const request = office.locator('table.ogi-request');
    await request.locator('td', { hasText: '已作废（登记错误）' }).waitFor();
    const due = (await request.locator('th:text-is("答复期限") + td').innerText()).trim();
    if (due !== '登记已作废，不作答复') throw new Error(`a voided registration shows the reply due "${due}"`);
    const forms = await office.locator('form.ogi-action-form').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-action')));
    if (forms.some((f) => !['queryCode'].includes(f))) throw new Error(`a voided registration offers ${forms.join(', ')}`);
    await scanForEnglish(office, 'case page of a voided registration');
    await screenshot(office, 'case-voided-registration');
    await office.context().close();
  }],

  ['ledger-late-consultation-answer', async () => {
    // 登记逾期第三方答复 on the case page (ADR 0172): a third party consulted on the case's one
    // item stays silent (the silence timer's job run now); only then is the form offered. An
    // objection without reasons is refused on 不同意公开的理由 in Chinese, nothing recorded; then
    // the answer received today (within the 15 working days, so in time) is recorded, the item
    // counts as objected and the form is no longer offered.
    const party = '示范市某食品有限公司';
    const text = (v) => ({ type: 'String', value: v });
    const number = await registerOverRest(TODAY);
    await completeOverRest('wangli', number, 'Task_CheckCompleteness', { completenessDecision: text('COMPLETE') });
    await completeOverRest('wangli', number, 'Task_SearchAndSplit', { items: { type: 'Json',
      value: JSON.stringify([{ title: '某企业年度检查材料', finding: 'HELD', thirdParty: true, thirdPartyName: party }]) } });
    await completeOverRest('wangli', number, 'Task_RecordConsultationService', { consultationServedOn: text(TODAY) });
    const consulting = await waitFor(`${number} waiting for the answer`, async () =>
      (await rest(`/task?processInstanceBusinessKey=${encodeURIComponent(number)}&taskDefinitionKey=Task_RecordConsultationAnswer`))[0], 60_000);
    if ((await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`)).actions.lateConsultationAnswer) {
      throw new Error('登记逾期第三方答复 is offered while the period runs');
    }
    const timer = await waitFor('the silence timer', async () =>
      (await rest(`/job?processInstanceId=${consulting.processInstanceId}&activityId=Timer_ConsultationSilence`))[0], 60_000);
    await rest(`/job/${timer.id}/execute`, 'POST');
    await waitFor(`登记逾期第三方答复 offered on ${number}`, async () =>
      (await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`)).actions.lateConsultationAnswer, 60_000);

    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(number)}`);
    await office.locator('body[data-loaded=true]').waitFor();
    await sectionSpeaksChinese(office, 'case page with the late answer form', [number]);
    const offered = office.locator('.ogi-actions details[data-action=lateConsultationAnswer]');
    await offered.locator('summary', { hasText: '登记逾期第三方答复' }).waitFor();
    const form = offered.locator('form');
    await form.locator('p', { hasText: `被征求意见的第三方：${party}（征求意见函` }).waitFor();
    // The hint says when the pause moves (ADR 0182) and what to do after the review.
    for (const words of ['收到日期早于期限届满日的，征求意见时间计至收到之日，答复期限相应重新计算（条例第三十三条）',
      '该第三方的信息项已作出保密审查结论的，不能再登记：请将答复附卷，期限内的答复立即报审批领导']) {
      await form.locator('p.ogi-muted', { hasText: words }).waitFor({ state: 'attached' });
    }
    const send = async () => {
      await form.locator('button.ogi-action-submit').click();
      await form.locator('.ogi-confirm-text', { hasText: `确认登记${party}的答复？` }).waitFor();
      await form.locator('.ogi-confirm button.ogi-confirm-yes').click();
    };
    const refusedOn = async (name, words, what) => {
      const error = form.locator(`.ogi-field-error[data-for=${name}]`);
      await error.filter({ hasText: words }).waitFor();
      const shown = await expectChineseError(error, what);
      if (/CONSENT|OBJECTION|receivedOn|opinion|answer/.test(shown || '')) throw new Error(`${what}: shows a code: "${shown}"`);
      if (await form.locator(`[name=${name}].ogi-invalid`).count() !== 1) throw new Error(`${what}: not marked on its field`);
      log(`${what}: ${shown}`);
    };
    await send();
    await refusedOn('answer', '请选择同意公开或不同意公开', 'the late answer without an answer');
    await form.locator('select[name=answer]').selectOption({ label: '不同意公开' });
    await form.locator('input[name=receivedOn]').fill(TODAY);
    await send();
    await refusedOn('opinion', '请填写对方说明的不同意公开的理由', 'the late objection without reasons');
    await sectionSpeaksChinese(office, 'the late answer refused', [number]);
    await screenshot(office, 'case-late-answer-refused');
    const consultation = () => api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`);
    if (!(await consultation()).actions.lateConsultationAnswer) throw new Error('a refused answer was recorded');

    await form.locator('textarea[name=opinion]').fill('年检材料含生产工艺，属商业秘密');
    await send();
    // Received before the period's last day, on which the silence had ended the pause: the
    // pause ends today instead and the reply deadline moves earlier (ADR 0182), said in the notice.
    const recorded = office.locator('#ogi-notice', { hasText: `${party}，不同意公开，收到答复日期` });
    await recorded.waitFor();
    const said = (await recorded.innerText()).trim();
    if (!new RegExp(`^已按期限内的答复登记（邮寄或收到日期在答复期限内）；征求意见时间计至收到答复之日，答复期限由\\d{4}年\\d{1,2}月\\d{1,2}日重新计算为\\d{4}年\\d{1,2}月\\d{1,2}日（${party}，`).test(said)) {
      throw new Error(`the recorded answer reads "${said}"`);
    }
    log(`late answer recorded: ${said}`);
    await office.locator('body[data-loaded=true]').waitFor();
    const moved = (await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`)).replyDueOn;
    if (!said.includes(`重新计算为${ogiDay(moved)}`)) throw new Error(`the notice names another deadline than the case's ${moved}`);
    if (await office.locator('.ogi-actions details[data-action=lateConsultationAnswer]').count() !== 0) throw new Error('the page still offers 登记逾期第三方答复');
    await scanForEnglish(office, 'case page after the late answer');
    await screenshot(office, 'case-late-answer-recorded');
    await office.context().close();
    await noRegistrationsFor(number);
  }],

  ['ledger-suggestion-answer', async () => {
    // 登记对申请人建议主动公开的答复 on the case page (ADR 0183): the office answers a recorded
    // suggestion; without a reason it is refused on 答复理由 in Chinese, nothing recorded; then
    // 不予采纳 is recorded, the 本机关答复 column shows decision, day, recorder and reason, the form
    // is no longer offered, and 多人申请的相同信息 shows the answer on the request.
    const title = '2025 年度本局行政执法统计年报';
    const reason = '该信息已在本局网站年报栏目主动公开，无需另行纳入';
    const number = await deliveredOverRest(title);
    await api('wangli', `/api/cases/${encodeURIComponent(number)}/proactive-suggestions`, 'POST',
      { items: [1], suggestedOn: TODAY, reason: '涉及全市执法情况，需要公众广泛知晓' });
    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(number)}`);
    await office.locator('body[data-loaded=true]').waitFor();
    const suggestions = office.locator('h2:text-is("申请人建议主动公开") + table');
    await suggestions.locator('th', { hasText: '本机关答复' }).waitFor();
    await suggestions.locator('tr', { hasText: title }).locator('td', { hasText: '尚未答复' }).waitFor();
    await sectionSpeaksChinese(office, 'case page with the answer form', [number]);
    const offered = office.locator('.ogi-actions details[data-action=proactiveSuggestionAnswer]');
    await offered.locator('summary', { hasText: '登记对申请人建议主动公开的答复' }).waitFor();
    const form = offered.locator('form');
    await form.locator('input[name=items][value="1"]').check();
    await form.locator('select[name=decision]').selectOption({ label: '不予采纳' });
    await form.locator('input[name=answeredOn]').fill(TODAY);
    const send = async () => {
      await form.locator('button.ogi-action-submit').click();
      await form.locator('.ogi-confirm-text', { hasText: '确认登记对序号 1 的申请人建议的答复（不予采纳）' }).waitFor();
      await form.locator('.ogi-confirm button.ogi-confirm-yes').click();
    };
    await send();
    const error = form.locator('.ogi-field-error[data-for=reason]');
    await error.filter({ hasText: /\S/ }).waitFor();
    const shown = await expectChineseError(error, 'the answer without a reason');
    if (/reason|NOT_ADOPTED|answer/.test(shown || '')) throw new Error(`the answer's refusal shows a code: "${shown}"`);
    if (await form.locator('textarea[name=reason].ogi-invalid').count() !== 1) throw new Error('the refusal is not marked on 答复理由');
    log(`answer without a reason: ${shown}`);
    if ((await api('wangli', `/api/ledger/cases/${encodeURIComponent(number)}`)).proactiveSuggestions.some((s) => s.answer)) {
      throw new Error('a refused answer was recorded');
    }
    await sectionSpeaksChinese(office, 'the answer refused', [number]);
    await screenshot(office, 'case-suggestion-answer-refused');

    await form.locator('textarea[name=reason]').fill(reason);
    await send();
    await office.locator('#ogi-notice', { hasText: `已登记答复（不予采纳，${ogiDay(TODAY)}）：序号 1 ${title}。` }).waitFor();
    await office.locator('body[data-loaded=true]').waitFor();
    const row = office.locator('h2:text-is("申请人建议主动公开") + table tr', { hasText: title });
    await row.locator('td', { hasText: `不予采纳（${ogiDay(TODAY)}答复，` }).locator('.ogi-muted', { hasText: `理由：${reason}` }).waitFor();
    if (await office.locator('.ogi-actions details[data-action=proactiveSuggestionAnswer]').count() !== 0) throw new Error('the page still offers the answer');
    await scanForEnglish(office, 'case page after the answer');
    await screenshot(office, 'case-suggestion-answered');

    await office.goto(`${BASE}/ledger/same-information`);
    await office.locator('body[data-loaded=true]').waitFor();
    await office.locator('#ogi-same tr', { hasText: title })
      .locator('td', { hasText: `（本机关${ogiDay(TODAY)}答复：不予采纳，理由：${reason}）` }).waitFor();
    await scanForEnglish(office, 'same information with an answer');
    await screenshot(office, 'same-information-answered');
    await office.context().close();
  }],

  ['ledger-fee-recount-after-void', async () => {
    // A void that lowers the applicant's count of the month (ADR 0184): the 11th request of the
    // month is charged 100 元 per request; the month's 2nd registration is then voided (approved
    // by leadership). The case page's 更正或撤销收费通知 and Tasklist's 登记收费通知送达 say in
    // Chinese that the notice now asks too much (it is the 10th: nothing to pay, 撤销收费).
    // (one applicant per run: a run against an app already running counts its earlier requests)
    const applicant = `示范市某收费复核测试有限公司（${Date.now() % 1_000_000}）`;
    const text = (v) => ({ type: 'String', value: v });
    const registered = [];
    for (let i = 0; i < 11; i += 1) registered.push(await registerOverRest(TODAY, applicant));
    const [copy, last] = [registered[1], registered[10]];
    await completeOverRest('wangli', last, 'Task_CheckCompleteness', { completenessDecision: text('COMPLETE') });
    await completeOverRest('wangli', last, 'Task_SearchAndSplit', { items: { type: 'Json',
      value: JSON.stringify([{ title: '2025 年行政处罚案件统计表', finding: 'HELD' }]) } });
    await completeOverRest('lina', last, 'Task_ReviewItem', { reviewConclusion: text('RELEASABLE') });
    await completeOverRest('wangli', last, 'Task_EditReply', { chargeFee: { type: 'Boolean', value: true },
      feeScheme: text('PER_REQUEST') });
    await waitFor(`the fee notice of ${last} offered for correction`, async () =>
      (await api('wangli', `/api/ledger/cases/${encodeURIComponent(last)}`)).actions.feeCorrection, 60_000);
    await completeOverRest('wangli', copy, 'Task_CheckCompleteness', { completenessDecision: text('VOID'),
      voidReason: text('同一份信函申请被两名工作人员重复录入'), voidNothingIssued: { type: 'Boolean', value: true } });
    await completeOverRest('chengang', copy, 'Task_ApproveVoid', { voidApproval: text('APPROVE') });
    await waitFor(`${last}'s fee notice found too high`, async () =>
      (await api('wangli', `/api/ledger/cases/${encodeURIComponent(last)}`)).actions.feeCorrection.overcharge, 60_000);

    const office = await newPage();
    await login(office, 'welcome', 'wangli');
    await office.goto(`${BASE}/ledger/cases/${encodeURIComponent(last)}`);
    await office.locator('body[data-loaded=true]').waitFor();
    const offered = office.locator('.ogi-actions details[data-action=feeCorrection]');
    await offered.locator('summary', { hasText: '更正或撤销收费通知' }).click();
    const warning = offered.locator('form p[role=alert]');
    await warning.filter({ hasText: '按登记簿现在的件数应为' }).waitFor();
    const said = (await warning.innerText()).trim();
    for (const part of ['收取100元', '第10件', '撤销收费', '不能以逾期未缴费视为放弃申请']) {
      if (!said.includes(part)) throw new Error(`the recount warning lacks "${part}": "${said}"`);
    }
    if (/[A-Za-z_]{2,}/.test(said)) throw new Error(`the recount warning shows "${said}"`);
    log(`case page: ${said.slice(0, 120)}…`);
    await sectionSpeaksChinese(office, 'the fee recount warning', [last]);
    await screenshot(office, 'case-fee-recount-warning');
    await office.context().close();

    const tasklist = await newPage();
    await login(tasklist, 'tasklist', 'wangli');
    const service = (await rest(`/task?taskDefinitionKey=Task_RecordFeeNoticeService&processInstanceBusinessKey=${encodeURIComponent(last)}`))[0];
    if (!service) throw new Error(`${last} does not wait for 登记收费通知送达`);
    await openTask(tasklist, service);
    const prompt = tasklist.locator('.fjs-form', { hasText: '按登记簿现在的件数应为' });
    await prompt.waitFor();
    await scanForEnglish(tasklist, 'fee notice service with the recount warning');
    await screenshot(tasklist, 'tasklist-fee-recount-warning');
    await tasklist.context().close();
  }],

  ['tasklist-public-interest-reasons', async () => {
    // 判断是否涉及重大公共利益 with two objecting parties (ADR 0182): the form lists each party with
    // its own 提请公开的理由, in Chinese (the list the server set was lost while the form hid it,
    // and the app read the form as lacking it); a blank reason for one party is refused by the
    // server (400) naming that party, shown under the list in Chinese; with both reasons the
    // task completes.
    const [a, b] = ['示范市甲食品有限公司', '示范市乙贸易有限公司'];
    const text = (v) => ({ type: 'String', value: v });
    const number = await registerOverRest(TODAY);
    await completeOverRest('wangli', number, 'Task_CheckCompleteness', { completenessDecision: text('COMPLETE') });
    await completeOverRest('wangli', number, 'Task_SearchAndSplit', { items: { type: 'Json', value: JSON.stringify([
      { title: '甲公司产品检验报告', finding: 'HELD', thirdParty: true, thirdPartyName: a },
      { title: '乙公司产品检验报告', finding: 'HELD', thirdParty: true, thirdPartyName: b }]) } });
    await completeEachOverRest('wangli', number, 'Task_RecordConsultationService', 2, { consultationServedOn: text(TODAY) });
    await completeEachOverRest('wangli', number, 'Task_RecordConsultationAnswer', 2, { consultationAnswer: text('OBJECTION'),
      consultationAnsweredOn: text(TODAY), consultationOpinion: text('检验报告含配方，属商业秘密') });
    await completeEachOverRest('lina', number, 'Task_ReviewItem', 2, { reviewConclusion: text('RELEASABLE') });
    const task = await waitFor(`${number} at 判断是否涉及重大公共利益`, async () =>
      (await rest(`/task?taskDefinitionKey=Task_ConsiderPublicInterest&processInstanceBusinessKey=${encodeURIComponent(number)}`))[0], 60_000);

    const page = await newPage();
    await login(page, 'tasklist', 'wangli');
    await openTask(page, task);
    const form = page.locator('.fjs-form').first();
    await field(form, '提请领导批准公开').locator('input[type=checkbox]').check();
    const list = form.locator('.fjs-form-field-dynamiclist', { hasText: '对各第三方决定公开的理由' });
    // (a list without 添加/删除 renders its rows without a row container: fields by their index)
    const partyInputs = list.locator('input[id*="-Field_party_"]');
    await waitFor('a row per objecting party', async () => (await partyInputs.count()) === 2
      && (await partyInputs.nth(1).inputValue()) !== '');
    const parties = await partyInputs.evaluateAll((inputs) => inputs.map((i) => i.value));
    if (JSON.stringify([...parties].sort()) !== JSON.stringify([a, b].sort())) throw new Error(`the rows name ${parties.join('、')}`);
    const reasonOf = (party) => list.locator(`textarea[id$="-Field_overridePartyReason_${parties.indexOf(party)}"]`);
    if (await list.locator('label', { hasText: '提请公开的理由' }).count() !== 2) throw new Error('not one 提请公开的理由 per party');
    await reasonOf(a).fill('甲公司产品抽检不合格，涉及公众健康');
    // None for 乙 (spaces only): the server refuses it, naming 乙.
    await reasonOf(b).fill('   ');
    await screenshot(page, 'public-interest-reasons');
    // The first 完成 after typing in the list's reasons sends nothing (every run since the list
    // shows, no form error shown; left open, helper ui37): clicked again, at most three times,
    // each attempt logged.
    const submitted = async () => {
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const sent = page.waitForResponse((r) => r.request().method() === 'POST'
          && r.url().includes(`/task/${task.id}/submit-form`), { timeout: 8_000 }).catch(() => null);
        await page.locator('button[ng-click="complete()"]:not([disabled])').click();
        const answer = await sent;
        if (answer) return answer;
        log(`完成 sent nothing (attempt ${attempt})`);
      }
      throw new Error('完成 sent nothing three times');
    };
    const res = await submitted();
    if (res.status() !== 400) throw new Error(`the server took a blank reason for ${b}: HTTP ${res.status()}`);
    const error = list.locator('.ogi-server-error');
    const shown = await expectChineseError(error, 'a party without its reason');
    if (shown && (!shown.includes(`尚未填写：${b}`) || shown.includes(`${a}、`))) throw new Error(`the refusal reads "${shown}"`);
    log(`one party without a reason: ${shown}`);
    await screenshot(page, 'public-interest-reason-refused');
    await reasonOf(b).fill('乙公司进口食品涉及食品安全风险警示');
    await error.waitFor({ state: 'detached' }); // the mark goes as the field is changed
    const done = await submitted();
    if (!done.ok()) throw new Error(`completing with both reasons: HTTP ${done.status()} ${await done.text()}`);
    await waitFor('判断是否涉及重大公共利益 completed', async () =>
      (await rest(`/task?taskId=${task.id}`)).length === 0);
    await page.context().close();
  }],

  ['no-english', async () => {
    if (englishFound.length) throw new Error(`English on staff pages:\n  ${englishFound.join('\n  ')}`);
  }],
];

(async () => {
  const started = Date.now();
  try {
    await waitForHealth();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    let failed = false;
    for (const [name, run] of steps) {
      if (ONLY.length && !ONLY.includes(name)) continue;
      if (failed) { results.push([name, 'skipped']); continue; }
      const t0 = Date.now();
      try {
        await run();
        results.push([name, 'passed']);
        log(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed = true; // later steps build on this one
        results.push([name, 'failed']);
        log(`FAIL ${name}: ${e.message.split('\n').slice(0, 4).join(' | ')}`);
        for (const line of browserErrors) log(`  browser ${line}`);
        for (const page of [state.manager, state.leader, state.legal, state.office]) {
          if (page) { await page.screenshot({ path: path.join(OUT, `failed-${name}.png`), fullPage: true }).catch(() => {}); break; }
        }
      }
    }
  } catch (e) {
    log(`FAIL setup: ${e.message}`);
    results.push(['setup', 'failed']);
  } finally {
    if (browser) await browser.close().catch(() => {});
  }
  const count = (status) => results.filter(([, s]) => s === status).length;
  const skipped = count('skipped');
  console.log(`${count('passed')} passed, ${count('failed') + skipped} failed${skipped ? ` (${skipped} not run after a failure)` : ''}`
    + ` in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(count('failed') + skipped === 0 ? 0 : 1);
})();
