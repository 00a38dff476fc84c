// Drives the applicants' page in a real headless Chromium (Debian's chromium, no downloaded
// browser): apply (after one refused field), read the tracking number and query code, look up
// the status, give reasons, withdraw online, read a voided registration's status. Uses labels
// and the keyboard the way an applicant with a screen reader would.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const base = process.env.OGI_BASE_URL ?? 'http://localhost:8080';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const problems = [];

// Staff steps over the REST API (demo accounts), to bring the case to a delivered reply.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
  + '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n'
  + 'trailer<</Root 1 0 R>>\n%%EOF\n', 'ascii');
const auth = (user) => ({ Authorization: 'Basic ' + Buffer.from(user + ':demo').toString('base64') });
async function staff(user, path, method = 'GET', body) {
  const res = await fetch(base + path, {
    method,
    headers: { ...auth(user), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} as ${user}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}
async function task(user, businessKey, key) {
  for (let i = 0; i < 120; i++) {
    const found = await staff(user, `/engine-rest/task?processInstanceBusinessKey=${businessKey}`
      + `&taskDefinitionKey=${key}`);
    if (found.length === 1) return found[0].id;
    // A step of a called process (the secrecy review) has the case's key on its root only.
    const any = await staff(user, `/engine-rest/task?taskDefinitionKey=${key}`);
    const mine = [];
    for (const t of any) {
      const vars = await staff(user, `/engine-rest/task/${t.id}/form-variables?variableNames=trackingNumber`);
      if (vars.trackingNumber?.value === businessKey) mine.push(t.id);
    }
    if (mine.length === 1) return mine[0];
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no task ${key} for ${businessKey}`);
}
async function submit(user, businessKey, key, variables) {
  const id = await task(user, businessKey, key);
  await staff(user, `/engine-rest/task/${id}/submit-form`, 'POST', { variables });
  return id;
}
const v = (value, type) => (type ? { value, type } : { value });
try {
  const page = await browser.newPage({ locale: 'zh-CN' });
  // Refused requests (400, 404, 409) are expected and asserted below; anything else that the
  // browser reports as an error (CSP violation, script error) fails the test.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      problems.push(m.text());
    }
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) problems.push('external request ' + r.url());
  });

  await page.goto(base + '/public/index.html');
  // agency.js puts the agency's name in front once /api/public/agency has answered: wait for it
  // (reading the title at once raced that request).
  await page.waitForFunction(() => document.title.includes('市场监督管理局'));
  assert.equal(await page.title(), '示范市市场监督管理局 · 政府信息公开申请 · 网上申请');

  const apply = page.locator('#apply-form');
  await apply.getByLabel('申请人类型').selectOption('NATURAL_PERSON');
  await apply.getByLabel('姓名或名称').fill('李四');
  await apply.getByLabel('身份证明类型').selectOption('RESIDENT_ID');
  await apply.getByLabel('证件号码').fill('110105194912310021'); // wrong check digit
  await apply.getByLabel('联系电话').fill('13812345678');
  await apply.getByLabel('电子邮箱').fill('lisi@example.cn');
  await apply.getByLabel('所需政府信息的名称、文号或者便于查询的其他特征性描述')
    .fill('2025年本局行政处罚案件统计表');
  await apply.getByLabel('电子', { exact: true }).check();
  await apply.getByLabel('电子邮件', { exact: true }).check();
  await apply.getByRole('button', { name: '提交申请' }).click();

  // The refused field is marked, explained and focused.
  const idNumber = apply.getByLabel('证件号码');
  await page.locator('#idNumber-error').filter({ hasText: '校验位' }).waitFor();
  assert.equal(await idNumber.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'idNumber');

  // Corrected and sent with the keyboard.
  await idNumber.fill('11010519491231002X');
  await idNumber.press('Enter');
  const result = page.locator('#apply-result');
  await result.waitFor({ state: 'visible' });
  const trackingNumber = (await page.locator('#result-tracking-number').textContent()).trim();
  const queryCode = (await page.locator('#result-query-code').textContent()).trim();
  assert.match(trackingNumber, /^YSQ-\d{4}-\d{6}$/);
  assert.match(queryCode, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'apply-result');

  // 受理回执 right after applying: saved as a file with the number, the dates and the agency.
  const receiptDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载受理回执' }).click();
  const receipt = await receiptDownload;
  assert.equal(receipt.suggestedFilename(), `受理回执-${trackingNumber}.html`);
  const receiptHtml = await readFile(await receipt.path(), 'utf8');
  assert.match(receiptHtml, /政府信息公开申请受理回执/);
  assert.ok(receiptHtml.includes(trackingNumber));
  assert.match(receiptHtml, /答复期限/);
  assert.match(receiptHtml, /示范市市场监督管理局/);

  // Status lookup: the number is filled in for the applicant, the code is typed.
  const status = page.locator('#status-form');
  assert.equal(await status.getByLabel('受理编号').inputValue(), trackingNumber);
  await status.getByLabel('查询码').fill(queryCode);
  await status.getByLabel('查询码').press('Enter');
  const statusResult = page.locator('#status-result');
  await statusResult.filter({ hasText: '已提交，待确认收到' }).waitFor();
  assert.match(await statusResult.textContent(), new RegExp(trackingNumber));

  // A wrong code is refused without telling whether the number exists.
  await status.getByLabel('查询码').fill('AAAA-BBBB-CCCC-DDDD');
  await status.getByRole('button', { name: '查询' }).click();
  await statusResult.filter({ hasText: '未找到该申请，或查询码不正确' }).waitFor();

  // A correction is refused while the case is not waiting for one.
  const supplement = page.locator('#supplement-form');
  await supplement.getByLabel('查询码').fill(queryCode);
  await supplement.getByLabel('补正内容').fill('补充：文号为示市监〔2025〕1号');
  await supplement.getByRole('button', { name: '提交补正材料' }).click();
  await page.locator('#supplement-result').filter({ hasText: '当前不需要补正' }).waitFor();

  // 电子送达: the office confirms, searches and attaches the processed file, legal reviews
  // (released after redaction), leadership approves, the office delivers by e-mail.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await submit('wangli', trackingNumber, 'Task_ConfirmReceipt', { receiptConfirmed: v(true) });
  await submit('wangli', trackingNumber, 'Task_CheckCompleteness',
    { completenessDecision: v('COMPLETE') });
  await submit('wangli', trackingNumber, 'Task_SearchAndSplit', { items: v(JSON.stringify(
    [{ title: '2025年本局行政处罚案件统计表', finding: 'HELD' }]), 'Json') });
  const review = await task('lina', trackingNumber, 'Task_ReviewItem');
  const itemId = (await staff('lina', `/engine-rest/task/${review}/localVariables/reviewItemId`)).value;
  const upload = new FormData();
  upload.append('purpose', 'RELEASE');
  upload.append('itemId', String(itemId));
  upload.append('file', new Blob([PDF], { type: 'application/pdf' }), '统计表（已处理）.pdf');
  // Through the staff page's upload form, as a browser sends it (Node's fetch identifies
  // itself as a browser, so the JSON-only guard of /api/ would refuse a multipart body there).
  const uploaded = await fetch(`${base}/cases/${trackingNumber}/attachments`, { method: 'POST',
    headers: { ...auth('wangli'), Origin: base }, body: upload, redirect: 'manual' });
  assert.equal(uploaded.status, 303, await uploaded.clone().text());
  await submit('lina', trackingNumber, 'Task_ReviewItem', { reviewConclusion:
    v('RELEASABLE_REDACTED'), redactionNote: v('遮盖当事人姓名'),
    withholdingGround: v('THIRD_PARTY'), legalBasis: v('《中华人民共和国政府信息公开条例》第十五条') });
  await submit('wangli', trackingNumber, 'Task_EditReply', { chargeFee: v(false) });
  await submit('chengang', trackingNumber, 'Task_ApproveReply', { replyApproval: v('APPROVE') });
  await submit('wangli', trackingNumber, 'Task_DeliverReply',
    { deliveredBy: v('EMAIL'), deliveredOn: v(today) });

  // The applicant looks the case up and downloads the released file from the page.
  await status.getByLabel('查询码').fill(queryCode);
  const downloadLink = statusResult.getByRole('link', { name: '统计表（已处理）.pdf' });
  for (let i = 0; i < 60 && !(await downloadLink.count()); i++) {
    await status.getByRole('button', { name: '查询' }).click();
    await statusResult.filter({ hasText: '办理进度' }).waitFor();
    await page.waitForTimeout(500);
  }
  await statusResult.filter({ hasText: '答复书和公开的政府信息下载' }).waitFor();
  const fileDownload = page.waitForEvent('download');
  await downloadLink.click();
  const file = await fileDownload;
  assert.equal(file.suggestedFilename(), '统计表（已处理）.pdf');
  assert.deepEqual(await readFile(await file.path()), PDF);

  // The reply letter itself (audit 34a F1: its link answered 500 and no test followed it).
  const letterLink = statusResult.getByRole('link', { name: /答复书.*\.docx$/ });
  const letterDownload = page.waitForEvent('download');
  await letterLink.click();
  const letter = await letterDownload;
  assert.match(letter.suggestedFilename(), /答复书.*\.docx$/);
  assert.equal((await readFile(await letter.path())).subarray(0, 2).toString(), 'PK');

  // Dates as letters write them, the service stated, the confirmed receipt offered (34a F5, F2, F8).
  const facts = await statusResult.locator('dl').textContent();
  assert.doesNotMatch(facts, /\d{4}-\d{2}-\d{2}/, facts);
  assert.match(facts, /答复书送达\d{4}年\d{1,2}月\d{1,2}日，电子邮件送达/, facts);
  const confirmedReceipt = page.waitForEvent('download');
  await statusResult.getByRole('button', { name: '下载受理回执（已确认收到）' }).click();
  const confirmedHtml = await readFile(await (await confirmedReceipt).path(), 'utf8');
  assert.match(confirmedHtml, /本机关已于\d{4}年\d{1,2}月\d{1,2}日收到/);

  // 说明理由 online (audit 34a F6, ADR 0163): a second application, whose applicant the office
  // asks for reasons (Art. 35), answers on the page; an empty answer is refused on its field.
  const second = await page.evaluate(async () => (await fetch('/api/public/requests', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ applicantType: 'NATURAL_PERSON', applicantName: '王五',
      idType: 'RESIDENT_ID', idNumber: '11010519491231002X', contactPhone: '13812345678',
      contactEmail: 'wangwu@example.cn', contactAddress: null,
      description: '2024年本局行政许可办理情况统计表', deliveryForm: 'ELECTRONIC',
      deliveryMethod: 'EMAIL' }) })).json());
  await submit('wangli', second.trackingNumber, 'Task_ConfirmReceipt', { receiptConfirmed: v(true) });
  await submit('wangli', second.trackingNumber, 'Task_CheckCompleteness', {
    completenessDecision: v('REASONS_REQUEST'),
    reasonsRequestBasis: v('您近一个月共提出政府信息公开申请45件') });
  await status.getByLabel('受理编号').fill(second.trackingNumber);
  await status.getByLabel('查询码').fill(second.queryCode);
  await status.getByRole('button', { name: '查询' }).click();
  await statusResult.filter({ hasText: '待说明理由' }).waitFor();
  await statusResult.filter({ hasText: '请在下方“说明理由”中提交' }).waitFor();
  const reasons = page.locator('#reasons-form');
  assert.equal(await reasons.getByLabel('受理编号').inputValue(), second.trackingNumber);
  await reasons.getByLabel('查询码').fill(second.queryCode);
  await reasons.getByRole('button', { name: '提交说明的理由' }).click();
  await page.locator('#reasons-text-error').filter({ hasText: '请填写说明的理由' }).waitFor();
  assert.equal(await reasons.getByLabel('说明的理由').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#text-error').textContent(), '');
  await reasons.getByLabel('说明的理由').fill('本人申请系为应对行政诉讼所需，各申请内容互不相同。');
  await reasons.getByRole('button', { name: '提交说明的理由' }).click();
  const reasonsResult = page.locator('#reasons-result');
  await reasonsResult.filter({ hasText: '说明的理由已提交' }).waitFor();
  assert.doesNotMatch(await reasonsResult.textContent(), /\d{4}-\d{2}-\d{2}/);
  await status.getByRole('button', { name: '查询' }).click();
  await statusResult.filter({ hasText: '说明的理由已收到' }).waitFor();


  // 撤回申请 online (ADR 0175): a third application, received by the office, is withdrawn on the
  // page. Without the ticked box the server refuses on the box in Chinese and nothing changes;
  // ticked, the case ends and the status reads 已撤回 with the 终止办理告知书.
  const third = await page.evaluate(async () => (await fetch('/api/public/requests', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ applicantType: 'NATURAL_PERSON', applicantName: '赵六',
      idType: 'RESIDENT_ID', idNumber: '11010519491231002X', contactPhone: '13812345678',
      contactEmail: 'zhaoliu@example.cn', contactAddress: null,
      description: '2023年本局行政许可办理情况统计表', deliveryForm: 'ELECTRONIC',
      deliveryMethod: 'EMAIL' }) })).json());
  await submit('wangli', third.trackingNumber, 'Task_ConfirmReceipt', { receiptConfirmed: v(true) });
  await status.getByLabel('受理编号').fill(third.trackingNumber);
  await status.getByLabel('查询码').fill(third.queryCode);
  await status.getByRole('button', { name: '查询' }).click();
  await statusResult.filter({ hasText: third.trackingNumber })
    .filter({ hasText: '可在下方“撤回申请”中撤回' }).waitFor();
  const withdrawal = page.locator('#withdrawal-form');
  assert.equal(await withdrawal.getByLabel('受理编号').inputValue(), third.trackingNumber);
  await withdrawal.getByLabel('查询码').fill(third.queryCode);
  await withdrawal.getByLabel('撤回理由（选填）').fill('已通过其他途径获得该信息');
  await withdrawal.getByRole('button', { name: '撤回申请' }).click();
  const confirmBox = withdrawal.getByLabel(/我确认撤回本申请/);
  await page.locator('#withdrawal-confirmation-error').filter({ hasText: '请确认撤回' }).waitFor();
  assert.match(await page.locator('#withdrawal-confirmation-error').textContent(), /^[^A-Za-z]+$/);
  assert.equal(await confirmBox.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#withdrawal-reason-error').textContent(), '');
  const notYet = await staff('wangli', `/api/ledger/cases/${third.trackingNumber}`);
  assert.ok(!notYet.outcomeLabel, 'a refused withdrawal ended the case');
  await confirmBox.check();
  await withdrawal.getByRole('button', { name: '撤回申请' }).click();
  const withdrawalResult = page.locator('#withdrawal-result');
  await withdrawalResult.filter({ hasText: '撤回' }).waitFor();
  assert.doesNotMatch(await withdrawalResult.textContent(), /失败|error/i);
  assert.equal(await confirmBox.isChecked(), false);
  await status.getByRole('button', { name: '查询' }).click();
  await statusResult.filter({ hasText: /已撤回：申请人于\d{4}年\d{1,2}月\d{1,2}日通过网上申请平台撤回本申请/ }).waitFor();
  await statusResult.filter({ hasText: '终止办理告知书' }).waitFor();
  assert.doesNotMatch(await statusResult.textContent(), /可在下方“撤回申请”中撤回/);

  // A voided registration (ADR 0177): a posted request registered twice, the office hands the
  // copy's applicant a query code, the copy is voided as a duplicate; the code's lookup says so
  // instead of 正在办理 and a reply date.
  const register = async () => (await staff('wangli',
    '/engine-rest/process-definition/key/DisclosureRequest/submit-form', 'POST', { variables: {
      channel: v('POST'), receivedOn: v(today), applicantType: v('COMMERCIAL'),
      applicantName: v('示范市某科技有限公司'), requestDescription: v('本局 2025 年政府采购合同'),
      deliveryForm: v('PAPER'), deliveryMethod: v('POST'),
      contactAddress: v('示范市鼓楼区东街8号（邮编350001）') } })).businessKey;
  const original = await register();
  const copy = await register();
  const copyCode = (await staff('wangli', `/api/cases/${copy}/query-code`, 'POST',
    { identityChecked: true })).queryCode;
  await submit('wangli', copy, 'Task_CheckCompleteness', { completenessDecision: v('VOID'),
    voidReason: v(`与${original}系同一份信函申请，重复登记`), voidDuplicateOf: v(original),
    voidNothingIssued: v(true) });
  await submit('chengang', copy, 'Task_ApproveVoid', { voidApproval: v('APPROVE') });
  await status.getByLabel('受理编号').fill(copy);
  await status.getByLabel('查询码').fill(copyCode);
  await status.getByRole('button', { name: '查询' }).click();
  await statusResult.filter({ hasText: '本次登记已作废' }).waitFor();
  const voidedFacts = await statusResult.locator('dl').textContent();
  assert.match(voidedFacts, new RegExp(`该申请按受理编号${original}办理`), voidedFacts);
  assert.match(voidedFacts, /收到申请日期登记已作废/, voidedFacts);
  assert.match(voidedFacts, /答复期限登记已作废，不作答复/, voidedFacts);
  assert.doesNotMatch(voidedFacts, /正在办理|\d{4}-\d{2}-\d{2}/, voidedFacts);
  assert.doesNotMatch(await statusResult.textContent(), /撤回申请/);

  assert.deepEqual(problems, []);
  console.log(`page test passed: applied as ${trackingNumber}, receipt, status, correction,`
    + ' the download of the released file and the reply letter, reasons given online, an online'
    + ' withdrawal and a voided registration\'s lookup checked');
} finally {
  await browser.close();
}
