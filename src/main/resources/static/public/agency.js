// The agency's name and its 政府信息公开工作机构's contact (ogi.agency.*), from /api/public/agency.
(function () {
  'use strict';
  var LABELS = [['office', '工作机构'], ['address', '地址'], ['phone', '电话'],
    ['hours', '办公时间'], ['email', '电子邮箱']];

  fetch('/api/public/agency', { headers: { Accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (agency) {
      if (!agency) { return; }
      document.getElementById('agency-name').textContent = agency.name || '';
      if (agency.name) { document.title = agency.name + ' · ' + document.title; }
      var list = document.getElementById('agency-contact-list');
      LABELS.forEach(function (entry) {
        var value = agency[entry[0]];
        if (!value) { return; }
        var term = document.createElement('dt');
        term.textContent = entry[1];
        var text = document.createElement('dd');
        text.textContent = value;
        list.appendChild(term);
        list.appendChild(text);
      });
      if (!list.children.length) { document.getElementById('agency-contact').hidden = true; }
    })
    .catch(function () { /* the page works without it */ });
}());
