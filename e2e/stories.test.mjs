// Issue 7's journeys: stories and the communication plan, milestones and learning,
// sustainability (funding concentration and runway), and the progress report, downloaded
// and opened with scripts disabled.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, freshPage, noErrors, openApp, screenshot, shots, startApp, stopApp, stored, storedPartnership } from './harness.mjs';

const NOW = '2026-11-27T09:00:00Z';
const PROJECTOR = { width: 1920, height: 1080 };

let server, browser;
before(async () => ({ server, browser } = await startApp()));
after(() => stopApp({ server, browser }));

/** A fresh profile with the clock fixed, showing the sample partnership. */
async function sample(opts = {}) {
  const { context, page } = await freshPage(browser, opts);
  await context.addInitScript((now) => localStorage.setItem('cg.prefs.now', now), NOW);
  await openApp(page, server.url);
  await page.getByRole('button', { name: 'Try the sample partnership' }).click();
  await page.getByRole('heading', { name: 'Riverside Food Security Partnership', level: 1 }).waitFor();
  return { context, page };
}

async function go(page, label, heading) {
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

describe('screens', () => {
  it('shows every screen of the sample at projector size, with zero axe violations', async () => {
    const { context, page } = await sample({ viewport: PROJECTOR });
    await page.getByRole('link', { name: 'Sustainability', exact: true }).first().waitFor();
    assert.ok(await page.getByText('Dependent').first().isVisible(), 'the overview card reads the funding');
    await audit(page, 'overview with issue 7 cards');
    await screenshot(page, 'stories-overview');
    for (const [label, heading, shot] of [
      ['Stories', 'Stories & communication', 'stories'],
      ['Milestones', 'Milestones & learning', 'milestones'],
      ['Sustainability', 'Sustainability', 'sustainability'],
      ['Report', 'Report', 'report'],
    ]) {
      await go(page, label, heading);
      await audit(page, heading);
      await screenshot(page, `stories-${shot}-projector`);
    }
    noErrors(page);
    await context.close();
  });

  it('shows an empty state with a prompt on every new screen', async () => {
    const { context, page } = await freshPage(browser);
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Start an empty partnership' }).click();
    await page.locator('main h1').waitFor();
    for (const [label, heading, empty] of [
      ['Stories', 'Stories & communication', ['No stories yet', 'No communication planned']],
      ['Milestones', 'Milestones & learning', ['No milestones yet', 'No retrospectives yet', 'No lessons yet']],
      ['Sustainability', 'Sustainability', ['No funding sources yet', 'Nothing on the checklist yet', 'No engagement mechanisms yet']],
    ]) {
      await go(page, label, heading);
      for (const text of empty) await page.getByText(text).waitFor();
      await audit(page, `empty ${heading}`);
    }
    await go(page, 'Report', 'Report');
    await page.getByText('No milestones were reached in this period.').waitFor();
    await audit(page, 'empty report');
    await screenshot(page, 'stories-empty-report');
    noErrors(page);
    await context.close();
  });
});

describe('stories and communication', () => {
  it('keeps a story without consent out of the report, and flags overdue communication', async () => {
    const { context, page } = await sample();
    await go(page, 'Stories', 'Stories & communication');
    await page.getByTestId('plan-overdue').getByText('2 overdue').waitFor();
    await page.getByRole('button', { name: 'Add story' }).click();
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByText('Give the story a title.').waitFor();
    await audit(page, 'story form with errors');
    await page.getByLabel('Title').fill('<script>alert(1)</script> A private moment');
    await page.getByLabel('What changed').fill('Told in confidence.');
    // Goals and metrics are picked, not retyped.
    const goal = 'Get 32 tonnes of surplus food from FreshMart stores to the east-side pantries instead of landfill';
    await page.getByRole('group', { name: 'Linked goals' }).getByLabel(goal).check();
    await page.getByRole('group', { name: 'Linked metrics' }).getByLabel('Surplus food rescued').check();
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('heading', { name: '<script>alert(1)</script> A private moment', level: 3 }).waitFor();
    const card = page.locator('.story-card', { hasText: 'A private moment' });
    await card.getByText(`Goals: ${goal}`).waitFor();
    await card.getByText('Metrics: Surplus food rescued').waitFor();
    const p = storedPartnership(await stored(page));
    const story = p.communication.stories.find((s) => s.title.endsWith('A private moment'));
    assert.deepEqual(story.goal_ids, [p.goals.find((g) => g.statement === goal).id]);
    assert.deepEqual(story.metric_ids, [p.metrics.find((m) => m.name === 'Surplus food rescued').id]);
    await page.getByRole('button', { name: 'Mark sent: Quarterly progress report' }).click();
    await page.getByTestId('plan-overdue').getByText('1 overdue').waitFor();
    await go(page, 'Report', 'Report');
    const preview = page.locator('.report-preview');
    await preview.getByText('A fridge that is full again').waitFor();
    assert.equal(await preview.getByText('A private moment').count(), 0, 'no consent, not in the report');
    assert.equal(await preview.getByText('The school holiday gap').count(), 0, 'the sample story without consent is left out');
    noErrors(page);
    await context.close();
  });
});

/** Goes to a tool by its address: on a phone the tools' menu is folded away. */
async function visit(page, slug, heading) {
  await page.evaluate((h) => { location.hash = h; }, `#/${slug}`);
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

describe('pickers', () => {
  it('keeps a link to a removed goal, named as removed, until it is unticked', async () => {
    for (const viewport of [PROJECTOR, { width: 390, height: 844 }]) {
      const { context, page } = await sample({ viewport });
      await visit(page, 'milestones', 'Milestones & learning');
      await page.getByRole('button', { name: 'Add milestone' }).click();
      const form = page.getByRole('form', { name: 'New milestone' });
      await form.getByLabel('Milestone', { exact: true }).fill('Second pantry opens on Saturdays');
      await form.getByLabel('Date', { exact: true }).fill('2027-02-06');
      const goals = form.getByRole('group', { name: 'Linked goals' });
      await goals.getByLabel('Reduce hunger').check();
      await audit(page, `goal picker at ${viewport.width} px`);
      await screenshot(page, `picker-${viewport.width}`);
      await page.getByRole('button', { name: 'Save milestone' }).click();
      const item = page.locator('.milestone', { hasText: 'Second pantry opens on Saturdays' });
      await item.getByText('Goals: Reduce hunger').waitFor();
      await visit(page, 'goals', 'Goals');
      await page.getByRole('button', { name: 'Delete goal: Reduce hunger' }).click();
      await page.getByRole('button', { name: 'Yes, delete' }).click();
      await visit(page, 'milestones', 'Milestones & learning');
      await item.getByText('Goals: (removed goal)').waitFor();
      await item.getByRole('button', { name: 'Edit milestone Second pantry opens on Saturdays' }).click();
      const gone = page.getByRole('group', { name: 'Linked goals' }).getByLabel('(removed goal)');
      assert.equal(await gone.isChecked(), true, 'the stale link is shown, ticked');
      await gone.uncheck();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await item.getByText('Second pantry opens on Saturdays').waitFor();
      assert.equal(await item.getByText('(removed goal)').count(), 0);
      const saved = storedPartnership(await stored(page)).learning.milestones.find((m) => m.what.startsWith('Second pantry'));
      assert.deepEqual(saved.goal_ids, []);
      noErrors(page);
      await context.close();
    }
  });
});

describe('milestones and learning', () => {
  it('marks a milestone celebrated, saying how, and adds a lesson found by tag', async () => {
    const { context, page } = await sample({ viewport: PROJECTOR });
    await go(page, 'Milestones', 'Milestones & learning');
    const item = page.locator('.milestone', { hasText: 'Household survey round two published' });
    await item.getByText('Reached – not yet celebrated').waitFor();
    await page.getByRole('button', { name: 'Celebrate Household survey round two published' }).click();
    await page.getByLabel('How did you celebrate?').fill('Results evening at the community hall');
    await audit(page, 'celebrating a milestone');
    await page.getByRole('button', { name: 'Save celebration' }).click();
    await item.getByText('Celebrated', { exact: true }).waitFor();
    await item.getByText('Results evening at the community hall').waitFor();
    const saved = storedPartnership(await stored(page)).learning.milestones.find((m) => m.what.startsWith('Household survey'));
    assert.equal(saved.celebrated, true);
    assert.equal(saved.how_celebrated, 'Results evening at the community hall');

    await page.getByLabel('Lesson', { exact: true }).fill('Publish results where people already gather.');
    await page.getByLabel('Tags (comma-separated)').last().fill('community voice, data');
    await page.getByRole('button', { name: 'Add lesson' }).click();
    await page.getByLabel('Find lessons by tag').fill('data');
    await page.locator('.lesson').getByText('Publish results where people already gather.').waitFor();
    assert.equal(await page.locator('.lesson').count(), 1, 'the search keeps only lessons tagged data…');
    await screenshot(page, 'stories-milestones-celebrated');
    noErrors(page);
    await context.close();
  });

  it('adds a "we will" action with an owner and due date to the retrospective', async () => {
    const { context, page } = await sample();
    await go(page, 'Milestones', 'Milestones & learning');
    const retro = page.locator('.retro', { hasText: 'Autumn review' });
    const will = retro.locator('.col-will');
    await will.getByLabel('Add an action').fill('Book the hall for the spring forum');
    await will.getByLabel('Owner').selectOption({ label: "Eastside Tenants' Association" });
    await will.getByLabel('Due date').fill('2027-01-15');
    await will.getByRole('button', { name: 'Add' }).click();
    await will.getByText('Book the hall for the spring forum').waitFor();
    await will.getByText("Eastside Tenants' Association, by 15 Jan 2027").waitFor();
    assert.equal(await will.locator('li.overdue').count(), 1, 'only the sample action past its date is overdue');
    await will.locator('li.overdue').getByText('Overdue').waitFor();
    noErrors(page);
    await context.close();
  });
});

describe('sustainability', () => {
  it('adds a funding source and sees the concentration change', async () => {
    const { context, page } = await sample({ viewport: PROJECTOR });
    await go(page, 'Sustainability', 'Sustainability');
    const card = page.getByTestId('concentration');
    const before = await card.getByTestId('hhi').textContent();
    assert.equal(await card.locator('.reading').textContent(), 'Dependent');
    await page.getByRole('button', { name: 'Add funding source' }).click();
    await page.getByLabel('Funder', { exact: true }).fill('Regional Development Agency');
    await page.getByLabel('Amount (whole period)').fill('twelve thousand');
    await page.getByRole('button', { name: 'Save funding source' }).click();
    await page.getByText('is not an amount').waitFor();
    await audit(page, 'funding form with an error');
    await page.getByLabel('Amount (whole period)').fill('400,000');
    await page.getByLabel('Start', { exact: true }).fill('2026-10-01');
    await page.getByLabel('End', { exact: true }).fill('2028-09-30');
    await page.getByRole('button', { name: 'Save funding source' }).click();
    await page.getByRole('rowheader', { name: 'Regional Development Agency' }).waitFor();
    await page.waitForFunction((b) => document.querySelector('[data-testid=hhi]')?.textContent !== b, before);
    const afterText = await card.getByTestId('hhi').textContent();
    assert.ok(parseInt(afterText.replace(/,/g, '')) < parseInt(before.replace(/,/g, '')), `${afterText} < ${before}`);
    await card.getByText('Regional Development Agency: 44.5%').waitFor();
    const saved = storedPartnership(await stored(page)).sustainability.funding.find((f) => f.funder.startsWith('Regional'));
    assert.deepEqual(saved.amount, { minor: 40000000, currency: 'EUR' }, 'money is stored exactly, in cents');

    // A second currency is shown on its own, never added to euros.
    await page.getByRole('button', { name: 'Add funding source' }).click();
    await page.getByLabel('Funder', { exact: true }).fill('Transatlantic Trust');
    await page.getByLabel('Amount (whole period)').fill('50,000');
    await page.getByLabel('Currency (ISO code, e.g. EUR)').fill('usd');
    await page.getByRole('button', { name: 'Save funding source' }).click();
    await page.getByText('amounts in different currencies are never added together').waitFor();
    assert.equal(await page.getByTestId('concentration').count(), 2);
    assert.equal(await page.locator('svg.runway-chart').count(), 1, 'the undated dollar grant draws no runway');
    await page.getByText('No dated USD funding').waitFor();
    await audit(page, 'sustainability with two currencies');
    await screenshot(page, 'stories-sustainability-two-currencies');

    await page.getByRole('button', { name: 'Delete funding from Transatlantic Trust' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('rowheader', { name: 'Transatlantic Trust' }).waitFor();

    // A funder that is one of the partners is picked from the directory; its name comes along.
    await page.getByRole('button', { name: 'Add funding source' }).click();
    await page.getByLabel('The funder in the partners’ directory').selectOption({ label: 'Riverside University Nutrition Lab' });
    await page.getByLabel('Amount (whole period)').fill('5,000');
    await page.getByRole('button', { name: 'Save funding source' }).click();
    const row = page.getByRole('rowheader', { name: 'Riverside University Nutrition Lab' });
    await row.getByText('partner', { exact: true }).waitFor();
    const funded = storedPartnership(await stored(page));
    const lab = funded.partners.find((x) => x.name === 'Riverside University Nutrition Lab');
    assert.equal(funded.sustainability.funding.find((f) => f.funder === 'Riverside University Nutrition Lab').partner_id, lab.id);
    noErrors(page);
    await context.close();
  });
});

describe('report', () => {
  it('generates a funder report, downloads HTML that shows its charts with scripts off, and Markdown', async () => {
    const { context, page } = await sample({ viewport: PROJECTOR });
    await go(page, 'Report', 'Report');
    await page.getByLabel('Report for').selectOption({ label: 'Funders' });
    const preview = page.locator('.report-preview');
    await preview.getByRole('heading', { name: 'Funding position' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download HTML' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^riverside-food-security-partnership-2026-11-27-report\.html$/);
    // Kept beside the screenshots under its own name, so a browser opens it as HTML.
    const file = join(shots, download.suggestedFilename());
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    assert.ok(!/<script/i.test(html), 'the report holds no script');

    const [mdDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const md = readFileSync(await mdDownload.path(), 'utf8');
    assert.match(md, /^# Riverside Food Security Partnership: progress report/);
    assert.match(md, /## Funding position/);
    assert.ok(!md.includes('The school holiday gap'), 'no story without consent');

    // The community gets no funding position.
    await page.getByLabel('Report for').selectOption({ label: 'Community' });
    await preview.getByText('What we heard and what we did').waitFor();
    assert.equal(await preview.getByRole('heading', { name: 'Funding position' }).count(), 0);
    noErrors(page);

    // Open the downloaded file with scripts disabled: the charts are still there.
    const offline = await browser.newContext({ javaScriptEnabled: false, viewport: PROJECTOR });
    const reader = await offline.newPage();
    await reader.goto('file://' + file);
    await reader.getByRole('heading', { name: 'Riverside Food Security Partnership: progress report', level: 1 }).waitFor();
    const chart = reader.locator('svg.runway-chart');
    assert.equal(await chart.count(), 1);
    const box = await chart.boundingBox();
    assert.ok(box && box.width > 400 && box.height > 150, `the chart is drawn (${JSON.stringify(box)})`);
    assert.ok((await reader.locator('svg.runway-chart rect').count()) > 30, 'bars are drawn');
    assert.ok(await reader.getByText('Warning:').first().isVisible());
    // Goals and metrics: every metric of the sample has its chart, outcomes and outputs apart.
    await reader.getByRole('heading', { name: 'Goals', level: 2 }).waitFor();
    assert.ok(await reader.locator('section.report-goals').getByText(/SMART/).first().isVisible());
    const outcomes = reader.locator('section.report-outcomes');
    assert.equal(await outcomes.locator('svg.metric-chart').count(), 2, 'one chart per outcome metric');
    assert.equal(await reader.locator('section.report-outputs svg.metric-chart').count(), 2, 'one chart per output metric');
    const metricChart = outcomes.locator('svg.metric-chart').first();
    const metricBox = await metricChart.boundingBox();
    assert.ok(metricBox && metricBox.width > 400 && metricBox.height > 150, `the metric chart is drawn (${JSON.stringify(metricBox)})`);
    assert.ok((await metricChart.locator('polyline').count()) === 1 && (await metricChart.locator('circle').count()) > 5);
    assert.equal(await outcomes.getByRole('img', { name: 'Households food-secure: measured against the planned path' }).count(), 1);
    await outcomes.screenshot({ path: join(shots, 'report-outcomes-no-script.png') });
    // "You said, we did": what was heard in the period and what was done.
    const voice = reader.locator('section.report-community');
    assert.ok(await voice.getByRole('heading', { name: 'You said, we did' }).isVisible());
    assert.ok(await voice.getByRole('cell', { name: 'Opened a Thursday evening pantry, 5 to 8 pm.' }).isVisible());
    await voice.screenshot({ path: join(shots, 'report-community-no-script.png') });
    await reader.screenshot({ path: join(shots, 'stories-report-file-no-script.png'), fullPage: true });
    await offline.close();

    // The same file, audited (axe needs a script, so this copy runs with scripts on).
    const checking = await browser.newContext({ bypassCSP: true, viewport: PROJECTOR });
    const checkPage = await checking.newPage();
    await checkPage.setContent(html);
    await audit(checkPage, 'the standalone report');
    await checking.close();
    await context.close();
  });

  it('prints the report without the app around it', async () => {
    const { context, page } = await sample();
    await go(page, 'Report', 'Report');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false, 'no header or navigation in print');
    // The settings and the choice of sections: neither is printed.
    const controls = await page.locator('.report-controls').all();
    assert.equal(controls.length, 2);
    for (const c of controls) assert.equal(await c.isVisible(), false);
    assert.ok(await page.locator('.report-preview svg.runway-chart').isVisible());
    await page.setViewportSize({ width: 800, height: 1100 });
    await screenshot(page, 'stories-report-print');
    noErrors(page);
    await context.close();
  });
});
