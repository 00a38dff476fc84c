// The Welcome page for our staff:
// - its links to our pages (config.js) are shown only to those who may open them (the server
//   says which: ../../cockpit/scripts/ogi-navigation.js), so legal sees no 办件台账 and the
//   auditor no 领导视图; the annual report link goes to the year the server names;
// - 编辑个人资料 and its form are for administrators only: the server refuses a profile change
//   to everyone else (enginerest/EngineApiGuard: the audit trail prints staff by name), so staff
//   keep only 修改密码. The administrator's form gets Chinese examples, not Camunda's English.
// Dates in Beijing time whatever the browser's zone (the footer says so).
import '../../cockpit/scripts/ogi-beijing-time.js';
import { adminOnly, onPageChange } from '../../cockpit/scripts/ogi-administrator.js';
import { allowedLinks } from '../../cockpit/scripts/ogi-navigation.js';

adminOnly({
  hidden: [
    '.user-profile .action-links a[ng-click="showForm(\'profile\')"]',
    'form[name="userProfile"]',
  ],
});

const PLACEHOLDERS = {
  'user-profile-firstname': '如：丽',
  'user-profile-lastname': '如：王',
  'user-profile-email': '如：wangli@example.gov.cn',
};

// Our links by path; the annual report by its prefix (its year comes from the server).
function linkId(href, links) {
  for (const [id, link] of links) {
    if (link.href === href) return id;
  }
  return href.startsWith('/reports/') ? 'ANNUAL_REPORT' : null;
}

let allowed = null; // null until the server has answered: every link of ours hidden meanwhile
function apply() {
  // The links are rendered only for a logged-in user: asked before the login, the server named
  // none, so newly rendered links are a reason to ask again.
  const fresh = document.querySelectorAll('.custom-link-wrapper:not([data-ogi-seen])');
  fresh.forEach((wrapper) => wrapper.setAttribute('data-ogi-seen', ''));
  if (fresh.length && allowed && allowed.size === 0) {
    refresh();
    return;
  }
  document.querySelectorAll('.custom-link-wrapper').forEach((wrapper) => {
    const a = wrapper.querySelector('a');
    const href = a && a.getAttribute('href');
    if (!href) return;
    const id = allowed && linkId(href, allowed);
    const link = id && allowed.get(id);
    wrapper.style.display = link ? '' : 'none';
    if (link && href !== link.href) a.setAttribute('href', link.href);
  });
  document.querySelectorAll('.custom-links').forEach((section) => {
    const shown = [...section.querySelectorAll('.custom-link-wrapper')].some((w) => w.style.display !== 'none');
    section.style.display = shown ? '' : 'none';
  });
  Object.entries(PLACEHOLDERS).forEach(([id, text]) => {
    const input = document.getElementById(id);
    if (input && input.getAttribute('placeholder') !== text) input.setAttribute('placeholder', text);
  });
}

async function refresh() {
  allowed = null;
  document.documentElement.removeAttribute('data-ogi-links');
  apply();
  allowed = await allowedLinks();
  apply();
  // The server has answered (the e2e run waits for this before it looks at the links).
  document.documentElement.setAttribute('data-ogi-links', allowed.size ? 'loaded' : 'none');
}

// Angular renders the links and the profile after this script runs, and again after a login.
new MutationObserver(apply).observe(document.documentElement, { childList: true, subtree: true });
onPageChange(refresh);
refresh();

export default [];
