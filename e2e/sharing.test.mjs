// Sharing between groups: merge files with a review, undo and redo, several files, two tabs,
// and a tab that must stop writing because another saved with a newer schema.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { audit, freshPage, noErrors, openApp, partnerships, savedPartnership, screenshot, startApp, stopApp, stored, tools, renamePartner, exportFile, importFiles } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));


async function addPartner(page, name) {
  await tools(page).getByRole('link', { name: 'Partners' }).click();
  await page.getByRole('button', { name: 'Add partner' }).click();
  await page.getByLabel('Organisation name').fill(name);
  await page.getByRole('button', { name: 'Save partner' }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

/** One group's browser: opens the shared file and makes its changes. */
async function group(base, edits, name = '') {
  const g = await freshPage(browser);
  await openApp(g.page, server.url);
  await importFiles(g.page, [base]);
  await g.page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
  if (name) {
    await g.page.getByRole('link', { name: 'All partnerships' }).click();
    await g.page.getByLabel("Your group's name").fill(name);
    await g.page.getByRole('button', { name: 'Save group name' }).click();
    await g.page.getByText('Files you export now carry this name.').waitFor();
  }
  await edits(g.page);
  const file = await exportFile(g.page);
  noErrors(g.page);
  await g.context.close();
  return file;
}

describe('merging files from several groups', () => {
  it('shows the first hundred of a long list of changes and the rest on request', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    const file = JSON.parse((await exportFile(page)).text);
    const model = file.partnership.partners[0];
    for (let i = 1; i <= 150; i++) file.partnership.partners.push({ ...model, id: crypto.randomUUID(), name: `Neighbour ${i}` });
    await importFiles(page, [{ name: 'neighbours.json', text: JSON.stringify(file) }]);
    await page.getByRole('button', { name: /^Merge into/ }).click();
    const added = page.locator('section.change-group', { has: page.getByRole('heading', { name: 'Added: only in the file (150)' }) });
    await added.waitFor();
    assert.equal(await added.locator('li.change').count(), 100);
    await screenshot(page, 'merge-review-long');
    await added.getByRole('button', { name: 'Show the other 50' }).click();
    assert.equal(await added.locator('li.change').count(), 150);
    assert.equal(await added.getByRole('button', { name: /^Show the other/ }).count(), 0);
    await page.getByRole('button', { name: 'Merge these changes' }).click();
    await page.getByText('Merged neighbours.json into this partnership: 150 records added.').waitFor();
    noErrors(page);
    await context.close();
  });

  it('reviews, resolves conflicts each way, merges, undoes and redoes', async () => {
    const hub = await freshPage(browser);
    const page = hub.page;
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    const base = await exportFile(page);

    const east = await group(base, async (p) => {
      await renamePartner(p, 'FreshMart Groceries', 'FreshMart (East)');
      await renamePartner(p, 'Harvest Foundation', 'Harvest Fund (East)');
      await addPartner(p, 'Eastside Clinic');
    }, 'East group');
    const west = await group(base, async (p) => {
      await renamePartner(p, 'FreshMart Groceries', 'FreshMart (West)');
      await renamePartner(p, 'Harvest Foundation', 'Harvest Fund (West)');
      await addPartner(p, 'Westside Library');
    }, 'West group');

    // The hub merges East, then West (one review each: it could take both at once).
    await importFiles(page, [east, west]);
    await page.getByRole('button', { name: `Merge only ${east.name}…` }).click();
    await page.getByRole('heading', { name: `Review the merge of ${east.name}` }).waitFor();
    assert.match(await page.getByTestId('merge-summary').innerText(), /1 record added, 2 records updated/);
    await page.getByRole('button', { name: 'Merge these changes' }).click();
    await page.getByRole('button', { name: /Merge into/ }).click();
    await page.getByRole('heading', { name: `Review the merge of ${west.name}` }).waitFor();
    assert.match(await page.getByTestId('merge-summary').innerText(), /1 record added, 2 conflicts resolved/);
    await page.getByText('Westside Library (from West group)').waitFor();
    await audit(page, 'merge review');
    await screenshot(page, 'merge-review');
    // One conflict each way: keep East's FreshMart, take West's Harvest.
    await page.getByRole('group', { name: 'Which name of “FreshMart (East)” to keep?' }).getByLabel('Keep mine').check();
    await page.getByRole('group', { name: 'Which name of “Harvest Fund (East)” to keep?' }).getByLabel('Take theirs').check();
    await page.getByRole('button', { name: 'Merge these changes' }).click();
    await page.getByText(`Merged ${west.name} into this partnership`).waitFor();

    await tools(page).getByRole('link', { name: 'Partners' }).click();
    const names = async () => (await page.locator('.partner-card h2').allInnerTexts()).sort();
    const merged = await names();
    assert.ok(merged.includes('FreshMart (East)') && merged.includes('Harvest Fund (West)'), merged.join(', '));
    assert.ok(merged.includes('Eastside Clinic') && merged.includes('Westside Library'));
    assert.ok(!merged.includes('FreshMart (West)') && !merged.includes('Harvest Fund (East)'));
    assert.equal(merged.length, 8);
    await page.locator('.partner-card', { hasText: 'Eastside Clinic' }).getByText('Added from East group').waitFor();
    await page.locator('.partner-card', { hasText: 'Westside Library' }).getByText('Added from West group').waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
    await page.locator('.partner-card h2', { hasText: 'Westside Library' }).waitFor({ state: 'detached' });
    assert.equal((await names()).length, 7, 'one undo restores the state before the merge');
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.locator('.partner-card h2', { hasText: 'Westside Library' }).waitFor();

    // Merging the same file again changes nothing.
    await importFiles(page, [west]);
    await page.getByRole('button', { name: /Merge into/ }).click();
    await page.getByText('This file has nothing that this partnership does not already have.').waitFor();
    assert.ok(await page.getByRole('button', { name: 'Merge these changes' }).isDisabled());
    await page.getByRole('button', { name: 'Cancel' }).click();
    noErrors(page);
    await hub.context.close();
  });

  it('cancelling a review leaves everything as it was', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    const base = await exportFile(page);
    const other = await group(base, (p) => addPartner(p, 'Someone New'));
    const before = await stored(page);
    await importFiles(page, [other]);
    await page.getByRole('button', { name: /Merge into/ }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('cancelled; nothing changed').waitFor();
    assert.deepEqual(await stored(page), before);
    await context.close();
  });
});

const SAMPLE_PARTNERS = [
  'Riverside Food Bank', 'FreshMart Groceries', 'Riverside City Council – Public Health',
  "Eastside Tenants' Association", 'Harvest Foundation', 'Riverside University Nutrition Lab',
];
const VOTERS = ['Amara', 'Daniel', 'Priya', 'Luis', 'Grace', 'Samuel'];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('collecting from devices', () => {
  it('six partners sign, rate and vote on their own devices; one review merges all six files without a conflict', async () => {
    const hub = await freshPage(browser);
    const page = hub.page;
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    // The facilitator prepares the workshop: a charter edit everyone must confirm, a new
    // health round and a new dot-voting round.
    await tools(page).getByRole('link', { name: 'Charter', exact: true }).click();
    await page.getByRole('button', { name: 'Edit charter' }).click();
    await page.getByLabel('Ground rules').fill('Start on time\nEveryone speaks once before anyone speaks twice');
    await page.getByRole('button', { name: 'Save charter' }).click();
    await page.getByTestId('reconfirm-banner').waitFor();
    await tools(page).getByRole('link', { name: 'Health check', exact: true }).click();
    await page.getByRole('button', { name: 'Start a new round' }).click();
    await page.getByLabel('Name').fill('Workshop round');
    await page.getByRole('button', { name: 'Start round' }).click();
    await tools(page).getByRole('link', { name: 'Ideas', exact: true }).click();
    await page.getByRole('link', { name: 'Open the voting screen' }).click();
    await page.getByRole('button', { name: 'Start a new round' }).click();
    await page.getByLabel('Question').fill('Which idea first?');
    await page.getByLabel('Dots per voter').fill('2');
    await page.getByLabel('Voters (one name per line)').fill(VOTERS.join('\n'));
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByRole('heading', { name: 'Who votes next?' }).waitFor();
    const base = await exportFile(page);

    // Each partner, on their own device.
    const files = [];
    for (const [i, partner] of SAMPLE_PARTNERS.entries()) {
      files.push(await group(base, async (p) => {
        await tools(p).getByRole('link', { name: 'Charter', exact: true }).click();
        await p.getByRole('button', { name: new RegExp(`^(Sign|Confirm again) for ${escape(partner)}$`) }).click();
        await p.locator('.signoff-table tbody tr', { hasText: partner }).getByText(/^Signed/).waitFor();
        await tools(p).getByRole('link', { name: 'Health check', exact: true }).click();
        await p.getByRole('list', { name: "Partners' turns" }).getByRole('button', { name: partner, exact: true }).click();
        await p.getByRole('heading', { name: new RegExp(`: ${escape(partner)}$`) }).waitFor();
        const first = p.locator('.partner-sheet fieldset').first();
        await first.locator('label', { hasText: new RegExp(`^${1 + (i % 5)}$`) }).click();
        await p.locator('.partner-sheet').getByRole('button', { name: /^Save/ }).click();
        await p.getByText(`Saved ${partner}'s ratings.`).waitFor();
        await tools(p).getByRole('link', { name: 'Ideas', exact: true }).click();
        await p.getByRole('link', { name: 'Continue the open round' }).click();
        await p.getByRole('button', { name: VOTERS[i], exact: true }).click();
        await p.getByRole('button', { name: 'One more dot on Evening pantry' }).click();
        await p.getByRole('button', { name: 'Place my dots' }).click();
        await p.getByText(`✓ ${VOTERS[i]} has voted`).waitFor();
      }));
    }

    // The facilitator takes all six files at once: one review, no conflict.
    await importFiles(page, files);
    await page.getByRole('button', { name: 'Merge all 6 files into “Riverside Food Security Partnership”…' }).click();
    await page.getByRole('heading', { name: 'Review the merge of 6 files' }).waitFor();
    const summary = await page.getByTestId('merge-summary').innerText();
    assert.doesNotMatch(summary, /conflict/, summary);
    assert.equal(await page.locator('section.change-conflict').count(), 0);
    await screenshot(page, 'merge-review-six-devices');
    await page.getByRole('button', { name: 'Merge these changes' }).click();
    await page.getByText('Merged 6 files into this partnership').waitFor();

    const p = await savedPartnership(page);
    const revision = p.charter.revision;
    assert.equal(p.charter.sign_offs.filter((s) => s.revision === revision).length, 6, 'six signatures of the new text');
    const round = p.health.rounds.find((r) => r.name === 'Workshop round');
    assert.equal(round.ratings.length, 6, 'six partners rated');
    const voting = p.ideas.rounds.find((r) => r.question === 'Which idea first?');
    assert.deepEqual(voting.ballots.map((b) => b.voter).sort(), [...VOTERS].sort(), 'six ballots');
    await tools(page).getByRole('link', { name: 'Charter', exact: true }).click();
    assert.equal(await page.getByTestId('reconfirm-banner').count(), 0, 'nobody is left to confirm');
    noErrors(page);
    await hub.context.close();
  });
});

/** The sample open on the Partners page in two tabs of one profile. In the second tab,
 * `window.__deaf = true` keeps the app from hearing the first tab's saves (a listener that
 * runs before the app's stops the `storage` event). */
async function twoTabsOnPartners() {
  const { context, page } = await freshPage(browser);
  await openApp(page, server.url);
  await page.getByRole('button', { name: 'Try the sample partnership' }).click();
  await tools(page).getByRole('link', { name: 'Partners' }).click();
  const second = await context.newPage();
  await second.addInitScript(() => {
    window.addEventListener('storage', (e) => { if (window.__deaf) e.stopImmediatePropagation(); }, true);
  });
  await openApp(second, server.url, '#/partners');
  return { context, page, second };
}

describe('two tabs', () => {
  it('a change saved in one tab appears in the other', async () => {
    const { context, page, second } = await twoTabsOnPartners();
    await addPartner(page, 'Added In Tab One');
    await second.getByRole('heading', { name: 'Added In Tab One', level: 2 }).waitFor();
    await second.getByText('Updated with changes saved in another tab.').waitFor();
    await addPartner(second, 'Added In Tab Two');
    await page.getByRole('heading', { name: 'Added In Tab Two', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Added In Tab One', level: 2 }).waitFor();
    await context.close();
  });

  it('a form open in one tab is told when the other tab saved the same record', async () => {
    const { context, page, second } = await twoTabsOnPartners();
    // Tab two starts editing the food bank and types a new contact person.
    await second.getByRole('button', { name: 'Edit Riverside Food Bank' }).click();
    const form = second.getByRole('form', { name: 'Edit partner' });
    await form.getByLabel('Contact person').fill('Typed In Tab Two');
    // Meanwhile tab one renames the same partner.
    await renamePartner(page, 'Riverside Food Bank', 'Riverside Food Bank (renamed in tab one)');
    await second.getByText('Updated with changes saved in another tab.').waitFor();
    // The open form and its typing survive the refresh.
    assert.equal(await form.getByLabel('Contact person').inputValue(), 'Typed In Tab Two');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('was changed elsewhere').waitFor();
    await screenshot(second, 'two-tabs-form-conflict');
    await audit(second);
    // Nothing was written over tab one's change.
    assert.ok(JSON.stringify(await stored(page)).includes('Riverside Food Bank (renamed in tab one)'), 'tab one\'s rename is still stored');
    // Saving again is a choice: tab two's version replaces it.
    await form.getByRole('button', { name: 'Save changes' }).click();
    await second.getByRole('heading', { name: 'Riverside Food Bank', level: 2, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Riverside Food Bank', level: 2, exact: true }).waitFor();
    assert.ok(JSON.stringify(await stored(page)).includes('Typed In Tab Two'));
    await context.close();
  });

  it('edits saved at the same moment in both tabs are merged, not lost', async () => {
    const { context, page, second } = await twoTabsOnPartners();
    // Tab two stops hearing of tab one's saves, as if both saved before either event arrived.
    await second.evaluate(() => { window.__deaf = true; });
    await addPartner(page, 'Added In Tab One');
    await addPartner(second, 'Added In Tab Two');
    await second.getByText("both tabs' changes are kept").waitFor();
    await second.getByRole('heading', { name: 'Added In Tab One', level: 2 }).waitFor();
    await screenshot(second, 'two-tabs-saved-at-once');
    const all = JSON.stringify(partnerships(await stored(second)));
    assert.ok(all.includes('Added In Tab One') && all.includes('Added In Tab Two'), 'both partners are stored');
    await page.getByRole('heading', { name: 'Added In Tab Two', level: 2 }).waitFor();
    await context.close();
  });

  it('a tab stops writing when another saved with a newer schema', async () => {
    const { context, page, second } = await twoTabsOnPartners();
    // The second tab stands in for a newer app version writing schema 5.
    await second.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => /^cg\.p\.[0-9a-f-]{36}$/.test(k));
      const file = JSON.parse(localStorage.getItem(key));
      file.schema_version = 5;
      file.partnership.name = 'Renamed by a newer version';
      localStorage.setItem(key, JSON.stringify(file));
    });
    await page.getByTestId('read-only').getByText('saved by a newer version').waitFor();
    await addPartner(page, 'Should Not Be Saved');
    const [{ envelope: saved }] = partnerships(await stored(page));
    assert.equal(saved.schema_version, 5, 'the newer data was not overwritten');
    assert.equal(saved.partnership.name, 'Renamed by a newer version');
    assert.ok(!JSON.stringify(await stored(page)).includes('Should Not Be Saved'));
    await context.close();
  });
});
