// Tasklist 7.24's task list, made to say what it means (issue 16, point 3). Loaded as a custom
// script (config.js) before Tasklist starts, so it can hook into Tasklist's AngularJS module
// `cam.tasklist.custom`. No change to the Camunda webapp itself. Four things:
//
// 1. The search box searches by 受理编号. Text typed into it becomes a search on the process
//    instance's business key, which is the tracking number, with LIKE (a part of the number
//    finds the case: Tasklist wraps the text in %…%). Text without a digit or Latin letter
//    (e.g. 保密审查) still searches task names. 受理编号 is also first in the criteria list.
// 2. The sort shown is the sort applied. Without a `sorting` in the address, Tasklist sorts by
//    creation date (and shows 创建时间) whatever the filter's own order; here the default is the
//    due date (本环节办理期限), earliest first, as the seeded filters mean it.
// 3. Each list entry shows the step's due date as a date (本环节办理期限：yyyy-mm-dd), not only
//    "到期 3 天后" in a tooltip; the filter's columns (受理编号, 申请人, 答复期限) are shown
//    without the expander, and the bare priority number is hidden (styles/user-styles.css).
// 4. Hover tooltips show the assignee's name and the column's label, not task.assignee or a
//    variable name.
// Dates in Beijing time whatever the browser's zone (the footer says so).
import '../../cockpit/scripts/ogi-beijing-time.js';

const TRACKING_NUMBER_CRITERION = 'processInstanceBusinessKey';
const TASK_NAME_CRITERION = 'name';
/** Tasklist's `sorting` parameter: due date, earliest first. */
const DUE_DATE_SORTING = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

// ---------------------------------------------------------------- 1. search by 受理编号

/**
 * Makes 受理编号 the first and the default criterion of Tasklist's task search (a list shared
 * with the search widget, so the change is made before the widget reads it). False when the
 * list is not the task search's.
 */
function preferTrackingNumber(types) {
  if (!Array.isArray(types)) return false;
  const index = types.findIndex((t) => t.id && t.id.key === TRACKING_NUMBER_CRITERION);
  if (index < 0 || !types.some((t) => t.id && t.id.key === TASK_NAME_CRITERION)) return false;
  const [trackingNumber] = types.splice(index, 1);
  types.unshift(trackingNumber);
  types.forEach((t) => { delete t.default; });
  trackingNumber.default = true;
  return true;
}

/** Text without digits or Latin letters is a task name (保密审查), not a tracking number. */
function routeChineseTextToTaskNames(scope) {
  const create = scope.createSearch;
  scope.createSearch = function ogiCreateSearch(type) {
    const text = !type && typeof scope.inputQuery === 'string' ? scope.inputQuery.trim() : '';
    const result = create.call(this, type);
    if (text && !/[0-9A-Za-z]/.test(text)) {
      const taskName = scope.types.find((t) => t.id.key === TASK_NAME_CRITERION);
      const pill = scope.searches[scope.searches.length - 1];
      if (taskName && pill) {
        pill.type.value = taskName.id;
        pill.enforceString = taskName.enforceString;
      }
    }
    return result;
  };
}

// ---------------------------------------------------------------- 3. the due date as a date

/** The engine writes the zone as +0800; the ISO form Date reads everywhere is +08:00. */
function engineDate(value) {
  return new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

/** yyyy-mm-dd in the office's time zone. */
function officeDate(value) {
  const date = engineDate(value);
  if (Number.isNaN(date.getTime())) return String(value).slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
}

function showDueDates() {
  document.querySelectorAll('.tasks-list li.task').forEach((entry) => {
    const scope = window.angular.element(entry).scope();
    const task = scope && scope.task;
    const dates = entry.querySelector('.dates');
    if (!task || !dates) return;
    let due = entry.querySelector('.ogi-due');
    const text = task.due ? `本环节办理期限：${officeDate(task.due)}` : '';
    if (!text) {
      if (due) due.remove();
      return;
    }
    if (!due) {
      due = document.createElement('span');
      due.className = 'ogi-due';
      dates.insertBefore(due, dates.firstChild);
    }
    if (due.textContent !== text) due.textContent = text;
    due.classList.toggle('overdue', engineDate(task.due).getTime() < Date.now());
  });
}

let pending = null;
function scheduleDueDates() {
  if (pending) return;
  pending = setTimeout(() => { pending = null; showDueDates(); }, 50);
}

// ---------------------------------------------------------------- 4. tooltips in Chinese

// Two of Tasklist's tooltips show code: the assignee's is the literal text "task.assignee" (its
// template lacks the {{ }}), and a filter column's label (受理编号, 申请人, 答复期限) shows the
// variable's name (trackingNumber, …). Each reads what the hovered element itself shows: the
// assignee's name, the column's label.
let hovered = null;
document.addEventListener('mouseover', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  hovered = target && target.closest('h5.assignee, .variable-label');
}, true);

function tooltipText() {
  if (!hovered || !hovered.isConnected) return null;
  return hovered.textContent.replace(/\s+/g, ' ').trim().replace(/[:：]$/, '').trim() || null;
}

function fixTooltips() {
  const text = tooltipText();
  document.querySelectorAll('.tooltip-inner').forEach((tip) => {
    const shown = tip.textContent.trim();
    if (shown === 'task.assignee' || /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(shown)) {
      if (text && shown !== text) tip.textContent = text;
    }
  });
}

// (a tooltip is added next to its element or to <body>, then filled in: checked on every change)
new MutationObserver(fixTooltips).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

// ---------------------------------------------------------------- hooks into Tasklist

const { angular } = window;
let custom = null;
try {
  custom = angular && angular.module('cam.tasklist.custom');
} catch (e) { /* Tasklist without its custom module: nothing to hook into */ }

if (custom) {
  custom.config(['$provide', ($provide) => {
    $provide.decorator('camWidgetSearchDirective', ['$delegate', ($delegate) => {
      $delegate.forEach((directive) => {
        const { link } = directive;
        if (typeof link !== 'function') return;
        directive.compile = () => function ogiSearchLink(scope, ...rest) {
          const taskSearch = preferTrackingNumber(scope.types);
          const result = link.call(this, scope, ...rest);
          if (taskSearch) routeChineseTextToTaskNames(scope);
          return result;
        };
      });
      return $delegate;
    }]);
  }]);

  custom.run(['$rootScope', '$location', ($rootScope, $location) => {
    const sortByDueDate = () => {
      if (!$location.search().sorting) $location.search('sorting', DUE_DATE_SORTING).replace();
    };
    sortByDueDate();
    $rootScope.$on('$locationChangeSuccess', sortByDueDate);
  }]);

  new MutationObserver((mutations) => {
    if (mutations.some((m) => !(m.target.classList && m.target.classList.contains('ogi-due')))) {
      scheduleDueDates();
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

export default [];
