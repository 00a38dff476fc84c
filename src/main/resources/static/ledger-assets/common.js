// Shared helpers of the ledger pages (办件台账, 案件详情, 领导视图): escaping, the API call and
// the deadline light. No external resources.
window.ogi = (function () {
  function esc(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  // A refusal: the Chinese message, the status, the field its English part names first
  // ("year must be …", "action: …") and, where the API lists them, every wrong field's message.
  async function answer(res) {
    const body = await res.json().catch(function () { return {}; });
    if (res.status === 401) {
      const e = new Error('请先登录。');
      e.login = true;
      e.status = 401;
      throw e;
    }
    if (!res.ok) {
      const e = new Error(body.message || ('请求失败（' + res.status + '）'));
      e.status = res.status;
      e.field = (body.error || '').split(/[\s:]/)[0];
      e.fields = body.fields && typeof body.fields === 'object' ? body.fields : {};
      throw e;
    }
    return body;
  }
  async function get(url) {
    return answer(await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }));
  }
  // A registration on our staff API (/api/cases/…): JSON from this origin, with the session
  // cookie. That is what CrossSiteRequestGuard lets through; Camunda's XSRF token belongs to the
  // webapps' own API (/camunda/api), not to ours.
  async function post(url, payload) {
    return answer(await fetch(url, { method: 'POST', credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(payload) }));
  }
  const LIGHTS = { red: '红灯', yellow: '黄灯', green: '绿灯', none: '计时中止' };
  function deadline(d) {
    if (!d) return '<span class="ogi-muted">—</span>';
    let left;
    if (d.paused) left = '计时中止';
    else if (d.workingDaysLeft < 0) left = '超期 ' + (-d.workingDaysLeft) + ' 个工作日';
    else if (d.workingDaysLeft === 0) left = '今日到期';
    else left = '剩余 ' + d.workingDaysLeft + ' 个工作日';
    // A date counted over a year whose holiday notice is not out yet (as the task forms say).
    if (d.provisional) left += '；暂算：节假日安排尚未公布，按法定节假日计算';
    return '<span class="ogi-deadline" data-light="' + esc(d.light) + '"><span class="ogi-light ogi-light-' + esc(d.light)
      + '" title="' + esc(LIGHTS[d.light]) + '"></span>' + esc(LIGHTS[d.light]) + ' ' + esc(d.kind) + ' ' + esc(d.dueOn)
      + '（' + esc(left) + '）</span>';
  }
  // A due date as staff read it: the date, and 暂算 where the server says the date counts over a
  // year whose holiday notice is not out yet (as the deadline light and the task forms say).
  function dueDate(date, provisional) {
    return esc(date) + (provisional ? '（暂算：节假日安排尚未公布，按法定节假日计算）' : '');
  }
  // An ISO date (2026-12-08) as a sentence writes it (2026年12月8日), as the letters do; the
  // tables keep ISO dates, which sort and scan in columns.
  function dateText(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? m[1] + '年' + Number(m[2]) + '月' + Number(m[3]) + '日' : (iso || '');
  }
  function loginHint(node) {
    node.innerHTML = '请先登录。<a href="/camunda/app/tasklist/default/">前往登录</a>';
  }
  return { esc: esc, get: get, post: post, deadline: deadline, dueDate: dueDate, dateText: dateText, loginHint: loginHint };
})();
