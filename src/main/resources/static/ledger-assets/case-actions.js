// The office's registrations on the case page: 登记撤回申请 (POST /api/cases/{n}/withdrawal),
// 更正或撤销收费通知 (…/fee-corrections), 更正日期 (…/date-corrections), 登记申请人建议主动公开
// (…/proactive-suggestions), 转为主动公开 (/api/publications/from-request/{n}, Art. 44, ADR
// 0162), 答复申请人建议 (…/proactive-suggestions/answer, ADR 0183), 生成查询码 (…/query-code, ADR 0175) and 登记逾期第三方答复 (…/late-consultation-answers,
// ADR 0172); for 领导小组 only 更正日期
// of the receipt, payment and delivery dates (ADR 0137: a correction that lifts a passed deadline
// or a late reply is leadership's; the offer says `leadership`). Which of them shows is
// the server's answer (`actions` of /api/ledger/cases/{n}, ADR 0093), never guessed here; what
// is sent is checked by the API, whose refusal is shown on the field it names. Each asks for a
// confirmation on the page first (no browser dialog: its buttons would follow the browser's
// language, not ours).
window.ogi.caseActions = (function () {
  const esc = ogi.esc;
  const DATE_HINT = '年-月-日，如 2026-01-01';

  function field(name, label, control, hint) {
    return '<label class="ogi-action-field">' + esc(label) + control
      + (hint ? '<span class="ogi-muted">' + esc(hint) + '</span>' : '')
      + '<span class="ogi-field-error" data-for="' + esc(name) + '"></span></label>';
  }
  function dateInput(name) {
    // A text field as the ledger's search has: the API reads 年-月-日 whatever the browser's
    // language (a date picker would show the browser's own format and words).
    return '<input name="' + esc(name) + '" maxlength="10" autocomplete="off" placeholder="' + DATE_HINT + '">';
  }
  function select(name, choices, prompt) {
    return '<select name="' + esc(name) + '"><option value="">' + esc(prompt) + '</option>'
      + choices.map(function (c) { return '<option value="' + esc(c.value) + '">' + esc(c.label) + '</option>'; }).join('')
      + '</select>';
  }
  function reason(name, placeholder, max) {
    return '<textarea name="' + esc(name) + '" rows="3" maxlength="' + max + '" placeholder="' + esc(placeholder) + '"></textarea>';
  }
  // A group of checkboxes under one name (the items by 序号, the channels): the API's refusal of
  // the name is shown under the group.
  function choices(name, label, options, hint) {
    return '<div class="ogi-action-field ogi-choices" data-field="' + esc(name) + '"><span>' + esc(label) + '</span>'
      + options.map(function (o) {
        return '<label class="ogi-choice"><input type="checkbox" name="' + esc(name) + '" value="' + esc(o.value) + '"> ' + esc(o.label) + '</label>';
      }).join('')
      + (hint ? '<span class="ogi-muted">' + esc(hint) + '</span>' : '')
      + '<span class="ogi-field-error" data-for="' + esc(name) + '"></span></div>';
  }
  function checked(f, name) {
    return Array.prototype.filter.call(f.querySelectorAll('input[type=checkbox][name="' + name + '"]'), function (c) { return c.checked; })
      .map(function (c) { return c.value; });
  }
  function itemChoices(items) {
    return items.map(function (i) {
      return { value: String(i.seq), label: '序号 ' + i.seq + '：' + i.title + (i.suggestedOn ? '（申请人已于' + ogi.dateText(i.suggestedOn) + '建议主动公开）' : '') };
    });
  }
  function period(p) {
    return (p.servedOn ? '征求意见函' + ogi.dateText(p.servedOn) + '送达，' : '') + (p.dueOn ? '答复期限至' + ogi.dateText(p.dueOn) : '逾期未提出意见');
  }
  function form(action, summary, body, button) {
    return '<details class="ogi-action" data-action="' + action + '"><summary>' + esc(summary) + '</summary>'
      + '<form class="ogi-action-form" data-action="' + action + '" novalidate>' + body
      + '<div class="ogi-error" data-for="form" role="alert"></div>'
      + '<div class="ogi-confirm" hidden><p class="ogi-confirm-text"></p>'
      + '<button type="button" class="ogi-confirm-yes">确认</button> <button type="button" class="ogi-confirm-no">取消</button></div>'
      + '<p><button type="submit" class="ogi-action-submit">' + esc(button) + '</button></p></form></details>';
  }

  // ---------------------------------------------------------------- the forms

  const FORMS = {
    withdrawal: {
      summary: '登记撤回申请',
      html: function (a) {
        return '<p class="ogi-muted">申请人撤回申请的，登记办公室收到撤回的日期和撤回方式；登记后本案终止办理，办理结果为（六）其他处理 3.其他，并生成终止办理告知书。</p>'
          + field('withdrawnOn', '撤回申请日期', dateInput('withdrawnOn'), '办公室收到撤回的日期，不能早于收到申请日期，不能晚于今天')
          + field('withdrawalForm', '撤回方式', select('withdrawalForm', a.forms, '请选择撤回方式'))
          + field('withdrawalReason', '撤回理由（选填）', reason('withdrawalReason', '申请人说明的撤回理由，没有可不填', 1000));
      },
      button: '登记撤回申请',
      fields: ['withdrawnOn', 'withdrawalForm', 'withdrawalReason'],
      payload: function (f) {
        return { withdrawnOn: f.elements.withdrawnOn.value.trim(), withdrawalForm: f.elements.withdrawalForm.value,
          withdrawalReason: f.elements.withdrawalReason.value };
      },
      confirm: function () {
        return '确认登记撤回申请？本操作将终止办理本申请并生成终止办理告知书，登记后不能撤销。';
      },
      done: function (r) {
        return '已登记申请人撤回申请（撤回日期' + esc(ogi.dateText(r.withdrawnOn)) + '，' + esc(r.withdrawalFormLabel) + '），本案已终止办理，办理结果：'
          + esc(r.outcome) + '。' + letterLink(r.letter);
      },
    },
    feeCorrection: {
      summary: '更正或撤销收费通知',
      html: function (a) {
        const perPage = a.scheme === 'PER_PAGE';
        return '<p>现行收费通知：' + (a.noticeNumber ? '文号 ' + esc(a.noticeNumber) + '，' : '') + esc(ogi.dateText(a.issuedOn)) + '发出，'
          + (a.schemeLabel ? esc(a.schemeLabel) + '，' : '') + '金额 ' + esc(a.amount) + ' 元，尚未缴费。</p>'
          + (a.overcharge ? '<p role="alert"><strong>' + esc(a.overcharge) + '。</strong></p>' : '')
          + '<p class="ogi-muted">收费通知多收的，减少收费金额（发出更正收费通知书，以新文号替代原通知，缴费期限自其送达之日起重新计算）或撤销收费（发出撤销收费通知书，答复期限恢复计算）。提高收费须报领导审批，不在此办理。</p>'
          + field('action', '更正方式', select('action', a.choices, '请选择更正方式'))
          + (perPage ? field('pageCount', '更正后的页数', '<input name="pageCount" inputmode="numeric" maxlength="6" autocomplete="off" placeholder="如 150">', '按量计收：减少收费金额时填写；撤销收费不填')
            : '<p class="ogi-muted">按件计收：减少收费金额时，件数由系统按登记的收到申请日期重新计算，无需填写。</p>')
          + field('reason', '更正理由', reason('reason', '写明收费通知有误之处，至少4个字，将载入更正收费通知书或撤销收费通知书', 2000));
      },
      button: '更正收费通知',
      fields: ['action', 'pageCount', 'reason'],
      payload: function (f) {
        const body = { action: f.elements.action.value, reason: f.elements.reason.value };
        const pages = f.elements.pageCount;
        if (pages && body.action === 'REDUCE' && pages.value.trim() !== '') {
          // A whole number goes as one; anything else as typed, for the API to refuse on the field.
          body.pageCount = /^\d{1,6}$/.test(pages.value.trim()) ? Number(pages.value.trim()) : pages.value.trim();
        }
        return body;
      },
      confirm: function (f) {
        if (f.elements.action.value === 'WITHDRAW') {
          return '确认撤销收费？将发出撤销收费通知书，原收费通知不再有效，答复期限自今日起恢复计算。';
        }
        return '确认更正收费通知？将发出更正收费通知书，以新文号替代原收费通知，缴费期限自新通知送达之日起重新计算。';
      },
      done: function (r) {
        return (r.action === 'WITHDRAW' ? '已撤销收费（原收费金额 ' + esc(r.oldAmount) + ' 元）。'
          : '已更正收费通知：收费金额由 ' + esc(r.oldAmount) + ' 元改为 ' + esc(r.newAmount) + ' 元。')
          + letterLink(r.letter);
      },
    },
    dateCorrection: {
      summary: '更正日期',
      html: function (a) {
        return (a.leadership
          ? '<p class="ogi-muted">更正收到申请日期、缴费日期使已届满的答复期限后移，或更正送达日期使逾期答复变为按期答复的，须经领导小组同意，由领导小组成员在此更正；其他日期由办公室更正。更正记录（原日期、新日期、理由、更正人）载入办理过程记录并列入合规检查；由此计算的期限随之重算。</p>'
          : '<p class="ogi-muted">登记有误的日期由办公室说明理由后更正，更正记录（原日期、新日期、理由、更正人）载入办理过程记录；由此计算的期限随之重算。</p>')
          + field('field', '要更正的日期', select('field', a.fields.map(function (f) {
            return { value: f.value, label: f.label + '（现为 ' + (f.current || '尚未登记') + '）' };
          }), '请选择要更正的日期'))
          + field('newDate', '更正后的日期', dateInput('newDate'))
          + field('reason', '更正理由', reason('reason', '写明原日期错在哪里、依据什么更正，至少4个字', 2000));
      },
      button: '更正日期',
      fields: ['field', 'newDate', 'reason'],
      // A refusal of the date itself names the date (receivedOn: …): shown on 更正后的日期.
      alias: function (name, a) {
        return a.fields.some(function (f) { return f.value === name; }) ? 'newDate' : name;
      },
      payload: function (f) {
        return { field: f.elements.field.value, newDate: f.elements.newDate.value.trim(), reason: f.elements.reason.value };
      },
      confirm: function (f, a) {
        const chosen = a.fields.filter(function (x) { return x.value === f.elements.field.value; })[0];
        const to = f.elements.newDate.value.trim();
        if (!chosen) return '确认更正日期？';
        return '确认将' + chosen.label + '由 ' + (chosen.current || '（尚未登记）') + ' 更正为 ' + (to || '（未填写）')
          + '？更正记录将载入办理过程记录。';
      },
      done: function (r) {
        return '已将' + esc(r.label) + '由 ' + esc(r.oldDate || '（无）') + ' 更正为 ' + esc(r.newDate) + '。'
          + (r.warnings && r.warnings.length ? '<br>请注意：<ul>' + r.warnings.map(function (w) { return '<li>' + esc(w) + '</li>'; }).join('') + '</ul>' : '');
      },
    },
    // 申请人建议主动公开 (Art. 44, second sentence; ADR 0162): POST /api/cases/{n}/proactive-suggestions.
    proactiveSuggestion: {
      summary: '登记申请人建议主动公开',
      html: function (a) {
        return '<p class="ogi-muted">申请人认为所申请的政府信息涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策，建议将其纳入主动公开范围的（条例第四十四条），在此登记收到建议的日期、所涉信息项和申请人所述理由。登记后在本页和“多人申请的相同信息”中列明，供办公室审核是否转为主动公开。</p>'
          + choices('items', '申请人建议主动公开的信息项', itemChoices(a.items), '按本页“信息项与保密审查”所列序号选择')
          + field('suggestedOn', '收到建议日期', dateInput('suggestedOn'), '不能早于收到申请日期（' + ogi.dateText(a.receivedOn) + '），不能晚于今天；在申请书中提出的，填写收到申请日期')
          + field('reason', '建议理由', reason('reason', '申请人所述理由，如涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策，至少4个字', 1000));
      },
      button: '登记申请人建议',
      fields: ['items', 'suggestedOn', 'reason'],
      payload: function (f) {
        return { items: checked(f, 'items').map(Number), suggestedOn: f.elements.suggestedOn.value.trim(), reason: f.elements.reason.value };
      },
      confirm: function (f) {
        const seqs = checked(f, 'items');
        return '确认登记申请人建议将' + (seqs.length ? '序号 ' + seqs.join('、') + ' 的信息项' : '所选信息项') + '纳入主动公开范围？登记错误的，可说明理由作废。';
      },
      done: function (r) {
        return '已登记申请人建议主动公开（收到建议日期' + esc(ogi.dateText(r.suggestedOn)) + '）：'
          + r.items.map(function (i) { return '序号 ' + esc(i.seq) + ' ' + esc(i.title); }).join('；') + '。';
      },
    },
    // 作废申请人建议主动公开登记 (ADR 0173): POST /api/cases/{n}/proactive-suggestions/void.
    proactiveSuggestionVoid: {
      summary: '作废申请人建议主动公开登记',
      html: function (a) {
        return '<p class="ogi-muted">申请人建议主动公开登记错误的（如申请人并未提出该建议、登错信息项），在此说明理由后作废。作废的登记仍保留，在本页和办理过程记录中划线显示作废理由、作废人和日期，不再计入“多人申请的相同信息”；该信息项可重新登记。</p>'
          + choices('items', '要作废的建议登记', a.items.map(function (i) { return { value: String(i.seq), label: '序号 ' + i.seq + ' ' + i.title + '（收到建议日期' + ogi.dateText(i.suggestedOn) + '）' }; }), '按本页“申请人建议主动公开”所列序号选择')
          + field('reason', '作废理由', reason('reason', '写明登记错在哪里，至少4个字', 1000));
      },
      button: '作废建议登记',
      fields: ['items', 'reason'],
      payload: function (f) {
        return { items: checked(f, 'items').map(Number), reason: f.elements.reason.value };
      },
      confirm: function (f) {
        const seqs = checked(f, 'items');
        return '确认作废' + (seqs.length ? '序号 ' + seqs.join('、') + ' 的' : '所选') + '申请人建议主动公开登记？作废记录将载入办理过程记录。';
      },
      done: function (r) {
        return '已作废申请人建议主动公开登记：' + r.items.map(function (i) { return '序号 ' + esc(i.seq) + ' ' + esc(i.title); }).join('；') + '。';
      },
    },
    // 答复申请人建议主动公开 (ADR 0183): POST /api/cases/{n}/proactive-suggestions/answer.
    proactiveSuggestionAnswer: {
      summary: '登记对申请人建议主动公开的答复',
      html: function (a) {
        return '<p class="ogi-muted">本机关审核申请人的建议后（条例第四十四条），在此登记答复：采纳或不予采纳、理由和答复日期。答复在本页、“多人申请的相同信息”和办理过程记录中列明；已作废的建议登记不能答复，每项建议只答复一次。</p>'
          + choices('items', '答复的建议', a.items.map(function (i) { return { value: String(i.seq), label: '序号 ' + i.seq + ' ' + i.title + '（收到建议日期' + ogi.dateText(i.suggestedOn) + '）' }; }), '按本页“申请人建议主动公开”所列序号选择')
          + field('decision', '答复意见', select('decision', a.decisions, '请选择采纳或不予采纳'))
          + field('answeredOn', '答复日期', dateInput('answeredOn'), '不能早于收到建议日期，不能晚于今天')
          + field('reason', '答复理由', reason('reason', '采纳的，写明如何纳入主动公开；不予采纳的，写明理由，至少4个字', 1000));
      },
      button: '登记答复',
      fields: ['items', 'decision', 'answeredOn', 'reason'],
      payload: function (f) {
        return { items: checked(f, 'items').map(Number), decision: f.elements.decision.value, answeredOn: f.elements.answeredOn.value.trim(), reason: f.elements.reason.value };
      },
      confirm: function (f) {
        const seqs = checked(f, 'items');
        const d = f.elements.decision;
        return '确认登记对' + (seqs.length ? '序号 ' + seqs.join('、') + ' 的' : '所选') + '申请人建议的答复（' + (d.value ? d.options[d.selectedIndex].text : '未选择答复意见') + '）？答复登记后不能更改，将载入办理过程记录。';
      },
      done: function (r) {
        return '已登记答复（' + esc(r.decisionLabel) + '，' + esc(ogi.dateText(r.answeredOn)) + '）：' + r.items.map(function (i) { return '序号 ' + esc(i.seq) + ' ' + esc(i.title); }).join('；') + '。';
      },
    },
    // 转为主动公开 (Art. 44; ADR 0160, 0162): POST /api/publications/from-request/{n}, items by 序号.
    art44: {
      summary: '转为主动公开（条例第四十四条）',
      html: function (a) {
        return '<p class="ogi-muted">本申请的答复已送达，下列信息项已在答复中公开。多个申请人就相同政府信息提出申请，或者申请人建议纳入主动公开范围，经审核认为属于主动公开范围的，应当及时主动公开（条例第四十四条）。提交后生成主动公开批次，沿用答复办理中的保密审查结论，并由法规科逐项作主动公开审核（是否属于主动公开范围、是否含个人信息、第三方同意是否仅限于本申请）；按规定需领导审批的报领导审批，再由办公室在任务列表“登记发布情况”中登记发布。</p>'
          + choices('items', '转为主动公开的信息项', itemChoices(a.items), '信息名称沿用信息项名称；请勿选择含个人信息的信息项')
          + field('category', '信息类别', select('category', a.categories, '请选择信息类别'))
          + choices('channels', '发布渠道', a.channels)
          + field('publishingUnit', '发布机构', '<input name="publishingUnit" maxlength="100" autocomplete="off" value="' + esc(a.publishingUnit || '') + '">');
      },
      button: '转为主动公开',
      fields: ['items', 'category', 'channels', 'publishingUnit'],
      // The API names a row's field (publicationItems[1].category) or the list: shown on the field.
      alias: function (name) {
        const row = /^publicationItems\[\d+\]\.(\w+)$/.exec(name);
        if (row) return row[1] === 'seq' || row[1] === 'itemId' || row[1] === 'title' ? 'items' : row[1];
        return name === 'publicationItems' ? 'items' : name;
      },
      payload: function (f, a) {
        const category = f.elements.category.value;
        const channels = checked(f, 'channels');
        const unit = f.elements.publishingUnit.value.trim();
        return { items: checked(f, 'items').map(function (seq) {
          return { seq: Number(seq), category: category, channels: channels, publishingUnit: unit, attribute: a.attribute };
        }) };
      },
      confirm: function (f) {
        const seqs = checked(f, 'items');
        return '确认将' + (seqs.length ? '序号 ' + seqs.join('、') + ' 的信息项' : '所选信息项') + '转为主动公开？将生成主动公开批次，登记后不能撤销。';
      },
      done: function (r) {
        return '已生成主动公开批次 ' + esc(r.batchNumber) + '，请在任务列表中办理后续审批和登记发布。';
      },
    },
    // 生成查询码 (ADR 0158, 0170, 0175): POST /api/cases/{n}/query-code. The code is shown once in
    // the notice; for a counter or post request the notice offers to print it on the 受理回执
    // (a form post of the code, which the server checks against the register's hash).
    queryCode: {
      summary: '生成查询码',
      html: function (a) {
        return '<p class="ogi-muted">' + (a.online
          ? '网上申请人遗失查询码的，核对申请人身份证明后重新生成查询码；原查询码立即失效。'
          : '当面或邮寄提交的申请，核对申请人身份证明后为申请人生成查询码，申请人凭受理编号和查询码在网上查询办理进度、下载已送达的文书；补正、说明理由、撤回仍以书面形式提出。再次生成的，原查询码立即失效。')
          + '查询码只显示这一次，本机关不保存。</p>'
          + '<label class="ogi-action-field"><span><input type="checkbox" name="identityChecked" value="true"> 已核对申请人身份证明</span>'
          + '<span class="ogi-field-error" data-for="identityChecked"></span></label>';
      },
      button: '生成查询码',
      fields: ['identityChecked'],
      payload: function (f) {
        return { identityChecked: f.elements.identityChecked.checked };
      },
      confirm: function () {
        return '确认生成新的查询码？原查询码（如有）将立即失效，新查询码只显示这一次。';
      },
      done: function (r, a) {
        let html = '<p>查询码：<strong class="ogi-query-code">' + esc(r.queryCode) + '</strong></p><p>' + esc(r.message) + '</p>';
        if (a && a.receiptPath) {
          html += '<form method="post" action="' + esc(a.receiptPath) + '" target="_blank">'
            + '<input type="hidden" name="queryCode" value="' + esc(r.queryCode) + '">'
            + '<button type="submit">打印含此查询码的受理回执</button></form>';
        }
        return html;
      },
    },
    // 登记逾期第三方答复 (ADR 0172): POST /api/cases/{n}/late-consultation-answers, offered while
    // a third party that stayed silent has no item reviewed yet.
    lateConsultationAnswer: {
      summary: '登记逾期第三方答复',
      html: function (a) {
        const one = a.parties.length === 1;
        return '<p class="ogi-muted">第三方在答复期限（征求意见函送达之日起15个工作日）内未提出意见、征求意见已按逾期未提出意见结束的，此后收到的答复在此登记（条例第三十二条）。邮戳日期或收到日期在答复期限内的，按期限内的答复登记，不同意公开的，该第三方的信息项按第三方不同意公开处理；收到日期早于期限届满日的，征求意见时间计至收到之日，答复期限相应重新计算（条例第三十三条）；均在期限之后的，逾期未提出意见的结论不变，由本机关决定是否公开，保密审查和审批时可以看到该答复。该第三方的信息项已作出保密审查结论的，不能再登记：请将答复附卷，期限内的答复立即报审批领导。</p>'
          + (one ? '<p>被征求意见的第三方：' + esc(a.parties[0].label) + '（' + esc(period(a.parties[0])) + '）</p>'
            + '<input type="hidden" name="party" value="' + esc(a.parties[0].value) + '">'
            : field('party', '被征求意见的第三方', select('party', a.parties.map(function (p) {
              return { value: p.value, label: p.label + '（' + period(p) + '）' };
            }), '请选择第三方')))
          + field('answer', '答复意见', select('answer', a.answers, '请选择答复意见'))
          + field('receivedOn', '收到答复日期', dateInput('receivedOn'), '不能早于征求意见函送达日期，不能晚于今天')
          + field('postedOn', '邮戳日期（选填）', dateInput('postedOn'), '邮寄的答复填写信封上的邮戳日期')
          + field('opinion', '不同意公开的理由', reason('opinion', '不同意公开的，填写第三方说明的理由；同意公开的不填', 4000));
      },
      button: '登记第三方答复',
      fields: ['party', 'answer', 'receivedOn', 'postedOn', 'opinion'],
      payload: function (f) {
        return { party: f.elements.party.value || null, answer: f.elements.answer.value || null,
          receivedOn: f.elements.receivedOn.value.trim(), postedOn: f.elements.postedOn.value.trim() || null,
          opinion: f.elements.opinion.value };
      },
      confirm: function (f) {
        return '确认登记' + (f.elements.party.value ? f.elements.party.value + '的' : '第三方') + '答复？登记后不能撤销，将载入办理过程记录。';
      },
      done: function (r) {
        return esc(r.message) + '（' + (r.party ? esc(r.party) + '，' : '') + (r.answer === 'OBJECTION' ? '不同意公开' : '同意公开')
          + '，收到答复日期' + esc(ogi.dateText(r.receivedOn)) + (r.postedOn ? '，邮戳日期' + esc(ogi.dateText(r.postedOn)) : '') + '）。';
      },
    },
  };

  function letterLink(letter) {
    if (!letter || !letter.path) return '';
    return '已生成' + esc(letter.title) + (letter.documentNumber ? '（' + esc(letter.documentNumber) + '）' : '')
      + '：<a class="ogi-letter-link" href="' + esc(letter.path) + '">查看' + esc(letter.title) + '</a>';
  }

  // ---------------------------------------------------------------- page

  // What the server offered on the case shown, by action: the API's path and the choices.
  let offers = {};

  function html(c) {
    offers = c.actions || {};
    const offered = Object.keys(FORMS).filter(function (name) { return offers[name]; });
    if (offered.length === 0) return '';
    // 领导小组 is offered 更正日期 only: its own heading.
    const heading = offers.dateCorrection && offers.dateCorrection.leadership ? '领导小组更正事项' : '办公室登记事项';
    return '<h2>' + heading + '</h2><div class="ogi-actions">'
      + offered.map(function (name) { return form(name, FORMS[name].summary, FORMS[name].html(offers[name]), FORMS[name].button); }).join('')
      + '</div>';
  }

  function clear(f) {
    f.querySelectorAll('.ogi-field-error, .ogi-error').forEach(function (n) { n.textContent = ''; });
    f.querySelectorAll('.ogi-invalid').forEach(function (n) { n.classList.remove('ogi-invalid'); n.removeAttribute('aria-invalid'); });
  }

  function showOn(f, name, message) {
    const hint = f.querySelector('.ogi-field-error[data-for="' + name + '"]');
    if (!hint) return false;
    hint.textContent = message;
    const control = f.elements[name];
    // A group of checkboxes is a list of controls: each is marked.
    const controls = !control ? [] : control.classList ? [control] : Array.prototype.slice.call(control);
    controls.forEach(function (c) {
      c.classList.add('ogi-invalid');
      c.setAttribute('aria-invalid', 'true');
    });
    return true;
  }

  function refused(f, spec, a, e) {
    const formError = f.querySelector('.ogi-error[data-for="form"]');
    if (e.login) { ogi.loginHint(formError); return; }
    if (e.status === 403) { formError.textContent = '无权办理此项登记：' + e.message; return; }
    const alias = spec.alias ? function (n) { return spec.alias(n, a); } : function (n) { return n; };
    let shown = false;
    Object.keys(e.fields || {}).forEach(function (name) { shown = showOn(f, alias(name), e.fields[name]) || shown; });
    if (!shown && e.field) shown = showOn(f, alias(e.field), e.message);
    if (!shown) formError.textContent = e.message;
    const first = f.querySelector('.ogi-invalid');
    if (first) first.focus();
  }

  function bind(root, reload) {
    const notice = document.getElementById('ogi-notice');
    root.querySelectorAll('form.ogi-action-form').forEach(function (f) {
      const name = f.getAttribute('data-action');
      const spec = FORMS[name];
      const box = f.querySelector('.ogi-confirm');
      const submit = f.querySelector('.ogi-action-submit');
      const a = offers[name];
      f.addEventListener('submit', function (event) {
        event.preventDefault();
        clear(f);
        notice.innerHTML = '';
        box.querySelector('.ogi-confirm-text').textContent = spec.confirm(f, a);
        box.hidden = false;
        submit.disabled = true;
        box.querySelector('.ogi-confirm-yes').focus();
      });
      box.querySelector('.ogi-confirm-no').addEventListener('click', function () {
        box.hidden = true;
        submit.disabled = false;
      });
      box.querySelector('.ogi-confirm-yes').addEventListener('click', async function () {
        const yes = this;
        yes.disabled = true;
        try {
          const r = await ogi.post(a.path, spec.payload(f, a));
          notice.innerHTML = spec.done(r, a);
          notice.setAttribute('data-action', name);
          await reload();
          notice.scrollIntoView();
        } catch (e) {
          refused(f, spec, a, e);
        } finally {
          yes.disabled = false;
          box.hidden = true;
          submit.disabled = false;
        }
      });
    });
  }

  return { html: html, bind: bind, forms: FORMS };
})();
