// 多人申请的相同信息 (Art. 44; ADR 0160, 0162, 0173): /api/ledger/same-information as a table,
// each request linking its case page, where the office proposes 转为主动公开.
(function () {
  const esc = ogi.esc;
  const dash = '<span class="ogi-muted">—</span>';
  const params = new URLSearchParams(location.search);
  const form = document.getElementById('ogi-same-form');
  form.elements.year.value = params.get('year') || '';
  form.elements.minApplicants.value = params.get('minApplicants') || '';
  function proposal(a) {
    return a ? esc(a.batchNumber) + '（' + esc(a.statusLabel) + '）' : dash;
  }
  function render(body) {
    document.getElementById('ogi-year-label').textContent = body.year + '年度，申请人数不少于' + body.minApplicants + '人';
    if (!body.groups.length) {
      document.getElementById('ogi-same').innerHTML = '<p class="ogi-muted">没有符合条件的信息。</p>';
    } else {
      document.getElementById('ogi-same').innerHTML = '<table><thead><tr><th>信息名称</th><th>文号</th><th>申请人数</th><th>申请人建议主动公开</th><th>转为主动公开</th><th>申请（受理编号、序号、答复送达日期）</th></tr></thead><tbody>'
        + body.groups.map(function (g) {
          return '<tr><td>' + esc(g.title) + '</td><td>' + (g.documentNumber ? esc(g.documentNumber) : dash) + '</td><td>' + esc(g.applicants) + '</td><td>'
            + (g.applicantSuggestions ? esc(g.applicantSuggestions) + '件' : dash) + '</td><td>' + proposal(g.art44) + '</td><td>'
            + g.requests.map(function (r) {
              return '<a href="' + esc(r.casePage) + '">' + esc(r.trackingNumber) + '</a> 序号 ' + esc(r.seq) + '，' + esc(ogi.dateText(r.deliveredOn)) + '送达'
                + (r.applicantSuggestedOn ? '，申请人于' + esc(ogi.dateText(r.applicantSuggestedOn)) + '建议主动公开' : '')
                + (r.suggestionAnswer ? '（本机关' + esc(ogi.dateText(r.suggestionAnswer.answeredOn)) + '答复：' + esc(r.suggestionAnswer.decisionLabel) + '，理由：' + esc(r.suggestionAnswer.reason) + '）'
                  : r.applicantSuggestedOn ? '（尚未答复）' : '')
                + (r.art44 ? '，' + proposal(r.art44) : '');
            }).join('<br>') + '</td></tr>';
        }).join('') + '</tbody></table>';
    }
    document.body.setAttribute('data-loaded', 'true');
  }
  function load() {
    document.body.removeAttribute('data-loaded');
    document.getElementById('ogi-error').textContent = '';
    form.querySelectorAll('.ogi-field-error').forEach(function (n) { n.textContent = ''; });
    const q = new URLSearchParams();
    if (form.elements.year.value.trim()) q.set('year', form.elements.year.value.trim());
    if (form.elements.minApplicants.value.trim()) q.set('minApplicants', form.elements.minApplicants.value.trim());
    return ogi.get('/api/ledger/same-information?' + q.toString()).then(render).catch(function (e) {
      document.getElementById('ogi-same').innerHTML = '';
      const field = form.querySelector('[data-for="' + e.field + '"]');
      if (e.login) ogi.loginHint(document.getElementById('ogi-error'));
      else if (field) field.textContent = e.message;
      else document.getElementById('ogi-error').textContent = e.message;
      document.body.setAttribute('data-loaded', 'error');
    });
  }
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    const q = new URLSearchParams();
    if (form.elements.year.value.trim()) q.set('year', form.elements.year.value.trim());
    if (form.elements.minApplicants.value.trim()) q.set('minApplicants', form.elements.minApplicants.value.trim());
    history.replaceState(null, '', location.pathname + (q.toString() ? '?' + q.toString() : ''));
    load();
  });
  load();
})();
