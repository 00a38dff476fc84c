// Cockpit strings that are not in its locale files (hard-wired in Camunda's templates), in
// Chinese: the variable table's "Actions" column, the diagram's zoom buttons, the incidents tab's
// type and empty message, and a tenant line that reads "租户 ID：null" (this office uses no
// tenants).
// A value Cockpit prints as the word "null" (e.g. no tenant) reads as a dash.
// The processes page's "Toggle this section" tooltip is hard-wired in Camunda's plugin template.
// Dates in Beijing time whatever the browser's zone (the footer says so).
import './ogi-beijing-time.js';
// The incidents tab hard-codes a failed job's type ("Failed Job"; other types show their raw
// name) and an incident without a message ("Message is null.") in its template.
const TEXTS = { Actions: '操作', null: '—', 'Toggle this section': '展开/收起本节',
  'Failed Job': '作业失败', failedExternalTask: '外部任务失败', 'Message is null.': '消息为空',
  'Message is null': '消息为空' };
// The diagram's zoom buttons (their tooltips).
const TITLES = { 'zoom in': '放大', 'zoom out': '缩小', 'reset zoom': '适应窗口' };

function fixTitle(element) {
  const chinese = TITLES[(element.getAttribute('title') || '').trim()];
  if (chinese) element.setAttribute('title', chinese);
}

function fix(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    const trimmed = root.data.trim();
    if (TEXTS[trimmed]) root.data = root.data.replace(trimmed, TEXTS[trimmed]);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  fixTitle(root);
  root.querySelectorAll('[title]').forEach(fixTitle);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) fix(node);
  root.querySelectorAll('dd, dt, li, div, span, td').forEach((element) => {
    if (element.children.length <= 2 && /^租户\s*ID[:：]?\s*(null)?$/.test(element.textContent.replace(/\s+/g, ' ').trim())) {
      element.style.display = 'none';
    }
  });
}

new MutationObserver((mutations) => mutations.forEach((m) => {
  if (m.type === 'characterData') fix(m.target);
  else if (m.type === 'attributes') fixTitle(m.target);
  else m.addedNodes.forEach(fix);
})).observe(document.documentElement, { childList: true, subtree: true, characterData: true,
  attributes: true, attributeFilter: ['title'] });

// Dates in Cockpit's lists (instances' 开始时间, user tasks, deployments) read 2026-12-04 09:00:00,
// not 2026-12-04T09:00:00: Cockpit 7.24 hard-codes its "normal" date format (YYYY-MM-DD[T]HH:mm:ss)
// and ignores config.js's dateFormat, so its date-format service is decorated here (AngularJS
// applies a decorator when the service is first used, after every module's own settings).
const DATE_FORMATS = { normal: 'YYYY-MM-DD HH:mm:ss', abbr: 'YYYY-MM-DD HH:mm', short: 'YYYY-MM-DD',
  long: 'YYYY年M月D日 HH:mm:ss' };
const { angular } = window;
for (const name of ['cam.commons', 'cam.cockpit.custom']) {
  try {
    angular.module(name).config(['$provide', ($provide) => {
      $provide.decorator('camDateFormat', ['$delegate', ($delegate) =>
        (format) => DATE_FORMATS[format || 'normal'] || $delegate(format)]);
    }]);
    break;
  } catch (e) { /* that module is not there (yet): the next one */ }
}

export default [];
