// Drives the applicants' page in a real headless Chromium (Debian's chromium, no downloaded
// browser): apply (after one refused field), read the tracking number and query code, look up
// the status. Uses labels and the keyboard the way an applicant with a screen reader would.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const base = process.env.OGI_BASE_URL ?? 'http://localhost:8080';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const problems = [];
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
  assert.equal(await page.title(), '政府信息公开申请 · 网上申请');

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

  assert.deepEqual(problems, []);
  console.log(`page test passed: applied as ${trackingNumber}, status and correction checked`);
} finally {
  await browser.close();
}
