// End-to-end run of one disclosure request through the real webapps in headless Chromium:
// office registers and splits it in Tasklist (in Chinese), legal reviews the item, office edits
// and delivers the reply, a manager watches the case in Cockpit. Screenshots: target/e2e/NN-step.png.
//
//   node .ci/e2e/e2e.cjs                      starts target/ogi-workflow-*.jar on port 18080
//   E2E_BASE_URL=http://localhost:8080 node .ci/e2e/e2e.cjs   uses an app already running (demo profile)
'use strict';
const { chromium } = require('playwright-core');
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'target/e2e');
const PORT = process.env.E2E_PORT || '18080';
const BASE = process.env.E2E_BASE_URL || `http://localhost:${PORT}`;
const PASSWORD = 'demo';
const TIMEOUT = 30_000;
const PROCESS_NAME = '政府信息公开申请办理';

// Today in the office's time zone (the app rejects dates after "today" in Asia/Shanghai).
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

fs.mkdirSync(OUT, { recursive: true });

let app;
let browser;
const state = {};
const results = [];
let shot = 0;

function log(...args) {
  console.log(`[e2e ${new Date().toISOString().slice(11, 19)}]`, ...args);
}

// ---------------------------------------------------------------- app and REST

function startApp() {
  const jars = fs.readdirSync(path.join(ROOT, 'target'))
    .filter((f) => /^ogi-workflow-.*\.jar$/.test(f) && !f.endsWith('-plain.jar'));
  if (jars.length === 0) throw new Error('no target/ogi-workflow-*.jar: run mvn package first');
  const logFile = fs.openSync(path.join(OUT, 'app.log'), 'w');
  log(`starting ${jars[0]} on port ${PORT}`);
  app = spawn('java', ['-jar', path.join('target', jars[0]), '--spring.profiles.active=demo',
    `--server.port=${PORT}`, '--spring.datasource.url=jdbc:h2:mem:e2e'],
  { cwd: ROOT, stdio: ['ignore', logFile, logFile], detached: true });
  app.on('exit', (code) => { if (code !== null && code !== 0) log(`app exited with ${code}`); });
}

function stopApp() {
  if (app && app.exitCode === null) {
    try { process.kill(-app.pid, 'SIGTERM'); } catch (e) { /* already gone */ }
  }
}

async function waitFor(what, probe, timeoutMs = TIMEOUT, everyMs = 500) {
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
async function rest(pathAndQuery) {
  const res = await fetch(`${BASE}/engine-rest${pathAndQuery}`, {
    headers: { Authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}` },
  });
  if (!res.ok) throw new Error(`GET ${pathAndQuery}: HTTP ${res.status}`);
  return res.json();
}

async function taskOf(taskDefinitionKey, processInstanceId) {
  return waitFor(`task ${taskDefinitionKey}`, async () => {
    const tasks = await rest(`/task?taskDefinitionKey=${taskDefinitionKey}&processInstanceId=${processInstanceId}`);
    return tasks[0];
  }, 60_000);
}

// ---------------------------------------------------------------- browser helpers

async function newPage() {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 1000 } });
  context.setDefaultTimeout(TIMEOUT);
  return context.newPage();
}

async function screenshot(page, name) {
  shot += 1;
  const file = path.join(OUT, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  log(`screenshot ${path.relative(ROOT, file)}`);
}

async function login(page, appName, user) {
  await page.goto(`${BASE}/camunda/app/${appName}/default/`);
  await page.locator('form[name=signinForm] input[type=text]').fill(user);
  await page.locator('form[name=signinForm] input[type=password]').fill(PASSWORD);
  await page.locator('form[name=signinForm] button[type=submit]').click();
  await page.locator('form[name=signinForm]').waitFor({ state: 'detached' });
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

/** Opens a task in Tasklist, claims it when needed, waits for its form. */
async function openTask(page, task) {
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  const claim = page.locator('[cam-tasklist-task-meta] button, .task-card .claim, button', { hasText: /^\s*认领\s*$/ }).first();
  await page.locator('.fjs-form').first().or(claim).waitFor();
  if (await claim.isVisible()) {
    await claim.click();
    await page.locator('text=任务已认领。').first().waitFor().catch(() => {});
  }
  await page.locator('.fjs-form').first().waitFor();
}

async function completeTask(page, task) {
  await page.locator('button', { hasText: /^\s*完成\s*$/ }).first().click();
  await waitFor(`task ${task.name} to be completed`, async () => {
    const res = await fetch(`${BASE}/engine-rest/task/${task.id}`, {
      headers: { Authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}` },
    });
    return res.status === 404;
  });
}

// ---------------------------------------------------------------- the steps

