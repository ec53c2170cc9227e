// The foundation's journeys: first visit, partners, reload, export and import, bad files,
// a full storage, corrupt storage, deep links.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { audit, freshPage, noErrors, openApp, partnerships, screenshot, startApp, stopApp, stored, storedPartnership } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

async function addPartner(page, name, sector = 'Corporate') {
  await page.getByRole('button', { name: 'Add partner' }).click();
  await page.getByLabel('Organisation name').fill(name);
  await page.getByLabel('Sector').selectOption({ label: sector });
  await page.getByLabel('Contact person').fill('Jo Example');
  await page.getByRole('button', { name: 'Save partner' }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

describe('first visit', () => {
  it('renders the welcome screen (a blank page fails here), passes axe', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('heading', { name: 'Common Ground', level: 1 }).waitFor();
    assert.ok(await page.getByRole('button', { name: 'Try the sample partnership' }).isVisible());
    assert.ok(await page.getByRole('button', { name: 'Start an empty partnership' }).isVisible());
    await audit(page, 'welcome');
    await screenshot(page, 'welcome');
    noErrors(page);
    await context.close();
  });

  it('opens the sample in one click, with partners across sectors', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    await audit(page, 'overview');
    await screenshot(page, 'overview');
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('heading', { name: 'Partners', level: 1 }).waitFor();
    assert.equal(await page.locator('.partner-card').count(), 6);
    await audit(page, 'partners');
    await screenshot(page, 'partners');
    noErrors(page);
    await context.close();
  });
});

describe('partners', () => {
  it('creates a partnership, adds a partner, and finds it after a reload', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByLabel('Name of your partnership').fill('Northside Youth Jobs');
    await page.getByRole('button', { name: 'Start an empty partnership' }).click();
    await page.getByRole('heading', { name: 'Northside Youth Jobs', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Partners' }).click();
    await page.getByText('No partners yet').waitFor();
    await addPartner(page, 'Acme Tools', 'Corporate');
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByRole('button', { name: 'Save partner' }).click();
    await page.getByText('Give the partner a name.').waitFor();
    await audit(page, 'partner form with an error');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Acme Tools', level: 2 }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Partners', level: 1 }).count(), 1, 'the deep link survived the reload');
    noErrors(page);
    await context.close();
  });

  it('edits a partner, deletes it, and undoes the delete', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('button', { name: 'Edit FreshMart Groceries' }).click();
    await page.getByLabel('Organisation name').fill('FreshMart Stores');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'FreshMart Stores', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Delete FreshMart Stores' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Deleted FreshMart Stores.').waitFor();
    assert.equal(await page.locator('.partner-card').count(), 5);
    const afterDelete = await stored(page);
    const saved = { partnership: storedPartnership(afterDelete) };
    assert.equal(saved.partnership.partners.length, 5);
    // The partner's own tombstone; its resource-map entries leave theirs too.
    assert.equal(saved.partnership.tombstones.filter((t) => t.kind === 'partner').length, 1, 'the delete left a tombstone');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { name: 'FreshMart Stores', level: 2 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'FreshMart Stores', level: 2 }).waitFor();
    noErrors(page);
    await context.close();
  });
});

describe('files', () => {
  it('exports, then imports in a fresh browser profile with the same data', async () => {
    const a = await freshPage(browser);
    await openApp(a.page, server.url);
    await a.page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await a.page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Partners' }).click();
    await addPartner(a.page, 'Harbour Library', 'Government');
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: 'Export' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^riverside-food-security-partnership-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(text);
    assert.equal(file.format, 'common-ground/partnership');
    assert.equal(file.schema_version, 4);
    assert.ok(file.exported_at && file.app_version);

    const b = await freshPage(browser);
    await openApp(b.page, server.url);
    await b.page.locator('input[type=file]').setInputFiles({
      name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text),
    });
    await b.page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    await b.page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Partners' }).click();
    await b.page.getByRole('heading', { name: 'Harbour Library', level: 2 }).waitFor();
    const storedB = await stored(b.page);
    assert.deepEqual(storedPartnership(storedB), file.partnership, 'the imported partnership equals the exported one');
    noErrors(a.page);
    noErrors(b.page);
    await a.context.close();
    await b.context.close();
  });

  it('opens a dropped file', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    const file = {
      format: 'common-ground/partnership', schema_version: 1, exported_at: '2025-05-01T12:00:00Z', app_version: '0.0.1',
      partnership: {
        id: '6f1d7c1e-2b1a-4c55-9f49-0b8f0d7f3a10', created_at: '2025-01-01T00:00:00Z', updated_at: '2025-04-01T00:00:00Z',
        title: 'Old pilot',
        partners: [{ id: '0c6a1b55-6d8f-4f7e-8b1c-1f0f1f5c9a01', created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z', organisation: 'Food Bank', type: 'charity' }],
      },
    };
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'pilot.json', { type: 'application/json' }));
      const target = document.querySelector('.app');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, JSON.stringify(file));
    await page.getByRole('heading', { name: 'Old pilot', level: 1 }).waitFor();
    await page.getByText('older version (schema 1)').waitFor();
    noErrors(page);
    await context.close();
  });

  const badFiles = [
    ['not JSON', 'hello, world', /not a valid JSON file: at line 1, column 1/],
    ['truncated', '{"format": "common-ground/partnership", "schema_version": 2, "partn', /ends too early.*cut off/],
    ['wrong format tag', '{"format": "trello", "schema_version": 2}', /its "format" is "trello"/],
    ['newer version', '{"format": "common-ground/partnership", "schema_version": 99, "exported_at": "2026-01-01T00:00:00Z"}', /newer version of Common Ground/],
  ];
  for (const [label, text, message] of badFiles) {
    it(`refuses a ${label} file with a message, leaving the data intact`, async () => {
      const { context, page } = await freshPage(browser);
      await openApp(page, server.url);
      await page.getByRole('button', { name: 'Try the sample partnership' }).click();
      await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
      const before = await stored(page);
      await page.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      const alert = page.getByRole('alert');
      await alert.getByText(message).waitFor();
      assert.match(await alert.innerText(), /Could not open bad\.json: .* Nothing in this browser was changed\./s);
      assert.deepEqual(await stored(page), before, 'storage is untouched');
      assert.ok(await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).isVisible());
      if (label === 'truncated') {
        await audit(page, 'import error');
        await screenshot(page, 'import-error');
      }
      noErrors(page);
      await context.close();
    });
  }

  it('refuses a file with a wrong type, naming the JSON path', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    file.partnership.partners[3].sector = 'ngo';
    await page.locator('input[type=file]').setInputFiles({ name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole('alert').getByText('partnership.partners[3].sector: “ngo” is not one of the choices (non_profit, corporate').waitFor();
    await context.close();
  });
});

