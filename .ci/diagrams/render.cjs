// Renders every processes/*.bpmn (bpmn-js viewer) and the decision table of every processes/*.dmn
// (dmn-js viewer) to docs/diagrams/<name>.png in headless Chromium, so the README shows the
// models as Camunda Modeler and Cockpit draw them. A model with collapsed sub-processes gets one
// more picture per sub-process plane: docs/diagrams/<name>-<SubProcessId>.png.
//
//   .ci/diagrams/render          (npm ci here, then this script; needs Debian chromium and fonts-noto-cjk)
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'docs/diagrams');
const MODELS = path.join(ROOT, 'processes');
const lib = (p) => path.join(__dirname, 'node_modules', p);
const MARGIN = 24;

// One picture per plane: <name>.png for the process, <name>-<SubProcessId>.png for each collapsed
// sub-process (drawn on its own plane, as Camunda Modeler and Cockpit show it on drill-down).
async function renderBpmn(page, xml, file) {
  await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas" style="width:800px;height:600px"></div></body></html>');
  await page.addStyleTag({ path: lib('bpmn-js/dist/assets/diagram-js.css') });
  await page.addStyleTag({ path: lib('bpmn-js/dist/assets/bpmn-js.css') });
  // The breadcrumbs (process › sub-process) would cover the top left corner of a sub-process picture.
  await page.addStyleTag({ content: '.bjs-breadcrumbs { display: none !important; }' });
  await page.addScriptTag({ path: lib('bpmn-js/dist/bpmn-viewer.production.min.js') });
  const planes = await page.evaluate(async (source) => {
    const viewer = new window.BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(source);
    if (warnings.length) console.warn(warnings.map((w) => w.message).join('\n'));
    window.viewer = viewer;
    const canvas = viewer.get('canvas');
    const main = canvas.getRootElement();
    return [main, ...canvas.getRootElements().filter((r) => r !== main)]
      .filter((r) => r.businessObject && r.businessObject.id)
      .map((r, i) => ({ id: r.id, name: i === 0 ? null : r.businessObject.id }));
  }, xml);
  const files = [];
  for (const plane of planes) {
    const size = await page.evaluate((rootId) => {
      const canvas = window.viewer.get('canvas');
      canvas.setRootElement(canvas.findRoot(rootId) || canvas.getRootElements().find((r) => r.id === rootId));
      const inner = canvas.viewbox().inner;
      return { x: inner.x, y: inner.y, width: Math.ceil(inner.width), height: Math.ceil(inner.height) };
    }, plane.id);
    const width = size.width + 2 * MARGIN;
    const height = size.height + 2 * MARGIN;
    await page.setViewportSize({ width, height });
    await page.evaluate(({ s, w, h, m }) => {
      const container = document.getElementById('canvas');
      container.style.width = `${w}px`;
      container.style.height = `${h}px`;
      const canvas = window.viewer.get('canvas');
      canvas.resized();
      canvas.viewbox({ x: s.x - m, y: s.y - m, width: w, height: h });
    }, { s: size, w: width, h: height, m: MARGIN });
    const out = plane.name ? file.replace(/\.png$/, `-${plane.name}.png`) : file;
    await page.locator('#canvas').screenshot({ path: out });
    files.push(out);
  }
  return files;
}

async function renderDmn(page, xml, file) {
  await page.setViewportSize({ width: 3200, height: 3000 });
  await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas" style="display:inline-block;padding:16px"></div></body></html>');
  for (const css of ['dmn-js-shared.css', 'dmn-js-decision-table.css', 'dmn-js-drd.css', 'diagram-js.css', 'dmn-font/css/dmn.css']) {
    await page.addStyleTag({ path: lib(`dmn-js/dist/assets/${css}`) });
  }
  // An empty input cell matches any value; the Modeler's editor shows it as "-", the viewer
  // leaves it blank. The pictures show it as the Modeler does.
  await page.addStyleTag({ content: 'td.input-cell:empty::before { content: "-"; }' });
  await page.addScriptTag({ path: lib('dmn-js/dist/dmn-viewer.production.min.js') });
  await page.evaluate(async (source) => {
    const viewer = new window.DmnJS({ container: '#canvas' });
    await viewer.importXML(source);
    const table = viewer.getViews().find((v) => v.type === 'decisionTable');
    if (table) await viewer.open(table);
  }, xml);
  const table = page.locator('#canvas .tjs-container').first();
  await table.waitFor();
  // The viewer fills its container: the picture is the table with a margin.
  const box = await page.locator('#canvas table').first().boundingBox();
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: Math.ceil(box.x + box.width + 16),
    height: Math.ceil(box.y + box.height + 16) } });
}

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') console.log(`  ${m.text()}`); });
  try {
    for (const name of fs.readdirSync(MODELS).sort()) {
      const match = /^(.*)\.(bpmn|dmn)$/.exec(name);
      if (!match) continue;
      const xml = fs.readFileSync(path.join(MODELS, name), 'utf8');
      const file = path.join(OUT, `${match[1]}.png`);
      const written = match[2] === 'bpmn' ? await renderBpmn(page, xml, file) : (await renderDmn(page, xml, file), [file]);
      for (const f of written) console.log(`${path.relative(ROOT, f)}`);
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
