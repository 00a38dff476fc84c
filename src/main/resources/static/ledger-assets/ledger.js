// 办件台账: search form, results table and pager over /api/ledger. The query string of the
// page is the query of the API, so every link of the leadership view opens a filtered list.
(function () {
  const FORM_FIELDS = ['trackingNumber', 'kind', 'applicant', 'status', 'receivedFrom', 'receivedTo'];
  const FILTER_LABELS = {
    closedYear: '办结年度', outcome: '办理结果代码', deadline: '期限', group: '办理组', assignee: '办理人',
    appealKind: '复议诉讼类型', appealResult: '复议诉讼结果', appealYear: '复议诉讼年度',
  };
  const VALUE_LABELS = {
    overdue: '已超期', dueSoon: '即将到期', office: '政府信息公开办公室', legal: '法规科', leadership: '领导小组',
    RECONSIDERATION: '行政复议', LITIGATION: '行政诉讼', COMPLAINT: '申诉、举报', MAINTAINED: '维持',
    CORRECTED: '纠正', OTHER: '其他结果', ANSWERED: '已答复', PENDING: '尚未审结',
  };
  const esc = ogi.esc;
  const form = document.getElementById('ogi-search');
  let params = new URLSearchParams(location.search);

  function fillForm() {
    FORM_FIELDS.forEach(function (name) { form.elements[name].value = params.get(name) || ''; });
    const extra = Object.keys(FILTER_LABELS).filter(function (k) { return params.get(k); });
    document.getElementById('ogi-filters').innerHTML = extra.length === 0 ? '' : '其他筛选条件：'
      + extra.map(function (k) { return esc(FILTER_LABELS[k]) + ' ' + esc(VALUE_LABELS[params.get(k)] || params.get(k)); }).join('，')
      + ' <a href="/ledger">清除</a>';
  }

  function clearErrors() {
    document.getElementById('ogi-error').textContent = '';
    form.querySelectorAll('.ogi-field-error').forEach(function (n) { n.textContent = ''; });
    form.querySelectorAll('.ogi-invalid').forEach(function (n) { n.classList.remove('ogi-invalid'); });
  }

  function steps(c) {
    if (c.steps.length === 0) return ['<span class="ogi-muted">—</span>', ''];
    // A step links into Tasklist only for those who can work on it there (tasklistPath null otherwise).
    return [c.steps.map(function (s) { return s.tasklistPath ? '<a href="' + esc(s.tasklistPath) + '">' + esc(s.name) + '</a>' : esc(s.name); }).join('<br>'),
      c.steps.map(function (s) { return esc(s.holder); }).join('<br>')];
  }

  const dash = '<span class="ogi-muted">—</span>';

  // A complaint or a publication batch: its due date (reply, or Art. 26) and whether it was missed.
  function otherDeadline(c) {
    if (c.deadline) return ogi.deadline(c.deadline) + (c.late ? '<br><span class="ogi-late">已逾期</span>' : '');
    if (!c.dueOn) return dash;
    return esc(c.dueLabel + ' ') + ogi.dueDate(c.dueOn, c.dueProvisional)
      + (c.late ? '<br><span class="ogi-late">已逾期</span>' : '<br><span class="ogi-muted">未逾期</span>');
  }

  function render(data) {
    const tbody = document.querySelector('#ogi-ledger tbody');
    tbody.innerHTML = data.cases.map(function (c) {
      const st = steps(c);
      const request = c.kind === 'REQUEST';
      return '<tr class="ogi-case" data-kind="' + esc(c.kind) + '" data-tracking-number="' + esc(c.trackingNumber) + '">'
        + '<td><a href="' + esc(c.casePath) + '">' + esc(c.trackingNumber) + '</a></td>'
        + '<td>' + esc(c.kindLabel) + '</td>'
        + (request ? '<td>' + esc(c.applicantName) + '<br><span class="ogi-muted">' + esc(c.applicantTypeLabel) + '</span></td>'
          : '<td>' + esc(c.subject) + '</td>')
        + '<td>' + (request ? esc(c.channelLabel) : dash) + '</td><td>' + esc(c.receivedOnText || c.receivedOn) + '</td>'
        + '<td>' + esc(c.statusLabel) + '</td><td>' + st[0] + '</td><td>' + st[1] + '</td>'
        + '<td>' + (request ? ogi.deadline(c.deadline) : otherDeadline(c)) + '</td>'
        + '<td>' + (!request ? (c.closedOn ? esc((c.kind === 'PUBLICATION' ? '最后发布 ' : '答复 ') + c.closedOn) : dash)
          : c.outcomeLabel ? esc(c.outcomeLabel) + (c.closedOn ? '' : '<br><span class="ogi-muted">（拟定，尚未办结）</span>') : dash) + '</td></tr>';
    }).join('') || '<tr><td colspan="10" class="ogi-muted">没有符合条件的办件。</td></tr>';
    document.getElementById('ogi-summary').textContent = '共 ' + data.total + ' 件（' + data.today + '）';
    document.getElementById('ogi-page').textContent = '第 ' + data.page + ' 页，共 ' + Math.max(1, data.pages) + ' 页';
    document.getElementById('ogi-prev').disabled = data.page <= 1;
    document.getElementById('ogi-next').disabled = data.page >= data.pages;
    document.body.setAttribute('data-loaded', 'true');
  }

  async function load() {
    clearErrors();
    document.body.removeAttribute('data-loaded');
    try {
      render(await ogi.get('/api/ledger?' + params.toString()));
    } catch (e) {
      if (e.login) { ogi.loginHint(document.getElementById('ogi-error')); return; }
      const hint = form.querySelector('.ogi-field-error[data-for="' + e.field + '"]');
      if (hint) {
        hint.textContent = e.message;
        form.elements[e.field].classList.add('ogi-invalid');
      } else {
        document.getElementById('ogi-error').textContent = e.message;
      }
      document.getElementById('ogi-summary').textContent = '';
      document.body.setAttribute('data-loaded', 'error');
    }
  }

  function go(next) {
    params = next;
    history.pushState(null, '', '/ledger' + (params.toString() ? '?' + params.toString() : ''));
    load();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const next = new URLSearchParams();
    params.forEach(function (v, k) { if (FILTER_LABELS[k]) next.set(k, v); });
    FORM_FIELDS.forEach(function (name) {
      const v = form.elements[name].value.trim();
      if (v) next.set(name, v);
    });
    go(next);
  });
  document.getElementById('ogi-reset').addEventListener('click', function () { go(new URLSearchParams()); fillForm(); });
  document.getElementById('ogi-prev').addEventListener('click', function () {
    const next = new URLSearchParams(params); next.set('page', String(Math.max(1, Number(params.get('page') || 1) - 1))); go(next);
  });
  document.getElementById('ogi-next').addEventListener('click', function () {
    const next = new URLSearchParams(params); next.set('page', String(Number(params.get('page') || 1) + 1)); go(next);
  });
  window.addEventListener('popstate', function () { params = new URLSearchParams(location.search); fillForm(); load(); });
  fillForm();
  load();
})();
