// Never lose a partnership (issue 17): Undo in one tab takes back only that tab's change;
// a partnership made on a clock running ahead survives an edit and a reload, mended; a save
// that replaces chunk by chunk, stopped midway, is finished from the journal on reopening
// (without IndexedDB it goes on, and the page says once that it is not crash-safe).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { audit, freshPage, noErrors, openApp, savedPartnership, screenshot, startApp, stopApp, stored, tools, renamePartner } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));



describe('undo across two tabs', () => {
  it('undo in one tab takes back its own change and keeps what the other tab saved', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await tools(page).getByRole('link', { name: 'Partners' }).click();
    const second = await context.newPage();
    second.errors = [];
    second.on('pageerror', (e) => second.errors.push(String(e)));
    await openApp(second, server.url, '#/partners');
    const names = await page.getByRole('heading', { level: 2 }).allTextContents();
    const [one, two] = names.filter((n) => n !== 'Partners').slice(0, 2);
    // Tab A renames partner 1, tab B partner 2; each hears the other's save.
    await renamePartner(page, one, 'Renamed In Tab A');
    await second.getByRole('heading', { name: 'Renamed In Tab A', level: 2 }).waitFor();
    await renamePartner(second, two, 'Renamed In Tab B');
    await page.getByRole('heading', { name: 'Renamed In Tab B', level: 2 }).waitFor();
    // Undo in tab A.
    await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await page.getByRole('heading', { name: one, level: 2, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Renamed In Tab B', level: 2 }).waitFor();
    await screenshot(page, 'reliability-undo-two-tabs');
    const stored = (await savedPartnership(page)).partners.map((p) => p.name);
    assert.ok(stored.includes('Renamed In Tab B'), 'tab B\'s rename is still stored');
    assert.ok(!stored.includes('Renamed In Tab A') && stored.includes(one), 'tab A\'s rename is undone');
    await second.getByRole('heading', { name: one, level: 2, exact: true }).waitFor();
    await second.getByRole('heading', { name: 'Renamed In Tab B', level: 2 }).waitFor();
    noErrors(page);
    noErrors(second);
    await context.close();
  });
});

describe('a clock running ahead', () => {
  it('a partnership whose times are three years ahead survives an edit and a reload', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    await context.close();
    // Every time three years later, as a partner's laptop with a wrong clock writes them.
    const ahead = text.replace(/"(\d{4})-(\d\d-\d\dT[0-9:.]+Z)"/g, (_, y, rest) => `"${Number(y) + 3}-${rest}"`);
    const fresh = await freshPage(browser);
    const p = fresh.page;
    await openApp(p, server.url);
    await p.locator('input[type=file]').setInputFiles({ name: 'ahead.json', mimeType: 'application/json', buffer: Buffer.from(ahead) });
    await p.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    await tools(p).getByRole('link', { name: 'Partners' }).click();
    const first = (await p.getByRole('heading', { level: 2 }).allTextContents()).filter((n) => n !== 'Partners')[0];
    // Renamed on this clock, earlier than every time in the file. (The partners list keys its
    // rows by the edit time, which an edit on a clock behind does not move: the row shows the
    // new name only after a reload. Noted in issue 17's closing note.)
    await p.getByRole('button', { name: `Edit ${first}` }).click();
    await p.getByLabel('Organisation name').fill('Renamed On This Clock');
    await p.getByRole('button', { name: 'Save changes' }).click();
    await p.getByRole('button', { name: 'Save changes' }).waitFor({ state: 'detached' });
    assert.ok((await savedPartnership(p)).partners.some((x) => x.name === 'Renamed On This Clock'), 'the rename is saved');
    await p.reload();
    await p.locator('#boot').waitFor({ state: 'detached', timeout: 15000 });
    await p.getByRole('heading', { name: 'Renamed On This Clock', level: 2 }).waitFor();
    await screenshot(p, 'reliability-clock-ahead-reloaded');
    await audit(p, 'the partners page after a reload');
    noErrors(p);
    await fresh.context.close();
  });
});

/** How many entries the app's journal (IndexedDB) holds. */
function journalEntries(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('common-ground');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      // A build without the journal never made its store (opening just made an empty base).
      if (!db.objectStoreNames.contains('journal')) return db.close(), resolve(0);
      const count = db.transaction('journal').objectStore('journal').count();
      count.onsuccess = () => (db.close(), resolve(count.result));
      count.onerror = () => reject(count.error);
    };
  }));
}

/** Opens a file into the open partnership, through the merge review. */
async function mergeFile(page, name, file) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: /^Merge into/ }).click();
  await page.getByRole('button', { name: 'Merge these changes' }).click();
}

/**
 * The sample with 3000 more measurements (8 chunks) open in `page`, in storage so full that
 * the old and the new measurements cannot sit side by side; and the same file with every one
 * of those values changed later on, whose merge rewrites every chunk.
 */