const steps = [
  ['tasklist-login', async () => {
    state.office = await newPage();
    await login(state.office, 'tasklist', 'wangli');
    await state.office.locator('text=发起流程').first().waitFor();
    await state.office.locator('text=待办任务').first().waitFor();
    await screenshot(state.office, 'tasklist-login');
  }],

  ['start-form', async () => {
    const page = state.office;
    const before = new Set((await rest('/process-instance?processDefinitionKey=DisclosureRequest')).map((p) => p.id));
    await page.locator('text=发起流程').first().click();
    await page.locator('.modal').getByText(PROCESS_NAME, { exact: true }).click();
    const form = page.locator('.modal .fjs-form');
    await form.waitFor();
    await choose(form, '申请渠道', '信函');
    await fillDate(form, '收到申请日期', TODAY);
    await choose(form, '申请人类型', '自然人');
    await fillText(form, '申请人姓名/名称', '赵小明');
    await choose(form, '身份证明类型', '居民身份证');
    await fillText(form, '证件号码', '110101199001011234');
    await fillText(form, '联系电话', '13800000000');
    await fillText(form, '通信地址', '示范市人民路 1 号');
    await fillText(form, '特征性描述', '2025 年度本局行政许可事项办理情况统计表');
    await pickRadio(form, '载体形式', '纸质');
    await pickRadio(form, '获取信息的方式', '邮寄');
    await screenshot(page, 'start-form');
    await page.locator('.modal-footer button.btn-primary').last().click();
    const instance = await waitFor('the new request', async () =>
      (await rest('/process-instance?processDefinitionKey=DisclosureRequest')).find((p) => !before.has(p.id)));
    state.instance = instance;
    log(`request ${instance.businessKey} started (instance ${instance.id})`);
  }],

  ['completeness-check', async () => {
    const page = state.office;
    const task = await taskOf('Task_CheckCompleteness', state.instance.id);
    await openTask(page, task);
    const form = page.locator('.fjs-form').first();
    const number = field(form, '受理编号').locator('input');
    await waitFor('the tracking number on the form', async () => (await number.inputValue()) === state.instance.businessKey);
    await pickRadio(form, '审查结论', '申请内容明确');
    await screenshot(page, 'completeness-check');
    await completeTask(page, task);
  }],

  ['item-split', async () => {
    const page = state.office;
    const task = await taskOf('Task_SearchAndSplit', state.instance.id);
    await openTask(page, task);
    const form = page.locator('.fjs-form').first();
    const list = form.locator('.fjs-form-field-dynamiclist').first();
    // The list opens with one empty row; add one only if it does not.
    if (await list.locator('.fjs-form-field-textfield').count() === 0) {
      await list.locator('button.fjs-repeat-render-add, button[class*=add]').first().click();
    }
    await fillText(list, '信息项名称/文号', '2025 年度行政许可事项办理情况统计表');
    await choose(list, '检索结果', '本机关保有');
    await screenshot(page, 'item-split');
    await completeTask(page, task);
  }],

  ['legal-review', async () => {
    const review = await waitFor('the item review', async () =>
      (await rest(`/process-instance?superProcessInstance=${state.instance.id}`))[0], 60_000);
    const task = await taskOf('Task_ReviewItem', review.id);
    state.legal = await newPage();
    await login(state.legal, 'tasklist', 'lina');
    await openTask(state.legal, task);
    const form = state.legal.locator('.fjs-form').first();
    await pickRadio(form, '审查结论', '可以公开');
    await fillText(form, '审查意见', '经审查，该信息不涉及国家秘密和不宜公开的内容。');
    await screenshot(state.legal, 'legal-review');
    await completeTask(state.legal, task);
  }],

  ['reply-edit', async () => {
    const page = state.office;
    const task = await taskOf('Task_EditReply', state.instance.id);
    await openTask(page, task);
    const form = page.locator('.fjs-form').first();
    const letter = field(form, '答复书').locator('textarea');
    await waitFor('the drafted reply letter', async () => (await letter.inputValue()).length > 20);
    await screenshot(page, 'reply-edit');
    await completeTask(page, task);
  }],

  ['cockpit-running-instance', async () => {
    await taskOf('Task_DeliverReply', state.instance.id);
    state.manager = await newPage();
    await login(state.manager, 'cockpit', 'chengang');
    await state.manager.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${state.instance.id}/runtime`);
    await state.manager.locator('.djs-container svg .djs-element[data-element-id=Task_DeliverReply]').first().waitFor();
    await state.manager.locator('text=送达答复书').first().waitFor();
    await state.manager.waitForTimeout(1500); // let the diagram settle (zoom to fit) before the picture
    await screenshot(state.manager, 'cockpit-running-instance');
  }],

  ['reply-delivery', async () => {
    const page = state.office;
    const task = await taskOf('Task_DeliverReply', state.instance.id);
    await openTask(page, task);
    const form = page.locator('.fjs-form').first();
    await pickRadio(form, '送达方式', '邮寄');
    await fillDate(form, '送达日期', TODAY);
    await fillText(form, '送达说明', '挂号信寄出。');
    await screenshot(page, 'reply-delivery');
    await completeTask(page, task);
    await waitFor('the request to finish', async () =>
      (await rest(`/history/process-instance/${state.instance.id}`)).state === 'COMPLETED', 60_000);
    log(`request ${state.instance.businessKey} completed`);
  }],

  ['cockpit-definition', async () => {
    const page = state.manager;
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-definition/${state.instance.definitionId}/runtime`);
    await page.locator('.djs-container svg .djs-element[data-element-id=Task_CheckCompleteness]').first().waitFor();
    await page.waitForTimeout(1500);
    await screenshot(page, 'cockpit-definition');
  }],
];

(async () => {
  const started = Date.now();
  try {
    if (!process.env.E2E_BASE_URL) startApp();
    await waitForHealth();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    let failed = false;
    for (const [name, run] of steps) {
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
        for (const page of [state.manager, state.legal, state.office]) {
          if (page) { await page.screenshot({ path: path.join(OUT, `failed-${name}.png`), fullPage: true }).catch(() => {}); break; }
        }
      }
    }
  } catch (e) {
    log(`FAIL setup: ${e.message}`);
    results.push(['setup', 'failed']);
  } finally {
    if (browser) await browser.close().catch(() => {});
    stopApp();
  }
  const count = (status) => results.filter(([, s]) => s === status).length;
  const skipped = count('skipped');
  console.log(`${count('passed')} passed, ${count('failed') + skipped} failed${skipped ? ` (${skipped} not run after a failure)` : ''}`
    + ` in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(count('failed') + skipped === 0 ? 0 : 1);
})();
