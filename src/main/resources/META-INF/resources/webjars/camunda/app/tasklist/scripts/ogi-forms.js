// Camunda Forms in Tasklist 7.24, made to work for this office. Loaded as a custom script
// (config.js). Three things:
//
// 1. 完成 never gets stuck. Tasklist disables 完成 while form-js's error object has any key
//    (`Object.keys(errors).length`), but form-js keeps the errors of a field that a condition
//    has hidden again (e.g. 退回修改 → 同意 after touching the required comment), and a dynamic
//    list leaves an empty entry. When the form shows no invalid field, 完成 is enabled again.
//    Nothing gets through unchecked: 完成 submits through form-js, which validates every shown
//    field again, refuses an invalid form and marks its errors; the server checks again.
// 2. Chinese: form-js 1.x (bundled in Tasklist) has no translations; its strings ("Select",
//    "Field is required.", "Add new", the date picker) are replaced as they are rendered.
// 3. The server's refusal on the fields: a refused form is answered 400 with `fields`
//    (variable → Chinese message, enginerest/FieldErrorAnswers); each is shown under its field.

// ---------------------------------------------------------------- 1. the 完成 button

/** The Tasklist form scope that owns the complete button of this form. */
function formScope(element) {
  let scope = window.angular && window.angular.element(element).scope();
  while (scope && !Object.prototype.hasOwnProperty.call(scope, 'disableCompleteButton')) {
    scope = scope.$parent;
  }
  return scope;
}

function recheck() {
  document.querySelectorAll('.fjs-form').forEach((form) => {
    if (form.querySelector('[aria-invalid="true"]')) return;
    const scope = formScope(form);
    if (!scope) return;
    if (!scope.ogiInvalidWatched) {
      // form-js reports some changes (e.g. a select) after the DOM event: recheck whenever
      // Tasklist marks the form invalid.
      scope.ogiInvalidWatched = true;
      scope.$watch('$invalid', (invalid) => { if (invalid) setTimeout(recheck, 0); });
    }
    if (scope.$invalid) {
      scope.$invalid = false;
      scope.$applyAsync();
    }
    // The start dialog keeps its own copy for 发起 (set through notifyFormValidation).
    const start = form.closest('.modal') && document.querySelector('.modal-footer button[ng-click="startProcessInstance()"]');
    let dialog = start && window.angular.element(start).scope();
    while (dialog && !Object.prototype.hasOwnProperty.call(dialog, 'notifyFormValidation')) {
      dialog = dialog.$parent;
    }
    if (dialog && dialog.$invalid) {
      dialog.$invalid = false;
      dialog.$applyAsync();
    }
  });
}

['input', 'change', 'click', 'keyup', 'focusout'].forEach((type) => {
  document.addEventListener(type, () => setTimeout(recheck, 0), true);
});

// ---------------------------------------------------------------- 2. Chinese

const EXACT = {
  'Field is required.': '此项为必填项。',
  'Field must be a valid email.': '请填写有效的电子邮箱地址。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)': '请填写有效的电话号码。',
  'Date and time must both be entered.': '请同时填写日期和时间。',
  'Select': '请选择',
  'Search': '搜索',
  'No results': '没有匹配的选项',
  'No values': '没有选项',
  'Add new': '添加一项',
  'Collapse': '收起',
  'Remove item': '删除',
  'Clear': '清除',
  // the zoom buttons of the task's diagram (流程图), as in Cockpit (ogi-chinese.js)
  'zoom in': '放大',
  'zoom out': '缩小',
  'reset zoom': '适应窗口',
};
const PATTERNS = [
  [/^Field must match pattern .*\.$/s, () => '格式不正确。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `不能超过 ${m[1]} 个字。`],
  [/^Expand all \((\d+)\)$/, (m) => `全部展开（${m[1]}）`],
  [/^Remove list item (\d+)$/, (m) => `删除第 ${m[1]} 项`],
  // form-js writes the browser locale's order (mm/dd/yyyy in an English browser); the date
  // fields here always read 年-月-日 (localizeDatePickers).
  [/^(yyyy|mm|dd)([/.-])(yyyy|mm|dd)\2(yyyy|mm|dd)$/, () => DATE_PLACEHOLDER],
  [/^hh:mm$/, () => '时:分'],
];

function translated(text) {
  const trimmed = text.trim();
  if (!trimmed) return null;
  let result = EXACT[trimmed];
  if (result === undefined) {
    for (const [re, to] of PATTERNS) {
      const m = trimmed.match(re);
      if (m) { result = to(m); break; }
    }
  }
  return result === undefined ? null : text.replace(trimmed, result);
}

function translateAttributes(element) {
  ['placeholder', 'title', 'aria-label'].forEach((name) => {
    const value = element.getAttribute && element.getAttribute(name);
    const chinese = value && translated(value);
    if (chinese) element.setAttribute(name, chinese);
  });
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    const chinese = translated(root.data);
    if (chinese) root.data = chinese;
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  translateAttributes(root);
  root.querySelectorAll('[placeholder], [title], [aria-label]').forEach(translateAttributes);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chinese = translated(node.data);
    if (chinese) node.data = chinese;
  }
  localizeDatePickers(root);
}

