// The resource map's journeys: offers and needs for two partners show on the heat-map and
// as a match; accepting it records a commitment on both partners; the four workshop steps
// go forward and back without losing anything; the grid and workshop pass axe and are
// photographed at projector size.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { audit, freshPage, noErrors, openApp, savedPartnership, screenshot, startApp, stopApp } from './harness.mjs';

const projector = { viewport: { width: 1920, height: 1080 } };
let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

async function emptyPartnershipWith(page, partners) {
  await openApp(page, server.url);
  await page.getByLabel('Name of your partnership').fill('Harbour Learning Alliance');
  await page.getByRole('button', { name: 'Start an empty partnership' }).click();
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Partners' }).click();
  for (const name of partners) {
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByLabel('Organisation name').fill(name);
    await page.getByRole('button', { name: 'Save partner' }).click();
    await page.getByRole('heading', { name, level: 2 }).waitFor();
  }
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Resource map' }).click();
  await page.getByRole('heading', { name: 'Resource map', level: 1 }).waitFor();
}

async function addEntry(page, partner, kind, category, text, strength = 'Medium (2)') {
  const label = kind === 'offer' ? `Add an offer from ${partner}` : `Add a need of ${partner}`;
  await page.getByRole('button', { name: label }).click();
  const form = page.getByRole('form', { name: `New ${kind}` });
  await form.getByLabel('Partner').selectOption({ label: partner });
  await form.getByLabel('Category').selectOption({ label: category });
  await form.getByLabel(kind === 'offer' ? 'What is offered' : 'What is needed').fill(text);
  await form.getByLabel(/How/).selectOption({ label: strength });
  await form.getByRole('button', { name: `Add ${kind}` }).click();
  await page.getByText(text, { exact: true }).waitFor();
}

