// The applicant's page: submit an application, look up its status, send a correction or reasons,
// withdraw the request.
// Talks to /api/public/requests (see openapi.yaml). No external resources.
(function () {
  'use strict';

  var API = '/api/public/requests';
  var FIELDS = ['applicantType', 'applicantName', 'idType', 'idNumber', 'contactPhone',
    'contactEmail', 'contactAddress', 'description', 'deliveryForm', 'deliveryMethod'];
  // One key per application until it is accepted: a retry after a lost answer never makes a
  // second case (the answer then carries a fresh query code).
  var idempotencyKey = null;
  // The application just submitted, for its 受理回执 (the query code is shown only once).
  var lastApplied = null;

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function el(id) { return document.getElementById(id); }

  function text(tag, content, className) {
    var node = document.createElement(tag);
    node.textContent = content;
    if (className) { node.className = className; }
    return node;
  }

  function show(box, nodes) {
    box.replaceChildren.apply(box, nodes);
    box.hidden = false;
    box.focus();
  }

  function call(method, url, body, headers) {
    var options = { method: method, headers: headers || {} };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json; charset=utf-8';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data };
      });
    }, function () {
      return { status: 0, data: { message: '网络连接失败，请稍后重试。' } };
    });
  }

  function formValue(form, name) {
    var field = form.elements[name];
    if (!field) { return null; }
    var value = field.value;
    return value && value.trim() ? value.trim() : null;
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.error'), function (p) {
      p.textContent = '';
    });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (f) {
      f.removeAttribute('aria-invalid');
    });
  }

  function showFieldErrors(form, errors) {
    var first = null;
    Object.keys(errors || {}).forEach(function (name) {
      // A form's own holder first (补正 and 说明理由 both send "text").
      var holder = form.querySelector('.error[data-for="' + name + '"]') || el(name + '-error');
      if (holder) { holder.textContent = errors[name]; }
      var field = form.elements[name];
      var fields = !field ? [] : field.tagName ? [field] : Array.prototype.slice.call(field);
      fields.forEach(function (f) { f.setAttribute('aria-invalid', 'true'); });
      first = first || fields[0];
    });
    if (first) { first.focus(); }
  }

  el('apply-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    var message = el('apply-message');
    clearErrors(form);
    message.textContent = '';
    var body = {};
    FIELDS.forEach(function (name) { body[name] = formValue(form, name); });
    idempotencyKey = idempotencyKey || newKey();
    call('POST', API, body, { 'Idempotency-Key': idempotencyKey }).then(function (answer) {
      if (answer.status === 201 || answer.status === 200) {
        idempotencyKey = null;
        lastApplied = answer.data.queryCode
          ? { trackingNumber: answer.data.trackingNumber, queryCode: answer.data.queryCode } : null;
        el('receipt-print-button').hidden = !lastApplied;
        el('receipt-download-button').hidden = !lastApplied;
        el('receipt-error').textContent = '';
        el('result-tracking-number').textContent = answer.data.trackingNumber;
        el('result-query-code').textContent = answer.data.queryCode || '（已在首次提交时显示）';
        el('result-message').textContent = answer.data.message;
        el('status-tracking-number').value = answer.data.trackingNumber;
        el('supplement-tracking-number').value = answer.data.trackingNumber;
        el('reasons-tracking-number').value = answer.data.trackingNumber;
        form.reset();
        var result = el('apply-result');
        result.hidden = false;
        result.focus();
      } else {
        message.textContent = answer.data.message || '提交失败，请稍后重试。';
        showFieldErrors(form, answer.data.fieldErrors);
      }
    });
  });

  // 受理回执: fetched with the query code in a header (never in a URL), then printed from this
  // page (print CSS shows only the receipt) or saved as a standalone HTML file. After applying
  // it is the provisional receipt; from the status lookup, once confirmed, the confirmed one
  // (Art. 31; audit 34a F8).
  function fetchReceipt(target) {
    return fetch(API + '/' + encodeURIComponent(target.trackingNumber) + '/receipt', {
      headers: { 'X-Query-Code': target.queryCode }
    }).then(function (response) {
      if (!response.ok) { throw new Error('receipt'); }
      return response.text();
    });
  }

  function receiptFailed(errorBox) {
    return function () {
      errorBox.textContent = '受理回执暂时无法获取，请稍后凭受理编号和查询码重试。';
    };
  }

  function printReceipt(target, errorBox) {
    fetchReceipt(target).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var receipt = doc.querySelector('main.receipt');
      el('receipt-print').replaceChildren(document.importNode(receipt, true));
      document.body.classList.add('printing-receipt');
      window.print();
    }, receiptFailed(errorBox));
  }

  function downloadReceipt(target, errorBox) {
    fetchReceipt(target).then(function (html) {
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      link.download = '受理回执-' + target.trackingNumber + '.html';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
    }, receiptFailed(errorBox));
  }

  el('receipt-print-button').addEventListener('click', function () {
    if (lastApplied) { printReceipt(lastApplied, el('receipt-error')); }
  });

  window.addEventListener('afterprint', function () {
    document.body.classList.remove('printing-receipt');
  });

  el('receipt-download-button').addEventListener('click', function () {
    if (lastApplied) { downloadReceipt(lastApplied, el('receipt-error')); }
  });

  /** The receipt's buttons under a status answer: 受理回执（已确认收到） once confirmed. */
  function receiptSection(target, confirmed) {
    var box = document.createElement('div');
    var error = text('p', '', 'error');
    error.setAttribute('role', 'alert');
    var label = confirmed ? '受理回执（已确认收到）' : '受理回执（待本机关确认）';
    var print = text('button', '打印' + label);
    print.type = 'button';
    print.addEventListener('click', function () { printReceipt(target, error); });
    var save = text('button', '下载' + label);
    save.type = 'button';
    save.addEventListener('click', function () { downloadReceipt(target, error); });
    box.appendChild(print);
    box.appendChild(save);
    box.appendChild(error);
    return [text('h4', '受理回执'), box];
  }

  // 电子送达: after delivery, the reply letter and the released files, through links that
  // expire; post and pick-up get an explanation instead.
  function downloadsSection(answer) {
    if (answer.status !== 200) { return []; }
    var d = answer.data;
    var nodes = [text('h4', '答复书和公开的政府信息下载')];
    nodes.push(text('p', d.message));
    if (d.files && d.files.length) {
      var list = document.createElement('ul');
      list.className = 'downloads';
      d.files.forEach(function (file) {
        var item = document.createElement('li');
        var link = text('a', file.fileName);
        link.href = file.url;
        link.setAttribute('download', file.fileName);
        item.appendChild(link);
        item.appendChild(document.createTextNode('（' + file.title + '）'));
        list.appendChild(item);
      });
      nodes.push(list);
    }
    return nodes;
  }

  function codeHeader(form) {
    return { 'X-Query-Code': formValue(form, 'queryCode') || '' };
  }

  function caseUrl(form) {
    return API + '/' + encodeURIComponent(formValue(form, 'trackingNumber') || '-');
  }

  el('status-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    var downloads = call('GET', caseUrl(form) + '/downloads', undefined, codeHeader(form));
    call('GET', caseUrl(form), undefined, codeHeader(form)).then(function (answer) {
      var box = el('status-result');
      if (answer.status !== 200) {
        show(box, [text('p', answer.data.message || '查询失败，请稍后重试。', 'error')]);
        return;
      }
      var s = answer.data;
      var list = document.createElement('dl');
      var rows = [['受理编号', s.trackingNumber], ['办理进度', s.stage],
        ['收到申请日期', s.receivedOnText
          || (s.status === 'NOT_CONFIRMED' ? '不予确认，未收到申请'
            : s.status === 'VOIDED' ? '登记已作废' : '待确认')]];
      // A reply date only while one is due; after the reply or the closing, when and how the
      // reply was served (the appeal periods run from that day).
      if (s.dueText) {
        rows.push(['答复期限', s.dueText]);
      } else if (s.status === 'SUBMITTED') {
        rows.push(['答复期限', '确认收到后起算']);
      } else if (s.status === 'VOIDED') {
        rows.push(['答复期限', '登记已作废，不作答复']);
      }
      if (s.feeText) {
        rows.push(['信息处理费', s.feeText]);
      }
      if (s.deliveredOnText) {
        rows.push(['答复书送达', s.deliveredOnText + (s.deliveredByText ? '，' + s.deliveredByText : '')]);
      } else if (s.status === 'CLOSED') {
        rows.push(['答复书送达', '本申请已办结，不再作出答复']);
      }
      rows.forEach(function (pair) {
        list.appendChild(text('dt', pair[0]));
        list.appendChild(text('dd', pair[1]));
      });
      var nodes = [text('h3', '办理进度'), list];
      if (s.letters && s.letters.length) {
        nodes.push(text('h4', '本机关已发出的通知书、告知书和答复书'));
        s.letters.forEach(function (letter) {
          nodes.push(text('h5', letter.title
            + (letter.documentNumber ? ' ' + letter.documentNumber : '')
            + '（' + (letter.issuedOnText || letter.issuedOn) + '）'
            + (letter.setAside ? '（已撤销）' : '')));
          if (letter.setAside) {
            nodes.push(text('p', letter.setAside, 'error'));
          }
          nodes.push(text('div', letter.text, 'letter'));
        });
      }
      if (s.awaitingSupplement) {
        nodes.push(text('p', '本申请需要补正，请在下方“提交补正材料”中提交。'));
      }
      if (s.awaitingReasons) {
        el('reasons-tracking-number').value = s.trackingNumber;
        nodes.push(text('p', '本申请需要说明理由，请在下方“说明理由”中提交，或按说明理由通知书以书面形式提交。'));
      }
      if (s.mayWithdraw) {
        el('withdrawal-tracking-number').value = s.trackingNumber;
        nodes.push(text('p', '本申请尚在办理中，如不再需要，可在下方“撤回申请”中撤回。'));
      }
      nodes = nodes.concat(receiptSection({ trackingNumber: s.trackingNumber,
        queryCode: formValue(form, 'queryCode') }, s.status !== 'SUBMITTED'));
      downloads.then(function (files) {
        show(box, nodes.concat(downloadsSection(files)));
      });
    });
  });

  // A written answer (补正 or 说明理由, Art. 30 and 35) to its own endpoint, its result below it.
  function answerForm(formId, endpoint, resultId) {
    el(formId).addEventListener('submit', function (event) {
      event.preventDefault();
      var form = event.target;
      clearErrors(form);
      call('POST', caseUrl(form) + endpoint, { text: formValue(form, 'text') },
        codeHeader(form)).then(function (answer) {
        var box = el(resultId);
        if (answer.status === 202) {
          form.elements.text.value = '';
          show(box, [text('p', answer.data.message)]);
        } else {
          showFieldErrors(form, answer.data.fieldErrors);
          show(box, [text('p', answer.data.message || '提交失败，请稍后重试。', 'error')]);
        }
      });
    });
  }
  answerForm('reasons-form', '/reasons', 'reasons-result');

  // 撤回申请 (ADR 0175): the server decides whether the request may still be withdrawn; the
  // ticked box sends the confirmation it asks for.
  el('withdrawal-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    clearErrors(form);
    var body = { reason: formValue(form, 'reason'),
      confirmation: form.elements.confirmation.checked ? form.elements.confirmation.value : null };
    call('POST', caseUrl(form) + '/withdrawal', body, codeHeader(form)).then(function (answer) {
      var box = el('withdrawal-result');
      if (answer.status === 201) {
        form.elements.reason.value = '';
        form.elements.confirmation.checked = false;
        show(box, [text('p', answer.data.message)]);
      } else {
        showFieldErrors(form, answer.data.fieldErrors);
        show(box, [text('p', answer.data.message || '提交失败，请稍后重试。', 'error')]);
      }
    });
  });
  answerForm('supplement-form', '/supplement', 'supplement-result');
}());
