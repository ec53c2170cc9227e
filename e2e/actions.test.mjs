// Issue 21's Actions page: every commitment from every tool in one list; filter it, mark one
// done, follow one back to where it was agreed, download it as CSV; at projector and phone size.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { audit, freshPage, noErrors, openApp, screenshot, startApp, stopApp, tools } from './harness.mjs';

const NOW = '2026-11-27T09:00:00Z';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

async function sample(opts = {}) {
  const { context, page } = await freshPage(browser, opts);
  await context.addInitScript((now) => localStorage.setItem('cg.prefs.now', now), NOW);
  await openApp(page, server.url);
  await page.getByRole('button', { name: 'Try the sample partnership' }).click();
  await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
  if ((opts.viewport?.width ?? 1280) > 700) await tools(page).getByRole('link', { name: 'Actions', exact: true }).click();
  else await page.evaluate(() => (location.hash = '#/actions'));
  await page.getByRole('heading', { name: 'Actions', level: 1 }).waitFor();
  return { context, page };
}

const rows = (page) => page.locator('.followup-table tbody tr');
const summary = (page) => page.locator('.followup-summary');

describe('actions', () => {
  it('lists what is owed from every tool, filters it, marks one done and leads back to its tool', async () => {
    const { context, page } = await sample({ viewport: { width: 1920, height: 1080 } });
    const owed = await rows(page).count();
    assert.ok(owed >= 5, `only ${owed} actions owed`);
    const sources = await page.locator('.followup-table tbody td:nth-child(5)').allInnerTexts();
    for (const s of ['Check-in action item', 'Resource commitment', 'Retrospective: we will', 'Communication plan', 'You said, we did']) {
      assert.ok(sources.includes(s), `no action from ${s}: ${sources}`);
    }
    // Due dates go up, undated last.
    await audit(page, 'actions');
    await screenshot(page, 'actions-1920');

    // Only overdue ones, then one partner's.
    await page.getByLabel('Only overdue').check();
    const late = await rows(page).count();
    assert.ok(late >= 1 && late < owed, `${late} overdue of ${owed}`);
    assert.match(await summary(page).innerText(), new RegExp(`^${late} actions? · ${late} overdue`));
    await page.getByLabel('Only overdue').uncheck();
    const partner = await page.getByLabel('Partner', { exact: true }).locator('option').nth(1).innerText();
    await page.getByLabel('Partner', { exact: true }).selectOption({ label: partner });
    const owners = await page.locator('.followup-table tbody td:nth-child(2)').allInnerTexts();
    assert.ok(owners.length >= 1 && owners.every((o) => o === partner), `${partner}: ${owners}`);
    await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Every partner' });

    // Mark a check-in's action item done: it leaves the list of what is owed, shows among
    // what is done, and Undo brings it back.
    await page.getByLabel('Where from').selectOption({ label: 'Check-in action item' });
    const items = await rows(page).count();
    const first = await rows(page).first().locator('th').innerText();
    await rows(page).first().getByRole('button', { name: /^Mark done/ }).click();
    await page.getByText(`Marked done: “${first}”.`).first().waitFor();
    assert.equal(await rows(page).count(), items - 1);
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done or dropped' });
    assert.ok((await page.locator('.followup-table tbody th').allInnerTexts()).includes(first));
    await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Still to do' });
    await page.waitForFunction((n) => document.querySelectorAll('.followup-table tbody tr').length === n, items);
    await page.getByLabel('Where from').selectOption({ label: 'Every tool' });

    // The CSV has the headers and a line per action shown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    assert.equal(csv[0], 'What,Who,For,Due,Status,Where from');
    assert.equal(csv.length, owed + 1);

    // A check-in's action item leads back to the check-ins.
    await page.getByLabel('Where from').selectOption({ label: 'Check-in action item' });
    await rows(page).first().getByRole('link', { name: 'Check-in action item' }).click();
    await page.getByRole('heading', { name: 'Check-ins', level: 1 }).waitFor();
    noErrors(page);
    await context.close();
  });

  it('fits a phone', async () => {
    const { context, page } = await sample({ viewport: { width: 390, height: 844 } });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.equal(wide, 0, `the page scrolls sideways by ${wide} px`);
    await audit(page, 'actions on a phone');
    await screenshot(page, 'actions-390');
    noErrors(page);
    await context.close();
  });
});
