// Every webapp's footer says 日期和时间按北京时间显示, so the webapps' dates are Beijing time in any
// browser, not the browser's own zone: a leader travelling with a laptop set to Europe/Berlin
// reads the same 答复期限 and 开始时间 as the office (the engine writes its dates with an offset,
// 2026-12-04T09:00:00.000+0800; the webapps' date filter, moment in the browser's zone, would
// show 02:00). Imported by every webapp's script (Cockpit's ogi-chinese.js, Tasklist's
// ogi-task-list.js, Admin's ogi-permissions.js, Welcome's ogi-welcome.js): it decorates the
// webapps' camDate filter (the one their templates use for dates) and AngularJS's date filter
// (Tasklist's history times). No moment-timezone in the webapps: the zone is applied by the
// browser's Intl (China has kept +08:00 without summer time since 1991).
const ZONE = 'Asia/Shanghai';
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月',
  '十二月'];
// The localised formats as the webapps' zh locale defines them (locales/zh.json, dateLocales).
const LOCALISED = { LTS: 'HH:mm:ss', LT: 'HH:mm', LLLL: 'YYYY年M月D日dddd HH:mm', LLL: 'YYYY年M月D日 HH:mm',
  LL: 'YYYY年M月D日', L: 'YYYY-MM-DD' };
const TOKEN = /\[[^\]]*]|YYYY|MMMM|MMM|MM|M|DD|D|dddd|HH|H|mm|ss|./g;
const PARTS = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric',
  month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' });
const WEEKDAY_INDEX = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/**
 * The instant of an engine date (a Date, epoch millis or an ISO text with its offset), or null
 * for anything else: a text without an offset (a date of a form, 2026-12-04) names a day, not
 * an instant, and is shown as it is.
 */
export function instantOf(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return new Date(value);
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/.test(text)) return null;
  const date = new Date(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The date in Beijing time by a moment-style format (tokens of LOCALISED and TOKEN); null when the format has others. */
export function formatBeijing(date, format) {
  const expanded = String(format).replace(/LTS|LT|L{1,4}|l{1,4}/g, (f) => LOCALISED[f.toUpperCase()] || f);
  const parts = {};
  PARTS.formatToParts(date).forEach((p) => { parts[p.type] = p.value; });
  const pad = (n) => String(n).padStart(2, '0');
  const month = Number(parts.month);
  let unknown = false;
  const text = expanded.replace(TOKEN, (token) => {
    switch (token) {
      case 'YYYY': return parts.year;
      case 'MMMM': return MONTHS[month - 1];
      case 'MMM': return `${month}月`;
      case 'MM': return pad(month);
      case 'M': return String(month);
      case 'DD': return pad(parts.day);
      case 'D': return String(Number(parts.day));
      case 'dddd': return WEEKDAYS[WEEKDAY_INDEX[parts.weekday]];
      case 'HH': return pad(parts.hour);
      case 'H': return String(Number(parts.hour));
      case 'mm': return pad(parts.minute);
      case 'ss': return pad(parts.second);
      default:
        if (token.startsWith('[')) return token.slice(1, -1);
        if (/[A-Za-z]/.test(token)) unknown = true;
        return token;
    }
  });
  return unknown ? null : text;
}

// A date and time typed without a zone (a search criterion's 2026-12-04T09:00:00, as the search
// widget's date picker writes it) means Beijing time, as every date the webapps show does (ADR
// 0062). The webapps read such a text with moment in the browser's zone
// (moment(text, moment.ISO_8601).format('…ZZ'), Cockpit's and Tasklist's search queries), so a
// leader in Berlin searching 开始时间 before 09:00 got 16:00 Beijing time. moment's one hook for a
// zone (updateOffset, which moment-timezone uses) is called as every moment is made: a moment
// read from such a text is moved to the same wall time at +08:00; the mark travels with its
// clones, so it is moved once. A text with an offset (every date the engine sends) is an
// instant and is left alone, and so is a date without a time (a form's 2026-12-04).
export const WALL_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{0,4})?)?$/;
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The instant of a wall time's local fields (as a Date holds them) read as Beijing time. */
export function beijingWallTime(local) {
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(),
    local.getMinutes(), local.getSeconds(), local.getMilliseconds()) - BEIJING_OFFSET_MS);
}

/**
 * The webapps' moment: Cockpit and Welcome expose it as window.moment; Tasklist and Admin do not,
 * so it is taken from the webpack modules all four share (module 98024 in 7.24: the one their
 * search queries, camDate and Camunda Forms use), and only if it is moment.
 */
