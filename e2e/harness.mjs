// Shared set-up for the end-to-end journeys: a static server over dist/ (python's, as a
// user would host it), Debian's Chromium driven by playwright-core, axe-core audits and
// screenshots. No test downloads anything.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const shots = join(root, 'test-results');
mkdirSync(shots, { recursive: true });

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Serves `dir` (default dist/) on a free loopback port. */
export async function serve(dir = join(root, 'dist')) {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url + '/');
      if (r.ok) return { url, port, stop: () => proc.kill() };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error('static server did not start');
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * A fresh browser profile (its own localStorage) with a page that records every script
 * error, so a test can fail on a blank page whatever the build reported.
 */
/** The app served from dist/ and a headless Chromium, for one test file's tests. */
export async function startApp() {
  return { server: await serve(), browser: await launch() };
}

export async function stopApp({ server, browser }) {
  await browser?.close();
  server?.stop();
}

export async function freshPage(browser, { viewport = { width: 1280, height: 900 }, now } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  // A fixed clock (the app's `cg.prefs.now`), so that dates on screen do not depend on the day.
  if (now) await page.addInitScript((at) => localStorage.setItem('cg.prefs.now', at), now);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  return { context, page };
}

/** The top navigation of the tools. */
export const tools = (page) => page.getByRole('navigation', { name: 'Tools' });

/** Renames a partner through its form on the Partners page. */
export async function renamePartner(page, from, to) {
  await tools(page).getByRole('link', { name: 'Partners' }).click();
  await page.getByRole('button', { name: `Edit ${from}` }).click();
  await page.getByLabel('Organisation name').fill(to);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { name: to, level: 2 }).waitFor();
}

/** Opens the app and waits until Leptos has drawn something real. */
export async function openApp(page, url, hash = '') {
  await page.goto(url + '/' + hash);
  await page.locator('main h1').first().waitFor({ timeout: 15000 });
  // index.html's static first screen has a heading too; wait for the app to replace it.
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 15000 });
}

export function noErrors(page) {
  assert.deepEqual(page.errors, [], 'the page logged errors');
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A and AA) and fails listing every violation. */
export async function audit(page, label) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  assert.deepEqual(found, [], `axe-core found violations on ${label}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** The partnerships stored in this profile, parsed, as the app wrote them. */
export async function stored(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      out[k] = localStorage.getItem(k);
    }
    return out;
  });
}

/**
 * The partnerships in a storage snapshot (from `stored`), each put together from its head and
 * stored parts as the app does (src/storage/parts.rs): `{ key, envelope }`, the envelope
 * shaped like an exported file.
 */
export function partnerships(all) {
  const out = [];
  for (const key of Object.keys(all).filter((k) => /^cg\.p\.[0-9a-f-]{36}$/.test(k))) {
    const envelope = JSON.parse(all[key]);
    const parts = envelope.stored_parts || {};
    delete envelope.stored_parts;
    for (const [list, tags] of Object.entries(parts)) {
      const records = tags.flatMap((tag, n) => {
        const chunk = JSON.parse(all[`${key}.${list}.${n}.${tag}`]);
        if (list !== 'measurements') return chunk;
        return chunk.rows.map(([id, metric, date, value, note, created_at, updated_at, extra]) => ({
          id, created_at, updated_at: updated_at ?? created_at, metric_id: chunk.metrics[metric], date, value, note, ...(extra || {}),
        }));
      });
      const path = list.split('.');
      let at = envelope.partnership;
      for (const step of path.slice(0, -1)) at = at[step];
      at[path[path.length - 1]] = records;
    }
    out.push({ key, envelope });
  }
  return out;
}

/** The one partnership in a storage snapshot, put together (see `partnerships`). */
export function storedPartnership(all) {
  const found = partnerships(all);
  assert.equal(found.length, 1, `expected one stored partnership, found ${found.length}`);
  return found[0].envelope.partnership;
}

/** The one partnership stored in this page's profile, as the app saved it. */
export async function savedPartnership(page) {
  return storedPartnership(await stored(page));
}

/** Exports the open partnership through the Export button: the file's name and text. */
export async function exportFile(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** Imports `files` ({ name, text }) through the real file input. */
export async function importFiles(page, files) {
  await page.locator('input[type=file]').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
  );
}
