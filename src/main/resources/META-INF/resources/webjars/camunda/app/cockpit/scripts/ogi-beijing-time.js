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

const { angular } = window;
for (const name of ['cam.commons', 'cam.cockpit.custom', 'cam.tasklist.custom', 'cam.admin.custom',
  'cam.welcome.custom']) {
  try {
    angular.module(name).config(['$provide', ($provide) => {
      $provide.decorator('camDateFilter', ['$delegate', 'camDateFormat', ($delegate, camDateFormat) => {
        const filter = (value, format) => {
          const instant = instantOf(value);
          const text = instant ? formatBeijing(instant, camDateFormat(format)) : null;
          return text != null ? text : $delegate(value, format);
        };
        filter.$stateful = $delegate.$stateful;
        return filter;
      }]);
      // AngularJS's own date filter takes a zone: Beijing's unless the template names one.
      $provide.decorator('dateFilter', ['$delegate', ($delegate) => (value, format, zone) =>
        $delegate(value, format, zone || (instantOf(value) ? '+0800' : undefined))]);
    }]);
    break;
  } catch (e) { /* that module is not there (yet): the next one */ }
}

export default [];