function webappsMoment() {
  if (typeof window.moment === 'function' && window.moment.ISO_8601) return window.moment;
  let found = null;
  const chunks = window.webpackChunkcamunda_bpm_webapp;
  if (chunks && typeof chunks.push === 'function') {
    try {
      chunks.push([[`ogi-moment-${Date.now()}`], {}, (require) => {
        try { found = require(98024); } catch (e) { found = null; }
      }]);
    } catch (e) { found = null; }
  }
  return typeof found === 'function' && found.ISO_8601 && found.momentProperties ? found : null;
}

export function typedDatesInBeijingTime(moment) {
  if (!moment || moment.ogiBeijingWallTime) return;
  moment.ogiBeijingWallTime = true;
  moment.momentProperties.push('_ogiBeijing');
  const previous = moment.updateOffset;
  // eslint-disable-next-line func-names
  moment.updateOffset = function (mom, keepTime) {
    if (previous) previous.call(this, mom, keepTime);
    if (mom._ogiBeijing || mom._isUTC || typeof mom._i !== 'string' || !WALL_TIME.test(mom._i.trim())
      || !(mom._d instanceof Date) || Number.isNaN(mom._d.getTime())) return;
    mom._ogiBeijing = true;
    mom._d = beijingWallTime(mom._d);
  };
}
typedDatesInBeijingTime(webappsMoment());

// The search widget's date picker (camWidgetInlineField) holds the criterion as a Date whose
// local fields are the wall time (read from the text with new Date(y, m, d, h, …) and written
// back with $filter('date')(date, "yyyy-MM-dd'T'HH:mm:ss")): such a Date is marked, and it and
// that format are shown as they are, not moved to Beijing time; the pill shows the text's wall
// time as it is too. So the picker, its preview, the pill and the query all mean the same
// Beijing time.
const WALL_TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";
const WALL_MARK = 'ogiWallTime';

/** A Date whose local fields are the Beijing wall time of an instant (for the date picker). */
function beijingFieldsAsLocal(instant) {
  const parts = {};
  PARTS.formatToParts(instant).forEach((p) => { parts[p.type] = Number(p.value); });
  const date = new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  date[WALL_MARK] = true;
  return date;
}

/** The instant a wall time stands for in Beijing time (a typed text, a marked Date), or null. */
export function wallInstant(value) {
  if (value instanceof Date) {
    return value[WALL_MARK] && !Number.isNaN(value.getTime()) ? beijingWallTime(value) : null;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  const m = WALL_TIME.test(text) && text.match(/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?/);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0)) - BEIJING_OFFSET_MS);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Marks the inline field's date as it is set (before anything renders it), and makes its first
 * value, now as a number, Beijing's now.
 */
function markPickerDates(scope) {
  const data = scope.formData;
  if (!data || typeof data !== 'object') return;
  let current = data.dateValue;
  const mark = (value) => {
    if (typeof value === 'number') return beijingFieldsAsLocal(new Date(value));
    if (value instanceof Date) value[WALL_MARK] = true; // eslint-disable-line no-param-reassign
    return value;
  };
  current = mark(current);
  Object.defineProperty(data, 'dateValue', { configurable: true, enumerable: true,
    get: () => current, set: (value) => { current = mark(value); } });
}

// The webapps' date pickers (angular-ui-bootstrap's uib-datepicker: the search widget's criteria
// in Cockpit, Tasklist and Admin, a task's 到期日, a Date variable) name months and weekdays by
// AngularJS's date filter, which reads them from $locale: the webapps ship only its built-in
// en-us ("December 2026", Sun Mon ...), whatever their locale files say. $locale is decorated
// as it is made, before any picker renders: its names are Chinese, the week starts on Monday as
// in the forms' picker (GB/T 7408), and the picker's titles read 2026年12月 and 2026年.
const DAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];
export const CHINESE_DATE_NAMES = {
  MONTH: MONTHS,
  STANDALONEMONTH: MONTHS,
  SHORTMONTH: MONTHS.map((m, i) => `${i + 1}月`),
  DAY: DAY_NAMES.map((d) => `星期${d}`),
  SHORTDAY: DAY_NAMES,
  AMPMS: ['上午', '下午'],
  ERAS: ['公元前', '公元'],
  ERANAMES: ['公元前', '公元'],
  FIRSTDAYOFWEEK: 0, // AngularJS counts from Monday
};
const PICKER_FORMATS = { formatDayTitle: 'y年M月', formatMonthTitle: 'y年', formatYear: 'y' };
// What a picker prints of its own cells (with uib's formatDay, formatDayHeader, formatMonth): the
// cells are wall-time days the picker made in the browser's zone, not instants, so they are
// printed as they are. In Beijing's zone this changes nothing; in Berlin's a day shown after
// 17:00 would read as the next (the cells keep the time of the picked value).
const PICKER_WALL_FORMATS = new Set([...Object.values(PICKER_FORMATS), 'dd', 'EEE', 'MMMM']);
// The picker's arrows are named to screen readers (and in the page's text) in English.
const PICKER_TEXTS = [[/<span class="sr-only">previous<\/span>/g, '<span class="sr-only">向前</span>'],
  [/<span class="sr-only">next<\/span>/g, '<span class="sr-only">向后</span>'],
  [/placeholder="HH"/g, 'placeholder="时"'], [/placeholder="MM"/g, 'placeholder="分"'],
  [/placeholder="SS"/g, 'placeholder="秒"']];

