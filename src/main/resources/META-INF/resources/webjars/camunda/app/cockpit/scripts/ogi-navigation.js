// Links to our staff pages (办件台账, 领导视图, 合规检查, 年度报告) in the webapps' menus, shown
// only to those who may open them: the server says which (security/StaffLinks, read from
// /api/webapp/navigation with the webapps' login session), so a role never sees a link that
// answers 403. Shared by Cockpit's header (ogi-deadlines.js) and the Welcome page.
const API = '/api/webapp/navigation';

/** The links the logged-in user may open, by id (LEDGER, LEADERSHIP_VIEW, …); none when not logged in. */
export async function allowedLinks() {
  try {
    const res = await fetch(API, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const text = await res.text();
    if (!res.ok) return new Map();
    return new Map((JSON.parse(text).links || []).map((link) => [link.id, link]));
  } catch (e) {
    return new Map();
  }
}

function esc(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

/**
 * Renders the link {@code id} into a menu entry's node, or hides the entry (its <li>) when the
 * user may not open the page. Hidden until the server has answered.
 */
export function renderLink(node, id) {
  node.style.display = 'none';
  node.innerHTML = '';
  allowedLinks().then((links) => {
    const link = links.get(id);
    // The menu entry around the node (its <li>), so that a refused link leaves no gap.
    const item = node.closest('li') || node;
    if (!link) {
      item.style.display = 'none';
      return;
    }
    node.innerHTML = `<a data-page="${esc(id.toLowerCase())}" href="${esc(link.href)}">${esc(link.label)}</a>`;
    node.style.display = '';
    item.style.display = '';
  });
}
