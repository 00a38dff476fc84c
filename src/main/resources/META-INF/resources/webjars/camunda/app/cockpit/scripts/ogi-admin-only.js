// Cockpit offers every user the buttons to edit and delete a process variable (the variable
// table's 操作 column), to add one, and to cancel, retry or suspend; the server refuses
// them all to everyone but camunda-admin (enginerest/EngineApiGuard, the refusal is the control).
// So they are hidden unless the logged-in user is in camunda-admin: hidden from the start, and
// shown once the webapp's own API says so (the user from /api/admin/auth/user, the user's groups
// from the engine API's /identity/groups, which lists only groups the user may read: for a
// non-administrator camunda-admin is never among them).
const ADMIN_GROUP = 'camunda-admin';
const API = '/camunda/api';
const ADMIN_ONLY = [
  // the variable table's 操作 column (edit, delete)
  '[cam-widget-variables-table] td.actions',
  // the toolbar of an instance or a definition: add a variable, cancel, retry jobs, suspend
  '.ctn-toolbar a.btn-toolbar[ng-click="openDialog()"]',
];

const style = document.createElement('style');
style.textContent = `${ADMIN_ONLY.map((s) => `html:not(.ogi-admin) ${s}`).join(',\n')}`
  + ' { display: none !important; }';
document.head.appendChild(style);

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

markAdministrator();
// Cockpit logs in and out without reloading the page: checked again when the page (the hash's
// path) changes, not on each change of its parameters (the diagram writes its viewbox there).
let lastPath = window.location.hash.split('?')[0];
window.addEventListener('hashchange', () => {
  const path = window.location.hash.split('?')[0];
  if (path === lastPath) return;
  lastPath = path;
  markAdministrator();
});

export default [];
