// 办件详情: the request, items with their reviews and Art. 44 proposals, the applicant's
// suggestions of proactive disclosure, letters, pauses, appeals and the timeline,
// from /api/ledger/cases/{trackingNumber}, with links into Tasklist, Cockpit and the audit trail,
// and the office's registrations the server offers for the case (case-actions.js).
(function () {
  const esc = ogi.esc;
  const actions = ogi.caseActions;
  const number = decodeURIComponent(location.pathname.replace(/^\/ledger\/cases\//, ''));
  const dash = '<span class="ogi-muted">—</span>';
  function orDash(v) { return v == null || v === '' ? dash : esc(v); }
  function table(headers, rows, empty) {
    if (rows.length === 0) return '<p class="ogi-muted">' + esc(empty) + '</p>';
    return '<table><thead><tr>' + headers.map(function (h) { return '<th>' + esc(h) + '</th>'; }).join('')
      + '</tr></thead><tbody>' + rows.map(function (r) { return '<tr>' + r.map(function (c) { return '<td>' + c + '</td>'; }).join('') + '</tr>'; }).join('')
      + '</tbody></table>';
  }
  // No reply date: not confirmed yet, never an application (voided, ADR 0119, 0177; not
  // confirmed, Art. 31), or waiting for the corrected request (Art. 30).
  function replyDue(c) {
    if (c.replyDueOn) return ogi.dueDate(c.replyDueOn, c.replyDueProvisional);
    if (c.receiptPending) return '自确认收到之日起计算';
    if (c.status === 'VOIDED') return '登记已作废，不作答复';
    if (c.status === 'NOT_CONFIRMED') return '不予确认，不作答复';
    return '补正后重新计算';
  }
  function render(c) {
    document.title = '办件详情 ' + c.trackingNumber;
    document.getElementById('ogi-title').textContent = '办件详情 ' + c.trackingNumber;
    const links = ['<a href="' + esc(c.links.auditTrail) + '">办理过程记录</a>'];
    if (c.cockpitPath) links.push('<a href="' + esc(c.cockpitPath) + '">在监控中心查看流程</a>');
    c.steps.forEach(function (s) { if (s.tasklistPath) links.push('<a href="' + esc(s.tasklistPath) + '">在任务列表办理：' + esc(s.name) + '</a>'); });
    if (c.links.applicant) links.push('<a href="' + esc(c.links.applicant) + '">申请人完整信息（仅限办公室，查阅留痕）</a>');
    let html = '<p class="ogi-nav">' + links.join('') + '</p>'
      + '<h2>申请</h2><table class="ogi-request">'
      + '<tr><th>受理编号</th><td>' + esc(c.trackingNumber) + '</td><th>办理状态</th><td>' + esc(c.statusLabel) + '</td></tr>'
      + '<tr><th>申请人</th><td>' + esc(c.applicantName) + '（' + esc(c.applicantTypeLabel) + '）</td><th>渠道</th><td>' + esc(c.channelLabel) + '</td></tr>'
      + '<tr><th>收到日期</th><td>' + esc(c.receivedOnText || c.receivedOn) + '</td><th>答复期限</th><td>' + replyDue(c) + '</td></tr>'
      + '<tr><th>当前期限</th><td>' + ogi.deadline(c.deadline) + '</td><th>办理结果</th><td>' + orDash(c.outcomeLabel) + (c.closedOn ? '（' + esc(c.closedOn) + '办结）' : (c.outcomeLabel ? '（拟定，尚未办结）' : '')) + '</td></tr>'
      + '<tr><th>当前环节</th><td colspan="3">' + (c.steps.length ? c.steps.map(function (s) { return esc(s.name) + '（' + esc(s.holder) + '）'; }).join('<br>') : dash) + '</td></tr>'
      + '<tr><th>申请内容</th><td colspan="3">' + orDash(c.description) + '</td></tr></table>';
    html += actions.html(c);
    html += '<h2>信息项与保密审查</h2>' + table(['序号', '信息项', '检索结果', '审查结论', '不予公开理由', '法律依据', '审查人', '审查日期', '转为主动公开'],
      c.items.map(function (i) {
        return [esc(i.seq) + (i.superseded ? '<br><span class="ogi-muted">（纠正前，已失效）</span>' : ''), esc(i.title), esc(i.findingLabel),
          orDash(i.conclusionLabel) + (i.redactionNote ? '<br><span class="ogi-muted">' + esc(i.redactionNote) + '</span>' : ''),
          orDash(i.groundLabel), orDash(i.legalBasis), orDash(i.reviewer), orDash(i.reviewedOn),
          i.art44 ? esc(i.art44.batchNumber) + '（' + esc(i.art44.statusLabel) + '）' : dash];
      }), '尚未拆分信息项。');
    // 申请人建议主动公开 (Art. 44, ADR 0162), as the office recorded it.
    html += '<h2>申请人建议主动公开</h2>' + table(['序号', '信息项', '收到建议日期', '建议理由', '登记人', '本机关答复'],
      (c.proactiveSuggestions || []).map(function (s) {
        // Voided as recorded in error (ADR 0173): struck, with why, who and when.
        const struck = function (v) { return s.voided ? '<s>' + v + '</s>' : v; };
        return [struck(esc(s.seq)) + (s.superseded ? '<br><span class="ogi-muted">（纠正前，已失效）</span>' : ''),
          struck(esc(s.title)) + (s.voided ? '<br><span class="ogi-muted">已作废（登记错误）：' + esc(s.voidReason) + '（' + esc(s.voidedByName) + '，' + esc(ogi.dateText(s.voidedOn)) + '）</span>' : ''),
          struck(esc(s.suggestedOn)), struck(esc(s.reason)), esc(s.recordedByName),
          // The agency's answer (采纳 / 不予采纳, ADR 0183): when, why, who recorded it.
          s.answer ? esc(s.answer.decisionLabel) + '（' + esc(ogi.dateText(s.answer.answeredOn)) + '答复，' + esc(s.answer.answeredByName) + '登记）<br><span class="ogi-muted">理由：' + esc(s.answer.reason) + '</span>'
            : (s.voided ? dash : '尚未答复')];
      }), '申请人未建议主动公开。');
    html += '<h2>文书</h2>' + table(['文书', '文号', '文书日期'], c.letters.map(function (l) {
      return [(l.path ? '<a href="' + esc(l.path) + '">' + esc(l.title) + '</a>' : esc(l.title))
        + (l.voided ? '<br><span class="ogi-muted">' + esc(l.voidNote) + '</span>' : ''),
        esc(l.documentNumber || '—'), esc(l.issuedOn)];
    }), '尚未发出文书。') + '<p class="ogi-muted">文书全文见<a href="' + esc(c.links.auditTrail) + '">办理过程记录</a>。</p>';
    if (c.onlineReasons && c.onlineReasons.length) {
      html += '<h2>申请人网上说明的理由</h2>' + table(['说明理由通知书发出日期', '说明理由期限', '网上收到日期', '说明的理由（已屏蔽个人信息）'], c.onlineReasons.map(function (r) {
        return [esc(r.requestedOn), esc(r.dueOn), esc(r.receivedOn) + (r.inTime ? '' : '<br><span class="ogi-muted">（逾期）</span>'), '<span style="white-space:pre-wrap">' + esc(r.text) + '</span>'];
      }), '无。') + (c.links.applicant ? '<p class="ogi-muted">完整理由见<a href="' + esc(c.links.applicant) + '">申请人完整信息</a>（仅限办公室，查阅留痕）。</p>' : '');
    }
    html += '<h2>期限中止</h2>' + table(['起始日期', '结束日期', '中止工作日'], c.pauses.map(function (p) {
      return [esc(p.startedOn), p.endedOn ? esc(p.endedOn) : '（仍在中止）', orDash(p.workingDays)];
    }), '无期限中止。');
    html += '<h2>行政复议、行政诉讼、申诉举报</h2>' + table(['类型', '审级', '提起人', '案号', '收到日期', '结果', '决定日期'], c.appeals.map(function (a) {
      return [esc(a.kindLabel), orDash(a.instance), orDash(a.appellantLabel) + (a.challengedLabel ? '<br><span class="ogi-muted">' + esc(a.challengedLabel) + '</span>' : ''), orDash(a.docketNo), esc(a.servedOn), esc(a.resultLabel), orDash(a.decidedOn)];
    }), '无。');
    html += '<h2>办理过程</h2>' + table(['时间', '类别', '环节', '办理人', '结果', '说明'], c.timeline.map(function (e) {
      return [orDash(e.at), esc(e.kindLabel), orDash(e.activity), orDash(e.who), orDash(e.outcome), orDash(e.comment)];
    }), '无记录。');
    document.getElementById('ogi-case').innerHTML = html;
    actions.bind(document.getElementById('ogi-case'), load);
    document.body.setAttribute('data-loaded', 'true');
  }
  function load() {
    document.body.removeAttribute('data-loaded');
    return ogi.get('/api/ledger/cases/' + encodeURIComponent(number)).then(render).catch(function (e) {
      document.getElementById('ogi-case').innerHTML = '';
      if (e.login) ogi.loginHint(document.getElementById('ogi-error'));
      else document.getElementById('ogi-error').textContent = e.message;
      document.body.setAttribute('data-loaded', 'error');
    });
  }
  load();
})();
