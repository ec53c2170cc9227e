// Never lose a partnership (issue 17): Undo in one tab takes back only that tab's change;
// a partnership made on a clock running ahead survives an edit and a reload, mended.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { audit, freshPage, noErrors, openApp, savedPartnership, screenshot, startApp, stopApp, tools, renamePartner } from './harness.mjs';

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