describe('resource map', () => {
  it('shows an empty state with how to run the exercise', async () => {
    const { context, page } = await freshPage(browser);
    await emptyPartnershipWith(page, ['Harbour School']);
    await page.getByText('Nothing on the map yet').waitFor();
    await page.getByRole('button', { name: 'Gaps' }).click();
    await page.getByText('Nothing on the map yet').waitFor();
    await audit(page, 'empty resource map');
    noErrors(page);
    await context.close();
  });

  it('adds an offer and a need for two partners, sees the heat-map cell and a match, accepts it', async () => {
    const { context, page } = await freshPage(browser);
    await emptyPartnershipWith(page, ['Harbour School', 'Dockside Tech']);
    await page.getByRole('button', { name: 'Offers and needs' }).click();
    await addEntry(page, 'Dockside Tech', 'offer', 'Technology', 'Twenty refurbished laptops', 'Large (3)');
    await addEntry(page, 'Harbour School', 'need', 'Technology', 'Laptops for the homework club');
    // A need no offer meets, for the gap analysis.
    await addEntry(page, 'Harbour School', 'offer', 'Facilities', 'Classrooms after 4 pm', 'Small (1)');

    await page.getByRole('button', { name: 'Heat-map' }).click();
    const cell = page.getByRole('button', { name: 'Dockside Tech, Technology: 1 offer (large); no needs.' });
    await cell.waitFor();
    await cell.click();
    await page.getByRole('heading', { name: 'Dockside Tech · Technology', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Harbour School, Technology: no offers; 1 need (medium).' }).waitFor();
    // Arrow keys move along the grid.
    await cell.focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => document.activeElement.getAttribute('aria-label') === 'Harbour School, Technology: no offers; 1 need (medium).');

    await page.getByRole('button', { name: 'Gaps' }).click();
    await page.getByText('Only Dockside Tech offers Technology: if it stepped back, the partnership would lose all of it. 1 need of another partner relies on it.').waitFor();

    await page.getByRole('button', { name: 'Matches' }).click();
    const accept = page.getByRole('button', { name: 'Accept: Dockside Tech gives “Twenty refurbished laptops” to Harbour School' });
    await accept.waitFor();
    await page.getByText('A large offer for a medium need.').waitFor();
    await accept.click();
    await page.getByText('✓ Agreed: Dockside Tech gives “Twenty refurbished laptops” to Harbour School for “Laptops for the homework club”.').waitFor();

    const p = await savedPartnership(page);
    assert.equal(p.resources.commitments.length, 1, 'the commitment was saved');
    const c = p.resources.commitments[0];
    const byId = Object.fromEntries(p.partners.map((x) => [x.id, x.name]));
    assert.equal(byId[c.from_partner], 'Dockside Tech');
    assert.equal(byId[c.to_partner], 'Harbour School');

    // The commitment shows on both partners.
    await page.getByRole('button', { name: 'Offers and needs' }).click();
    await page.getByText('✓ Promised to Harbour School').waitFor();
    await page.getByText('✓ Met by Dockside Tech').waitFor();

    // CSV export: one row per entry.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^harbour-learning-alliance-resources-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').trim().split('\r\n');
    assert.equal(csv.length, 4);
    assert.match(csv[0], /^Partner,Kind,Category,Description/);
    noErrors(page);
    await context.close();
  });

  it('shows the best three offers for a need, best first, and the others on request', async () => {
    const { context, page } = await freshPage(browser);
    await emptyPartnershipWith(page, ['Harbour School', 'Dockside Tech', 'City Library', 'Port Authority', 'Bay Bank']);
    await page.getByRole('button', { name: 'Offers and needs' }).click();
    await addEntry(page, 'Harbour School', 'need', 'Technology', 'Laptops for the homework club', 'Medium (2)');
    await addEntry(page, 'City Library', 'offer', 'Technology', 'Two old desktops', 'Small (1)');
    await addEntry(page, 'Dockside Tech', 'offer', 'Technology', 'Twenty refurbished laptops', 'Large (3)');
    await addEntry(page, 'Port Authority', 'offer', 'Technology', 'Tablets from the office', 'Medium (2)');
    await addEntry(page, 'Bay Bank', 'offer', 'Technology', 'Laptops at the end of the lease', 'Large (3)');

    await page.getByRole('button', { name: 'Matches' }).click();
    const list = page.getByRole('list', { name: 'Offers that could meet Harbour School: Laptops for the homework club' });
    await list.waitFor();
    const accepts = () => list.getByRole('button', { name: /^Accept: / }).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    // Large before medium before small; ties by partner name.
    assert.deepEqual(await accepts(), [
      'Accept: Bay Bank gives “Laptops at the end of the lease” to Harbour School',
      'Accept: Dockside Tech gives “Twenty refurbished laptops” to Harbour School',
      'Accept: Port Authority gives “Tablets from the office” to Harbour School',
    ]);
    await page.getByRole('button', { name: 'Show 1 more offer for Harbour School: Laptops for the homework club' }).click();
    await list.getByRole('button', { name: 'Accept: City Library gives “Two old desktops” to Harbour School' }).waitFor();
    assert.equal((await accepts()).length, 4);
    assert.equal(await page.getByRole('button', { name: /^Show \d+ more/ }).count(), 0, 'the button goes once all are shown');
    await screenshot(page, 'resources-matches-more');

    // Accepting the one that was hidden records it.
    await list.getByRole('button', { name: 'Accept: City Library gives “Two old desktops” to Harbour School' }).click();
    await page.getByText('✓ Agreed: City Library gives “Two old desktops” to Harbour School for “Laptops for the homework club”.').waitFor();
    assert.equal((await savedPartnership(page)).resources.commitments.length, 1);
    noErrors(page);
    await context.close();
  });

  it('renames a category and removes a used one after asking, with undo', async () => {
    const { context, page } = await freshPage(browser);
    await emptyPartnershipWith(page, ['Harbour School', 'Dockside Tech']);
    await page.getByRole('button', { name: 'Offers and needs' }).click();
    await addEntry(page, 'Dockside Tech', 'offer', 'Funding', 'Sponsorship of prizes');
    await page.getByRole('button', { name: 'Categories', exact: true }).click();
    await page.getByRole('button', { name: 'Rename Funding' }).click();
    await page.getByLabel('New name').fill('Money');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('button', { name: 'Remove Money' }).click();
    await page.getByText('Remove Money and its 1 offer or need?').waitFor();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByText('Removed the category Money.').waitFor();
    assert.equal((await savedPartnership(page)).resources.entries.length, 0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Remove Money' }).waitFor();
    assert.equal((await savedPartnership(page)).resources.entries.length, 1);
    noErrors(page);
    await context.close();
  });

  it('shows the sample map at projector size: grid passes axe', async () => {
    const { context, page } = await freshPage(browser, projector);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Resource map' }).first().waitFor();
    await screenshot(page, 'resources-overview-card');
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Resource map' }).click();
    await page.getByRole('button', { name: /^Riverside Food Bank, Volunteers:/ }).waitFor();
    await audit(page, 'resource heat-map');
    await screenshot(page, 'resources-heatmap-1920');
    for (const [view, file] of [['By category', 'by-category'], ['Gaps', 'gaps'], ['Matches', 'matches'], ['Offers and needs', 'entries'], ['Categories', 'categories']]) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await page.waitForTimeout(100);
      await audit(page, `resource ${view}`);
      await screenshot(page, `resources-${file}`);
    }
    noErrors(page);
    await context.close();
  });
});

describe('resource workshop', () => {
  it('walks the four steps forward and back, partner by partner, losing nothing', async () => {
    const { context, page } = await freshPage(browser, projector);
    await emptyPartnershipWith(page, ['Harbour School', 'Dockside Tech']);
    await page.getByRole('link', { name: 'Run it as a workshop' }).click();
    await page.getByRole('heading', { name: 'Step 1 of 4: Offers', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'What can Harbour School offer?' }).waitFor();
    await page.getByLabel('Category').selectOption({ label: 'Facilities' });
    await page.getByLabel('What is offered').fill('Classrooms after 4 pm');
    await page.getByRole('button', { name: 'Add offer' }).click();
    await page.getByText('Classrooms after 4 pm (Facilities)').waitFor();
    assert.equal(await page.getByLabel('What is offered').inputValue(), '', 'ready for the next offer');
    assert.equal(await page.evaluate(() => document.activeElement.id.endsWith('-description')), true, 'focus is back in the text');
    await audit(page, 'workshop step 1');
    await screenshot(page, 'resources-workshop-step1-1920');

    await page.getByRole('button', { name: 'Next partner →' }).click();
    await page.getByRole('heading', { name: 'What can Dockside Tech offer?' }).waitFor();
    await page.getByLabel('Category').selectOption({ label: 'Technology' });
    await page.getByLabel('What is offered').fill('Twenty refurbished laptops');
    await page.getByRole('button', { name: 'Add offer' }).click();
    await page.getByText('Twenty refurbished laptops (Technology)').waitFor();
    // Half-typed text must survive a trip to another step.
    await page.getByLabel('What is offered').fill('Coding mentors');

    await page.getByRole('button', { name: 'Next: Needs →' }).click();
    await page.getByRole('heading', { name: 'Step 2 of 4: Needs', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'What does Harbour School need?' }).waitFor();
    await page.getByLabel('Category').selectOption({ label: 'Technology' });
    await page.getByLabel('What is needed').fill('Laptops for the homework club');
    await page.getByRole('button', { name: 'Add need' }).click();
    await page.getByText('Laptops for the homework club (Technology)').waitFor();

    await page.getByRole('button', { name: 'Next: The map →' }).click();
    await page.getByRole('heading', { name: 'Step 3 of 4: The map', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Dockside Tech, Technology: 1 offer (medium); no needs.' }).waitFor();
    await audit(page, 'workshop step 3');
    await screenshot(page, 'resources-workshop-step3-1920');

    await page.getByRole('button', { name: 'Next: Gaps and matches →' }).click();
    await page.getByRole('heading', { name: 'Step 4 of 4: Gaps and matches', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Accept: Dockside Tech gives “Twenty refurbished laptops” to Harbour School' }).waitFor();
    await audit(page, 'workshop step 4');
    await screenshot(page, 'resources-workshop-step4-1920');

    // Back to step 1: still on Dockside Tech's turn, with the half-typed offer.
    for (const n of [3, 2, 1]) {
      await page.getByRole('button', { name: '← Back' }).click();
      await page.getByRole('heading', { name: new RegExp(`^Step ${n} of 4`), level: 1 }).waitFor();
    }
    await page.getByRole('heading', { name: 'What can Dockside Tech offer?' }).waitFor();
    assert.equal(await page.getByLabel('What is offered').inputValue(), 'Coding mentors');
    await page.getByText('Twenty refurbished laptops (Technology)').waitFor();
    await page.getByRole('button', { name: '← Previous partner' }).click();
    await page.getByText('Classrooms after 4 pm (Facilities)').waitFor();
    const p = await savedPartnership(page);
    assert.equal(p.resources.entries.length, 3);
    noErrors(page);
    await context.close();
  });
});
