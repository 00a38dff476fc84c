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
async function markAdministrator() {
  const user = await json(`${API}/admin/auth/user/default`).catch(() => null);
  const userId = user && user.userId;
  if (userId === checkedUser) return;
  checkedUser = userId;
  document.documentElement.classList.remove('ogi-admin');
  if (!userId) return;
  const info = await json(`${API}/engine/engine/default/identity/groups?userId=${encodeURIComponent(userId)}`)
    .catch(() => null);
  const admin = !!(info && (info.groups || []).some((g) => g.id === ADMIN_GROUP));
  if (checkedUser === userId) document.documentElement.classList.toggle('ogi-admin', admin);
}

/** True while the page is marked as an administrator's. */
export function isAdministrator() {
  return document.documentElement.classList.contains('ogi-admin');
}

/**
 * Hides {@code hidden} and makes {@code readOnly} unclickable (still shown) for everyone but
 * administrators, and keeps the mark up to date.
 */
export function adminOnly({ hidden = [], readOnly = [] }) {
  const style = document.createElement('style');
  style.textContent = forNonAdministrators(hidden, 'display: none !important;')
    + forNonAdministrators(readOnly, 'pointer-events: none !important; cursor: default;');
  document.head.appendChild(style);

  markAdministrator();
  // The webapps log in and out without reloading the page: checked again on each page.
  onPageChange(markAdministrator);
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