/** A uib picker template with its English texts in Chinese (others as they are). */
export function chinesePickerTemplate(key, template) {
  if (typeof key !== 'string' || typeof template !== 'string'
    || !/^uib\/template\/(datepicker|timepicker)\//.test(key)) return template;
  return PICKER_TEXTS.reduce((t, [re, text]) => t.replace(re, text), template);
}

const { angular } = window;
for (const name of ['cam.commons', 'cam.cockpit.custom', 'cam.tasklist.custom', 'cam.admin.custom',
  'cam.welcome.custom']) {
  try {
    angular.module(name).config(['$provide', ($provide) => {
      $provide.decorator('camDateFilter', ['$delegate', 'camDateFormat', ($delegate, camDateFormat) => {
        const filter = (value, format) => {
          const instant = wallInstant(value) || instantOf(value);
          const text = instant ? formatBeijing(instant, camDateFormat(format)) : null;
          return text != null ? text : $delegate(value, format);
        };
        filter.$stateful = $delegate.$stateful;
        return filter;
      }]);
      $provide.decorator('$locale', ['$delegate', ($delegate) => {
        Object.assign($delegate.DATETIME_FORMATS, CHINESE_DATE_NAMES);
        return $delegate;
      }]);
      $provide.decorator('$templateCache', ['$delegate', ($delegate) => {
        const { put } = $delegate;
        // eslint-disable-next-line no-param-reassign
        $delegate.put = (key, value) => put.call($delegate, key, chinesePickerTemplate(key, value));
        return $delegate;
      }]);
      // AngularJS's own date filter takes a zone: Beijing's unless the template names one.
      $provide.decorator('dateFilter', ['$delegate', ($delegate) => (value, format, zone) =>
        $delegate(value, format, zone || (format !== WALL_TIME_FORMAT
          && !PICKER_WALL_FORMATS.has(format) && !(value && value[WALL_MARK])
          && instantOf(value) ? '+0800' : undefined))]);
      // unfixDate turns an engine date into the wall-time text the webapps edit (a task's 到期日,
      // a Date variable, a filter's criterion) and fixDate reads it back (with moment, above): in
      // Beijing time both ways, not the browser's.
      $provide.decorator('unfixDate', ['$delegate', ($delegate) => (value) => {
        const instant = instantOf(value);
        const text = instant ? formatBeijing(instant, 'YYYY-MM-DD[T]HH:mm:ss') : null;
        return text != null ? text : $delegate(value);
      }]);
      $provide.decorator('camWidgetInlineFieldDirective', ['$delegate', ($delegate) => {
        $delegate.forEach((directive) => {
          const { compile } = directive;
          if (typeof compile !== 'function') return;
          // eslint-disable-next-line no-param-reassign, func-names
          directive.compile = function (...compileArgs) {
            const linked = compile.apply(this, compileArgs);
            const post = typeof linked === 'function' ? linked : linked && linked.post;
            // eslint-disable-next-line func-names
            const link = function (scope, ...rest) {
              if (post) post.call(this, scope, ...rest);
              markPickerDates(scope);
            };
            return typeof linked === 'function' || !linked ? link : { pre: linked.pre, post: link };
          };
        });
        return $delegate;
      }]);
    }]).run(['$injector', '$templateCache', ($injector, $templateCache) => {
      // uibDatepickerConfig is a constant (an object the pickers read as they are made); the
      // templates a module put before our decorator was made are rewritten here.
      if ($injector.has('uibDatepickerConfig')) Object.assign($injector.get('uibDatepickerConfig'), PICKER_FORMATS);
      ['day', 'month', 'year'].map((m) => `uib/template/datepicker/${m}.html`)
        .concat('uib/template/timepicker/timepicker.html').forEach((key) => {
          const template = $templateCache.get(key);
          if (typeof template === 'string') $templateCache.put(key, template);
        });
    }]);
    break;
  } catch (e) { /* that module is not there (yet): the next one */ }
}

export default [];