async function largeAndFull(page) {
  await openApp(page, server.url);
  await page.getByRole('button', { name: 'Try the sample partnership' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const p = file.partnership;
  const model = p.measurements[0];
  const day = (k) => new Date(Date.UTC(2015, 0, 1) + k * 86400000).toISOString().slice(0, 10);
  const added = Array.from({ length: 3000 }, (_, k) => ({
    ...model, id: crypto.randomUUID(), date: day(k), value: k, note: '', created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z',
  }));
  p.measurements.push(...added);
  await mergeFile(page, 'more.json', file);
  await page.getByText(/^Merged more\.json into this partnership/).waitFor();
  assert.equal((await savedPartnership(page)).measurements.length, p.measurements.length, 'the measurements are saved');
  await page.evaluate(() => {
    const fits = (n) => { try { localStorage.setItem('filler', 'x'.repeat(n)); return true; } catch { return false; } };
    let [lo, hi] = [0, 6 * 1024 * 1024];
    while (hi - lo > 1000) { const mid = Math.floor((lo + hi) / 2); if (fits(mid)) lo = mid; else hi = mid; }
    fits(lo - 200000);
  });
  const changed = structuredClone(file);
  const ids = new Set(added.map((a) => a.id));
  for (const m of changed.partnership.measurements) if (ids.has(m.id)) Object.assign(m, { value: m.value + 0.5, updated_at: '2025-06-01T00:00:00Z' });
  return { p, added, changed };
}

describe('a save stopped while it replaces chunk by chunk', () => {
  it('is finished from the journal when the app opens again: whole, listed, and the user told', async () => {
    const { context, page } = await freshPage(browser);
    const { p, added, changed } = await largeAndFull(page);
    // A tab killed at a chosen write of the replace cannot be had from Chromium (the writes run
    // in one task): instead every write from the 7th after the head's removal on is refused,
    // as a killed tab leaves storage, and the page is then closed.
    await page.evaluate(() => {
      const real = { set: Storage.prototype.setItem, remove: Storage.prototype.removeItem };
      let count = 0;
      const write = (key, removing) => {
        if (count === 0 && !(removing && /^cg\.p\.[0-9a-f-]{36}$/.test(key))) return;
        if (++count > 6) { window.stopped = true; throw new Error('stopped: the tab is gone'); }
      };
      Storage.prototype.setItem = function (k, v) { write(k, false); return real.set.call(this, k, v); };
      Storage.prototype.removeItem = function (k) { write(k, true); return real.remove.call(this, k); };
    });
    await mergeFile(page, 'changed.json', changed);
    await page.waitForFunction(() => window.stopped === true);
    const left = await stored(page);
    const head = `cg.p.${p.id}`;
    assert.ok(!(head in left), 'the replace was stopped midway: no head');
    assert.ok(Object.keys(left).some((k) => k.startsWith(`${head}.measurements.`)), 'with some chunks');
    assert.equal(await journalEntries(page), 1, 'the new version is in the journal');
    await page.close({ runBeforeUnload: false });

    const again = await context.newPage();
    again.errors = [];
    again.on('pageerror', (e) => again.errors.push(String(e)));
    await openApp(again, server.url);
    await again.getByRole('alert').getByText(`The last save of “${p.name}” was interrupted (the page closed midway); it was finished from the copy kept for that.`).waitFor();
    await again.getByRole('heading', { name: p.name, level: 1 }).waitFor();
    await screenshot(again, 'reliability-interrupted-save-finished');
    const whole = await savedPartnership(again);
    const values = new Map(whole.measurements.map((m) => [m.id, m.value]));
    const newer = added.filter((a) => values.get(a.id) === a.value + 0.5).length;
    assert.equal(whole.measurements.length, p.measurements.length, 'every measurement is there');
    assert.ok(newer === 0 || newer === added.length, `the old or the new version, not a mix (${newer} of ${added.length} changed)`);
    assert.equal(newer, added.length, 'finished: the new version');
    const index = JSON.parse(await again.evaluate(() => localStorage.getItem('cg.index')));
    assert.ok(index.partnerships.some((e) => e.id === p.id), 'listed');
    // The entry's removal is not awaited by the app.
    for (let i = 0; i < 50 && (await journalEntries(again)) > 0; i++) await again.waitForTimeout(100);
    assert.equal(await journalEntries(again), 0, 'the journal entry is gone');
    noErrors(again);
    await context.close();
  });

  it('in a browser without IndexedDB, goes on as before and says once that it is not crash-safe', async () => {
    const { context, page } = await freshPage(browser);
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const { p, added, changed } = await largeAndFull(page);
    await mergeFile(page, 'changed.json', changed);
    await page.getByRole('alert').getByText('This browser does not let the page keep a second copy (IndexedDB), so very large saves like this one are not crash-safe here').waitFor();
    const values = new Map((await savedPartnership(page)).measurements.map((m) => [m.id, m.value]));
    assert.ok(added.every((a) => values.get(a.id) === a.value + 0.5), 'saved all the same');
    assert.equal(values.size, p.measurements.length);
    noErrors(page);
    await context.close();
  });
});

describe('the sample, downloaded when asked for', () => {
  it('says why when it cannot be downloaded, and opens once it can', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    let down = true;
    // On the context: the service worker fetches the file, and a page's routes do not see it.
    await context.route('**/locales/sample.json', (route) => (down ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /the server answered 503.*try again/);
    assert.equal(await page.getByRole('button', { name: 'Try the sample partnership' }).count(), 1, 'the welcome stays');
    // The browser logs the refused download itself; that one is expected.
    page.errors = page.errors.filter((e) => !/status of 503/.test(e));
    down = false;
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    noErrors(page);
    await context.close();
  });
});
