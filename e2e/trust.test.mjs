// Trust and communication: the charter (sign, edit, re-confirm), check-ins (an overdue action
// item reaches the overview), the health check (three partners rate, the chart names the
// weakest practice), and every screen of the sample at projector size.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { audit, freshPage, noErrors, openApp, savedPartnership, screenshot, startApp, stopApp } from './harness.mjs';

// Every journey runs on the same fixed day, so "yesterday" and "overdue" are certain.
const NOW = '2026-11-27T09:00:00Z';
const PROJECTOR = { viewport: { width: 1920, height: 1080 } };

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

const fixedPage = (options) => freshPage(browser, { ...options, now: NOW });

const nav = (page, name) => page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name, exact: true }).click();

async function startWith(page, name, partners) {
  await openApp(page, server.url);
  await page.getByLabel('Name of your partnership').fill(name);
  await page.getByRole('button', { name: 'Start an empty partnership' }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  await nav(page, 'Partners');
  for (const [partner, sector] of partners) {
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByLabel('Organisation name').fill(partner);
    await page.getByLabel('Sector').selectOption({ label: sector });
    await page.getByRole('button', { name: 'Save partner' }).click();
    await page.getByRole('heading', { name: partner, level: 2 }).waitFor();
  }
}

describe('charter', () => {
  it('is signed, then edited, and asks the signers to confirm again until they do', async () => {
    const { context, page } = await fixedPage();
    await startWith(page, 'Harbour Health Alliance', [['Harbour Clinic', 'Non-profit'], ['Port Authority', 'Government']]);
    await nav(page, 'Charter');
    await page.getByText('No charter yet').waitFor();
    await audit(page, 'empty charter');

    await page.getByRole('button', { name: 'Write the charter' }).click();
    await page.getByLabel('Shared mission').fill('Every dock worker can see a nurse within a week.');
    await page.getByLabel('Values').fill('Respect\nPlain speaking\n');
    await page.getByLabel('Ground rules').fill('Start on time');
    await page.getByLabel('How we make decisions').fill('Consensus at the monthly check-in.');
    await page.getByRole('button', { name: 'Save charter' }).click();
    await page.getByText('Every dock worker can see a nurse within a week.').waitFor();

    await page.getByRole('button', { name: 'Sign for Harbour Clinic' }).click();
    await page.getByRole('button', { name: 'Sign for Port Authority' }).click();
    const rows = page.locator('.signoff-table tbody tr');
    await rows.filter({ hasText: 'Port Authority' }).getByText('Signed 27 Nov 2026').waitFor();
    assert.equal(await page.getByTestId('reconfirm-banner').count(), 0);

    // An edit of the shared text: both signatures now cover an older text.
    await page.getByRole('button', { name: 'Edit charter' }).click();
    await page.getByText('2 partners signed this text.').waitFor();
    await page.getByLabel('Shared mission').fill('Every dock worker and their family can see a nurse within a week.');
    await page.getByRole('button', { name: 'Save charter' }).click();
    const banner = page.getByTestId('reconfirm-banner');
    await banner.getByText('after 2 partners signed it').waitFor();
    assert.match(await rows.filter({ hasText: 'Harbour Clinic' }).innerText(), /before the last edit: must confirm again/);
    await audit(page, 'charter needing re-confirmation');
    await screenshot(page, 'trust-charter-reconfirm');

    const p = await savedPartnership(page);
    assert.equal(p.charter.revision, 2);
    assert.deepEqual(p.charter.values, ['Respect', 'Plain speaking']);
    assert.ok(p.charter.sign_offs.every((s) => s.revision === 1 && s.signed_on === '2026-11-27'));

    // The overview says so too, and links to the charter.
    await nav(page, 'Overview');
    const card = page.getByTestId('charter-card');
    await card.getByText('0 of 2').waitFor();
    await card.getByText('2 must confirm again after an edit.').waitFor();
    await card.getByRole('link', { name: 'Charter' }).click();

    await page.getByRole('button', { name: 'Confirm again for Harbour Clinic' }).click();
    await banner.getByText('after 1 partner signed it').waitFor();
    await page.getByRole('button', { name: 'Confirm again for Port Authority' }).click();
    await banner.waitFor({ state: 'detached' });
    await nav(page, 'Overview');
    await page.getByTestId('charter-card').getByText('Everyone has signed.').waitFor();
    noErrors(page);
    await context.close();
  });
});

describe('check-ins', () => {
  it('shows an action item due yesterday as overdue, on the page and on the overview', async () => {
    const { context, page } = await fixedPage();
    await startWith(page, 'Harbour Health Alliance', [['Harbour Clinic', 'Non-profit'], ['Port Authority', 'Government']]);
    await nav(page, 'Check-ins');
    await page.getByText('No meetings yet').waitFor();
    await audit(page, 'empty check-ins');

    await page.getByLabel('Meet every').fill('2');
    await page.getByLabel('Unit').selectOption('weeks');
    await page.getByRole('button', { name: 'Save cadence' }).click();
    await page.getByText('You meet every 2 weeks.').waitFor();
    await page.getByTestId('next-check-in').getByText('Hold your first check-in.').waitFor();

    await page.getByRole('button', { name: 'Add meeting' }).click();
    await page.getByLabel('Date').fill('2026-11-20');
    await page.getByLabel('Harbour Clinic').check();
    await page.getByLabel('Port Authority').check();
    await page.getByLabel('Agenda').fill('Clinic hours at the port');
    await page.getByLabel('Decisions (one per line)').fill('Open on Tuesdays from January');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await page.getByRole('heading', { name: 'Check-in of 20 Nov 2026' }).waitFor();
    await page.getByTestId('next-check-in').getByText('Next check-in: 4 Dec 2026').waitFor();

    const meeting = page.locator('.meeting-card', { hasText: 'Check-in of 20 Nov 2026' });
    await meeting.getByRole('button', { name: 'Add action item' }).click();
    await meeting.getByLabel('What needs doing').fill('Send the rota to the harbour master');
    await meeting.getByLabel('Owner').selectOption({ label: 'Port Authority' });
    await meeting.getByLabel('Due').fill('2026-11-26');
    await meeting.getByRole('button', { name: 'Save action item' }).click();
    const overdue = page.getByTestId('overdue-actions');
    await overdue.getByText('Send the rota to the harbour master').waitFor();
    assert.match(await overdue.innerText(), /Port Authority · 1 day late/);
    await page.locator('.action-row.late').getByText('Overdue').waitFor();
    await audit(page, 'check-ins with an overdue action');
    await screenshot(page, 'trust-check-ins');

    await nav(page, 'Overview');
    const card = page.getByTestId('check-ins-card');
    await card.getByText('1 overdue action item').waitFor();
    await card.getByText('Send the rota to the harbour master (Port Authority)').waitFor();
    await card.getByText('Next check-in: 4 Dec 2026').waitFor();
    await audit(page, 'overview with overdue action');
    await screenshot(page, 'trust-overview-overdue');

    // Done: it leaves the overdue lists.
    await card.getByRole('link', { name: 'Check-ins' }).click();
    await page.getByRole('checkbox', { name: 'Send the rota to the harbour master' }).check();
    await page.getByText('Nothing overdue.').waitFor();
    await nav(page, 'Overview');
    await page.getByTestId('check-ins-card').getByText('No overdue action items.').waitFor();
    const p = await savedPartnership(page);
    assert.equal(p.check_ins.meetings[0].actions[0].done, true);
    assert.deepEqual(p.check_ins.cadence, { every: 2, unit: 'weeks' });
    noErrors(page);
    await context.close();
  });
});

// Each partner's score per practice (both statements of a practice get the same score).
const RATINGS = {
  'Lakeside Library': { default: 4, 'Community engagement': 2, Sustainability: 5 },
  'Tech4Good Ltd': { default: 4, 'Community engagement': 3, Sustainability: 2 },
  'Lakeside Youth Club': { default: 3, 'Community engagement': 2, Sustainability: 3 },
};

async function ratePartner(page, scores) {
  const blocks = page.locator('.partner-sheet .practice-block');
  const count = await blocks.count();
  assert.equal(count, 8, 'eight practices');
  for (let i = 0; i < count; i++) {
    const block = blocks.nth(i);
    const practice = await block.locator('h4').innerText();
    const score = scores[practice] ?? scores.default;
    const statements = block.locator('fieldset');
    assert.ok((await statements.count()) >= 2, `${practice} has at least two statements`);
    for (let j = 0; j < (await statements.count()); j++) {
      await statements.nth(j).locator('label', { hasText: new RegExp(`^${score}$`) }).click();
    }
  }
}

describe('health check', () => {
  it('takes three partners in turn and names the weakest practice', async () => {
    const { context, page } = await fixedPage(PROJECTOR);
    const partners = Object.keys(RATINGS);
    await startWith(page, 'Lakeside Learning Partnership', [
      [partners[0], 'Government'], [partners[1], 'Corporate'], [partners[2], 'Community group'],
    ]);
    await nav(page, 'Health check');
    await page.getByText('No health check yet').waitFor();
    await audit(page, 'empty health check');

    await page.getByRole('button', { name: 'Start a new round' }).click();
    await page.getByLabel('Name').fill('First round');
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByTestId('results-hidden').getByText('3 partners still to rate.').waitFor();
    await audit(page, 'rating entry');
    await screenshot(page, 'trust-health-entry');

    for (const [i, name] of partners.entries()) {
      await page.getByRole('heading', { name: `Partner ${i + 1} of 3: ${name}` }).waitFor();
      await ratePartner(page, RATINGS[name]);
      const last = i === partners.length - 1;
      await page.getByRole('button', { name: last ? 'Save ratings' : `Save and go to partner ${i + 2}` }).click();
      await page.getByText(`Saved ${name}'s ratings.`).waitFor();
      if (!last) {
        // Hidden while others still rate, so nobody is swayed.
        await page.getByTestId('results-hidden').getByText(`${2 - i} ${2 - i === 1 ? 'partner' : 'partners'} still to rate.`).waitFor();
        assert.equal(await page.getByTestId('weakest').count(), 0);
      }
    }

    const weakest = page.getByTestId('weakest');
    await weakest.waitFor();
    // Community engagement: (2 + 3 + 2) / 3 = 2.3, the lowest.
    assert.equal(await weakest.innerText(), 'Weakest practice: Community engagement (2.3).');
    const chart = page.getByRole('img', { name: /Average rating per practice/ });
    assert.match(await chart.getAttribute('aria-label'), /Weakest: Community engagement\./);
    assert.equal(await chart.locator('.chart-row.weakest .row-label').textContent(), 'Community engagement');
    // Sustainability: 5, 2 and 3 are 3 points apart.
    await page.getByText('Partners disagree (2 points or more apart) on: Sustainability.').waitFor();
    const row = page.locator('.results-table tr', { hasText: 'Sustainability' });
    assert.match(await row.innerText(), /3\.3\s+–\s+2\.0–5\.0\s*disagree\s+3/);
    await audit(page, 'health check results');
    await screenshot(page, 'trust-health-results-1920');

    const p = await savedPartnership(page);
    assert.equal(p.health.rounds[0].ratings.length, 3);
    assert.equal(Object.keys(p.health.rounds[0].ratings[0].scores).length, 16);

    await nav(page, 'Overview');
    await page.getByTestId('overview-weakest').getByText('Community engagement').waitFor();
    noErrors(page);
    await context.close();
  });
});

describe('the sample at projector size', () => {
  it('shows charter, check-ins and health check on the overview and on their screens, with no axe violations', async () => {
    const { context, page } = await fixedPage(PROJECTOR);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Try the sample partnership' }).click();
    await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
    await page.getByTestId('charter-card').getByText('4 of 6').waitFor();
    await page.getByTestId('check-ins-card').getByText('1 overdue action item').waitFor();
    await page.getByTestId('overview-weakest').getByText('Community engagement').waitFor();
    await audit(page, 'sample overview');
    await screenshot(page, 'trust-overview-1920');

    await nav(page, 'Charter');
    await page.getByTestId('reconfirm-banner').waitFor();
    await audit(page, 'sample charter');
    await screenshot(page, 'trust-charter-1920');

    await nav(page, 'Check-ins');
    // count() does not wait: on a busy machine the list may not be drawn yet.
    await page.locator('.meeting-card').nth(2).waitFor();
    assert.equal(await page.locator('.meeting-card').count(), 3);
    await audit(page, 'sample check-ins');
    await screenshot(page, 'trust-check-ins-1920');

    await nav(page, 'Health check');
    await page.getByTestId('weakest').waitFor();
    assert.match(await page.locator('.results-table tr', { hasText: 'Trust and respect' }).innerText(), /\+0\.\d/);
    await audit(page, 'sample health check');
    await screenshot(page, 'trust-health-1920');

    // Deleting a round can be undone.
    await page.getByRole('button', { name: /^Delete the round Autumn round/ }).click();
    await page.getByRole('button', { name: 'Yes, delete this round' }).click();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('option', { name: /Autumn round/ }).waitFor({ state: 'attached' });
    noErrors(page);
    await context.close();
  });
});
