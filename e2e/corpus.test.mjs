// The bad-file corpus (tests/corpus/, made by examples/make_corpus.rs) through the real file
// input: a sampled subset of every class. Each file either shows an alert, leaving storage as
// it was, or opens; payload files open with no element or link from the payload in the page.
// The full corpus runs natively in tests/corpus.rs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { audit, freshPage, noErrors, openApp, screenshot, startApp, stopApp, stored } from './harness.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'corpus');
const classes = ['truncated-', 'not-utf8-', 'wrong-type-', 'missing-', 'duplicate-id-', 'bad-id-', 'date-', 'huge-',
  'deep-', 'unknown-', 'version-', 'payload-'];

/** Two or three files of every class: the first, the middle and (for big classes) the last. */
function sampled() {
  const names = readdirSync(dir).sort();
  const out = [];
  for (const c of classes) {
    const of = names.filter((n) => n.startsWith(c));
    const picks = new Set([of[0], of[Math.floor(of.length / 2)]]);
    if (of.length > 40) picks.add(of[of.length - 1]);
    out.push(...picks);
  }
  return out;
}

const routes = ['overview', 'partners', 'charter', 'check-ins', 'health', 'resources', 'root-causes', 'goals', 'metrics',
  'community', 'you-said-we-did', 'ideas', 'dot-voting', 'stories', 'milestones', 'sustainability', 'report'];

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

async function importFile(page, name) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync(join(dir, name)) });
}

/** Nothing the payloads carry exists as an element, ran, or became a clickable link. */
async function assertNoPayloadInDom(page, where) {
  const found = await page.evaluate(() => ({
    pwned: document.body.dataset.pwned ?? null,
    onerror: [...document.querySelectorAll('[onerror], [onload]:not(body)')].map((e) => e.outerHTML.slice(0, 80)),
    imgX: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes('pwned')).length,
    bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold?').length,
    badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
      .filter((h) => !/^(https?:\/\/|#|\.?\/|[^:]*$)/i.test(h.trim())),
  }));
  assert.deepEqual(found, { pwned: null, onerror: [], imgX: 0, scripts: 0, bold: 0, badLinks: [] }, `payload in the DOM on ${where}`);
}

describe('the bad-file corpus through the real import', () => {
  it('every sampled file shows an alert and changes nothing, or opens', async () => {
    const files = sampled();
    assert.ok(files.length >= 25, `only ${files.length} sampled`);
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    let refused = 0, opened = 0;
    for (const name of files) {
      const before = await stored(page);
      await importFile(page, name);
      const alert = page.getByRole('alert').filter({ hasText: `Could not open ${name}` });
      const choice = page.getByRole('button', { name: 'Open as a new partnership' });
      await alert.or(choice).first().waitFor({ timeout: 15000 });
      if (await alert.isVisible()) {
        refused++;
        const text = await alert.innerText();
        assert.match(text, /Nothing in this browser was changed\./, name);
        assert.ok(text.length > 60, `${name}: ${text}`);
        assert.deepEqual(await stored(page), before, `${name}: storage changed on failure`);
        assert.ok(!name.startsWith('payload-') && !name.startsWith('unknown-'), `${name} should open: ${text}`);
      } else {
        opened++;
        assert.ok(!name.startsWith('truncated-') && !name.startsWith('not-utf8-'), `${name} opened`);
        await page.getByRole('button', { name: 'Cancel' }).first().click();
        await choice.waitFor({ state: 'detached' });
        assert.deepEqual(await stored(page), before, `${name}: cancel changed storage`);
      }
      if (name.startsWith('not-utf8-')) {
        assert.match(await alert.innerText(), /not a text file in UTF-8/);
      }
    }
    console.log(`corpus in the browser: ${files.length} files, ${refused} refused, ${opened} opened`);
    await screenshot(page, 'corpus-last-alert');
    noErrors(page);
    await context.close();
  });

  for (const file of ['payload-everywhere-0.json', 'payload-everywhere-1.json', 'payload-everywhere-2.json']) {
    it(`${file} opens with the payload shown as text on every screen`, async () => {
      const { context, page } = await freshPage(browser, { viewport: { width: 1920, height: 1080 } });
      await openApp(page, server.url);
      await importFile(page, file);
      await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('cg.p.')), null, { timeout: 15000 });
      for (const route of routes) {
        await page.goto(`${server.url}/#/${route}`);
        await page.locator('main h1').first().waitFor();
        await assertNoPayloadInDom(page, route);
      }
      await page.goto(`${server.url}/#/partners`);
      await page.locator('main h1').first().waitFor();
      if (file.endsWith('0.json')) {
        assert.match(await page.locator('main').innerText(), /<img src=x onerror=/, 'payload shown as text');
        await screenshot(page, 'corpus-payload-partners');
        await audit(page, 'payload partners');
      }
      noErrors(page);
      await context.close();
    });
  }
});
