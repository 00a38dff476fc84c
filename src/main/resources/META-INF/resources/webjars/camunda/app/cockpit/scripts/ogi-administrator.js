// Staff see no control that the server refuses them (enginerest/EngineApiGuard is the control;
// this only spares them a refusal). Used by Cockpit's and Tasklist's ogi-admin-only.js: the
// given elements are hidden, or shown but not clickable, unless the logged-in user is in
// camunda-admin. They are so from the start, and the page is marked <html class="ogi-admin">
// once the webapp's own API says so (the user from /api/admin/auth/user, the user's groups
// from the engine API's /identity/groups, which lists only groups the user may read: for a
// non-administrator camunda-admin is never among them).
const ADMIN_GROUP = 'camunda-admin';
const API = '/camunda/api';

function forNonAdministrators(selectors, declarations) {
  return selectors.length === 0 ? ''
    : `${selectors.map((s) => `html:not(.ogi-admin) ${s}`).join(',\n')} { ${declarations} }\n`;
}

async function json(url) {
  const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  // The body is read whatever the status (a response left unread stays open in the browser).
  const text = await res.text();
  return res.ok ? JSON.parse(text) : null;
}

let checkedUser;
// The groups of checkedUser, being read: a second check for the same user waits for it.
let groupsRead = Promise.resolve();
async function markAdministrator() {
  const user = await json(`${API}/admin/auth/user/default`).catch(() => null);
  const userId = user && user.userId;
  // <html class="ogi-cockpit"> while the user may open Cockpit (the webapp's own list of the
  // user's applications): Tasklist's links into Cockpit are hidden from everyone else, who
  // would meet a 403 page there (ogi-admin-only.js of Tasklist).
  document.documentElement.classList.toggle('ogi-cockpit',
    !!(user && (user.authorizedApps || []).includes('cockpit')));
  if (userId === checkedUser) {
    await groupsRead;
    return;
  }
  checkedUser = userId;
  document.documentElement.classList.remove('ogi-admin');
  if (!userId) return;
  groupsRead = json(`${API}/engine/engine/default/identity/groups?userId=${encodeURIComponent(userId)}`)
    .catch(() => null)
    .then((info) => {
      const admin = !!(info && (info.groups || []).some((g) => g.id === ADMIN_GROUP));
      if (checkedUser === userId) document.documentElement.classList.toggle('ogi-admin', admin);
    });
  await groupsRead;
}

/** True while the page is marked as an administrator's. */
export function isAdministrator() {
  return document.documentElement.classList.contains('ogi-admin');
}

/** Marks the page (<html class="ogi-admin-page">) while it is one of {@code pages}. */
function onAdministratorPage(pages) {
  const path = window.location.hash.split('?')[0];
  const on = pages.some((page) => path === page || path.startsWith(`${page}/`));
  // Until the user is known the page's body is not shown to anyone (styles below).
  document.documentElement.classList.toggle('ogi-admin-page', on);
  return on;
}

/**
 * Sends a non-administrator who opened one of {@code pages} (hash paths, e.g. #/repository, also
 * typed or bookmarked) to {@code home}. Only once the user is known: an administrator is never
 * sent away, and the page's body is shown to nobody until then (adminOnly's style).
 */
function leaveAdministratorPages(pages, home) {
  if (onAdministratorPage(pages) && checkedUser && !isAdministrator()) {
    window.location.replace(home);
  }
}

/**
 * Hides {@code hidden} and makes {@code readOnly} unclickable (still shown) for everyone but
 * administrators, sends everyone else away from {@code adminPages} (to {@code home}), and keeps
 * the mark up to date.
 */
export function adminOnly({ hidden = [], readOnly = [], adminPages = [], home = '#/' }) {
  const style = document.createElement('style');
  style.textContent = forNonAdministrators(hidden, 'display: none !important;')
    + forNonAdministrators(readOnly, 'pointer-events: none !important; cursor: default;');
  document.head.appendChild(style);

  if (adminPages.length) {
    style.textContent += 'html.ogi-admin-page:not(.ogi-admin) [ng-view] { visibility: hidden !important; }\n';
  }
  const check = () => {
    onAdministratorPage(adminPages);
    return markAdministrator().then(() => leaveAdministratorPages(adminPages, home));
  };
  check();
  // The webapps log in and out without reloading the page: checked again on each page.
  onPageChange(check);
}

/**
 * Calls {@code callback} when the page (the hash's path) changes, not on each change of its
 * parameters (Cockpit's diagram writes its viewbox there, Tasklist the selected task).
 */
export function onPageChange(callback) {
  let lastPath = window.location.hash.split('?')[0];
  window.addEventListener('hashchange', () => {
    const path = window.location.hash.split('?')[0];
    if (path === lastPath) return;
    lastPath = path;
    callback();
  });
}
