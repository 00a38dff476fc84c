// Cockpit strings that are not in its locale files (hard-wired in Camunda's templates), in
// Chinese: the variable table's "Actions" column, the diagram's zoom buttons, and a tenant line
// that reads "租户 ID：null" (this office uses no tenants).
// A value Cockpit prints as the word "null" (e.g. no tenant) reads as a dash.
const TEXTS = { Actions: '操作', null: '—' };
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

export default [];
