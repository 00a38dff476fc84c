// 领导视图: the year's figures from /api/ledger/leadership as charts (Apache ECharts from its
// WebJar) with the numbers in a table beside them; every bar, slice and number opens the
// ledger with the matching filter.
(function () {
  const esc = ogi.esc;
  const charts = [];
  function ledgerLink(query) { return '/ledger?' + query; }
  function numberLink(figure) {
    return '<a class="ogi-figure-link" data-key="' + esc(figure.key) + '" href="' + esc(ledgerLink(figure.ledgerQuery)) + '">' + esc(figure.count) + '</a>';
  }
  function figureTable(id, headers, figures) {
    document.getElementById(id).innerHTML = '<table data-figures="' + esc(id) + '"><thead><tr><th>' + esc(headers[0]) + '</th><th>' + esc(headers[1])
      + '</th></tr></thead><tbody>' + figures.map(function (f) {
        return '<tr data-key="' + esc(f.key) + '"><td>' + esc(f.label) + '</td><td>' + numberLink(f) + '</td></tr>';
      }).join('') + '</tbody></table>';
  }
  function chart(id, option, figures) {
    if (typeof echarts === 'undefined') return;
    const c = echarts.init(document.getElementById(id));
    c.setOption(Object.assign({ tooltip: {}, animation: false }, option));
    c.on('click', function (p) {
      const f = (p.data && p.data.figure) || figures[p.dataIndex];
      if (f) location.href = ledgerLink(f.ledgerQuery);
    });
    charts.push(c);
  }
  function bars(id, figures, name, color) {
    chart(id, {
      grid: { left: 40, right: 10, bottom: 60, top: 20 },
      xAxis: { type: 'category', data: figures.map(function (f) { return f.label; }), axisLabel: { interval: 0, rotate: figures.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: name, color: color, data: figures.map(function (f) { return { value: f.count, figure: f }; }) }],
    }, figures);
  }
  function render(data) {
    document.getElementById('ogi-year-label').textContent = data.year + ' 年';
    document.getElementById('f-year').value = data.year;
    // The navigation's annual report (shown to those who may read it) follows the chosen year.
    const reportLink = document.querySelector('nav.ogi-nav a[data-page="annual_report"]');
    if (reportLink) reportLink.href = '/reports/' + data.year;
    charts.forEach(function (c) { c.dispose(); });
    charts.length = 0;

    bars('chart-intake', data.intakeByMonth, '收到申请', '#3b7dd8');
    figureTable('table-intake', ['月份', '收到申请（件）'], data.intakeByMonth);

    const outcomes = data.outcomes.filter(function (f) { return f.count > 0; });
    chart('chart-outcomes', {
      series: [{ type: 'pie', radius: '60%', data: outcomes.map(function (f) { return { name: f.label.replace(/（区分处理的.*）/, ''), value: f.count, figure: f }; }) }],
    }, outcomes);
    figureTable('table-outcomes', ['办理结果', '件数'], data.outcomes.map(function (f) { return Object.assign({}, f, { label: f.key + ' ' + f.label }); }));

    const h = data.handlingTime;
    document.getElementById('table-handling').innerHTML = '<table id="ogi-handling" style="width:auto"><tbody>'
      + '<tr><th>本年度首次办结</th><td><a href="' + esc(ledgerLink(h.ledgerQuery)) + '">' + esc(h.closedCases) + '</a> 件</td></tr>'
      + '<tr><th>平均用时</th><td>' + (h.averageWorkingDays == null ? '—' : esc(h.averageWorkingDays) + ' 个工作日') + '</td></tr>'
      + '<tr><th>最长用时</th><td>' + (h.worstWorkingDays == null ? '—' : esc(h.worstWorkingDays) + ' 个工作日（<a href="'
        + esc(ledgerLink('trackingNumber=' + encodeURIComponent(h.worstTrackingNumber))) + '">' + esc(h.worstTrackingNumber) + '</a>）') + '</td></tr>'
      + '</tbody></table>'
      + '<p class="ogi-muted">用时按答复期限计算：自收到申请（补正的，自收到补正后的申请）之日起至办结的工作日，扣除征求意见、缴费等不计入答复期限的时间；未补正、未缴费视为放弃申请的以及申请人撤回申请的，不计用时（撤回前已逾期的见合规检查）。</p>';

    const groups = data.overdueByGroup.map(function (f) { return f.label; });
    chart('chart-deadlines', {
      legend: { data: ['已超期', data.dueSoonWorkingDays + '个工作日内到期'] },
      grid: { left: 40, right: 10, bottom: 30, top: 40 },
      xAxis: { type: 'category', data: groups },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: '已超期', color: '#d9363e', data: data.overdueByGroup.map(function (f) { return { value: f.count, figure: f }; }) },
        { type: 'bar', name: data.dueSoonWorkingDays + '个工作日内到期', color: '#f0b400', data: data.dueSoonByGroup.map(function (f) { return { value: f.count, figure: f }; }) },
      ],
    }, data.overdueByGroup);
    document.getElementById('table-deadlines').innerHTML = '<table data-figures="table-deadlines"><thead><tr><th>办理组</th><th>已超期</th><th>'
      + esc(data.dueSoonWorkingDays) + '个工作日内到期</th></tr></thead><tbody>' + data.overdueByGroup.map(function (f, i) {
        return '<tr data-key="' + esc(f.key) + '"><td>' + esc(f.label) + '</td><td>' + numberLink(f) + '</td><td>' + numberLink(data.dueSoonByGroup[i]) + '</td></tr>';
      }).join('') + '</tbody></table>';
    const persons = {};
    data.overdueByPerson.forEach(function (f) { (persons[f.key] = persons[f.key] || { label: f.label }).overdue = f; });
    data.dueSoonByPerson.forEach(function (f) { (persons[f.key] = persons[f.key] || { label: f.label }).dueSoon = f; });
    const keys = Object.keys(persons).sort();
    document.getElementById('table-persons').innerHTML = '<h3>按办理人（已认领的任务）</h3>' + (keys.length === 0 ? '<p class="ogi-muted">无。</p>'
      : '<table style="width:auto"><thead><tr><th>办理人</th><th>已超期</th><th>即将到期</th></tr></thead><tbody>' + keys.map(function (k) {
        const p = persons[k];
        return '<tr><td>' + esc(p.label) + '</td><td>' + (p.overdue ? numberLink(p.overdue) : '0') + '</td><td>' + (p.dueSoon ? numberLink(p.dueSoon) : '0') + '</td></tr>';
      }).join('') + '</tbody></table>');

    // 主动公开发布期限 (Art. 26; ADR 0144): batches overdue or due soon by their earliest open item.
    const batches = data.publicationDeadlines || [];
    document.getElementById('table-publications').innerHTML = '<h3>主动公开发布期限（第二十六条）</h3>' + (batches.length === 0 ? '<p class="ogi-muted">无已超期或即将到期的主动公开批次。</p>'
      : '<table style="width:auto" data-figures="table-publications"><thead><tr><th>批次编号</th><th>发布期限</th><th>期限状态</th><th>待发布信息项</th></tr></thead><tbody>' + batches.map(function (b) {
        return '<tr data-key="' + esc(b.batchNumber) + '"><td><a href="' + esc(ledgerLink(b.ledgerQuery)) + '">' + esc(b.batchNumber) + '</a></td><td>' + esc(b.dueText)
          + '</td><td class="' + (b.overdue ? 'ogi-overdue' : 'ogi-due-soon') + '">' + esc(b.status) + '</td><td>' + esc(b.openItems) + '</td></tr>';
      }).join('') + '</tbody></table>');

    bars('chart-appeals', data.appeals, '件数', '#6a4fb3');
    figureTable('table-appeals', ['类型及结果', '件数'], data.appeals);
    document.body.setAttribute('data-loaded', 'true');
  }
  async function load(year) {
    document.getElementById('ogi-error').textContent = '';
    document.querySelector('.ogi-field-error[data-for="year"]').textContent = '';
    try {
      render(await ogi.get('/api/ledger/leadership' + (year ? '?year=' + encodeURIComponent(year) : '')));
    } catch (e) {
      if (e.login) { ogi.loginHint(document.getElementById('ogi-error')); return; }
      if (e.field === 'year') document.querySelector('.ogi-field-error[data-for="year"]').textContent = e.message;
      else document.getElementById('ogi-error').textContent = e.message;
    }
  }
  document.getElementById('ogi-year-form').addEventListener('submit', function (event) {
    event.preventDefault();
    const year = document.getElementById('f-year').value.trim();
    history.pushState(null, '', '/ledger/leadership' + (year ? '?year=' + encodeURIComponent(year) : ''));
    load(year);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  load(new URLSearchParams(location.search).get('year'));
})();