const DATE_FORMAT = 'Y-m-d';
const DATE_PLACEHOLDER = '年-月-日';
const ARIA_DATE_FORMAT = 'Y年n月j日';
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月',
  '十一月', '十二月'];
/** flatpickr's Chinese, with the week from Monday (GB/T 7408, and how Chinese calendars print). */
const DATE_PICKER_LOCALE = {
  weekdays: { shorthand: WEEKDAYS, longhand: WEEKDAYS.map((d) => `星期${d}`) },
  months: { shorthand: MONTHS, longhand: MONTHS },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true,
};

/**
 * form-js's date fields use flatpickr, which keeps its instance on the input. form-js gives it
 * the order of the browser's locale (12/05/2026 in an English browser, 2026/12/05 in a Chinese
 * one); here a date always reads 2026-12-05 (年-月-日, as the staff pages and the server's
 * messages write it), whatever the browser. form-js takes the picked Date from flatpickr, not the text, so only the display
 * and the parsing of a typed date change.
 */
function localizeDatePickers(root) {
  const inputs = root.querySelectorAll ? root.querySelectorAll('input') : [];
  inputs.forEach((input) => {
    const picker = input._flatpickr;
    if (!picker || picker.ogiLocalized) return;
    picker.ogiLocalized = true;
    // Screen readers read each day as 2026年12月1日 (flatpickr's default reads 十二月 1, 2026),
    // and the month and year controls as 月 and 年 (labelled when built, before our locale).
    picker.set('ariaDateFormat', ARIA_DATE_FORMAT);
    picker.set('locale', DATE_PICKER_LOCALE);
    if (picker.monthsDropdownContainer) picker.monthsDropdownContainer.setAttribute('aria-label', '月');
    (picker.yearElements || []).forEach((year) => year.setAttribute('aria-label', '年'));
    if (!picker.config.enableTime && !picker.config.noCalendar) {
      picker.set('dateFormat', DATE_FORMAT);
      if (picker.selectedDates.length) picker.setDate(picker.selectedDates, false);
      input.setAttribute('placeholder', DATE_PLACEHOLDER);
    }
  });
}

new MutationObserver((mutations) => {
  mutations.forEach((mutation) => {
    if (mutation.type === 'characterData') {
      const chinese = translated(mutation.target.data);
      if (chinese) mutation.target.data = chinese;
    } else if (mutation.type === 'attributes') {
      translateAttributes(mutation.target);
    } else {
      mutation.addedNodes.forEach(translateTree);
    }
  });
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true,
  attributes: true, attributeFilter: ['placeholder', 'title', 'aria-label'],
});

// ---------------------------------------------------------------- 3. the server's answer

/** The form a submission came from: the start dialog's if open, else the task's. */
function currentForm() {
  return document.querySelector('.modal .fjs-form') || document.querySelector('.fjs-form');
}

function clearServerErrors(form) {
  (form || document).querySelectorAll('.ogi-server-error').forEach((e) => e.remove());
  (form || document).querySelectorAll('.ogi-server-invalid')
    .forEach((e) => e.classList.remove('ogi-server-invalid'));
}