describe('storage', () => {
  it('warns at once when storage is full, keeps working, and loses nothing saved', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Partners' }).click();
    const savedBefore = await stored(page);
    // Fill the origin's storage to the last character with someone else's key.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      let filler = '';
      while (chunk.length > 0) {
        try {
          localStorage.setItem('filler', filler + chunk);
          filler += chunk;
        } catch {
          chunk = chunk.slice(0, Math.floor(chunk.length / 2));
        }
      }
    });
    await addPartner(page, 'Overflow Org', 'Other');
    const banner = page.locator('[data-testid=save-problem]');
    await banner.waitFor();
    assert.match(await banner.innerText(), /Not saved: The browser's storage for this page is full\./);
    assert.ok(await page.getByRole('button', { name: 'Export now' }).isVisible());
    await audit(page, 'storage full');
    await screenshot(page, 'storage-full');
    const savedAfter = await stored(page);
    delete savedAfter.filler;
    assert.deepEqual(savedAfter, savedBefore, 'what was saved before is intact');
    // Free space: the next save goes through and the banner goes away.
    await page.evaluate(() => localStorage.removeItem('filler'));
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'Overflow Org', level: 2 }).waitFor();
    noErrors(page);
    await context.close();
  });

  it('sets corrupt stored data aside, says so, and offers it back', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    const key = partnerships(await stored(page))[0].key;
    await page.evaluate((k) => localStorage.setItem(k, '{"format": "common-ground/partnership", "sche'), key);
    await page.reload();
    await page.getByRole('alert').getByText('could not be read').waitFor();
    const after = await stored(page);
    const backup = Object.keys(after).find((k) => k.startsWith('cg.backup.'));
    assert.ok(backup, 'a backup key exists');
    // One backup holds the damaged head and every stored part, by key.
    const kept = JSON.parse(after[backup]);
    assert.equal(kept[key], '{"format": "common-ground/partnership", "sche');
    assert.ok(Object.keys(kept).some((k) => k.startsWith(`${key}.measurements.`)), 'the parts are kept with it');
    assert.equal(Object.keys(after).filter((k) => k.startsWith('cg.p.')).length, 0, 'nothing of it is left to be overwritten');
    // The welcome screen offers a new start, and the backup is listed for download.
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('link', { name: 'All partnerships' }).click();
    await page.getByRole('heading', { name: 'Data set aside' }).waitFor();
    await audit(page, 'partnerships with a backup');
    await screenshot(page, 'partnerships');
    noErrors(page);
    await context.close();
  });

  it('works in memory, and says so, when the browser refuses storage', async () => {
    const { context, page } = await freshPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await openApp(page, server.url);
    await page.locator('[data-testid=save-problem]').getByText('does not let the page save anything').waitFor();
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    noErrors(page);
    await context.close();
  });
});

describe('partnerships', () => {
  it('creates, renames, duplicates, switches and deletes partnerships', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('link', { name: 'All partnerships' }).click();
    await page.getByLabel('Start another partnership').fill('Second Group');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Second Group', level: 1 }).waitFor();
    await page.getByLabel('Open partnership').selectOption({ label: 'Riverside Food Security Partnership' });
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'All partnerships' }).click();
    await page.getByRole('button', { name: 'Duplicate Riverside Food Security Partnership' }).click();
    await page.getByRole('button', { name: 'Rename Second Group' }).click();
    await page.getByLabel('New name').fill('Second Circle');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.locator('.partnership-name', { hasText: 'Second Circle' }).waitFor();
    await page.getByRole('button', { name: 'Delete Second Circle' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Deleted “Second Circle” from this browser.').waitFor();
    const names = await page.locator('.partnership-name').allInnerTexts();
    assert.deepEqual(names.sort(), ['Copy of Riverside Food Security Partnership', 'Riverside Food Security Partnership']);
    noErrors(page);
    await context.close();
  });

  it('shows a not-found page for an unknown address', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.goto(server.url + '/#/no-such-tool');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await context.close();
  });
});