/** Variable name → form-js component id, from the form the submission belongs to. */
async function componentIds(submitUrl) {
  const formUrl = submitUrl.replace(/\/task\/([^/]+)\/submit-form.*$/, '/task/$1/deployed-form')
    .replace(/\/process-definition\/([^/]+)\/submit-form.*$/, '/process-definition/$1/deployed-start-form');
  const ids = {};
  try {
    const res = await fetch(formUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const walk = (components) => (components || []).forEach((c) => {
      // (a dynamic list binds its variable by `path`: its refusal is shown under the list)
      if (c.key || c.path) ids[c.key || c.path] = c.id;
      walk(c.components);
    });
    walk((await res.json()).components);
  } catch (e) { /* marked by the convention below */ }
  return ids;
}

async function showServerErrors(submitUrl, fields) {
  const form = currentForm();
  if (!form) return;
  clearServerErrors(form);
  const ids = await componentIds(submitUrl);
  Object.entries(fields).forEach(([variable, message]) => {
    const id = ids[variable] || `Field_${variable}`;
    // A date field's input is "<id>-date" (and "<id>-time").
    const target = form.querySelector([`[id$="-${id}"]`, `[for$="-${id}"]`, `[id$="-${id}-date"]`,
      `[for$="-${id}-date"]`].join(', '));
    const fieldElement = target && target.closest('.fjs-form-field');
    if (!fieldElement) return;
    fieldElement.classList.add('ogi-server-invalid');
    const error = document.createElement('div');
    error.className = 'fjs-form-field-error ogi-server-error';
    error.setAttribute('role', 'alert');
    error.textContent = message;
    fieldElement.appendChild(error);
    // The mark goes as soon as the field is changed.
    const clear = () => {
      error.remove();
      fieldElement.classList.remove('ogi-server-invalid');
      fieldElement.removeEventListener('input', clear, true);
      fieldElement.removeEventListener('change', clear, true);
    };
    fieldElement.addEventListener('input', clear, true);
    fieldElement.addEventListener('change', clear, true);
  });
}

// ---------------------------------------------------------------- 4. after registering

const ENGINE_API = '/camunda/api/engine/engine/default';

function xsrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.split('=')[1]) : '';
}

/**
 * What was started, by process key: an appeal is filed against a request and carries that
 * request's tracking number, which must not read as a new request's.
 */
const STARTED_LABELS = {
  DisclosureRequest: '已登记，受理编号',
  Reconsideration: '已登记行政复议，所涉申请的受理编号',
  Litigation: '已登记行政诉讼，所涉申请的受理编号',
  Complaint: '已登记申诉举报，所涉申请的受理编号',
  ProactiveDisclosure: '已发起主动公开，批次编号',
  PublicationWithdrawal: '已发起撤回公开，编号',
  AnnualReport: '已发起年度报告编制，编号',
};

function startedLabel(instance) {
  const key = (instance.definitionId || '').split(':')[0];
  return STARTED_LABELS[key] || '已发起，编号';
}

/**
 * Tasklist says only "流程已发起。": the office also sees the tracking number it gave the
 * request, and 继续办理 claims the request's first step for the officer and opens it (the
 * step stays reassignable in Tasklist like any other).
 */
async function showStarted(instance) {
  if (!instance || !instance.businessKey) return;
  document.querySelectorAll('.ogi-started').forEach((e) => e.remove());
  const banner = document.createElement('div');
  banner.className = 'ogi-started alert alert-success';
  banner.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = `${startedLabel(instance)}：${instance.businessKey}　`;
  banner.appendChild(text);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', '关闭');
  close.textContent = '×';
  close.addEventListener('click', () => banner.remove());
  banner.appendChild(close);
  document.body.appendChild(banner);
  let tasks = [];
  for (let attempt = 0; attempt < 10 && !tasks.length; attempt += 1) {
    const res = await fetch(`${ENGINE_API}/task?processInstanceId=${encodeURIComponent(instance.id)}`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    tasks = res.ok ? await res.json() : [];
    if (!tasks.length) await new Promise((r) => setTimeout(r, 500));
  }
  if (tasks.length !== 1) return;
  const next = document.createElement('button');
  next.type = 'button';
  next.className = 'btn btn-primary btn-sm ogi-continue';
  next.textContent = `继续办理：${tasks[0].name}`;
  next.addEventListener('click', async () => {
    const root = window.angular && window.angular.element(document.body).injector();
    const user = root && root.get('$rootScope').authentication;
    if (user && !tasks[0].assignee) {
      await fetch(`${ENGINE_API}/task/${tasks[0].id}/claim`, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
        body: JSON.stringify({ userId: user.name }),
      });
    }
    banner.remove();
    window.location.hash = `#/?task=${tasks[0].id}`;
  });
  banner.insertBefore(next, close);
}

// Tasklist talks to the server with XMLHttpRequest: watch the answers to form submissions.
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function ogiOpen(method, url, ...rest) {
  if (/\/submit-form(\?|$)/.test(String(url))) {
    clearServerErrors(currentForm());
    this.addEventListener('load', () => {
      if (this.status === 200 && /\/process-definition\//.test(String(url))) {
        try { showStarted(JSON.parse(this.responseText)); } catch (e) { /* nothing to show */ }
        return;
      }
      if (this.status !== 400) return;
      try {
        const answer = JSON.parse(this.responseText);
        if (answer && answer.fields) showServerErrors(String(url), answer.fields);
      } catch (e) { /* not JSON: Tasklist shows it as it is */ }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
